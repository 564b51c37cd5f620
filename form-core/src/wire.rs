//! The wire: what travels between a form in the browser and the receiving service. One
//! definition with serde on both sides: the service reads the [`Envelope`] (as a
//! [`SentEnvelope`], from its JSON text without copying it) and answers
//! [`Accepted`] or [`Refusal`]; the embed encodes the envelope and decodes the answers;
//! form-wasm declares the same shapes in TypeScript (a test compares them).
//!
//! ```text
//! POST /api/forms/<id>/submissions   Content-Type: application/json
//!   Envelope {formId, schemaVersion, locale, idempotencyKey, submission}
//! 201 Accepted {reference}
//! 4xx/5xx Refusal {error, issues?, locale?, expected?, max?, line?, column?, problem?}
//! ```
//!
//! Architecture invariant: every answer of the service other than 201 is a [`Refusal`]
//! with an [`ErrorCode`]; a client decides what to tell the applicant from the code and
//! the status alone, never from text.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::codes::IssueCode;
use crate::diag::{Arg, Args};
use crate::json::{Json, Node, View};
use crate::validate::Issue;

/// Shortest and longest idempotency key accepted (letters, digits, `-`, `_`).
pub const KEY_LENGTH: std::ops::RangeInclusive<usize> = 8..=128;

/// A submission as the browser sends it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Envelope {
    /// The form's id; must match the URL's.
    pub form_id: String,
    /// The form's `version`: a submission made with another version is refused (409).
    pub schema_version: String,
    /// The applicant's language (for the texts of issues).
    #[serde(default)]
    pub locale: String,
    /// The same key for every retry of one submission: it is stored once.
    pub idempotency_key: String,
    /// The answers, cleaned by the browser's engine (the service validates them again).
    pub submission: Value,
}

impl Envelope {
    /// Whether the idempotency key has an accepted form.
    pub fn key_is_valid(&self) -> bool {
        key_is_valid(&self.idempotency_key)
    }
}

/// An [`Envelope`] as sent, read from its JSON text without copying it: what the service
/// reads. Each member is taken as deserialising the text into a `Value` and that into an
/// [`Envelope`] takes it: a string where a string belongs (`locale` may be missing, then
/// `""`, but not `null`), the answers any value, a member given twice at its last value,
/// other members ignored. `None` where deserialising would fail on that member
/// (`tests::the_sent_envelope_is_read_as_deserialised`).
#[derive(Clone, Copy, Debug)]
pub struct SentEnvelope<'a, 's> {
    pub form_id: Option<&'a str>,
    pub schema_version: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
    pub submission: Option<&'a Node<'s>>,
}

impl<'a, 's> SentEnvelope<'a, 's> {
    /// `None` when the text is not a JSON object.
    pub fn read(node: &'a Node<'s>) -> Option<Self> {
        let View::Object(members) = node.view() else {
            return None;
        };
        let get = |k: &str| Node::get(members, k);
        let text = |k: &str| match get(k).map(Json::view) {
            Some(View::Str(s)) => Some(s),
            _ => None,
        };
        Some(SentEnvelope {
            form_id: text("formId"),
            schema_version: text("schemaVersion"),
            locale: if get("locale").is_none() {
                Some("")
            } else {
                text("locale")
            },
            idempotency_key: text("idempotencyKey"),
            submission: get("submission"),
        })
    }
}

/// Whether an idempotency key has an accepted form: 8 to 128 ASCII letters, digits, `-`
/// and `_`.
pub fn key_is_valid(key: &str) -> bool {
    KEY_LENGTH.contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The answer to a stored submission (201).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    /// The reference the applicant can quote (`LEA-7KQ3-M9XD`).
    pub reference: String,
}

