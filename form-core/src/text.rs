//! Text normalisation and the format checks that browsers also perform.
//!
//! Everything here is pure and table-driven so that the browser build (wasm) and the
//! server build give byte-identical results.

use std::borrow::Cow;

use crate::unicode::{combining_class as canonical_combining_class, compose, decompose};

/// The directional formatting characters (Unicode's `Bidi_Control` property): the
/// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks
/// LRM U+200E, RLM U+200F and ALM U+061C. They are invisible, can reorder what an
/// applicant confirms or a case worker reads (a "Trojan Source" style spoof) and are never
/// needed in a form answer: the renderer and Fluent isolate text themselves. ZWNJ and ZWJ
/// (U+200C, U+200D) are not among them: Persian and other scripts need them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Normalises a typed text value:
/// 1. removes every directional formatting character ([`is_bidi_control`]) and invisible
///    filler ([`is_invisible_filler`]) but keeps ZWNJ/ZWJ (U+200C/U+200D), which Persian
///    and other scripts need;
/// 2. removes C0/C1 control characters, except line feeds and tabs when `multiline`
///    (a carriage return followed by a line feed becomes a line feed; a lone carriage
///    return becomes a line feed); in single-line text, line breaks and tabs become spaces;
/// 3. converts to Unicode Normalization Form C;
/// 4. trims white space at both ends.
///
/// Text that needs nothing but trimming (the usual case) is returned borrowed.
/// The invisible characters that pasting brings into an answer and no answer needs: the
/// soft hyphen U+00AD (from hyphenated PDFs), the zero width space U+200B and the word
/// joiner U+2060 (from web pages and word processors), and U+FEFF (a byte order mark
/// inside text). An IBAN or an email address that looks right would be refused for one
/// the applicant cannot see, or a name kept with it would not match the same name typed.
/// They only hint where a line may break; ZWNJ and ZWJ, which change how text looks, stay.
pub fn is_invisible_filler(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

pub fn normalize(input: &str, multiline: bool) -> Cow<'_, str> {
    // Fast path: printable ASCII needs nothing but trimming.
    // (The only white space among them is the space: trimming bytes is the same.)
    if printable_ascii(input.as_bytes()) {
        return Cow::Borrowed(input.trim_ascii());
    }
    // Text below U+0300 (Latin, Latin-1, Latin Extended, IPA) without controls (but the
    // line feeds and tabs that multi-line text keeps) is already in NFC: the first
    // characters that can change under NFC are the combining marks from U+0300.
    if below_combining_marks(input.as_bytes(), multiline) {
        return Cow::Borrowed(input.trim());
    }
    let mut cleaned = String::with_capacity(input.len());
    let mut rest = input;
    loop {
        // A run of printable ASCII is copied as it is; then one character is looked at.
        let run = rest
            .bytes()
            .position(|b| !(0x20..0x7f).contains(&b))
            .unwrap_or(rest.len());
        let (copied, tail) = rest.split_at(run);
        cleaned.push_str(copied);
        let mut chars = tail.chars();
        let Some(c) = chars.next() else { break };
        rest = chars.as_str();
        match c {
            '\r' => {
                if let Some(after) = rest.strip_prefix('\n') {
                    rest = after;
                }
                cleaned.push(if multiline { '\n' } else { ' ' });
            }
            '\n' | '\t' => cleaned.push(if multiline { c } else { ' ' }),
            c if c.is_control() || is_bidi_control(c) || is_invisible_filler(c) => {}
            c => cleaned.push(c),
        }
    }
    let nfc: String = if cleaned.is_ascii() {
        cleaned
    } else {
        nfc(&cleaned)
    };
    let trimmed = nfc.trim();
    Cow::Owned(if trimmed.len() == nfc.len() {
        nfc
    } else {
        trimmed.to_owned()
    })
}

