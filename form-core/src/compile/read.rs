//! Phase 1, read: the schema's JSON shape, checked by hand with a located `json-shape`
//! diagnostic for every problem (not only the first, as a derived deserializer would
//! give), and without serde's generic visitors in the browser bundle. Field properties
//! are checked against the property table of [`crate::types`]; a field stays JSON here
//! and is compiled by its type later.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::names::{self, escape_pointer as esc};
use crate::codes::DiagCode;
use crate::diag::Diagnostic;
use crate::types::{COMMON, CodeList, ORDERS, Prop, Shape, TYPES, is_type_prop, props_of};

/// The form around its fields.
pub(super) struct RawForm<'v> {
    pub format: u32,
    pub id: String,
    pub version: String,
    pub default_locale: String,
    /// The languages the form offers (its default first or anywhere); empty: not said.
    pub languages: Vec<String>,
    pub title: String,
    pub description: Option<String>,
    pub code_lists: BTreeMap<String, CodeList>,
    pub pages: Vec<RawPage<'v>>,
    pub rules: Vec<RawRule>,
}

pub(super) struct RawPage<'v> {
    pub id: String,
    pub heading: String,
    pub description: Option<String>,
    pub visible_when: Option<String>,
    /// The fields, still JSON: each is read and compiled on its own, so that a broken
    /// field does not hide the others.
    pub fields: &'v [Value],
}

/// A plausibility rule: when `when` holds (or always), `assert` must hold.
#[derive(Clone, Debug)]
pub(super) struct RawRule {
    pub id: String,
    pub when: Option<String>,
    pub assert: String,
    pub fields: Vec<String>,
    pub message: String,
}

/// Collects shape problems while reading.
struct Reader<'d> {
    diags: &'d mut Vec<Diagnostic>,
    ok: bool,
}

fn shape(pointer: String, problem: &str) -> Diagnostic {
    Diagnostic::error(DiagCode::JsonShape, pointer).arg("problem", problem)
}

/// `d` with the name among `names` that `word` is likely a slip for (`near`), if any.
pub(super) fn near(d: Diagnostic, word: &str, names: &[&str]) -> Diagnostic {
    match names::near(word, names.iter().copied()) {
        Some(n) => d.arg("near", n),
        None => d,
    }
}

