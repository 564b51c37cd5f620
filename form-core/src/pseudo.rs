//! Pseudo-locales for testing: they make untranslated strings and layouts that break
//! under long or right-to-left text visible without waiting for translations.
//!
//! - `en-XA` (accented): every ASCII letter becomes an accented look-alike and vowels are
//!   doubled, so text is about a third longer ("Ȩȩńţȩȩŕ");
//! - `ar-XB` (bidi): letters are mirrored look-alikes wrapped in a right-to-left override,
//!   and the locale's language is Arabic, so renderers lay the page out right to left.
//!
//! Placeables (names, numbers) are not transformed: Fluent applies the transform to the
//! text of messages only.

use std::borrow::Cow;

/// Which pseudo-locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    Accented,
    Bidi,
}

impl Pseudo {
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Bidi];

    /// The BCP 47 tag of the pseudo-locale.
    pub fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::Bidi => "ar-XB",
        }
    }

    /// The text transform applied to the literal text of every message.
    pub fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Pseudo::Accented => accented,
            Pseudo::Bidi => bidi,
        }
    }
}

const LOWER_ACCENTED: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const UPPER_ACCENTED: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const LOWER_FLIPPED: [char; 26] = [
    'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ן', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's',
    'ʇ', 'n', 'ʌ', 'ʍ', 'x', 'ʎ', 'z',
];
const UPPER_FLIPPED: [char; 26] = [
    '∀', 'ꓭ', 'Ɔ', 'ꓷ', 'Ǝ', 'Ⅎ', 'ꓨ', 'H', 'I', 'ſ', 'ꓘ', '˥', 'W', 'N', 'O', 'Ԁ', 'Ò', 'ꓤ', 'S',
    '⊥', '∩', 'Ʌ', 'M', 'X', '⅄', 'Z',
];

fn map(c: char, lower: &[char; 26], upper: &[char; 26]) -> char {
    let i = |base: u8| usize::from((c as u8).wrapping_sub(base));
    match c {
        'a'..='z' => lower.get(i(b'a')).copied().unwrap_or(c),
        'A'..='Z' => upper.get(i(b'A')).copied().unwrap_or(c),
        _ => c,
    }
}

/// Accented and about a third longer.
pub fn accented(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let m = map(c, &LOWER_ACCENTED, &UPPER_ACCENTED);
        out.push(m);
        if "aeiouAEIOU".contains(c) {
            out.push(m);
        }
    }
    Cow::Owned(out)
}

/// Mirrored letters in a right-to-left override (U+202E … U+202C).
pub fn bidi(s: &str) -> Cow<'_, str> {
    if s.trim().is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() * 2 + 6);
    out.push('\u{202E}');
    out.extend(s.chars().map(|c| map(c, &LOWER_FLIPPED, &UPPER_FLIPPED)));
    out.push('\u{202C}');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transforms() {
        assert_eq!(accented("Enter a date"), "ḖḖƞŧḗḗř ȧȧ ḓȧȧŧḗḗ");
        assert_eq!(bidi("Back"), "\u{202E}ꓭɐɔʞ\u{202C}");
        assert_eq!(bidi(" "), " ");
    }
}

/// A Fluent file with the text of its messages rewritten by `f` (ids, variables,
/// selectors and variant keys untouched), so that a pseudo-locale can be served as files
/// to a renderer that knows nothing of pseudo-locales (`form dev` does this).
pub fn transform_ftl(source: &str, f: fn(&str) -> Cow<'_, str>) -> String {
    use fluent_syntax::ast;
    fn pattern(p: &mut ast::Pattern<String>, f: fn(&str) -> Cow<'_, str>) {
        for el in &mut p.elements {
            match el {
                ast::PatternElement::TextElement { value } => *value = f(value).into_owned(),
                ast::PatternElement::Placeable { expression } => expr(expression, f),
            }
        }
    }
    fn expr(e: &mut ast::Expression<String>, f: fn(&str) -> Cow<'_, str>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(&mut v.value, f);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expr(expression, f);
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut resource = parse_lenient(source);
    for entry in &mut resource.body {
        if let ast::Entry::Message(m) = entry
            && !NOT_TEXT.contains(&m.id.name.as_str())
        {
            if let Some(v) = &mut m.value {
                pattern(v, f);
            }
            for a in &mut m.attributes {
                pattern(&mut a.value, f);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Messages that are not text to read but marks the engine writes numbers and dates with
/// (`.`, `,`, `day month year`): the rewritten files keep them, or a pseudo-locale's
/// `1.2` would be drawn with an override around its point (`.12` on the screen), and the
/// message ids' would be a number's separator.
const NOT_TEXT: [&str; 3] = [
    "form-decimal-separator",
    "form-group-separator",
    "form-date-order",
];

/// A Fluent file whose messages begin with their id (`⟦form-continue⟧ Continue`), so that
/// a translator sees where each text on a page comes from (`form dev`'s message ids).
pub fn with_ids(source: &str) -> String {
    use fluent_syntax::ast;
    let mut resource = parse_lenient(source);
    for entry in &mut resource.body {
        if let ast::Entry::Message(m) = entry
            && !NOT_TEXT.contains(&m.id.name.as_str())
            && let Some(v) = &mut m.value
        {
            v.elements.insert(
                0,
                ast::PatternElement::TextElement {
                    value: format!("\u{27E6}{}\u{27E7} ", m.id.name),
                },
            );
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// A resource, with the entries that parse (broken ones are left out).
fn parse_lenient(source: &str) -> fluent_syntax::ast::Resource<String> {
    match fluent_syntax::parser::parse(crate::messages::readable(source).0.into_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

#[cfg(test)]
mod ftl_tests {
    use super::*;

    #[test]
    fn files_are_rewritten_but_not_their_ids_variables_or_keys() {
        let src = "hello = Hello { $name }!\nitems = { $count ->\n    [one] One item\n   *[other] { $count } items\n  }\n    .title = Tip\n";
        let marks = "form-decimal-separator = ,\nform-group-separator = .\nform-date-order = year month day\n";
        assert_eq!(transform_ftl(marks, bidi), marks);
        assert_eq!(with_ids(marks), marks);
        let out = transform_ftl(src, accented);
        assert!(out.starts_with("hello = Ħḗḗŀŀǿǿ { $name }!"), "{out}");
        assert!(out.contains("[one] ǾǾƞḗḗ īīŧḗḗḿ"), "{out}");
        assert!(out.contains("*[other] { $count } īīŧḗḗḿş"), "{out}");
        let ids = with_ids(src);
        assert!(
            ids.starts_with("hello = \u{27E6}hello\u{27E7} Hello { $name }!"),
            "{ids}"
        );
        assert!(
            ids.contains("items =\n    \u{27E6}items\u{27E7} { $count ->"),
            "{ids}"
        );
    }
}