/// Whether UTF-8 text has only characters below U+0300 and no controls (but line feeds
/// and tabs when `multiline`) and no soft hyphen, read byte by byte: a lead byte from 0xCC
/// starts a character from U+0300, and 0xC2 followed by a byte below 0xA0 is a C1 control
/// (U+0080 to U+009F).
/// Words of eight printable ASCII bytes are passed whole. A 688-character German letter in
/// a textarea: 13,552 instructions to normalise character by character, 9,882 byte by
/// byte, 4,454 a word at a time.
fn below_combining_marks(bytes: &[u8], multiline: bool) -> bool {
    let ok = |b: u8, prev: u8| match b {
        0x20..=0x7e => true,
        b'\n' | b'\t' => multiline,
        // (0xC2 0xAD is the soft hyphen, removed.)
        0x80..=0xbf => prev != 0xc2 || (b >= 0xa0 && b != 0xad),
        0xc2..=0xcb => true,
        _ => false,
    };
    let mut prev = 0u8;
    // Eight bytes at a time while they are printable ASCII (most of a Latin text), byte by
    // byte through a word that is not.
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if !printable_ascii_word(u64::from_ne_bytes(word)) {
            for &b in chunk {
                if !ok(b, prev) {
                    return false;
                }
                prev = b;
            }
        }
        prev = word[7];
    }
    for &b in chunks.remainder() {
        if !ok(b, prev) {
            return false;
        }
        prev = b;
    }
    true
}

/// Whether every byte is printable ASCII (0x20 to 0x7E), eight bytes at a time: most
/// answers are, and this test runs on every text of every validation.
fn printable_ascii(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if !printable_ascii_word(u64::from_ne_bytes(word)) {
            return false;
        }
    }
    chunks.remainder().iter().all(|b| (0x20..0x7f).contains(b))
}

/// Whether each of the eight bytes of a word is printable ASCII.
fn printable_ascii_word(x: u64) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // No byte from 0x80 (then no carry crosses a byte below), none below 0x20 (the
    // subtraction sets a high bit where a byte was below 0x20), none 0x7F (adding one
    // sets its high bit).
    (x & HIGH) | (x.wrapping_sub(ONES * 0x20) & !x & HIGH) | (x.wrapping_add(ONES) & HIGH) == 0
}

/// The digit zero of every run of ten decimal digits in Unicode (general category Nd),
/// ASCII's excepted, in order. Generated from the Unicode tables and checked against them
/// by `tests/unicode_tables.rs`.
#[rustfmt::skip]
pub const DIGIT_ZEROS: &[u32] = &[
    // generated: start
    0x00660, 0x006F0, 0x007C0, 0x00966, 0x009E6, 0x00A66, 0x00AE6, 0x00B66,
    0x00BE6, 0x00C66, 0x00CE6, 0x00D66, 0x00DE6, 0x00E50, 0x00ED0, 0x00F20,
    0x01040, 0x01090, 0x017E0, 0x01810, 0x01946, 0x019D0, 0x01A80, 0x01A90,
    0x01B50, 0x01BB0, 0x01C40, 0x01C50, 0x0A620, 0x0A8D0, 0x0A900, 0x0A9D0,
    0x0A9F0, 0x0AA50, 0x0ABF0, 0x0FF10, 0x104A0, 0x10D30, 0x10D40, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0,
    0x1E5F1, 0x1E950, 0x1FBF0,
    // generated: end
];

/// A run of ASCII digits as a number (`None`: empty, another character, a sign, or beyond
/// `u64`). The one reader of whole numbers written in text: each integer type's
/// `str::parse` is its own half kilobyte in the browser bundle. Bytes, so that readers of
/// byte slices (times) use it too.
pub fn ascii_number(s: &[u8]) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    s.iter().try_fold(0u64, |n, &b| {
        let d = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n.checked_mul(10)?.checked_add(u64::from(d))
    })
}

/// The value of a decimal digit of any script: ASCII, Arabic-Indic ٣, Persian ۳,
/// Devanagari ३, fullwidth ３, ...
pub fn digit_value(c: char) -> Option<u8> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return u8::try_from(cp - u32::from(b'0')).ok();
    }
    let i = DIGIT_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    u8::try_from(cp - zero).ok().filter(|d| *d < 10)
}

/// What a text field does to an answer before checking and storing it (`transform`), so
/// that people may type an identifier as they like: `ab 123 456` for `AB123456`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Transform {
    /// Letters in capitals: Latin and Cyrillic (`ä` as `Ä`, `ґ` as `Ґ`; `ß` stays; Turkish
    /// `ı` and `İ` as `I`).
    pub uppercase: bool,
    /// Every white space removed (spaces, no-break spaces).
    pub no_spaces: bool,
}

