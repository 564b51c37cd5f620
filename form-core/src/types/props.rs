//! Properties of fields: their names and JSON shapes (one table for the reader, the
//! "does not apply to this type" check and the JSON Schema for editors), and [`Props`],
//! the view of one field's properties that a type's `compile` reads from.

use serde_json::{Map, Number, Value};

use crate::diag::Diagnostic;
use crate::expr::{Checked, Type};

/// The JSON shape a property must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A string (an id, a message id, a token, a pattern).
    Text,
    /// A whole number from 0.
    Count,
    /// Any JSON number.
    Number,
    /// An expression of the condition language, as a string.
    Expr,
    /// `true`, `false` or a condition.
    Required,
    /// A list of `{value, label, hint?}`.
    Options,
    /// One of a few strings.
    OneOf(&'static [&'static str]),
    /// A list of some of a few strings.
    Flags(&'static [&'static str]),
    /// A list of fields (read field by field).
    Fields,
    /// A list of rules.
    Rules,
    /// An object from issue codes to message ids.
    Messages,
}

/// One property: its name in the schema, its shape and what it means (for editors).
#[derive(Clone, Copy, Debug)]
pub struct Prop {
    pub name: &'static str,
    pub shape: Shape,
    pub doc: &'static str,
}

const fn prop(name: &'static str, shape: Shape, doc: &'static str) -> Prop {
    Prop { name, shape, doc }
}

/// Properties every field has.
pub const COMMON: &[Prop] = &[
    prop(
        "id",
        Shape::Text,
        "Unique in the whole form (`[a-z][a-z0-9_]*`); the key in submissions and expressions.",
    ),
    prop("type", Shape::Text, "What kind of answer the field takes."),
    prop(
        "label",
        Shape::Text,
        "Message id of the label (the legend for choices, dates and groups).",
    ),
    prop(
        "hint",
        Shape::Text,
        "Message id of a hint shown under the label.",
    ),
    prop(
        "required",
        Shape::Required,
        "`true`, `false`, or a condition under which the field must be answered.",
    ),
    prop(
        "visibleWhen",
        Shape::Expr,
        "Condition under which the field is shown. A hidden field's value is dropped.",
    ),
    prop(
        "messages",
        Shape::Messages,
        "Field-specific message ids for issue codes, e.g. `{\"required\": \"email-required\"}`.",
    ),
];

/// The properties that only some types have. A type lists those it accepts.
pub const AUTOCOMPLETE: Prop = prop(
    "autocomplete",
    Shape::Text,
    "The HTML autocomplete token (WCAG 1.3.5), e.g. `given-name`, `bday`, `email`.",
);
pub const MIN_LENGTH: Prop = prop(
    "minLength",
    Shape::Count,
    "Minimum length in user-perceived characters (grapheme clusters).",
);
pub const MAX_LENGTH: Prop = prop(
    "maxLength",
    Shape::Count,
    "Maximum length in user-perceived characters (grapheme clusters).",
);
pub const PATTERN: Prop = prop(
    "pattern",
    Shape::Text,
    "A regular expression the whole value must match (as HTML's `pattern`): classes, groups, `|`, repetition, `\\d \\w \\s`, Unicode properties such as `\\p{L}` and `\\p{Script=Latin}`, `\\u{...}`. Digits of every script are read as ASCII digits first.",
);
pub const CHARACTERS: Prop = prop(
    "characters",
    Shape::OneOf(crate::charset::Charset::NAMES),
    "A character set of DIN 91379 the answer must keep to: `din91379-a` (names of people: Latin letters with their accents, space, `'`, `-`, `.`, ...), `din91379-b` (other names: also digits and punctuation), `din91379-c` (any text).",
);
pub const TRANSFORM: Prop = prop(
    "transform",
    Shape::Flags(crate::text::Transform::NAMES),
    "What is done to the answer before it is checked and stored, so that people may type it as they like: `uppercase` (letters in capitals: `ab12` is stored `AB12`, `ме` `МЕ`; Latin and Cyrillic letters, Turkish `ı` and `İ` as `I`), `no-spaces` (spaces removed: `123 456` is `123456`). A pattern sees the answer so.",
);
pub const PRECISION: Prop = prop(
    "precision",
    Shape::OneOf(crate::date::Precision::NAMES),
    "The parts of the date asked (and required): `year`, `year-month` or `full`; without it the day, or the day and month, may be left out.",
);
pub const MIN: Prop = prop("min", Shape::Number, "The smallest allowed number.");
pub const UNIT: Prop = prop(
    "unit",
    Shape::OneOf(crate::unit::Unit::NAMES),
    "The unit of the number, drawn after the input as the reader's language writes it (`€`, `m²`, `м²`) and taken off where it is typed anyway (`650 €`, `EUR 650`, `650,-`, `62 qm`, `23,5 kg`): `eur`, `m2` (square metres), `kg`. Say it in the label too: the drawn unit is not read out.",
);
pub const MAX: Prop = prop("max", Shape::Number, "The largest allowed number.");
pub const MIN_DATE: Prop = prop(
    "minDate",
    Shape::Expr,
    "Earliest allowed date: an expression of type date, e.g. `date(\"2000-01-01\")`, `add_years(today, -120)` or `birth_date`.",
);
pub const MAX_DATE: Prop = prop("maxDate", Shape::Expr, "Latest allowed date, as `minDate`.");
pub const MIN_TIME: Prop = prop(
    "minTime",
    Shape::Expr,
    "Earliest allowed time: an expression of type time, e.g. `time(\"08:00\")` or `start_time`.",
);
pub const MAX_TIME: Prop = prop("maxTime", Shape::Expr, "Latest allowed time, as `minTime`.");
pub const OPTIONS: Prop = prop(
    "options",
    Shape::Options,
    "Inline options of a choice or multi-choice field.",
);
pub const CODE_LIST: Prop = prop(
    "codeList",
    Shape::Text,
    "Name of a code list supplying the options: one of the form's `codeLists`, or one the engine ships (`countries`, `languages`).",
);
pub const WIDGET: Prop = prop(
    "widget",
    Shape::OneOf(&["radio", "select"]),
    "How a choice is presented: radio buttons (default) or a select. Options are shown in the order written; those of the engine's code lists, and of a list with `\"order\": \"alphabetical\"`, in the reader's alphabetical order.",
);
pub const FIELDS: Prop = prop("fields", Shape::Fields, "Fields of each item of a group.");
pub const MIN_ITEMS: Prop = prop(
    "minItems",
    Shape::Count,
    "Minimum number of items (group) or selected options (multi-choice).",
);
pub const MAX_ITEMS: Prop = prop(
    "maxItems",
    Shape::Count,
    "Maximum number of items (group) or selected options (multi-choice).",
);
pub const ITEM_LABEL: Prop = prop(
    "itemLabel",
    Shape::Text,
    "Message id naming one item of a group (\"Family member\").",
);
pub const RULES: Prop = prop(
    "rules",
    Shape::Rules,
    "Rules evaluated for each item of a group.",
);

