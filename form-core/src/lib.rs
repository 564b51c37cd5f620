//! form-core: the pure engine behind declarative, multilingual public-service forms.
//!
//! Compile a schema once ([`compile`]), then validate many submissions
//! ([`Form::validate`], or the fast [`Form::is_valid`]). Every rule lives here and runs
//! identically in WebAssembly and natively.
//!
//! The house, from the ground up: [`codes`] (every code, as enums with stable names),
//! [`model`] (what a compiled form is), [`types`] (one module per field type, one table
//! of all), [`expr`] (the condition language), [`compile`] (schema to form),
//! [`validate`] (submission to report), [`flow`] (the page flow a renderer follows),
//! [`wire`] (what travels between browser and server), [`packed`] (a form as bytes),
//! [`messages`] (Fluent).
//!
//! Architecture invariant: this crate does no I/O, reads no clock ("today" is passed in
//! through [`Context`]), uses no randomness and never panics on any schema, message file
//! or submission. Its outputs are deterministic, in document order.

mod bytes;
pub mod charset;
pub mod codelists;
pub mod codes;
pub mod compile;
pub mod date;
pub mod diag;
pub mod expr;
pub mod flow;
pub mod json;
mod json_schema;
pub mod lint;
pub mod locale;
pub mod messages;
pub mod model;
pub mod packed;
pub mod pattern;
pub mod pseudo;
pub mod render;
pub mod text;
pub mod types;
mod unicode;
pub mod unit;
/// The Unicode properties `\p{...}` of patterns (for documentation and tests).
pub use unicode::properties as unicode_properties;
pub mod validate;
pub mod wire;

pub use codes::{DiagCode, DropReason, IssueCode};
pub use compile::{Compiled, FORMAT_VERSION, compile, compile_value};
pub use date::{Date, PartialDate};
pub use diag::{Arg, Args, Diagnostic, Severity};
pub use json_schema::json_schema;
pub use locale::{Direction, Locale};
pub use messages::{Catalog, DatePart, ResourceError, SyntaxCode};
pub use model::{FieldDef, Form, Page, Required};
pub use pseudo::Pseudo;
pub use types::{Hints, Kind, Shown, Widget};
pub use validate::{Cleaned, Context, Dropped, Issue, Report, Visibility, VisibleItem};
