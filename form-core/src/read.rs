//! Reading the raw schema from JSON by hand, with a located diagnostic for every shape
//! problem (not only the first, as a derived deserializer would give). Written out rather
//! than derived so that the browser bundle does not carry serde's generic visitors.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::diag::Diagnostic;
use crate::schema::{
    FieldType, RawCodeList, RawField, RawForm, RawOption, RawPage, RawRequired, RawRule, Widget,
};

fn esc(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Collects shape problems while reading.
pub(crate) struct Reader<'d> {
    pub diags: &'d mut Vec<Diagnostic>,
    pub ok: bool,
}

impl Reader<'_> {
    fn problem(&mut self, pointer: String, detail: String) {
        self.ok = false;
        self.diags
            .push(Diagnostic::error("json-shape", pointer).arg("detail", detail));
    }

    /// An object with only the allowed keys.
    fn object<'v>(
        &mut self,
        v: &'v Value,
        ptr: &str,
        allowed: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(m) = v else {
            self.problem(ptr.to_owned(), "expected an object".into());
            return None;
        };
        for k in m.keys() {
            if !allowed.contains(&k.as_str()) {
                self.problem(
                    format!("{ptr}/{}", esc(k)),
                    format!(
                        "unknown property `{k}`, expected one of {}",
                        allowed.join(", ")
                    ),
                );
            }
        }
        Some(m)
    }

    fn string(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Option<String> {
        match m.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problem(format!("{ptr}/{key}"), "expected a string".into());
                None
            }
            None => {
                self.problem(ptr.to_owned(), format!("missing property `{key}`"));
                None
            }
        }
    }

    fn opt_string(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Option<String> {
        match m.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problem(format!("{ptr}/{key}"), "expected a string".into());
                None
            }
        }
    }

    fn opt_u32(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Option<u32> {
        match m.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => Some(n),
                None => {
                    self.problem(
                        format!("{ptr}/{key}"),
                        "expected a whole number from 0".into(),
                    );
                    None
                }
            },
        }
    }

    fn opt_number(
        &mut self,
        m: &Map<String, Value>,
        key: &str,
        ptr: &str,
    ) -> Option<serde_json::Number> {
        match m.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => Some(n.clone()),
            Some(_) => {
                self.problem(format!("{ptr}/{key}"), "expected a number".into());
                None
            }
        }
    }

    fn array<'v>(
        &mut self,
        m: &'v Map<String, Value>,
        key: &str,
        ptr: &str,
        required: bool,
    ) -> Option<&'v Vec<Value>> {
        match m.get(key) {
            None | Some(Value::Null) if !required => None,
            None | Some(Value::Null) => {
                self.problem(ptr.to_owned(), format!("missing property `{key}`"));
                None
            }
            Some(Value::Array(a)) => Some(a),
            Some(_) => {
                self.problem(format!("{ptr}/{key}"), "expected a list".into());
                None
            }
        }
    }

    /// A required list of strings; wrong items are reported one by one.
    fn string_list(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Vec<String> {
        let Some(items) = self.array(m, key, ptr, true) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            match v {
                Value::String(s) => out.push(s.clone()),
                _ => self.problem(format!("{ptr}/{key}/{i}"), "expected a string".into()),
            }
        }
        out
    }

    fn rules(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Vec<RawRule> {
        let mut out = Vec::new();
        for (i, v) in self
            .array(m, key, ptr, false)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let p = format!("{ptr}/{key}/{i}");
            let Some(r) = self.object(v, &p, &["id", "when", "assert", "fields", "message"]) else {
                continue;
            };
            let fields = self.string_list(r, "fields", &p);
            let (id, when, assert, message) = (
                self.string(r, "id", &p),
                self.opt_string(r, "when", &p),
                self.string(r, "assert", &p),
                self.string(r, "message", &p),
            );
            if let (Some(id), Some(assert), Some(message)) = (id, assert, message) {
                out.push(RawRule {
                    id,
                    when,
                    assert,
                    fields,
                    message,
                });
            }
        }
        out
    }
}