/// The orders a code list's options can be shown in (its `order`).
pub const ORDERS: &[&str] = &["written", "alphabetical"];

/// A shared list of option values (the schema's `codeLists`).
#[derive(Clone, Debug)]
pub struct CodeList {
    pub label_prefix: String,
    pub values: Vec<String>,
    /// Shown in the reader's alphabetical order (`"order": "alphabetical"`, and the
    /// engine's lists), else in the order written.
    pub alphabetical: bool,
    /// Values shown after the alphabetical ones, in this order (`last`: "Other", "None").
    pub last: Vec<String>,
}

/// What a type's `compile` may ask of the compiler (implemented by it): report problems,
/// register message ids, look up code lists, compile expressions.
pub(crate) trait Compiling {
    fn report(&mut self, d: Diagnostic);
    /// Records a message id the form uses (and checks its syntax).
    fn message(&mut self, id: &str, pointer: &str);
    /// A code list by name (the form's own, else the engine's), noted as used.
    fn code_list(&mut self, name: &str) -> Option<&CodeList>;
    /// Compiles an expression of type `want` in the field's scope; `None` after reporting.
    fn expr(&mut self, src: &str, pointer: &str, want: Type) -> Option<Checked>;
}

/// One field's properties, already checked for shape, as a type's `compile` reads them.
pub struct Props<'a> {
    pub(crate) obj: &'a Map<String, Value>,
    pub(crate) ptr: &'a str,
    pub(crate) id: &'a str,
    pub(crate) type_name: &'static str,
    pub(crate) cx: &'a mut dyn Compiling,
}

impl std::fmt::Debug for Props<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.ptr)
    }
}

impl<'a> Props<'a> {
    /// The field's id.
    pub fn id(&self) -> &'a str {
        self.id
    }
    /// The JSON pointer of a property of this field (`""`: the field itself).
    pub fn at(&self, name: &str) -> String {
        if name.is_empty() {
            self.ptr.to_owned()
        } else {
            format!("{}/{name}", self.ptr)
        }
    }
    pub fn has(&self, name: &str) -> bool {
        self.obj.get(name).is_some_and(|v| !v.is_null())
    }
    pub fn text(&self, name: &str) -> Option<&'a str> {
        self.obj.get(name).and_then(Value::as_str)
    }
    pub fn count(&self, name: &str) -> Option<u32> {
        self.obj
            .get(name)
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
    }
    pub fn number(&self, name: &str) -> Option<&'a Number> {
        match self.obj.get(name) {
            Some(Value::Number(n)) => Some(n),
            _ => None,
        }
    }
    pub fn list(&self, name: &str) -> Option<&'a Vec<Value>> {
        self.obj.get(name).and_then(Value::as_array)
    }
    /// The strings of a list property (others skipped: the shape check reports them).
    pub fn strings(&self, name: &str) -> impl Iterator<Item = &'a str> {
        self.list(name)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    }

    /// Reports a problem.
    pub fn report(&mut self, d: Diagnostic) {
        self.cx.report(d);
    }
    /// Records a message id used at property `name`.
    pub fn message(&mut self, id: &str, pointer: &str) {
        self.cx.message(id, pointer);
    }
    pub fn code_list(&mut self, name: &str) -> Option<&CodeList> {
        self.cx.code_list(name)
    }
    /// Compiles the expression in property `name` (type `want`); `None` when absent or
    /// wrong (the problem is reported).
    pub fn expr(&mut self, name: &str, want: Type) -> Option<Checked> {
        let src = self.text(name)?;
        let at = self.at(name);
        self.cx.expr(src, &at, want)
    }
    /// The type's name, for diagnostics.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }
}
