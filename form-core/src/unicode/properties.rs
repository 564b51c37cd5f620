//! Unicode properties for `\p{...}` in patterns: the general categories people use in
//! forms (letters, marks, numbers, punctuation, symbols, separators) and the scripts of
//! the languages around a European public office. `properties.bin` holds each as
//! delta-coded ranges (generated from the `regex-syntax` crate's Unicode tables, the
//! reference, by `tests/unicode_tables.rs`, which also checks every code point against it).
//! Only the pattern compiler reads it: a packed form carries compiled automata, so the
//! browser bundle does not include these tables.

static DATA: &[u8] = include_bytes!("properties.bin");

/// The properties, as `\p{...}` names them: (canonical name, aliases).
pub const NAMES: &[(&str, &[&str])] = &[
    ("L", &["Letter"]),
    ("Lu", &["Uppercase_Letter"]),
    ("Ll", &["Lowercase_Letter"]),
    ("M", &["Mark", "Combining_Mark"]),
    ("Mn", &["Nonspacing_Mark"]),
    ("N", &["Number"]),
    ("Nd", &["Decimal_Number", "digit"]),
    ("P", &["Punctuation", "punct"]),
    ("S", &["Symbol"]),
    ("Z", &["Separator"]),
    ("Zs", &["Space_Separator"]),
    ("Latin", &["Latn"]),
    ("Greek", &["Grek"]),
    ("Cyrillic", &["Cyrl"]),
    ("Armenian", &["Armn"]),
    ("Georgian", &["Geor"]),
    ("Hebrew", &["Hebr"]),
    ("Arabic", &["Arab"]),
    ("Devanagari", &["Deva"]),
    ("Thai", &[]),
    ("Hangul", &["Hang"]),
    ("Hiragana", &["Hira"]),
    ("Katakana", &["Kana"]),
    ("Han", &["Hani"]),
];

/// How many general categories lead [`NAMES`]; the rest are scripts.
pub const CATEGORIES: usize = 11;

fn varint(data: &[u8], pos: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    let mut shift = 0u32;
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        v |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
    }
}

/// The ranges of the property at `index` in [`NAMES`].
fn ranges(index: usize) -> Option<Vec<(u32, u32)>> {
    let mut pos = 0;
    for i in 0..=index {
        let n = varint(DATA, &mut pos)?;
        let mut out = Vec::with_capacity(if i == index { n as usize } else { 0 });
        let mut at = 0u32;
        for _ in 0..n {
            let start = at.checked_add(varint(DATA, &mut pos)?)?;
            let end = start.checked_add(varint(DATA, &mut pos)?)?;
            if i == index {
                out.push((start, end));
            }
            at = end;
        }
        if i == index {
            return Some(out);
        }
    }
    None
}

/// The code point ranges of a property named as in `\p{...}`: `L`, `Letter`,
/// `gc=L`, `General_Category=Letter`, `Latin`, `sc=Latn`, `Script=Latin`. Names are
/// matched as UTS #18 suggests (case, spaces, `_` and `-` ignored). `None`: not offered.
pub fn property(name: &str) -> Option<Vec<(u32, u32)>> {
    let loose = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, ' ' | '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (kind, value) = match name.split_once('=') {
        Some((k, v)) => (Some(loose(k)), v),
        None => (None, name),
    };
    let want = loose(value);
    let scripts = match kind.as_deref() {
        None => None,
        Some("gc" | "generalcategory") => Some(false),
        Some("sc" | "script") => Some(true),
        Some(_) => return None,
    };
    let index = NAMES.iter().enumerate().position(|(i, (canon, aliases))| {
        let is_script = i >= CATEGORIES;
        // Case matters between one- and two-letter categories only by their length.
        let names_match = if !is_script && canon.len() <= 2 && value.len() <= 2 {
            *canon == value
        } else {
            loose(canon) == want || aliases.iter().any(|a| loose(a) == want)
        };
        names_match && scripts.is_none_or(|s| s == is_script)
    })?;
    ranges(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases() {
        let l = property("L").expect("L");
        assert_eq!(property("Letter"), Some(l.clone()));
        assert_eq!(property("gc=L"), Some(l.clone()));
        assert_eq!(property("General_Category=letter"), Some(l));
        assert_eq!(property("sc=Latn"), property("Latin"));
        assert!(property("Script=Greek").is_some());
        assert!(property("gc=Latin").is_none());
        assert!(property("Klingon").is_none());
        // `Lu` is not `lu`-insensitively `LU`... but two-letter categories keep their case.
        assert!(property("lu").is_none());
        assert!(property("Lu").is_some());
    }
}