const FIELD_KEYS: &[&str] = &[
    "id",
    "type",
    "label",
    "hint",
    "required",
    "visibleWhen",
    "autocomplete",
    "minLength",
    "maxLength",
    "pattern",
    "min",
    "max",
    "minDate",
    "maxDate",
    "options",
    "codeList",
    "widget",
    "fields",
    "minItems",
    "maxItems",
    "itemLabel",
    "rules",
    "messages",
];

fn field_type(s: &str) -> Option<FieldType> {
    Some(match s {
        "text" => FieldType::Text,
        "textarea" => FieldType::Textarea,
        "email" => FieldType::Email,
        "tel" => FieldType::Tel,
        "integer" => FieldType::Integer,
        "decimal" => FieldType::Decimal,
        "date" => FieldType::Date,
        "partial-date" => FieldType::PartialDate,
        "choice" => FieldType::Choice,
        "multi-choice" => FieldType::MultiChoice,
        "consent" => FieldType::Consent,
        "group" => FieldType::Group,
        _ => return None,
    })
}

/// Reads one field; `None` (with diagnostics) when its shape is wrong.
pub(crate) fn field(v: &Value, ptr: &str, diags: &mut Vec<Diagnostic>) -> Option<RawField> {
    let mut r = Reader { diags, ok: true };
    let m = r.object(v, ptr, FIELD_KEYS)?;
    let id = r.string(m, "id", ptr);
    let kind = match r.string(m, "type", ptr) {
        Some(t) => match field_type(&t) {
            Some(k) => Some(k),
            None => {
                r.problem(format!("{ptr}/type"), format!("unknown type `{t}`, expected one of text, textarea, email, tel, integer, decimal, date, partial-date, choice, multi-choice, consent, group"));
                None
            }
        },
        None => None,
    };
    let label = r.string(m, "label", ptr);
    let required = match m.get("required") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(RawRequired::Always(*b)),
        Some(Value::String(s)) => Some(RawRequired::When(s.clone())),
        Some(_) => {
            r.problem(
                format!("{ptr}/required"),
                "expected true, false or a condition".into(),
            );
            None
        }
    };
    let widget = match r.opt_string(m, "widget", ptr).as_deref() {
        None => None,
        Some("radio") => Some(Widget::Radio),
        Some("select") => Some(Widget::Select),
        Some(w) => {
            r.problem(
                format!("{ptr}/widget"),
                format!("unknown widget `{w}`, expected radio or select"),
            );
            None
        }
    };
    let options = r.array(m, "options", ptr, false).map(|opts| {
        opts.iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let p = format!("{ptr}/options/{i}");
                let om = r.object(o, &p, &["value", "label", "hint"])?;
                let (value, label, hint) = (
                    r.string(om, "value", &p),
                    r.string(om, "label", &p),
                    r.opt_string(om, "hint", &p),
                );
                Some(RawOption {
                    value: value?,
                    label: label?,
                    hint,
                })
            })
            .collect()
    });
    let fields = r.array(m, "fields", ptr, false).cloned();
    let rules = r.rules(m, "rules", ptr);
    let mut messages = BTreeMap::new();
    match m.get("messages") {
        None | Some(Value::Null) => {}
        Some(Value::Object(mm)) => {
            for (k, v) in mm {
                match v {
                    Value::String(s) => {
                        messages.insert(k.clone(), s.clone());
                    }
                    _ => r.problem(
                        format!("{ptr}/messages/{}", esc(k)),
                        "expected a string".into(),
                    ),
                }
            }
        }
        Some(_) => r.problem(format!("{ptr}/messages"), "expected an object".into()),
    }
    let raw = RawField {
        id: id.unwrap_or_default(),
        kind: kind.unwrap_or(FieldType::Text),
        label: label.unwrap_or_default(),
        hint: r.opt_string(m, "hint", ptr),
        required,
        visible_when: r.opt_string(m, "visibleWhen", ptr),
        autocomplete: r.opt_string(m, "autocomplete", ptr),
        min_length: r.opt_u32(m, "minLength", ptr),
        max_length: r.opt_u32(m, "maxLength", ptr),
        pattern: r.opt_string(m, "pattern", ptr),
        min: r.opt_number(m, "min", ptr),
        max: r.opt_number(m, "max", ptr),
        min_date: r.opt_string(m, "minDate", ptr),
        max_date: r.opt_string(m, "maxDate", ptr),
        options,
        code_list: r.opt_string(m, "codeList", ptr),
        widget,
        fields,
        min_items: r.opt_u32(m, "minItems", ptr),
        max_items: r.opt_u32(m, "maxItems", ptr),
        item_label: r.opt_string(m, "itemLabel", ptr),
        rules,
        messages,
    };
    r.ok.then_some(raw)
}