crate::bytes::record!(Transform {
    uppercase,
    no_spaces
});

impl Transform {
    /// The names in schemas, in the order of the fields.
    pub const NAMES: &'static [&'static str] = &["uppercase", "no-spaces"];

    /// From the names given (unknown ones are the compiler's to report).
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Transform {
        let mut t = Transform::default();
        for n in names {
            match n {
                "uppercase" => t.uppercase = true,
                "no-spaces" => t.no_spaces = true,
                _ => {}
            }
        }
        t
    }

    /// What one character becomes (`None`: removed).
    pub(crate) fn char(self, c: char) -> Option<char> {
        if self.no_spaces && c.is_whitespace() {
            return None;
        }
        Some(if self.uppercase { capital(c) } else { c })
    }

    /// The answer transformed (a copy: only fields with a transform pay for it, and the
    /// browser bundle carries no test for "nothing to change").
    pub fn apply(self, s: &str) -> String {
        s.chars().filter_map(|c| self.char(c)).collect()
    }
}

/// A small letter's capital, for the scripts whose letters people type in identifiers
/// (passports, plates, register numbers): Latin (ASCII, Latin-1, Extended-A, the letters of
/// Extended-B that Romanian and Vietnamese use, and Extended Additional, which holds
/// Vietnamese) and Cyrillic (Ukrainian `ґ є і ї` too). A few comparisons, not Unicode's
/// case tables (kilobytes in the browser); ß stays (its capital is two letters).
fn capital(c: char) -> char {
    // Most of what identifiers hold (digits, capitals, ASCII) at once: the ranges below cost a
    // validation of the registration 1,300 instructions (3 %) without this.
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let cp = c as u32;
    let up = match cp {
        // Small letters that are their capitals plus 0x20 (but ÷).
        0xE0..=0xFE | 0x430..=0x44F if cp != 0xF7 => cp - 0x20,
        0x450..=0x45F => cp - 0x50,
        0xFF => 0x178,
        // Turkish `ı`, and `İ`: a Turkish keyboard's capital of `i`, the letter I of every
        // identifier (`B-İK 12` is the plate `B-IK 12`).
        0x130..=0x131 => 0x49,
        // Pairs of a capital at an even code point and its small letter after it.
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x1A0..=0x1A1
        | 0x200..=0x21F
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF => cp & !1,
        // Pairs of a capital at an odd code point.
        0x139..=0x148 | 0x179..=0x17E | 0x1AF..=0x1B0 | 0x4C1..=0x4CE if cp & 1 == 0 => cp - 1,
        _ => cp,
    };
    char::from_u32(up).unwrap_or(c)
}

/// `parts` joined by `sep`, as `[S]::join` does: its generic code came into the embed once
/// per kind of part (about 0.8 KB raw for two).
pub(crate) fn joined<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// The letters of a text in capitals without their marks (`März` → `MARZ`, `şubat` →
/// `SUBAT`, `Październik` → `PAZDZIERNIK`, `травня` → `ТРАВНЯ`, `Й` → `И`), for
/// matching words people write in many ways: [`unmarked`], each letter by [`capital`].
/// Not [`loose_sort_key`] in small letters: `to_lowercase` brings Unicode's case tables
/// into the embed (2.5 KB brotli, measured), where `capital` is there already.
pub(crate) fn bare_capitals(s: &str) -> String {
    unmarked(s).into_iter().map(capital).collect()
}

/// The characters of a text's canonical decomposition without its combining marks: the
/// letters without their accents (`Ä` → `A`, `й` → `и`).
fn unmarked(s: &str) -> Vec<char> {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, &mut chars);
    }
    chars.retain(|c| canonical_combining_class(*c) == 0);
    chars
}

