//! Character sets a text answer may be limited to: the normative sets of DIN 91379
//! ("Characters and defined character sequences in Unicode for the electronic processing
//! of names and data exchange in Europe", 2022-08), which German public administration
//! registers accept. A value is checked after normalisation (NFC), character by character,
//! a defined sequence (a letter with combining marks that has no precomposed form, such as
//! `L̥̄`) counting as one.
//!
//! - `din91379-a`, names of natural persons (data type A): the Latin letters (group `bll`,
//!   with its sequences) and the non-letters N1 (space, `'`, `,`, `-`, `.`, `` ` ``, `~`,
//!   `¨`, `´`, `·`, `ʹ`, `ʺ`, `ʾ`, `ʿ`, `ˈ`, `ˌ`, `’`, `‡`);
//! - `din91379-b`, other names (of organisations, streets, places; data type B): also the
//!   non-letters N2 (digits and common punctuation, `€`);
//! - `din91379-c`, any text (data type C): also N3 (`¤ ¦ ¸ ¼ ½ ¾`) and N4 (tab, line
//!   breaks, no-break space).
//!
//! The tables were written from the list of characters and sequences of DIN 91379:2022-08
//! as published, with code points, by the String.Latin project (CC BY 4.0); the Greek and
//! Cyrillic extensions (data types D and E) are not offered.

use crate::codes::IssueCode;
use crate::diag::Arg;
use crate::model::answer::args;
use crate::types::Problem;

/// A character set of DIN 91379 (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    /// Data type A: names of natural persons.
    Names,
    /// Data type B: other names (organisations, streets, places).
    OtherNames,
    /// Data type C: any text.
    Text,
}

impl Charset {
    /// The names a schema uses, in the order of the packed tags.
    pub const NAMES: &'static [&'static str] = &["din91379-a", "din91379-b", "din91379-c"];

    pub fn parse(name: &str) -> Option<Charset> {
        match name {
            "din91379-a" => Some(Charset::Names),
            "din91379-b" => Some(Charset::OtherNames),
            "din91379-c" => Some(Charset::Text),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Charset::Names => "din91379-a",
            Charset::OtherNames => "din91379-b",
            Charset::Text => "din91379-c",
        }
    }

    pub fn tag(self) -> u8 {
        self as u8
    }

    pub fn from_tag(tag: u8) -> Option<Charset> {
        [Charset::Names, Charset::OtherNames, Charset::Text]
            .get(usize::from(tag))
            .copied()
    }

    fn single(self, c: char) -> bool {
        in_ranges(LETTERS, c)
            || N1.contains(c)
            || (self != Charset::Names && (c.is_ascii_digit() || N2.contains(c)))
            || (self == Charset::Text && N3_N4.contains(c))
    }

    /// The characters of `s` outside the set, each once, in order of appearance.
    pub fn outside(self, s: &str) -> Vec<char> {
        let mut found: Vec<char> = Vec::new();
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            // The longest defined sequence here, else the character alone.
            let seq = if c.is_ascii() && rest.as_bytes().get(1).is_none_or(|b| *b < 0x80) {
                None
            } else {
                SEQUENCES
                    .split('|')
                    .filter(|q| rest.starts_with(*q))
                    .map(str::len)
                    .max()
            };
            let step = match seq {
                Some(n) => n,
                None => {
                    if !self.single(c) && !found.contains(&c) {
                        found.push(c);
                    }
                    c.len_utf8()
                }
            };
            rest = rest.get(step..).unwrap_or("");
        }
        found
    }

    /// The check of a text answer: `characters` with the characters found outside the
    /// set (`found`: at most five, as written, separated by spaces, and `…` after them where
    /// there are more) and why they are refused (`why`, see [`why`]).
    pub fn check(self, s: &str) -> Option<Problem> {
        if s.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
            return None;
        }
        let found = self.outside(s);
        if found.is_empty() {
            return None;
        }
        let mut shown: Vec<String> = found.iter().take(5).map(|c| shown_char(*c)).collect();
        if found.len() > 5 {
            // Not a list that looks whole: `Харків` has six letters that cannot be used.
            shown.push("\u{2026}".to_owned());
        }
        Some((
            IssueCode::Characters,
            args([
                ("found", Arg::from(crate::text::joined(&shown, " "))),
                ("why", Arg::from(why(s, &found))),
            ]),
        ))
    }
}

