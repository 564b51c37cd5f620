//! Field types. Each type is one module that holds everything about it: its name in
//! schemas and its tag in packed forms, the properties it accepts and how it compiles
//! them, how it reads and normalises an answer, its checks and their issue codes, its type
//! in the expression language, what a renderer needs to draw it ([`Hints`]) and how an
//! answer is shown back to the applicant ([`Shown`]).
//!
//! The [`field_types!`] invocation at the end of this file is the one table of all types:
//! the schema reader, the compiler, the validator, the packed format, the JSON Schema for
//! editors and the renderers all go through it. Adding a type is one module and one line.
//!
//! Architecture invariant: a type's packed tag never changes and is never reused; a test
//! pins the table of names and tags.

mod common;
mod props;

pub use common::{Bounds, DateRange, MAX_OPTIONS, MAX_TEXT_BYTES, NumRange, TextRules};
pub(crate) use common::{check_item_range, compile_options, read_date, read_digits, read_text};
pub use props::{COMMON, CodeList, ORDERS, Prop, Props, Shape};
pub(crate) use props::{Compiling, *};

use serde_json::Value;

use crate::bytes::Reader;
use crate::codes::IssueCode;
use crate::diag::Args;
use crate::expr::{Env, Type};
use crate::json::Json;
use crate::model::Options;
use crate::model::answer::{Answer, Cell};

/// A problem with an answer: its code and message arguments.
pub type Problem = (IssueCode, Args);

/// How a renderer draws a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// One `<input>`.
    Input,
    /// A `<textarea>`.
    Textarea,
    /// Day, month and year inputs in a fieldset (the GOV.UK date input).
    DateParts,
    /// Radio buttons in a fieldset.
    Radios,
    /// A `<select>`.
    Select,
    /// Checkboxes in a fieldset.
    Checkboxes,
    /// One checkbox with its label.
    Checkbox,
    /// A repeatable group of fields with "Add another" and "Remove".
    Group,
}

/// What a renderer needs to draw a field of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hints {
    pub widget: Widget,
    /// The `type` of an `<input>`: `text`, `email`, `tel`.
    pub input_type: &'static str,
    /// The `inputmode` (which on-screen keyboard): `numeric`, `decimal`, ...
    pub inputmode: Option<&'static str>,
    /// The autocomplete token when the schema gives none.
    pub autocomplete: Option<&'static str>,
    /// `Some(false)`: turn spelling correction off (codes, numbers, addresses).
    pub spellcheck: Option<bool>,
    /// Written left to right whatever the page's direction (codes, numbers).
    pub ltr: bool,
    /// The longest answer, in characters, the input should take (`maxlength`).
    pub max_chars: Option<u32>,
    /// How many characters the input is wide, when it should not fill the line.
    pub width: Option<u32>,
    /// For [`Widget::DateParts`]: the parts to ask for (year; month and year; all three).
    pub date_parts: crate::date::Precision,
    /// The answer's unit, drawn after the input as its message says it (`unit-eur`: `€`).
    pub unit: Option<crate::unit::Unit>,
}

impl Hints {
    /// An `<input type=...>` with nothing else special.
    pub const fn input(input_type: &'static str) -> Hints {
        Hints {
            widget: Widget::Input,
            input_type,
            inputmode: None,
            autocomplete: None,
            spellcheck: None,
            ltr: false,
            max_chars: None,
            width: None,
            date_parts: crate::date::Precision::Full,
            unit: None,
        }
    }
    /// Another widget.
    pub const fn widget(widget: Widget) -> Hints {
        Hints {
            widget,
            ..Hints::input("text")
        }
    }
}

/// An answer as the applicant sees it again ("check your answers"), from the cleaned
/// submission: normalised, without directional formatting characters.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Shown {
    /// Not answered.
    Nothing,
    /// Text to show as it is (isolated from the surrounding text by the renderer).
    Text { text: String },
    /// A number in its canonical text (`23.5`), shown with the reader's decimal separator
    /// (`Catalog::number_text`).
    Number { text: String },
    /// A date, perhaps partial, shown in the reader's order of parts.
    Date {
        year: i32,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// The message ids of the chosen options' labels.
    Options { labels: Vec<String> },
    /// A ticked checkbox.
    Yes,
    /// A checkbox not ticked: answered "no", not left unanswered.
    No,
    /// The number of items of a group.
    Items { count: usize },
}

