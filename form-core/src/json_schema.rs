//! The JSON Schema of the form format, for editors (`form schema` writes it to
//! `form-schema.json`). Made from the same tables the reader uses: every field type with
//! exactly its own properties, so an editor completes and checks what the engine accepts.

use serde_json::{Map, Value, json};

use crate::codes::IssueCode;
use crate::compile::FORMAT_VERSION;
use crate::types::{COMMON, Prop, Shape, TYPES};

fn shape(s: Shape) -> Value {
    match s {
        Shape::Text | Shape::Expr => json!({ "type": "string" }),
        Shape::Count => json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX }),
        Shape::Number => json!({ "type": "number" }),
        Shape::Required => json!({ "type": ["boolean", "string"] }),
        Shape::Options => json!({ "type": "array", "items": { "$ref": "#/$defs/Option" } }),
        Shape::OneOf(values) => json!({ "enum": values }),
        // (A value given twice is accepted by the compiler, so by the schema too.)
        Shape::Flags(values) => json!({ "type": "array", "items": { "enum": values } }),
        Shape::Fields => json!({ "type": "array", "items": { "$ref": "#/$defs/Field" } }),
        Shape::Rules => json!({ "type": "array", "items": { "$ref": "#/$defs/Rule" } }),
        Shape::Messages => {
            let codes: Vec<&str> = IssueCode::ALL.iter().map(|c| c.as_str()).collect();
            json!({
                "type": "object",
                "propertyNames": { "enum": codes },
                "additionalProperties": { "type": "string" }
            })
        }
    }
}

fn property(p: &Prop) -> Value {
    let mut v = shape(p.shape);
    if let Value::Object(m) = &mut v {
        m.insert("description".into(), Value::String(p.doc.to_owned()));
    }
    v
}

fn text(doc: &str) -> Value {
    json!({ "type": "string", "description": doc })
}

/// The JSON Schema (draft 2020-12) of format [`FORMAT_VERSION`].
pub fn json_schema() -> Value {
    let mut defs = Map::new();
    let mut one_of = Vec::new();
    for (name, _, props, doc) in TYPES {
        let mut properties = Map::new();
        for p in COMMON.iter().chain(props.iter()) {
            let v = if p.name == "type" {
                json!({ "const": name, "description": p.doc })
            } else {
                property(p)
            };
            properties.insert(p.name.to_owned(), v);
        }
        let key = format!("field-{name}");
        one_of.push(json!({ "$ref": format!("#/$defs/{key}") }));
        defs.insert(
            key,
            json!({
                "description": doc,
                "type": "object",
                "properties": properties,
                "required": ["id", "type", "label"],
                "additionalProperties": false
            }),
        );
    }
    defs.insert(
        "Field".into(),
        json!({ "description": "One field; `type` says which kind.", "oneOf": one_of }),
    );
    defs.insert(
        "Option".into(),
        json!({
            "description": "One option of a choice.",
            "type": "object",
            "properties": {
                "value": text("The value stored when this option is chosen."),
                "label": text("Message id of the option's label."),
                "hint": text("Message id of a hint under the option."),
                "exclusive": {
                    "description": "Of a multi-choice only: the option stands alone (\"None of these\"). Ticked with others, the answer is refused (`exclusive-option`); ticking it clears the other boxes, ticking another clears it. Shown below an \"or\".",
                    "type": "boolean"
                }
            },
            "required": ["value", "label"],
            "additionalProperties": false
        }),
    );
    defs.insert(
        "Rule".into(),
        json!({
            "description": "A plausibility rule: when `when` holds (or always), `assert` must hold.",
            "type": "object",
            "properties": {
                "id": text("Unique among the rules next to it (`[a-z][a-z0-9_-]*`)."),
                "when": text("Condition under which the rule applies."),
                "assert": text("Condition that must hold."),
                "fields": {
                    "description": "The fields the rule concerns; the first is where the issue is shown.",
                    "type": "array",
                    "items": { "type": "string" }
                },
                "message": text("Message id explaining the problem to the applicant.")
            },
            "required": ["id", "assert", "fields", "message"],
            "additionalProperties": false
        }),
    );
    defs.insert(
        "Page".into(),
        json!({
            "description": "One page (a section with a heading).",
            "type": "object",
            "properties": {
                "id": text("Unique page id (`[a-z][a-z0-9_-]*`)."),
                "heading": text("Message id of the page heading."),
                "description": text("Message id of an introduction to the page."),
                "visibleWhen": text("Condition under which the page is shown; its fields are hidden otherwise."),
                "fields": {
                    "description": "The page's fields, in order.",
                    "type": "array",
                    "items": { "$ref": "#/$defs/Field" }
                }
            },
            "required": ["id", "heading", "fields"],
            "additionalProperties": false
        }),
    );
    defs.insert(
        "CodeList".into(),
        json!({
            "description": "A list of option values whose labels are `labelPrefix` + value (for example `country-` + `GB` gives the message id `country-GB`).",
            "type": "object",
            "properties": {
                "labelPrefix": text("Prefix of each option's label message id."),
                "values": { "type": "array", "items": { "type": "string" } },
                "order": {
                    "enum": crate::types::ORDERS,
                    "description": "How the options are shown: in the order written (the default: put \"Other\" or \"None\" last), or in the reader's alphabetical order, which differs between languages (for a long list of names)."
                },
                "last": {
                    "type": "array", "items": { "type": "string" },
                    "description": "With `\"order\": \"alphabetical\"`: values of the list shown after the sorted ones, in this order (\"Other\", \"None\")."
                }
            },
            "required": ["labelPrefix", "values"],
            "additionalProperties": false
        }),
    );
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Form",
        "description": "A whole form: pages of fields, rules, and message ids (texts live in Fluent files).",
        "type": "object",
        "properties": {
            "$schema": text("Editors may point this at the JSON Schema of the format."),
            "format": {
                "description": format!("Format version; this engine reads format {FORMAT_VERSION}."),
                "const": FORMAT_VERSION
            },
            "id": text("Stable id of the form (`[a-z][a-z0-9-]*`), used in submissions and URLs."),
            "version": text("Version of this form's content, sent with every submission."),
            "defaultLocale": text("BCP 47 tag of the language every message must exist in, and the fallback."),
            "title": text("Message id of the form's title."),
            "description": text("Message id of an introduction shown before the first page."),
            "codeLists": {
                "description": "Named lists of option values shared by choice fields (e.g. countries).",
                "type": "object",
                "additionalProperties": { "$ref": "#/$defs/CodeList" }
            },
            "pages": {
                "description": "The pages, in order. A one-page form has one page.",
                "type": "array",
                "items": { "$ref": "#/$defs/Page" }
            },
            "rules": {
                "description": "Plausibility rules across fields of the whole form.",
                "type": "array",
                "items": { "$ref": "#/$defs/Rule" }
            }
        },
        "required": ["format", "id", "version", "defaultLocale", "title", "pages"],
        "additionalProperties": false,
        "$defs": defs
    })
}