/// Why the characters `found` in `s` are refused, for the message to say what to do
/// (`$why`): `look-alike` where each is a letter drawn like a Latin one that is not one
/// (Cyrillic `о`, Greek `Ο`, a full-width `Ａ`) and `s` has Latin letters too: a keyboard
/// switched in the middle of a word (`Ivanоva`), which a list of the characters alone
/// cannot show, since they look allowed; `not-latin` where each belongs to another writing
/// system (a name written in its own script: `Наталія`, `مریم`); `other` for anything else
/// (a digit in a person's name, an emoji, a Latin letter outside DIN 91379).
fn why(s: &str, found: &[char]) -> &'static str {
    let looks_latin = |c: char| {
        LOOK_ALIKES.contains(c) || matches!(c, '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
    };
    if found.iter().all(|&c| looks_latin(c)) && s.chars().any(|c| in_ranges(LETTERS, c)) {
        "look-alike"
    } else if found.iter().all(|&c| in_ranges(OTHER_SCRIPTS, c)) {
        "not-latin"
    } else {
        "other"
    }
}

/// A character as an applicant can recognise it: a combining mark on a dotted circle, an
/// invisible one by its code point.
fn shown_char(c: char) -> String {
    if crate::unicode::combining_class(c) != 0 {
        format!("\u{25CC}{c}")
    } else if c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}')
    {
        format!("U+{:04X}", c as u32)
    } else {
        c.to_string()
    }
}

impl crate::bytes::Pack for Charset {
    fn pack(&self, w: &mut Vec<u8>) {
        w.push(self.tag());
    }
}

impl crate::bytes::Unpack for Charset {
    fn unpack(r: &mut crate::bytes::Reader) -> Option<Self> {
        Charset::from_tag(r.byte()?)
    }
}