/// One field type. Implemented by one struct per module, listed in [`field_types!`].
pub trait FieldType: Sized + Clone + std::fmt::Debug {
    /// The name in schemas (`"type": "email"`).
    const NAME: &'static str;
    /// The stable tag in packed forms: never changed, never reused.
    const TAG: u8;
    /// The properties the type accepts beyond [`COMMON`].
    const PROPS: &'static [Prop];
    /// The type of its answer in the expression language.
    const VALUE: Type;
    /// What the type is for (the JSON Schema's description).
    const DOC: &'static str;
    /// The engine's message when a required answer is missing: "Enter ..." for what is
    /// typed, "Select ..." for options and boxes (as GOV.UK's error messages say).
    const REQUIRED: &'static str = "error-required";

    /// Reads the type's own properties (shapes are already checked); problems are
    /// reported through `p`. Runs while fields are declared: it cannot see other fields.
    fn compile(p: &mut Props<'_>) -> Self;
    /// Compiles what needs every field known (expressions). Runs after all are declared.
    fn link(&mut self, _p: &mut Props<'_>) {}
    /// Reads and normalises an answer: a value, empty, or unreadable with its issue.
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v>;
    /// Checks a readable answer of a visible field.
    fn check(&self, _answer: &Answer<'_>, _env: &dyn Env) -> Option<Problem> {
        None
    }
    /// What a renderer needs to draw it.
    fn hints(&self) -> Hints;
    /// How a cleaned answer is shown back.
    fn shown(&self, value: &Value) -> Shown;
    /// The options, for choices.
    fn options(&self) -> Option<&Options> {
        None
    }
    /// For dates: the parts every accepted answer has (a rule reading more can be unknown).
    fn sure(&self) -> Option<crate::date::Precision> {
        None
    }
    /// The answers a condition reading the field can be tried with, standing for all
    /// (`compile/finite.rs`); `None` where there are too many.
    fn tried(&self) -> Option<Tried> {
        None
    }
    /// Writes the compiled properties (after the tag).
    fn pack(&self, w: &mut Vec<u8>);
    /// Reads them back; `None` when damaged.
    fn unpack(r: &mut Reader<'_>) -> Option<Self>;
}

/// The answers that stand for every answer a field can be given, for trying conditions
/// with all of them (`compile/finite.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum Tried {
    /// Every answer, as a submission gives it (few enough to list).
    Listed(Vec<Value>),
    /// Whole numbers: a condition that only compares the field with numbers written in it
    /// is tried with each such number and those on either side.
    Whole,
    /// Decimals: the same, with each such number, one number between each two of them, and
    /// one beyond the smallest and the largest.
    Decimal,
}

/// What an answer looks like as text, for [`Shown::Text`].
pub(crate) fn shown_text(value: &Value) -> Shown {
    match value {
        Value::String(s) if !s.is_empty() => Shown::Text { text: s.clone() },
        Value::Number(n) => Shown::Text {
            text: n.to_string(),
        },
        _ => Shown::Nothing,
    }
}

/// A number answer (canonical text or a JSON number), for [`Shown::Number`].
pub(crate) fn shown_number(value: &Value) -> Shown {
    match shown_text(value) {
        Shown::Text { text } => Shown::Number { text },
        other => other,
    }
}

macro_rules! field_types {
    ($($variant:ident($module:ident::$ty:ident),)*) => {
        $(pub mod $module;)*

        /// A field's type with its own compiled properties.
        #[derive(Clone, Debug)]
        pub enum Kind {
            $($variant($module::$ty),)*
        }

        /// Every type: name, packed tag, own properties, description, in table order.
        pub const TYPES: &[(&str, u8, &[Prop], &str)] = &[
            $((<$module::$ty as FieldType>::NAME, <$module::$ty as FieldType>::TAG,
               <$module::$ty as FieldType>::PROPS, <$module::$ty as FieldType>::DOC),)*
        ];

        /// The message id of a missing required answer, per type in table order.
        pub const REQUIRED_MESSAGES: &[&str] = &[$(<$module::$ty as FieldType>::REQUIRED,)*];

        impl Kind {
            /// Compiles a field of the type called `name`; `None` for an unknown name.
            pub(crate) fn compile(name: &str, p: &mut Props<'_>) -> Option<Kind> {
                $(if name == <$module::$ty as FieldType>::NAME {
                    return Some(Kind::$variant(<$module::$ty as FieldType>::compile(p)));
                })*
                None
            }

            /// Reads a packed type: its tag, then its properties.
            pub(crate) fn unpack(r: &mut Reader<'_>) -> Option<Kind> {
                let tag = r.byte()?;
                $(if tag == <$module::$ty as FieldType>::TAG {
                    return Some(Kind::$variant(<$module::$ty as FieldType>::unpack(r)?));
                })*
                None
            }

            /// The type's name in schemas.
            pub fn name(&self) -> &'static str {
                match self {
                    $(Kind::$variant(_) => <$module::$ty as FieldType>::NAME,)*
                }
            }

            /// The engine's message id for a missing required answer of this type.
            pub fn required_message(&self) -> &'static str {
                match self {
                    $(Kind::$variant(_) => <$module::$ty as FieldType>::REQUIRED,)*
                }
            }

            /// The type of the answer in expressions.
            pub fn value_type(&self) -> Type {
                match self {
                    $(Kind::$variant(_) => <$module::$ty as FieldType>::VALUE,)*
                }
            }

            pub(crate) fn link(&mut self, p: &mut Props<'_>) {
                match self {
                    $(Kind::$variant(t) => t.link(p),)*
                }
            }

            pub(crate) fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
                match self {
                    $(Kind::$variant(t) => t.read(raw),)*
                }
            }

            pub(crate) fn check(&self, answer: &Answer<'_>, env: &dyn Env) -> Option<Problem> {
                match self {
                    $(Kind::$variant(t) => t.check(answer, env),)*
                }
            }

            /// What a renderer needs to draw the field.
            pub fn hints(&self) -> Hints {
                match self {
                    $(Kind::$variant(t) => t.hints(),)*
                }
            }

            /// How a cleaned answer is shown back to the applicant.
            pub fn shown(&self, value: &Value) -> Shown {
                match self {
                    $(Kind::$variant(t) => t.shown(value),)*
                }
            }

            /// The options of a choice.
            pub fn options(&self) -> Option<&Options> {
                match self {
                    $(Kind::$variant(t) => t.options(),)*
                }
            }

            /// The answers a condition reading the field can be tried with.
            pub fn tried(&self) -> Option<Tried> {
                match self {
                    $(Kind::$variant(t) => t.tried(),)*
                }
            }

            /// For dates: the parts every accepted answer has.
            pub fn sure(&self) -> Option<crate::date::Precision> {
                match self {
                    $(Kind::$variant(t) => t.sure(),)*
                }
            }

            /// Writes the tag, then the properties.
            pub(crate) fn pack(&self, w: &mut Vec<u8>) {
                match self {
                    $(Kind::$variant(t) => {
                        w.push(<$module::$ty as FieldType>::TAG);
                        t.pack(w);
                    })*
                }
            }
        }
    };
}

