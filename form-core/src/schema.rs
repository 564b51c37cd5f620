//! The raw, serialisable form format: what a form author writes in `form.json`.
//!
//! These types only describe shape. Everything that needs thought (names, references,
//! expressions, message ids, cycles) is checked by [`crate::compile`], which turns a raw
//! form into a [`crate::Form`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The version of the format this engine reads. A schema states it in `"format"`.
pub const FORMAT_VERSION: u32 = 1;

/// A Fluent message id (`[a-zA-Z][a-zA-Z0-9_-]*`). Forms never contain inline text.
pub type MessageId = String;

/// A whole form.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawForm {
    /// Editors may point this at the JSON Schema of the format.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version; this engine reads format 1.
    pub format: u32,
    /// Stable id of the form (`[a-z][a-z0-9-]*`), used in submissions and URLs.
    pub id: String,
    /// Version of this form's content, sent with every submission.
    pub version: String,
    /// BCP 47 tag of the language every message must exist in, and the fallback.
    pub default_locale: String,
    /// Message id of the form's title.
    pub title: MessageId,
    /// Message id of an introduction shown before the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<MessageId>,
    /// Named lists of option values shared by choice fields (e.g. countries).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub code_lists: BTreeMap<String, RawCodeList>,
    /// The pages, in order. A one-page form has one page.
    pub pages: Vec<RawPage>,
    /// Plausibility rules across fields of the whole form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RawRule>,
}

/// A list of option values whose labels are `labelPrefix` + value (for example
/// `country-` + `GB` gives the message id `country-GB`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawCodeList {
    pub label_prefix: String,
    pub values: Vec<String>,
}

/// One page (a section with a heading).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawPage {
    pub id: String,
    /// Message id of the page heading.
    pub heading: MessageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<MessageId>,
    /// Condition under which the page is shown; its fields are hidden otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_when: Option<String>,
    /// The page's fields, in order.
    #[cfg_attr(feature = "json-schema", schemars(with = "Vec<RawField>"))]
    pub fields: Vec<serde_json::Value>,
}

/// What kind of answer a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FieldType {
    /// Single-line text.
    Text,
    /// Multi-line text.
    Textarea,
    /// An email address (WHATWG definition, as browsers check it).
    Email,
    /// A telephone number.
    Tel,
    /// A whole number.
    Integer,
    /// A decimal number (`.` or `,` as decimal separator).
    Decimal,
    /// A full calendar date.
    Date,
    /// A date whose day, or day and month, may be unknown.
    PartialDate,
    /// One value from options (radio buttons or a select).
    Choice,
    /// Any number of values from options (checkboxes).
    MultiChoice,
    /// A single checkbox that must be ticked to agree.
    Consent,
    /// A repeatable group of fields (for example family members).
    Group,
}

/// How a choice is presented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Widget {
    Radio,
    Select,
}

/// `required`: `true`, `false`, or a condition (an expression) under which it is required.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum RawRequired {
    Always(bool),
    When(String),
}

/// A number bound (`min`, `max`).
pub type RawNumber = serde_json::Number;

/// One field.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawField {
    /// Unique in the whole form (`[a-z][a-z0-9_]*`); the key in submissions and expressions.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Message id of the label (the legend for choices, dates and groups).
    pub label: MessageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<MessageId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<RawRequired>,
    /// Condition under which the field is shown. A hidden field's value is dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_when: Option<String>,
    /// The HTML autocomplete token (WCAG 1.3.5), e.g. `given-name`, `bday`, `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<String>,
    /// Minimum length in user-perceived characters (grapheme clusters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    /// Maximum length in user-perceived characters (grapheme clusters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// A regular expression the whole value must match (as HTML's `pattern`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<RawNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<RawNumber>,
    /// Earliest allowed date: an expression of type date, e.g. `date("2000-01-01")`,
    /// `add_years(today, -120)` or `birth_date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_date: Option<String>,
    /// Latest allowed date, as `minDate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_date: Option<String>,
    /// Inline options of a choice or multi-choice field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<RawOption>>,
    /// Name of a code list (in `codeLists`) supplying the options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_list: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widget: Option<Widget>,
    /// Fields of each item of a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "json-schema", schemars(with = "Option<Vec<RawField>>"))]
    pub fields: Option<Vec<serde_json::Value>>,
    /// Minimum number of items (group) or selected options (multi-choice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u32>,
    /// Maximum number of items (group) or selected options (multi-choice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u32>,
    /// Message id naming one item of a group ("Family member").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_label: Option<MessageId>,
    /// Rules evaluated for each item of a group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RawRule>,
    /// Field-specific message ids for issue codes, e.g. `{"required": "email-required"}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub messages: BTreeMap<String, MessageId>,
}

/// One option of a choice.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawOption {
    pub value: String,
    pub label: MessageId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<MessageId>,
}

/// A plausibility rule: when `when` holds (or always), `assert` must hold.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    pub assert: String,
    /// The fields the rule concerns; the first is where the issue is shown.
    pub fields: Vec<String>,
    /// Message id explaining the problem to the applicant.
    pub message: MessageId,
}