fn in_ranges(ranges: &[(u16, u16)], c: char) -> bool {
    let Ok(c) = u16::try_from(u32::from(c)) else {
        return false;
    };
    let i = ranges.partition_point(|&(_, hi)| hi < c);
    ranges.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// Cyrillic and Greek letters that are drawn like Latin ones.
const LOOK_ALIKES: &str = "АВЕЁКМНОРСТХаеёорсухІЇЈЅіїјѕҮһӏԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧο";

/// The blocks of writing systems other than Latin (Greek, Cyrillic, Armenian, Hebrew,
/// Arabic, Syriac, Thaana, the scripts of South and South-East Asia, Georgian, Ethiopic,
/// Mongolian, Greek Extended, Glagolitic, Coptic, Tifinagh, kana, CJK, Yi, Hangul, the
/// presentation forms of Hebrew and Arabic; in the Basic Multilingual Plane): their
/// letters, marks and the few signs among them. Latin's own blocks, punctuation and symbols
/// are not.
#[rustfmt::skip]
const OTHER_SCRIPTS: &[(u16, u16)] = &[
    (0x0370, 0x1AAF), (0x1B00, 0x1CFF), (0x1F00, 0x1FFF), (0x2C00, 0x2C5F),
    (0x2C80, 0x2DFF), (0x2E80, 0x2FDF), (0x3040, 0x9FFF), (0xA000, 0xA6FF),
    (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFE),
];

/// Non-letters N1 (required in every set).
const N1: &str =
    " ',-.`~\u{A8}\u{B4}\u{B7}\u{2B9}\u{2BA}\u{2BE}\u{2BF}\u{2C8}\u{2CC}\u{2019}\u{2021}";
/// Non-letters N2 (digits apart).
const N2: &str = "!\"#$%&()*+/:;<=>?@[\\]^_{|}\u{A1}\u{A2}\u{A3}\u{A5}\u{A7}\u{A9}\u{AA}\u{AB}\u{AC}\u{AE}\u{AF}\u{B0}\u{B1}\u{B2}\u{B3}\u{B5}\u{B6}\u{B9}\u{BA}\u{BB}\u{BF}\u{D7}\u{F7}\u{20AC}";
/// Non-letters N3 and N4.
const N3_N4: &str = "\u{A4}\u{A6}\u{B8}\u{BC}\u{BD}\u{BE}\t\n\r\u{A0}";

/// The Latin letters of DIN 91379 (group `bll`, single characters), as ranges.
#[rustfmt::skip]
const LETTERS: &[(u16, u16)] = &[
    (0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x00D6),
    (0x00D8, 0x00F6), (0x00F8, 0x017E), (0x0187, 0x0188),
    (0x018F, 0x018F), (0x0197, 0x0197), (0x01A0, 0x01A1),
    (0x01AF, 0x01B0), (0x01B7, 0x01B7), (0x01CD, 0x01DC),
    (0x01DE, 0x01DF), (0x01E2, 0x01F0), (0x01F4, 0x01F5),
    (0x01F8, 0x01FF), (0x0212, 0x0213), (0x0218, 0x021B),
    (0x021E, 0x021F), (0x0227, 0x0233), (0x0259, 0x0259),
    (0x0268, 0x0268), (0x0292, 0x0292), (0x1E02, 0x1E03),
    (0x1E06, 0x1E07), (0x1E0A, 0x1E11), (0x1E17, 0x1E17),
    (0x1E1C, 0x1E2B), (0x1E2F, 0x1E37), (0x1E3A, 0x1E3B),
    (0x1E40, 0x1E49), (0x1E52, 0x1E5B), (0x1E5E, 0x1E63),
    (0x1E6A, 0x1E6F), (0x1E80, 0x1E87), (0x1E8C, 0x1E97),
    (0x1E9E, 0x1E9E), (0x1EA0, 0x1EF9),
];
/// The defined sequences of DIN 91379 (group `bll`): letters with combining marks that
/// have no precomposed form, in NFC, separated by `|` (one string: no table of pointers
/// in the browser bundle).
#[rustfmt::skip]
const SEQUENCES: &str =
    "\u{0041}\u{030B}|\u{0043}\u{0300}|\u{0043}\u{0304}|\u{0043}\u{0306}|\u{0043}\u{0308}|\
     \u{0043}\u{0315}|\u{0043}\u{0323}|\u{0043}\u{0326}|\u{0043}\u{0328}\u{0306}|\
     \u{0044}\u{0302}|\u{0046}\u{0300}|\u{0046}\u{0304}|\u{0047}\u{0300}|\u{0048}\u{0304}|\
     \u{0048}\u{0326}|\u{0048}\u{0331}|\u{004A}\u{0301}|\u{004A}\u{030C}|\u{004B}\u{0300}|\
     \u{004B}\u{0302}|\u{004B}\u{0304}|\u{004B}\u{0307}|\u{004B}\u{0315}|\u{004B}\u{031B}|\
     \u{004B}\u{0326}|\u{004B}\u{035F}\u{0048}|\u{004B}\u{035F}\u{0068}|\u{004C}\u{0302}|\
     \u{004C}\u{0325}|\u{004C}\u{0325}\u{0304}|\u{004C}\u{0326}|\u{004D}\u{0300}|\
     \u{004D}\u{0302}|\u{004D}\u{0306}|\u{004D}\u{0310}|\u{004E}\u{0302}|\u{004E}\u{0304}|\
     \u{004E}\u{0306}|\u{004E}\u{0326}|\u{0050}\u{0300}|\u{0050}\u{0304}|\u{0050}\u{0315}|\
     \u{0050}\u{0323}|\u{0052}\u{0306}|\u{0052}\u{0325}|\u{0052}\u{0325}\u{0304}|\
     \u{0053}\u{0300}|\u{0053}\u{0304}|\u{0053}\u{031B}\u{0304}|\u{0053}\u{0331}|\
     \u{0054}\u{0300}|\u{0054}\u{0304}|\u{0054}\u{0308}|\u{0054}\u{0315}|\u{0054}\u{031B}|\
     \u{0055}\u{0307}|\u{005A}\u{0300}|\u{005A}\u{0304}|\u{005A}\u{0306}|\u{005A}\u{0308}|\
     \u{005A}\u{0327}|\u{0061}\u{030B}|\u{0063}\u{0300}|\u{0063}\u{0304}|\u{0063}\u{0306}|\
     \u{0063}\u{0308}|\u{0063}\u{0315}|\u{0063}\u{0323}|\u{0063}\u{0326}|\
     \u{0063}\u{0328}\u{0306}|\u{0064}\u{0302}|\u{0066}\u{0300}|\u{0066}\u{0304}|\
     \u{0067}\u{0300}|\u{0068}\u{0304}|\u{0068}\u{0326}|\u{006A}\u{0301}|\u{006B}\u{0300}|\
     \u{006B}\u{0302}|\u{006B}\u{0304}|\u{006B}\u{0307}|\u{006B}\u{0315}|\u{006B}\u{031B}|\
     \u{006B}\u{0326}|\u{006B}\u{035F}\u{0068}|\u{006C}\u{0302}|\u{006C}\u{0325}|\
     \u{006C}\u{0325}\u{0304}|\u{006C}\u{0326}|\u{006D}\u{0300}|\u{006D}\u{0302}|\
     \u{006D}\u{0306}|\u{006D}\u{0310}|\u{006E}\u{0302}|\u{006E}\u{0304}|\u{006E}\u{0306}|\
     \u{006E}\u{0326}|\u{0070}\u{0300}|\u{0070}\u{0304}|\u{0070}\u{0315}|\u{0070}\u{0323}|\
     \u{0072}\u{0306}|\u{0072}\u{0325}|\u{0072}\u{0325}\u{0304}|\u{0073}\u{0300}|\
     \u{0073}\u{0304}|\u{0073}\u{031B}\u{0304}|\u{0073}\u{0331}|\u{0074}\u{0300}|\
     \u{0074}\u{0304}|\u{0074}\u{0315}|\u{0074}\u{031B}|\u{0075}\u{0307}|\u{007A}\u{0300}|\
     \u{007A}\u{0304}|\u{007A}\u{0306}|\u{007A}\u{0308}|\u{007A}\u{0327}|\u{00C7}\u{0306}|\
     \u{00DB}\u{0304}|\u{00E7}\u{0306}|\u{00FB}\u{0304}|\u{00FF}\u{0301}|\u{010C}\u{0315}|\
     \u{010C}\u{0323}|\u{010D}\u{0315}|\u{010D}\u{0323}|\u{0113}\u{030D}|\u{012A}\u{0301}|\
     \u{012B}\u{0301}|\u{014D}\u{030D}|\u{017D}\u{0326}|\u{017D}\u{0327}|\u{017E}\u{0326}|\
     \u{017E}\u{0327}|\u{1E32}\u{0304}|\u{1E33}\u{0304}|\u{1E62}\u{0304}|\u{1E63}\u{0304}|\
     \u{1E6C}\u{0304}|\u{1E6D}\u{0304}|\u{1EA0}\u{0308}|\u{1EA1}\u{0308}|\u{1ECC}\u{0308}|\
     \u{1ECD}\u{0308}|\u{1EE4}\u{0304}|\u{1EE4}\u{0308}|\u{1EE5}\u{0304}|\u{1EE5}\u{0308}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_latin_letters_of_din_91379() {
        for ok in [
            "Müller-Lüdenscheidt",
            "Łukasz Wałęsa",
            "Ŀlorenç",
            "Ődön",
            "d'Arc",
            "Ștefan",
            "L\u{325}\u{304}ukas",
            "Nguyễn Văn",
        ] {
            assert_eq!(Charset::Names.outside(ok), Vec::<char>::new(), "{ok}");
        }
        assert_eq!(Charset::Names.outside("Жанна Ivanova"), vec!['Ж', 'а', 'н']);
        assert_eq!(Charset::Names.outside("Anna2"), vec!['2']);
        assert!(Charset::OtherNames.outside("Hauptstraße 12a").is_empty());
        // A combining mark outside a defined sequence is refused, shown on a circle.
        assert_eq!(Charset::Names.outside("B\u{30B}"), vec!['\u{30B}']);
        let (code, a) = Charset::Names.check("B\u{30B}").expect("refused");
        assert_eq!(code, IssueCode::Characters);
        assert_eq!(
            a.get("found").map(ToString::to_string).as_deref(),
            Some("\u{25CC}\u{30B}")
        );
        assert!(Charset::Text.outside("Zeile 1\nZeile 2\t½").is_empty());
    }

    #[test]
    fn the_message_says_why_the_characters_are_refused() {
        let why = |set: Charset, s: &str| {
            set.check(s)
                .and_then(|(_, a)| a.get("why").map(ToString::to_string))
        };
        // A keyboard switched inside a Latin word: the letters look allowed.
        for s in ["Ivanоva", "ОLGA", "Jоhn Smith", "Ｍüller", "Μaria"] {
            assert_eq!(why(Charset::Names, s).as_deref(), Some("look-alike"), "{s}");
        }
        // A name in its own script, however many of its letters look Latin, also beside
        // Latin letters once one of its letters does not look Latin (`к`).
        for s in [
            "Наталія",
            "Сара",
            "Ναταλία",
            "مریم",
            "יעל",
            "Ნინო",
            "김민준",
            "田中",
            "ሰላም",
            "Ivan Петров",
            "Petrеnkо-Sаvchук",
        ] {
            assert_eq!(why(Charset::Names, s).as_deref(), Some("not-latin"), "{s}");
        }
        // Anything else: a digit in a person's name, an emoji, a letter outside the set,
        // a script's letter beside an emoji.
        for s in ["Anna2", "Müller😀", "ʘ", "Наталія 😀", "B\u{30B}"] {
            assert_eq!(why(Charset::Names, s).as_deref(), Some("other"), "{s}");
        }
        assert_eq!(
            why(Charset::OtherNames, "Hauptstraße 12а").as_deref(),
            Some("look-alike")
        );
        assert_eq!(why(Charset::Names, "Ivanova"), None);
        assert!(
            OTHER_SCRIPTS
                .windows(2)
                .all(|w| matches!(w, [a, b] if a.1 < b.0))
        );
        assert!(LOOK_ALIKES.chars().all(|c| !Charset::Text.single(c)));
    }

    #[test]
    fn the_tables_are_sorted_and_in_nfc() {
        assert!(LETTERS.windows(2).all(|w| matches!(w, [a, b] if a.1 < b.0)));
        assert!(LETTERS.iter().all(|(a, b)| a <= b));
        assert_eq!(SEQUENCES.split('|').count(), 149);
        for s in SEQUENCES.split('|') {
            assert_eq!(crate::text::nfc(s), s);
            assert!(s.chars().count() >= 2);
        }
        for name in Charset::NAMES {
            let c = Charset::parse(name).expect("known");
            assert_eq!(c.name(), *name);
            assert_eq!(Charset::from_tag(c.tag()), Some(c));
        }
    }
}