crate::codes::codes! {
    /// Why the service did not store a submission (or did not serve a request).
    ErrorCode {
        /// 422: the answers have issues (see `issues`).
        Invalid = "invalid",
        /// 400: the body is not JSON, or not an envelope.
        MalformedJson = "malformed-json",
        /// 400: the envelope's `formId` is not the URL's.
        FormMismatch = "form-mismatch",
        /// 400: the idempotency key is missing or malformed.
        BadIdempotencyKey = "bad-idempotency-key",
        /// 400: the envelope has no `submission` object.
        MissingSubmission = "missing-submission",
        /// 400: more top-level fields than the service accepts (`max`).
        TooManyFields = "too-many-fields",
        /// 404: no such form.
        UnknownForm = "unknown-form",
        /// 404: nothing here.
        NotFound = "not-found",
        /// 405: the address does not take this method.
        MethodNotAllowed = "method-not-allowed",
        /// 409: the form changed since the page was loaded (`expected`: its version).
        WrongSchemaVersion = "wrong-schema-version",
        /// 403: a cross-origin request from an origin the service does not allow.
        ForbiddenOrigin = "forbidden-origin",
        /// 413: the body is larger than the service accepts (`max`, in bytes).
        PayloadTooLarge = "payload-too-large",
        /// 415: the body is not sent as `application/json`.
        UnsupportedMediaType = "unsupported-media-type",
        /// 429: too many requests from one address; retry after `Retry-After`.
        RateLimited = "rate-limited",
        /// 503: the service is busy; retry after `Retry-After`.
        Busy = "busy",
        /// 503: the database cannot be reached; retry later.
        StorageUnavailable = "storage-unavailable",
        /// 500: a fault of the service itself.
        Internal = "internal",
    }
}

/// Every answer other than 201.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    pub error: ErrorCode,
    /// For `invalid`: every issue, with its text in `locale`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<WireIssue>,
    /// For `invalid`: the language of the issues' texts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// For `wrong-schema-version`: the form's current version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// For `too-many-fields` and `payload-too-large`: the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// For `malformed-json` where the body is not JSON: the line (from 1) and the column
    /// (in characters, from 1) where reading stopped, and what most likely is wrong there
    /// (one of [`crate::json::PROBLEMS`]), for the program that sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

impl Refusal {
    pub fn new(error: ErrorCode) -> Refusal {
        Refusal {
            error,
            issues: Vec::new(),
            locale: None,
            expected: None,
            max: None,
            line: None,
            column: None,
            problem: None,
        }
    }

    /// `malformed-json` for a body that is not JSON: where, and what most likely.
    pub fn not_json(text: &str, e: &crate::json::Error) -> Refusal {
        let d = e.described(text);
        Refusal {
            line: Some(d.line as u64),
            column: Some(d.column as u64),
            problem: Some(d.problem.to_owned()),
            ..Refusal::new(ErrorCode::MalformedJson)
        }
    }
}

/// An issue as the service sends it: the engine's [`Issue`] with its text in the
/// applicant's language (for clients without Fluent; the embed formats `message` itself).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireIssue {
    #[serde(default)]
    pub path: String,
    pub code: IssueCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    #[serde(default)]
    pub args: Args,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

impl WireIssue {
    /// An issue with its text.
    pub fn new(issue: Issue, text: String) -> WireIssue {
        WireIssue {
            path: issue.path,
            code: issue.code,
            message: issue.message,
            label: issue.label,
            rule: issue.rule,
            fields: issue.fields,
            args: issue.args,
            text,
        }
    }

    /// The engine's issue (without the text).
    pub fn into_issue(self) -> Issue {
        Issue {
            path: self.path,
            code: self.code,
            message: self.message,
            label: self.label,
            rule: self.rule,
            fields: self.fields,
            args: self.args,
        }
    }
}

// Small clients (the embed) read and write these shapes from and to `serde_json::Value`
// with the functions below rather than with serde's generated visitors, which would cost
// about 10 KB of the browser bundle. A test checks they agree with serde in both ways.

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Message arguments from JSON (`{"max": 3, "value": "x"}`); `None` for another shape.
pub fn args_from_value(v: Option<&Value>) -> Option<Args> {
    let Some(v) = v else {
        return Some(Args::new());
    };
    let mut args = Args::new();
    for (k, v) in v.as_object()? {
        let arg = match v {
            Value::Number(n) => Arg::Num(n.as_f64()?),
            Value::String(s) => Arg::Str(s.clone()),
            Value::Bool(b) => Arg::Str(b.to_string()),
            _ => return None,
        };
        args.insert(k.clone(), arg);
    }
    Some(args)
}