impl Reader<'_> {
    fn problem(&mut self, d: Diagnostic) {
        self.ok = false;
        self.diags.push(d);
    }

    /// An object with only the allowed keys.
    fn object<'v>(
        &mut self,
        v: &'v Value,
        ptr: &str,
        allowed: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(m) = v else {
            self.problem(shape(ptr.to_owned(), "expected-object"));
            return None;
        };
        for k in m.keys() {
            if !allowed.contains(&k.as_str()) {
                self.unknown(ptr, k, allowed);
            }
        }
        Some(m)
    }

    fn unknown(&mut self, ptr: &str, key: &str, allowed: &[&str]) {
        self.problem(near(
            shape(format!("{ptr}/{}", esc(key)), "unknown-property")
                .arg("property", key)
                .arg("allowed", allowed.join(", ")),
            key,
            allowed,
        ));
    }

    fn string(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Option<String> {
        match m.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problem(shape(format!("{ptr}/{key}"), "expected-string"));
                None
            }
            None => {
                self.problem(shape(ptr.to_owned(), "missing-property").arg("property", key));
                None
            }
        }
    }

    fn opt_string(&mut self, m: &Map<String, Value>, key: &str, ptr: &str) -> Option<String> {
        match m.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problem(shape(format!("{ptr}/{key}"), "expected-string"));
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
                self.problem(shape(ptr.to_owned(), "missing-property").arg("property", key));
                None
            }
            Some(Value::Array(a)) => Some(a),
            Some(_) => {
                self.problem(shape(format!("{ptr}/{key}"), "expected-list"));
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
                _ => self.problem(shape(format!("{ptr}/{key}/{i}"), "expected-string")),
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

    /// Checks that `v` is one of `values`; `named` gives the value meant by another way of
    /// writing it (a unit's), where it is no slip of one.
    fn one_of(
        &mut self,
        v: &Value,
        values: &[&str],
        at: String,
        named: fn(&str) -> Option<&'static str>,
    ) {
        match v.as_str() {
            Some(s) if values.contains(&s) => {}
            Some(s) => {
                let d = near(
                    shape(at, "unknown-value")
                        .arg("value", s)
                        .arg("allowed", values.join(", ")),
                    s,
                    values,
                );
                let d = match named(s) {
                    Some(meant) if d.args.get("near").is_none() => d.arg("near", meant),
                    _ => d,
                };
                self.problem(d);
            }
            None => self.problem(shape(at, "expected-string")),
        }
    }

    /// Checks one property value against its shape.
    fn prop(&mut self, m: &Map<String, Value>, prop: &Prop, ptr: &str) {
        let key = prop.name;
        let Some(v) = m.get(key) else {
            return;
        };
        let at = || format!("{ptr}/{key}");
        if v.is_null() {
            return;
        }
        match prop.shape {
            Shape::Text | Shape::Expr => {
                if !v.is_string() {
                    self.problem(shape(at(), "expected-string"));
                }
            }
            Shape::Count => {
                if v.as_u64().and_then(|n| u32::try_from(n).ok()).is_none() {
                    self.problem(shape(at(), "expected-count"));
                }
            }
            Shape::Number => {
                if !v.is_number() {
                    self.problem(shape(at(), "expected-number"));
                }
            }
            Shape::Required => {
                if !(v.is_boolean() || v.is_string()) {
                    self.problem(shape(at(), "expected-required"));
                }
            }
            Shape::OneOf(values) => {
                let named = if key == "unit" {
                    crate::unit::Unit::named
                } else {
                    |_: &str| None
                };
                self.one_of(v, values, at(), named);
            }
            Shape::Flags(values) => {
                for (i, v) in self
                    .array(m, key, ptr, false)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    self.one_of(v, values, format!("{ptr}/{key}/{i}"), |_| None);
                }
            }
            Shape::Fields => {
                self.array(m, key, ptr, false);
            }
            Shape::Rules => {
                self.rules(m, key, ptr);
            }
            Shape::Options => {
                for (i, o) in self
                    .array(m, key, ptr, false)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    let p = format!("{ptr}/{key}/{i}");
                    if let Some(om) = self.object(o, &p, &["value", "label", "hint", "exclusive"]) {
                        self.string(om, "value", &p);
                        self.string(om, "label", &p);
                        self.opt_string(om, "hint", &p);
                        if om.get("exclusive").is_some_and(|v| !v.is_boolean()) {
                            self.problem(shape(format!("{p}/exclusive"), "expected-boolean"));
                        }
                    }
                }
            }
            Shape::Messages => match v {
                Value::Object(mm) => {
                    for (k, v) in mm {
                        if !v.is_string() {
                            self.problem(shape(
                                format!("{ptr}/{key}/{}", esc(k)),
                                "expected-string",
                            ));
                        }
                    }
                }
                _ => self.problem(shape(at(), "expected-object")),
            },
        }
    }
}

/// Every property name a field may have, for the `unknown-property` message.
fn all_field_keys() -> Vec<&'static str> {
    let mut keys: Vec<&str> = COMMON.iter().map(|p| p.name).collect();
    for (_, _, props, _) in TYPES {
        for p in *props {
            if !keys.contains(&p.name) {
                keys.push(p.name);
            }
        }
    }
    keys
}

/// Checks the shape of one field. Returns its object and type name, or `None` (with
/// diagnostics) when its shape is wrong. A property of another type is an error
/// (`not-applicable`), but does not stop the field from being compiled.
pub(super) fn field<'v>(
    v: &'v Value,
    ptr: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<(&'v Map<String, Value>, &'static str)> {
    let mut r = Reader { diags, ok: true };
    let Value::Object(m) = v else {
        r.problem(shape(ptr.to_owned(), "expected-object"));
        return None;
    };
    // The type first: it decides which properties belong.
    let ty: Option<&'static str> = match m.get("type") {
        Some(Value::String(t)) => match TYPES.iter().find(|x| x.0 == t) {
            Some(x) => Some(x.0),
            None => {
                let names: Vec<&str> = TYPES.iter().map(|x| x.0).collect();
                r.problem(near(
                    shape(format!("{ptr}/type"), "unknown-type")
                        .arg("value", t.as_str())
                        .arg("allowed", names.join(", ")),
                    t,
                    &names,
                ));
                None
            }
        },
        _ => None,
    };
    let own: &[Prop] = ty.and_then(props_of).unwrap_or_default();
    let allowed: Vec<&str> = match ty {
        Some(_) => COMMON.iter().chain(own).map(|p| p.name).collect(),
        None => all_field_keys(),
    };
    let mut not_applicable = Vec::new();
    for k in m.keys() {
        if COMMON.iter().chain(own).any(|p| p.name == k) {
            continue;
        }
        if !is_type_prop(k) {
            r.unknown(ptr, k, &allowed);
        } else if ty.is_some() {
            not_applicable.push(k.as_str());
        }
    }
    r.string(m, "id", ptr);
    match m.get("type") {
        Some(Value::String(_)) => {}
        _ => {
            r.string(m, "type", ptr);
        }
    }
    r.string(m, "label", ptr);
    // Shapes of every known property, whether it applies or not (types share some: each
    // is checked once).
    let mut done: Vec<&str> = vec!["id", "type", "label"];
    for prop in COMMON.iter().chain(TYPES.iter().flat_map(|t| t.2.iter())) {
        if done.contains(&prop.name) {
            continue;
        }
        done.push(prop.name);
        r.prop(m, prop, ptr);
    }
    if !r.ok {
        return None;
    }
    let ty = ty?;
    for k in not_applicable {
        r.diags.push(
            Diagnostic::error(DiagCode::NotApplicable, format!("{ptr}/{}", esc(k)))
                .arg("property", k)
                .arg("type", ty),
        );
    }
    Some((m, ty))
}

