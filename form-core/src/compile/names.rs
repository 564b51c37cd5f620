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

/// The one name among `names` that `word` is most likely a slip for, for a "did you mean"
/// after an unknown name: the same but for case, `_`, `-` and spaces (`maxlength`,
/// `visible_when`, `Date`), else one letter wrong, missing, extra or two swapped (two from
/// eight letters). `None` when nothing is that close, or two names are equally close.
pub fn near<'a>(word: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let fold = |s: &str| -> Vec<char> {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let w = fold(word);
    // A bound against hostile schemas: the distance costs the product of the lengths.
    if w.is_empty() || w.len() > 64 {
        return None;
    }
    let most = if w.len() >= 8 { 2 } else { 1 };
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for name in names {
        if name == word {
            continue;
        }
        let n = fold(name);
        if n.len().abs_diff(w.len()) > most {
            continue;
        }
        let d = distance(&w, &n, most);
        match best {
            _ if d > most => {}
            Some((b, _)) if d > b => {}
            Some((b, other)) if d == b => tie |= other != name,
            _ => {
                best = Some((d, name));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, n)| n)
}

/// Edits from `a` to `b` (letters replaced, inserted, deleted, or two neighbours swapped:
/// optimal string alignment) where they are at most `most`; else some number above it.
/// Only the band of cells `most` from the diagonal is worked out: a path outside it costs
/// more than `most` already.
fn distance(a: &[char], b: &[char], most: usize) -> usize {
    let over = most + 1;
    // Three rows of the table: the one being worked out and the two before it (a swap
    // looks two back).
    let first: Vec<usize> = (0..=b.len()).map(|j| j.min(over)).collect();
    let (mut two_back, mut back) = (vec![over; b.len() + 1], first);
    for i in 1..=a.len() {
        let mut row = vec![over; b.len() + 1];
        if let Some(r) = row.first_mut() {
            *r = i.min(over);
        }
        for j in i.saturating_sub(most).max(1)..=(i + most).min(b.len()) {
            let (ai, bj) = (a.get(i - 1), b.get(j - 1));
            let cost = usize::from(ai != bj);
            let at = |r: &[usize], j: usize| r.get(j).copied().unwrap_or(over);
            let mut d = (at(&back, j) + 1)
                .min(at(&row, j - 1) + 1)
                .min(at(&back, j - 1) + cost);
            if i > 1 && j > 1 && ai == b.get(j - 2) && a.get(i - 2) == bj && ai != bj {
                d = d.min(at(&two_back, j - 2) + 1);
            }
            if let Some(r) = row.get_mut(j) {
                *r = d.min(over);
            }
        }
        two_back = std::mem::replace(&mut back, row);
    }
    back.last().copied().unwrap_or(over)
}

#[cfg(test)]
mod tests {
    use super::{distance, near};
    use proptest::prelude::*;

    proptest! {
        /// Any text against any names (hostile lengths, any script, empty): no panic, and
        /// what is suggested is one of the names, not the word itself.
        #[test]
        fn near_never_panics_and_names_one_of_the_names(
            word in "\\PC{0,80}",
            names in proptest::collection::vec("[a-zA-Z_\\-]{0,12}|\\PC{0,70}", 0..12),
        ) {
            if let Some(n) = near(&word, names.iter().map(String::as_str)) {
                prop_assert!(names.iter().any(|m| m == n));
                prop_assert_ne!(n, word.as_str());
            }
        }
    }

    /// The band gives the full table's distance wherever that is at most `most`, and more
    /// than `most` elsewhere: every pair of words of up to five letters of `ab`.
    #[test]
    #[allow(clippy::indexing_slicing)]
    fn the_band_agrees_with_the_full_table() {
        fn full(a: &[char], b: &[char]) -> usize {
            let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for (i, row) in d.iter_mut().enumerate() {
                for (j, cell) in row.iter_mut().enumerate() {
                    *cell = if i == 0 || j == 0 { i + j } else { 0 };
                }
            }
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    let mut v = (d[i - 1][j] + 1)
                        .min(d[i][j - 1] + 1)
                        .min(d[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        v = v.min(d[i - 2][j - 2] + 1);
                    }
                    d[i][j] = v;
                }
            }
            d[a.len()][b.len()]
        }
        let words: Vec<Vec<char>> = (0..64u32)
            .flat_map(|bits| (0..=5).map(move |len| (bits, len)))
            .map(|(bits, len)| {
                (0..len)
                    .map(|k| if bits >> k & 1 == 1 { 'a' } else { 'b' })
                    .collect()
            })
            .collect();
        for a in &words {
            for b in &words {
                let want = full(a, b);
                for most in [1, 2] {
                    let got = distance(a, b, most);
                    assert!(
                        if want <= most {
                            got == want
                        } else {
                            got > most
                        },
                        "{a:?} {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_slip_is_told_by_its_nearest_name() {
        let props = [
            "maxLength",
            "minLength",
            "visibleWhen",
            "required",
            "hint",
            "label",
        ];
        let types = [
            "text",
            "textarea",
            "date",
            "partial-date",
            "decimal",
            "integer",
        ];
        let cases: [(&str, &[&str], Option<&str>); 12] = [
            ("maxlength", &props, Some("maxLength")),
            ("visible_when", &props, Some("visibleWhen")),
            ("requried", &props, Some("required")),
            ("requierd", &props, Some("required")),
            ("lable", &props, Some("label")),
            ("maxLenght", &props, Some("maxLength")),
            ("Date", &types, Some("date")),
            ("partial_date", &types, Some("partial-date")),
            ("number", &types, None),
            ("x", &types, None),
            // `dat` is one from `date`, and nothing else is as close.
            ("dat", &types, Some("date")),
            // One letter from both: not guessed.
            ("texts", &["text", "tests"], None),
        ];
        for (word, names, want) in cases {
            assert_eq!(near(word, names.iter().copied()), want, "{word}");
        }
    }
}