impl Envelope {
    /// The envelope as JSON (what `serde_json::to_value` gives).
    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        let s = |t: &str| Value::String(t.to_owned());
        m.insert("formId".into(), s(&self.form_id));
        m.insert("schemaVersion".into(), s(&self.schema_version));
        m.insert("locale".into(), s(&self.locale));
        m.insert("idempotencyKey".into(), s(&self.idempotency_key));
        m.insert("submission".into(), self.submission.clone());
        Value::Object(m)
    }
}

impl Accepted {
    /// Reads the answer to a stored submission; `None` when it has another shape.
    pub fn from_value(v: &Value) -> Option<Accepted> {
        Some(Accepted {
            reference: text(v, "reference")?,
        })
    }
}

/// Reads an issue (as a report has it, or the engine's part of a [`WireIssue`]).
pub fn issue_from_value(v: &Value) -> Option<Issue> {
    // (Loops, not `collect::<Option<Vec<_>>>`: the embed reads a refusal's issues, and the
    // adapters' code cost it about 70 B of brotli.)
    let mut fields = Vec::new();
    if let Some(f) = v.get("fields") {
        for x in f.as_array()? {
            fields.push(x.as_str()?.to_owned());
        }
    }
    Some(Issue {
        path: text(v, "path").unwrap_or_default(),
        code: IssueCode::parse(v.get("code")?.as_str()?)?,
        message: text(v, "message")?,
        label: text(v, "label"),
        rule: text(v, "rule"),
        fields,
        args: args_from_value(v.get("args"))?,
    })
}

impl WireIssue {
    /// Reads one issue; `None` when it has another shape.
    pub fn from_value(v: &Value) -> Option<WireIssue> {
        Some(WireIssue::new(
            issue_from_value(v)?,
            text(v, "text").unwrap_or_default(),
        ))
    }
}

impl Refusal {
    /// Reads only the issues of a refusal, as the engine's issues (what a renderer shows;
    /// the status code says the rest); `None` when they have another shape.
    pub fn issues_from_value(v: &Value) -> Option<Vec<Issue>> {
        let mut issues = Vec::new();
        if let Some(list) = v.get("issues") {
            for i in list.as_array()? {
                issues.push(issue_from_value(i)?);
            }
        }
        Some(issues)
    }

