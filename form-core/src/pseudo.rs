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

    /// The text transform, for `FluentBundle::set_transform`.
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