/// Reads the form around its fields.
pub(super) fn form<'v>(v: &'v Value, diags: &mut Vec<Diagnostic>) -> Option<RawForm<'v>> {
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
            "languages",
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
                r.problem(shape("/format".into(), "expected-count"));
                None
            }
        },
        None => {
            r.problem(shape(String::new(), "missing-property").arg("property", "format"));
            None
        }
    };
    let mut code_lists = BTreeMap::new();
    match m.get("codeLists") {
        None | Some(Value::Null) => {}
        Some(Value::Object(lists)) => {
            for (name, list) in lists {
                let p = format!("/codeLists/{}", esc(name));
                let Some(lm) = r.object(list, &p, &["labelPrefix", "values", "order", "last"])
                else {
                    continue;
                };
                let prefix = r.string(lm, "labelPrefix", &p);
                let values = r.string_list(lm, "values", &p);
                // The order written unless asked otherwise: the lists forms write are short,
                // with "Other" or "None" last, which no alphabet keeps there.
                let alphabetical = match lm.get("order") {
                    None | Some(Value::Null) => false,
                    Some(v) => {
                        r.one_of(v, ORDERS, format!("{p}/order"), |_| None);
                        v.as_str() == Some("alphabetical")
                    }
                };
                // Values that stay last in an alphabetical list ("Other"): values of the list.
                let mut last = Vec::new();
                if lm.contains_key("last") {
                    for (i, v) in r.string_list(lm, "last", &p).into_iter().enumerate() {
                        if !values.contains(&v) {
                            let names: Vec<&str> = values.iter().map(String::as_str).collect();
                            r.problem(near(
                                shape(format!("{p}/last/{i}"), "unknown-value")
                                    .arg("value", v.as_str())
                                    .arg("allowed", values.join(", ")),
                                &v,
                                &names,
                            ));
                        } else if !last.contains(&v) {
                            last.push(v);
                        }
                    }
                    // Only an alphabetical list moves values: in the order written, `last`
                    // changes nothing, which its author did not mean.
                    if !alphabetical {
                        r.diags.push(
                            Diagnostic::warning(DiagCode::LastNotSorted, format!("{p}/last"))
                                .arg("name", name.as_str()),
                        );
                    }
                }
                if let Some(label_prefix) = prefix {
                    code_lists.insert(
                        name.clone(),
                        CodeList {
                            label_prefix,
                            values,
                            alphabetical,
                            last,
                        },
                    );
                }
            }
        }
        Some(_) => r.problem(shape("/codeLists".into(), "expected-object")),
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
        let fields = r
            .array(pm, "fields", &p, true)
            .map_or(&[][..], Vec::as_slice);
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
        format: format.unwrap_or(0),
        id: r.string(m, "id", "").unwrap_or_default(),
        version: r.string(m, "version", "").unwrap_or_default(),
        default_locale: r.string(m, "defaultLocale", "").unwrap_or_default(),
        languages: if m.contains_key("languages") {
            r.string_list(m, "languages", "")
        } else {
            Vec::new()
        },
        title: r.string(m, "title", "").unwrap_or_default(),
        description: r.opt_string(m, "description", ""),
        code_lists,
        pages,
        rules,
    };
    r.opt_string(m, "$schema", "");
    r.ok.then_some(raw)
}

/// Reads the rules of a field (a group's), already checked for shape.
pub(super) fn field_rules(m: &Map<String, Value>, ptr: &str) -> Vec<RawRule> {
    let mut diags = Vec::new();
    let mut r = Reader {
        diags: &mut diags,
        ok: true,
    };
    r.rules(m, "rules", ptr)
}