/// [`ascii_digits`] of a text that may be borrowed already: stays borrowed when it
/// has no other digits.
pub fn ascii_digits_cow(s: Cow<'_, str>) -> Cow<'_, str> {
    match s {
        Cow::Borrowed(b) => ascii_digits(b),
        Cow::Owned(o) => match ascii_digits(&o) {
            Cow::Borrowed(_) => Cow::Owned(o),
            Cow::Owned(changed) => Cow::Owned(changed),
        },
    }
}

/// Every decimal digit as its ASCII digit, so that the digits Arabic and Persian
/// keyboards type (٠–٩, ۰–۹), and every other script's, count where a number, a date, a
/// telephone number or a pattern is expected. The Arabic decimal separator U+066B becomes
/// a full stop. Nothing else changes.
pub fn ascii_digits(s: &str) -> Cow<'_, str> {
    let foreign = |c: char| !c.is_ascii() && (c == '\u{066B}' || digit_value(c).is_some());
    if s.is_ascii() || !s.chars().any(foreign) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match (c, digit_value(c)) {
                ('\u{066B}', _) => '.',
                (_, Some(d)) => char::from(b'0' + d),
                _ => c,
            })
            .collect(),
    )
}

/// Unicode Normalization Form C (UAX #15): canonical decomposition, canonical ordering,
/// canonical composition, on the compact tables of [`crate::unicode`] (checked against the
/// `unicode-normalization` crate for every code point).
pub fn nfc(s: &str) -> String {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, &mut chars);
    }
    // Canonical ordering: a stable sort of each run of non-starters by combining class,
    // written as one pass per class in the run, lowest first (Unicode has about 55
    // classes, so this stays linear in the run's length; a sort's code is 0.4 KB of the
    // embed).
    let mut start = 0;
    let mut sorted = Vec::new();
    while start < chars.len() {
        let run = chars
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| canonical_combining_class(**c) != 0)
            .count();
        if run > 1
            && let Some(slice) = chars.get_mut(start..start + run)
        {
            sorted.clear();
            let mut below = 0;
            while let Some(class) = slice
                .iter()
                .map(|c| canonical_combining_class(*c))
                .filter(|&k| k > below)
                .min()
            {
                sorted.extend(
                    slice
                        .iter()
                        .filter(|c| canonical_combining_class(**c) == class),
                );
                below = class;
            }
            slice.copy_from_slice(&sorted);
        }
        start += run.max(1);
    }
    // Canonical composition: combine each character with the last starter unless a
    // character in between blocks it (class 0, or a class not below its own).
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for c in chars {
        let class = canonical_combining_class(c);
        if let Some(si) = starter {
            let blocked = last_class.is_some_and(|lc| lc == 0 || lc >= class);
            if !blocked
                && let Some(first) = out.get_mut(si)
                && let Some(composed) = compose(*first, c)
            {
                *first = composed;
                continue;
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out.into_iter().collect()
}

/// A key that orders labels as a reader expects where no collator is at hand (the first
/// page, drawn natively): letters before their marks, the marks dropped, case folded, so
/// that "Ägypten" sorts among the A. The browser sorts with its own collation instead.
pub fn loose_sort_key(s: &str) -> String {
    unmarked(s).into_iter().collect::<String>().to_lowercase()
}

/// Length as a person counts it: extended grapheme clusters, so that "é" written as
/// e + combining accent, an emoji with skin tone, or a Devanagari conjunct count once.
pub fn grapheme_len(s: &str) -> usize {
    if s.is_ascii() {
        // Only CR LF is one cluster of two ASCII characters.
        s.len() - s.matches("\r\n").count()
    } else {
        crate::unicode::graphemes::count(s)
    }
}

/// The WHATWG HTML "valid email address" (what `<input type=email>` accepts):
///
/// ```text
/// /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?
///   (?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/
/// ```
///
/// Written by hand (no regex) so the browser bundle stays small. Unlike browsers, it
/// wants a dot in the domain (as GOV.UK Notify does): an applicant's address on a host
/// without one (`name@gmailcom`) is a typo the office could never write to. A domain
/// label may also have letters beyond ASCII
/// (`info@bücher.de`): browsers accept such an address typed into `<input type=email>`
/// (Chromium hands it over as `xn--bcher-kva.de`; a browser may as well hand it over as
/// typed, or a program send it so), so the engine must too.
/// The part before `@` stays ASCII, as in browsers.
pub fn is_whatwg_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty()
        || !local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b))
    {
        return false;
    }
    if !domain.contains('.') {
        return false;
    }
    if domain.is_ascii() {
        // The usual case, byte by byte: the same rule as `email_domain_labels`.
        return domain.as_bytes().split(|&b| b == b'.').all(|label| {
            label.len() <= 63
                && label.first().is_some_and(u8::is_ascii_alphanumeric)
                && label.last().is_some_and(u8::is_ascii_alphanumeric)
                && label
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        });
    }
    email_domain_labels(domain)
}