    /// Reads a refusal; `None` when the answer has another shape (a proxy's error page,
    /// a list where issues belong, an unknown code).
    pub fn from_value(v: &Value) -> Option<Refusal> {
        let issues = match v.get("issues") {
            None => Vec::new(),
            Some(list) => list
                .as_array()?
                .iter()
                .map(WireIssue::from_value)
                .collect::<Option<Vec<_>>>()?,
        };
        Some(Refusal {
            error: ErrorCode::parse(v.get("error")?.as_str()?)?,
            issues,
            locale: text(v, "locale"),
            expected: text(v, "expected"),
            max: v.get("max").and_then(Value::as_u64),
            line: v.get("line").and_then(Value::as_u64),
            column: v.get("column").and_then(Value::as_u64),
            problem: text(v, "problem"),
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn issue() -> WireIssue {
        let mut args = Args::new();
        args.insert("max".into(), Arg::Num(3.0));
        args.insert("value".into(), Arg::Str("x".into()));
        WireIssue {
            path: "family[0].name".into(),
            code: IssueCode::TooLong,
            message: "error-too-long".into(),
            label: Some("name".into()),
            rule: Some("r".into()),
            fields: vec!["a".into()],
            args,
            text: "Too long".into(),
        }
    }

    #[test]
    fn the_hand_readers_agree_with_serde() {
        let full = Refusal {
            error: ErrorCode::Invalid,
            issues: vec![issue()],
            locale: Some("de".into()),
            expected: Some("2".into()),
            max: Some(7),
            line: Some(3),
            column: Some(14),
            problem: Some("extra-comma".into()),
        };
        let v = serde_json::to_value(&full).unwrap();
        assert_eq!(Refusal::from_value(&v), Some(full));
        let bare = Refusal::new(ErrorCode::Busy);
        let v = serde_json::to_value(&bare).unwrap();
        assert_eq!(Refusal::from_value(&v), Some(bare));
        let accepted = Accepted {
            reference: "LEA-1".into(),
        };
        let v = serde_json::to_value(&accepted).unwrap();
        assert_eq!(Accepted::from_value(&v), Some(accepted));
        let envelope = Envelope {
            form_id: "f".into(),
            schema_version: "1".into(),
            locale: "ar".into(),
            idempotency_key: "key-123456".into(),
            submission: json!({"a": [1, {"b": "c"}]}),
        };
        assert_eq!(
            envelope.to_value(),
            serde_json::to_value(&envelope).unwrap()
        );
    }

    /// The service's reading of an envelope takes what deserialising the text into a
    /// `Value` and that into an `Envelope` takes (what it did before), member by member.
    #[test]
    fn the_sent_envelope_is_read_as_deserialised() {
        let sub = r#""submission": {"a": [1, {"b": "c"}]}"#;
        let texts = [
            format!(r#"{{"formId": "f", "schemaVersion": "1", "locale": "ar", "idempotencyKey": "key-123456", {sub}}}"#),
            format!(r#"{{"formId": "f", "schemaVersion": "1", "idempotencyKey": "k", {sub}, "extra": 1}}"#),
            format!(r#"{{"formId": "f", "schemaVersion": "1", "locale": null, "idempotencyKey": "k", {sub}}}"#),
            format!(r#"{{"formId": "f", "schemaVersion": 1, "idempotencyKey": "k", {sub}}}"#),
            format!(r#"{{"formId": "x", "formId": "f", "schemaVersion": "1", "idempotencyKey": "k", {sub}}}"#),
            format!(r#"{{"formId": "f", "schemaVersion": "1", "idempotencyKey": ["k"], {sub}}}"#),
            r#"{"formId": "f", "schemaVersion": "1", "idempotencyKey": "k"}"#.to_owned(),
            r#"{"formId": "f", "schemaVersion": "1", "idempotencyKey": "k", "submission": null}"#.to_owned(),
            r#"{"formId": "f", "schemaVersion": "1", "locale": "de", "idempotencyKey": "k", "submission": 7}"#.to_owned(),
            r#"{"schemaVersion": "1", "idempotencyKey": "k", "submission": {}}"#.to_owned(),
            "[]".to_owned(),
            "\"f\"".to_owned(),
        ];
        let mut read = 0;
        for text in &texts {
            let node = Node::parse(text).unwrap();
            let sent = SentEnvelope::read(&node);
            let want = serde_json::from_str::<Value>(text)
                .and_then(serde_json::from_value::<Envelope>)
                .ok();
            let got = sent.and_then(|s| {
                Some(Envelope {
                    form_id: s.form_id?.to_owned(),
                    schema_version: s.schema_version?.to_owned(),
                    locale: s.locale?.to_owned(),
                    idempotency_key: s.idempotency_key?.to_owned(),
                    submission: s.submission?.to_value(),
                })
            });
            assert_eq!(got, want, "{text}");
            read += usize::from(want.is_some());
        }
        assert_eq!(read, 5, "envelopes deserialised");
        // A member is missing only where it is not given or not a string.
        let node = Node::parse(&texts[3]).unwrap();
        let sent = SentEnvelope::read(&node).unwrap();
        assert_eq!(
            (sent.form_id, sent.schema_version, sent.idempotency_key),
            (Some("f"), None, Some("k"))
        );
    }

    #[test]
    fn other_shapes_are_not_refusals() {
        for v in [
            json!(null),
            json!("Bad Gateway"),
            json!({"error": "no-such-code"}),
            json!({"error": "invalid", "issues": {"a": 1}}),
            json!({"error": "invalid", "issues": [{"path": "a"}]}),
            json!({"error": "invalid", "issues": [{"code": "required", "message": "m", "args": [1]}]}),
        ] {
            assert_eq!(Refusal::from_value(&v), None, "{v}");
        }
        assert_eq!(Accepted::from_value(&json!({"reference": 5})), None);
    }
}