/// The properties of the type called `name`, `None` for an unknown type.
pub fn props_of(name: &str) -> Option<&'static [Prop]> {
    TYPES.iter().find(|t| t.0 == name).map(|t| t.2)
}

/// Whether some type accepts a property called `name`.
pub(crate) fn is_type_prop(name: &str) -> bool {
    TYPES.iter().any(|t| t.2.iter().any(|p| p.name == name))
}

// The table. Tags are explicit in each module and pinned by a test.
field_types! {
    Text(text::Text),
    Textarea(textarea::Textarea),
    Email(email::Email),
    Tel(tel::Tel),
    Integer(integer::Integer),
    Decimal(decimal::Decimal),
    Date(date::DateField),
    PartialDate(partial_date::PartialDateField),
    Choice(choice::Choice),
    MultiChoice(multi_choice::MultiChoice),
    Consent(consent::Consent),
    Group(group::Group),
    Iban(iban::Iban),
    Time(time::TimeField),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names and tags are part of the packed format and of every schema: they never
    /// change. A new type appends its line here.
    #[test]
    fn names_and_tags_are_pinned() {
        let table: Vec<(&str, u8)> = TYPES.iter().map(|t| (t.0, t.1)).collect();
        assert_eq!(
            table,
            [
                ("text", 1),
                ("textarea", 2),
                ("email", 3),
                ("tel", 4),
                ("integer", 5),
                ("decimal", 6),
                ("date", 7),
                ("partial-date", 8),
                ("choice", 9),
                ("multi-choice", 10),
                ("consent", 11),
                ("group", 12),
                ("iban", 13),
                ("time", 14),
            ]
        );
    }

    #[test]
    fn properties_are_declared_once_per_type() {
        for (name, _, props, _) in TYPES {
            let mut seen = std::collections::BTreeSet::new();
            for p in *props {
                assert!(seen.insert(p.name), "{name}: {} twice", p.name);
                assert!(
                    !COMMON.iter().any(|c| c.name == p.name),
                    "{name}: {} is common",
                    p.name
                );
            }
        }
    }
}
