//! form-core: the pure engine behind declarative, multilingual public-service forms.
//!
//! Compile a schema once ([`compile`]), then validate many submissions
//! ([`Form::validate`], or the fast [`Form::is_valid`]). Every rule lives here and runs
//! identically in WebAssembly and natively.
//!
//! Architecture invariant: this crate does no I/O, reads no clock ("today" is passed in
//! through [`Context`]), uses no randomness and never panics on any schema, message file
//! or submission. Its outputs are deterministic, in document order.

pub mod compile;
pub mod date;
pub mod diag;
pub mod expr;
pub mod lint;
pub mod locale;
pub mod messages;
pub mod packed;
pub mod pattern;
pub mod pseudo;
mod read;
pub mod render;
pub mod schema;
pub mod text;
mod unicode;
pub mod validate;

pub use compile::{Compiled, FieldDef, Form, Page, Required, compile, compile_raw, compile_value};
pub use date::{Date, PartialDate};
pub use diag::{Arg, Args, DIAGNOSTIC_CODES, Diagnostic, Severity, args_from_json};
pub use locale::{Direction, Locale};
pub use messages::{Catalog, DatePart, ResourceError};
pub use pseudo::Pseudo;
pub use schema::{FORMAT_VERSION, FieldType, RawForm};
pub use validate::{Context, Dropped, ISSUE_CODES, Issue, Report, Visibility, VisibleItem};