/// Reads the form around its fields (fields stay JSON and are read one by one later, so
/// that a broken field does not hide the others).
pub(crate) fn form(v: &Value, diags: &mut Vec<Diagnostic>) -> Option<RawForm> {
    let mut r = Reader { diags, ok: true };
    let m = r.object(
        v,
        "",
        &[
            "$schema",
            "format",
            "id",
            "version",
            "defaultLocale",
            "title",
            "description",
            "codeLists",
            "pages",
            "rules",
        ],
    )?;
    let format = match m.get("format") {
        Some(f) => match f.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Some(n),
            None => {
                r.problem("/format".into(), "expected a whole number".into());
                None
            }
        },
        None => {
            r.problem(String::new(), "missing property `format`".into());
            None
        }
    };
    let mut code_lists = BTreeMap::new();
    match m.get("codeLists") {
        None | Some(Value::Null) => {}
        Some(Value::Object(lists)) => {
            for (name, list) in lists {
                let p = format!("/codeLists/{}", esc(name));
                let Some(lm) = r.object(list, &p, &["labelPrefix", "values"]) else {
                    continue;
                };
                let prefix = r.string(lm, "labelPrefix", &p);
                let values = r.string_list(lm, "values", &p);
                if let Some(label_prefix) = prefix {
                    code_lists.insert(
                        name.clone(),
                        RawCodeList {
                            label_prefix,
                            values,
                        },
                    );
                }
            }
        }
        Some(_) => r.problem("/codeLists".into(), "expected an object".into()),
    }
    let mut pages = Vec::new();
    for (i, pv) in r
        .array(m, "pages", "", true)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let p = format!("/pages/{i}");
        let Some(pm) = r.object(
            pv,
            &p,
            &["id", "heading", "description", "visibleWhen", "fields"],
        ) else {
            continue;
        };
        let (id, heading) = (r.string(pm, "id", &p), r.string(pm, "heading", &p));
        let (description, visible_when) = (
            r.opt_string(pm, "description", &p),
            r.opt_string(pm, "visibleWhen", &p),
        );
        let fields = r.array(pm, "fields", &p, true).cloned().unwrap_or_default();
        if let (Some(id), Some(heading)) = (id, heading) {
            pages.push(RawPage {
                id,
                heading,
                description,
                visible_when,
                fields,
            });
        }
    }
    let rules = r.rules(m, "rules", "");
    let raw = RawForm {
        schema: r.opt_string(m, "$schema", ""),
        format: format.unwrap_or(0),
        id: r.string(m, "id", "").unwrap_or_default(),
        version: r.string(m, "version", "").unwrap_or_default(),
        default_locale: r.string(m, "defaultLocale", "").unwrap_or_default(),
        title: r.string(m, "title", "").unwrap_or_default(),
        description: r.opt_string(m, "description", ""),
        code_lists,
        pages,
        rules,
    };
    r.ok.then_some(raw)
}