/// Whether every dot-separated label of a domain is 1 to 63 bytes of letters, digits and
/// hyphens, starting and ending with a letter or digit.
fn email_domain_labels(domain: &str) -> bool {
    // A letter or digit: ASCII, or any character beyond it but white space (controls are
    // gone already); telling letters of every script apart would cost tables the browser
    // bundle does not otherwise need, and the mail server is the judge of the rest.
    let alnum = |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace());
    domain.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label.chars().all(|c| alnum(c) || c == '-')
            && label.chars().next().is_some_and(alnum)
            && label.chars().next_back().is_some_and(alnum)
    })
}

/// A telephone number as people write it: digits with optional leading `+`, spaces,
/// hyphens, dots, slashes and one pair of parentheses; 5 to 15 digits (E.164 allows 15).
pub fn is_plausible_tel(s: &str) -> bool {
    let mut digits = 0;
    let mut open = false;
    let mut seen_paren = false;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => digits += 1,
            '+' if i == 0 => {}
            ' ' | '-' | '.' | '/' => {}
            '(' if !open && !seen_paren => {
                open = true;
                seen_paren = true;
            }
            ')' if open => open = false,
            _ => return false,
        }
    }
    !open && (5..=15).contains(&digits)
}

/// An email address with its domain in lower case (ASCII letters; the rest as typed).
/// Domains do not tell case apart (RFC 5321), so `ayse@Example.DE` is stored, and
/// compared with a repeated address, as `ayse@example.de`. The part before `@` is kept
/// as typed: a mail server may tell its case apart.
pub fn email_domain_in_lower_case(address: Cow<'_, str>) -> Cow<'_, str> {
    let bytes = address.as_bytes();
    match bytes.iter().position(|&b| b == b'@') {
        Some(at) if bytes.iter().skip(at).any(u8::is_ascii_uppercase) => {
            let mut owned = address.into_owned().into_bytes();
            for b in owned.iter_mut().skip(at) {
                *b = b.to_ascii_lowercase();
            }
            // ASCII letters changed into ASCII letters: still UTF-8.
            Cow::Owned(String::from_utf8(owned).unwrap_or_default())
        }
        _ => address,
    }
}

#[cfg(test)]
mod tests {
    use super::{Transform, joined};

    /// `joined` gives what `[S]::join` gives, for none, one and several parts.
    #[test]
    fn joined_is_join() {
        let none: [&str; 0] = [];
        assert_eq!(joined(&none, ", "), none.join(", "));
        assert_eq!(joined(&["day"], "-"), "day");
        let parts = vec!["day".to_owned(), "month".to_owned(), "year".to_owned()];
        assert_eq!(joined(&parts, "-"), "day-month-year");
        assert_eq!(joined(&parts, "-"), parts.join("-"));
    }

    #[test]
    fn whole_numbers_are_read_from_ascii_digits_only() {
        use super::ascii_number;
        assert_eq!(ascii_number(b"0"), Some(0));
        assert_eq!(ascii_number(b"0042"), Some(42));
        assert_eq!(ascii_number(b"18446744073709551615"), Some(u64::MAX));
        for not in [
            "",
            "18446744073709551616",
            "+1",
            "-1",
            "1 2",
            "١٢",
            "1.5",
            "x",
        ] {
            assert_eq!(ascii_number(not.as_bytes()), None, "{not:?}");
        }
    }

    #[test]
    fn transforms_as_people_type_identifiers() {
        let up = Transform::from_names(["uppercase"]);
        let compact = Transform::from_names(["no-spaces"]);
        let both = Transform::from_names(["uppercase", "no-spaces"]);
        for (t, input, want) in [
            (up, "ab123cd", "AB123CD"),
            (up, "b-ab 1234", "B-AB 1234"),
            (up, "fü-äö 12", "FÜ-ÄÖ 12"),
            // ß stays (its capital is two letters), ÷ is no letter; ÿ's capital is
            // beyond Latin-1.
            (up, "straße ÿ ÷", "STRAßE Ÿ ÷"),
            (up, "éàçñøþ", "ÉÀÇÑØÞ"),
            // Polish, Czech, Turkish, Romanian, Vietnamese, Azerbaijani.
            (up, "łódź ščř ğış țș đươ ạỹ", "ŁÓDŹ ŠČŘ ĞIŞ ȚȘ ĐƯƠ ẠỸ"),
            (up, "ĺľŀňŉĸ", "ĹĽĿŇŉĸ"),
            // What a Turkish keyboard gives for i and I, in capitals and not: ASCII I.
            (up, "b-İk ıi", "B-IK II"),
            // Ukrainian and Russian internal passports (МЕ123456).
            (up, "ме 123456 ґєіїў ёщъ ӂ ԑ", "МЕ 123456 ҐЄІЇЎ ЁЩЪ Ӂ Ԑ"),
            // Capitals, signs and other scripts stay as typed.
            (up, "ÀĀЖ ﬁ ǆ ҂ αω ש ع", "ÀĀЖ ﬁ ǆ ҂ αω ש ع"),
            (compact, "123 456\u{A0}789", "123456789"),
            (compact, "ab 12", "ab12"),
            (both, "ab 123 4567", "AB1234567"),
            (Transform::default(), "ab 12", "ab 12"),
        ] {
            assert_eq!(t.apply(input), want, "{input:?}");
        }
        assert_eq!(Transform::from_names(["other"]), Transform::default());
    }

    /// Every capital given is Unicode's (one letter), for every character but `İ`; the scripts
    /// named are complete but for letters whose capital is not one letter or lies beyond.
    #[test]
    fn capitals_are_unicodes() {
        let mut changed = 0;
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let mut unicode = c.to_uppercase();
            let one = match (unicode.next(), unicode.next()) {
                (Some(u), None) => u,
                _ => c,
            };
            let ours = capital(c);
            if c == 'İ' {
                // The one exception, on purpose: a capital already, but the letter I of an
                // identifier typed on a Turkish keyboard.
                assert_eq!(ours, 'I');
            } else if ours != c {
                changed += 1;
                assert_eq!(ours, one, "{c:?} U+{:04X}", c as u32);
            } else if one != c && (c as u32) < 0x530 {
                // Left as typed below Armenian: the micro sign, ſ, titlecase digraphs (ǅ),
                // Extended-B's other letters, IPA, Greek, the Cyrillic palochka ӏ.
                let cp = c as u32;
                assert!(
                    cp == 0xB5
                        || cp == 0x17F
                        || cp == 0x4CF
                        || (0x180..0x2B0).contains(&cp)
                        || (0x345..0x400).contains(&cp),
                    "{c:?} U+{cp:04X} has a capital {one:?}"
                );
            }
        }
        assert!(changed > 350, "{changed}");
    }

    #[test]
    fn loose_sort_key_drops_marks_and_case() {
        for (label, key) in [
            ("Ägypten", "agypten"),
            ("Österreich", "osterreich"),
            ("Éire", "eire"),
            ("Việt Nam", "viet nam"),
            ("Türkiye", "turkiye"),
            ("Україна", "украіна"),
            ("مصر", "مصر"),
        ] {
            assert_eq!(loose_sort_key(label), key, "{label}");
        }
        let mut names = ["Österreich", "Oman", "Albanien", "Ägypten", "Zypern"];
        names.sort_by_key(|n| loose_sort_key(n));
        assert_eq!(
            names,
            ["Ägypten", "Albanien", "Oman", "Österreich", "Zypern"]
        );
    }

    use super::*;

    #[test]
    fn printable_ascii_is_the_byte_range_test() {
        let simple = |b: &[u8]| b.iter().all(|b| (0x20..0x7f).contains(b));
        // Every byte value at every position of words and remainders, among printable
        // neighbours of every kind (the borders 0x20 and 0x7E, and letters).
        for len in 1..=17 {
            for at in 0..len {
                for fill in [b' ', b'~', b'a'] {
                    for byte in 0..=255u8 {
                        let mut text = vec![fill; len];
                        if let Some(b) = text.get_mut(at) {
                            *b = byte;
                        }
                        assert_eq!(printable_ascii(&text), simple(&text), "{text:?}");
                    }
                }
            }
        }
        assert!(printable_ascii(b""));
    }

    #[test]
    fn digits_become_ascii_and_unchanged_text_is_not_copied() {
        let kept = ascii_digits_cow(Cow::Borrowed("2024-01-31"));
        assert!(matches!(kept, Cow::Borrowed("2024-01-31")));
        let persian = ascii_digits_cow(Cow::Borrowed("۱۴۰۲"));
        assert_eq!(persian, "1402");
        assert!(matches!(persian, Cow::Owned(_)));
        assert_eq!(ascii_digits_cow(Cow::Owned("٣٫٥".to_owned())), "3.5");
        assert_eq!(ascii_digits_cow(Cow::Owned("Müller".to_owned())), "Müller");
        // What reading returns: borrowed when only trimmed.
        assert!(matches!(
            normalize("  Smith ", false),
            Cow::Borrowed("Smith")
        ));
        assert!(matches!(
            normalize(" Müller ", false),
            Cow::Borrowed("Müller")
        ));
        assert!(matches!(normalize("Mu\u{308}ller", false), Cow::Owned(_)));
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize("  Müller\u{202E}  ", false), "Müller");
        assert_eq!(normalize("Mu\u{0308}ller", false), "Müller");
        assert_eq!(normalize("می\u{200C}خواهم", false), "می\u{200C}خواهم");
        assert_eq!(normalize("a\r\nb\rc\u{0}", true), "a\nb\nc");
        assert_eq!(normalize("a\r\nb\tc", false), "a b c");
        assert_eq!(normalize("\u{2067}\u{2069}", false), "");
        // Every directional formatting character goes; joiners stay.
        let all = "\u{061C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}";
        assert_eq!(normalize(&format!("a{all}b"), false), "ab");
        assert_eq!(normalize("\u{200F}علی\u{200E} 12", false), "علی 12");
        assert_eq!(
            normalize("a\u{200C}b\u{200D}c", false),
            "a\u{200C}b\u{200D}c"
        );
    }

    #[test]
    fn nfc_agrees_with_the_reference_implementation() {
        use unicode_normalization::UnicodeNormalization;
        let samples = [
            "e\u{301}",
            "\u{1E0B}\u{323}",
            "\u{1E0D}\u{307}",
            "a\u{328}\u{301}",
            "\u{212B}",
            "\u{1100}\u{1161}\u{11A8}",
            "\u{AC00}\u{11A8}",
            "\u{FB01}",
            "\u{0344}",
            "ـُ\u{651}",
            "\u{0958}",
            "q\u{307}\u{323}",
            "\u{0301}a",
            "ä\u{0308}",
            "\u{05D1}\u{05BF}\u{05BC}",
            "\u{0B47}\u{0B3E}",
            "\u{1100}\u{0300}\u{1161}",
            "\u{0F73}",
            "\u{1D15E}\u{1D165}",
        ];
        for s in samples {
            assert_eq!(nfc(s), s.nfc().collect::<String>(), "{s:?}");
        }
    }

    #[test]
    fn counts_graphemes() {
        assert_eq!(grapheme_len("Müller"), 6);
        assert_eq!(grapheme_len("e\u{301}"), 1);
        assert_eq!(grapheme_len("👩🏽‍⚕️"), 1);
        assert_eq!(grapheme_len("مرحبا"), 5);
    }

    #[test]
    fn email_domains_are_written_in_lower_case_and_the_rest_kept() {
        for (typed, stored) in [
            ("ayse@Example.DE", "ayse@example.de"),
            ("Ayse.Yilmaz@EXAMPLE.de", "Ayse.Yilmaz@example.de"),
            ("info@BÜCHER.de", "info@bÜcher.de"),
            ("a@b.de", "a@b.de"),
        ] {
            assert_eq!(email_domain_in_lower_case(Cow::Borrowed(typed)), stored);
        }
        assert!(matches!(
            email_domain_in_lower_case(Cow::Borrowed("a@b.de")),
            Cow::Borrowed(_)
        ));
    }

    /// The byte-wise test for text below U+0300 says what the character-wise rule says.
    #[test]
    fn below_combining_marks_byte_by_byte_as_by_characters() {
        let by_chars = |s: &str, multiline: bool| {
            s.chars().all(|c| {
                c < '\u{300}'
                    && !is_invisible_filler(c)
                    && (!c.is_control() || (multiline && (c == '\n' || c == '\t')))
            })
        };
        // Every character to U+0400, alone, at several places, after "é" (two bytes).
        for cp in 0..0x400u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut texts = vec![c.to_string(), format!("{c}a"), format!("a{c}é")];
            for k in 0..=9 {
                let a = "a".repeat(k);
                texts.extend([format!("{a}{c}bcdefghij"), format!("{a}é{c}bcdefgh")]);
            }
            for s in texts {
                for multiline in [false, true] {
                    assert_eq!(
                        below_combining_marks(s.as_bytes(), multiline),
                        by_chars(&s, multiline),
                        "U+{cp:04X} in {s:?}"
                    );
                }
            }
        }
    }

    /// The byte-wise rule for ASCII domains says what the character-wise rule says: every
    /// domain of up to four bytes from letters, digits, '-', '.', '_' and ' ', and labels of
    /// 63 and 64 bytes.
    #[test]
    fn ascii_domains_byte_by_byte_as_by_characters() {
        let alphabet = b"aZ9-._ ";
        let mut domains = vec![
            String::new(),
            format!("{}.de", "a".repeat(63)),
            format!("{}.de", "a".repeat(64)),
        ];
        for len in 1..=4u32 {
            for n in 0..alphabet.len().pow(len) {
                let mut d = String::new();
                let mut k = n;
                for _ in 0..len {
                    let b = alphabet.get(k % alphabet.len()).copied().unwrap_or(b'a');
                    d.push(char::from(b));
                    k /= alphabet.len();
                }
                domains.push(d);
            }
        }
        for d in &domains {
            let want = d.contains('.') && email_domain_labels(d);
            assert_eq!(is_whatwg_email(&format!("a@{d}")), want, "a@{d}");
        }
    }

    #[test]
    fn emails_as_browsers_do_with_a_dot_in_the_domain() {
        for ok in [
            "a@b.de",
            "first.last+tag@example.co.uk",
            "x@1-2.de",
            "!#$%&'*+/=?^_`{|}~-@x.y",
            // Internationalised domains, as typed (browsers accept them).
            "info@bücher.de",
            "info@BÜCHER.de",
            "a@müller-bau.de",
            "user@пример.рф",
            "user@مثال.إختبار",
            "a@xn--bcher-kva.de",
        ] {
            assert!(is_whatwg_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "@b",
            "a@",
            // No dot: a typo of a public address, never one an office can write to.
            "a@b",
            "name@gmailcom",
            "a@localhost",
            "a@-b",
            "a@b-",
            "a@b..c",
            "a b@c",
            "ä@b.de",
            "a@b.c@d",
            "a@b\u{a0}c.de",
            "a@bü .de",
            "a@\u{3000}.de",
            "a@-ü.de",
            "a@ü-.de",
        ] {
            assert!(!is_whatwg_email(bad), "{bad}");
        }
        assert!(is_whatwg_email(&format!("a@{}.de", "x".repeat(63))));
        assert!(!is_whatwg_email(&format!("a@{}.de", "x".repeat(64))));
    }

    #[test]
    fn telephones() {
        for ok in [
            "+49 30 90269-0",
            "(030) 123 456",
            "0151/1234567",
            "+44.20.7946.0958",
        ] {
            assert!(is_plausible_tel(ok), "{ok}");
        }
        for bad in [
            "1234",
            "+49 30 abc",
            "0049+30",
            "((030) 1234",
            "1234567890123456",
        ] {
            assert!(!is_plausible_tel(bad), "{bad}");
        }
    }
}
