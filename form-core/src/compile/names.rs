//! Names in schemas: ids, message ids, autocomplete tokens, JSON pointers.

pub(crate) fn is_field_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
        && !matches!(s, "and" | "or" | "not" | "in" | "true" | "false" | "today")
}

pub(crate) fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'_')
}

/// Fluent identifier syntax.
pub fn is_message_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 200
        && b.first().is_some_and(u8::is_ascii_alphabetic)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
}

const AUTOCOMPLETE_FIELDS: &[&str] = &[
    "name",
    "honorific-prefix",
    "given-name",
    "additional-name",
    "family-name",
    "honorific-suffix",
    "nickname",
    "username",
    "new-password",
    "current-password",
    "one-time-code",
    "organization-title",
    "organization",
    "street-address",
    "address-line1",
    "address-line2",
    "address-line3",
    "address-level4",
    "address-level3",
    "address-level2",
    "address-level1",
    "country",
    "country-name",
    "postal-code",
    "cc-name",
    "cc-given-name",
    "cc-additional-name",
    "cc-family-name",
    "cc-number",
    "cc-exp",
    "cc-exp-month",
    "cc-exp-year",
    "cc-csc",
    "cc-type",
    "transaction-currency",
    "transaction-amount",
    "language",
    "bday",
    "bday-day",
    "bday-month",
    "bday-year",
    "sex",
    "url",
    "photo",
];
const AUTOCOMPLETE_CONTACT: &[&str] = &[
    "tel",
    "tel-country-code",
    "tel-national",
    "tel-area-code",
    "tel-local",
    "tel-local-prefix",
    "tel-local-suffix",
    "tel-extension",
    "email",
    "impp",
];

/// Checks an autocomplete value against the HTML "autofill detail tokens" grammar.
pub fn is_autocomplete(value: &str) -> bool {
    let tokens: Vec<&str> = value.split_ascii_whitespace().collect();
    if let [single] = tokens.as_slice()
        && (*single == "on" || *single == "off")
    {
        return true;
    }
    let mut rest = tokens.as_slice();
    if let [first, tail @ ..] = rest
        && first.starts_with("section-")
    {
        rest = tail;
    }
    if let [first, tail @ ..] = rest
        && (*first == "shipping" || *first == "billing")
    {
        rest = tail;
    }
    match rest {
        [field] | [field, _] if AUTOCOMPLETE_FIELDS.contains(field) => {
            rest.get(1).is_none_or(|w| *w == "webauthn")
        }
        [contact, field] | [contact, field, _]
            if ["home", "work", "mobile", "fax", "pager"].contains(contact)
                && AUTOCOMPLETE_CONTACT.contains(field) =>
        {
            rest.get(2).is_none_or(|w| *w == "webauthn")
        }
        [field] | [field, _] if AUTOCOMPLETE_CONTACT.contains(field) => {
            rest.get(1).is_none_or(|w| *w == "webauthn")
        }
        _ => false,
    }
}

pub(crate) fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Sorts pointers by document position (numeric segments compare as numbers).
pub(crate) fn pointer_key(p: &str) -> Vec<(u64, String)> {
    p.split('/')
        .map(|s| {
            s.parse::<u64>()
                .map_or((u64::MAX, s.to_owned()), |n| (n, String::new()))
        })
        .collect()
}
