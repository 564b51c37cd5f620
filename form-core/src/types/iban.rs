//! `iban`: an International Bank Account Number (ISO 13616). Typed with or without
//! spaces, in any case; stored compact and upper-case (`DE89370400440532013000`); shown
//! grouped by four (`DE89 3704 0044 0532 0130 00`). Valid when the country is one of the
//! IBAN registry's, the length is that country's, every character is a letter or digit and
//! the check digits pass the mod-97 test.

use serde_json::Value;

use super::{FieldType, Hints, Prop, Props, Shown, read_text, shown_text};
use crate::json::Json;
use crate::bytes::Reader;
use crate::codes::IssueCode;
use crate::expr::Type;
use crate::model::answer::{Answer, Cell};

/// The length of an IBAN in each country of the SWIFT IBAN registry (release 2024).
const LENGTHS: &[(&str, u8)] = &[
    ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16),
    ("BG", 22), ("BH", 22), ("BI", 27), ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22),
    ("CY", 28), ("CZ", 24), ("DE", 22), ("DJ", 27), ("DK", 18), ("DO", 28), ("EE", 20),
    ("EG", 29), ("ES", 24), ("FI", 18), ("FK", 18), ("FO", 18), ("FR", 27), ("GB", 22),
    ("GE", 22), ("GI", 23), ("GL", 18), ("GR", 27), ("GT", 28), ("HN", 28), ("HR", 21),
    ("HU", 28), ("IE", 22), ("IL", 23), ("IQ", 23), ("IS", 26), ("IT", 27), ("JO", 30),
    ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32), ("LI", 21), ("LT", 20), ("LU", 20),
    ("LV", 21), ("LY", 25), ("MC", 27), ("MD", 24), ("ME", 22), ("MK", 19), ("MN", 20),
    ("MR", 27), ("MT", 31), ("MU", 30), ("NI", 28), ("NL", 18), ("NO", 15), ("OM", 23),
    ("PK", 24), ("PL", 28), ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22),
    ("RU", 33), ("SA", 24), ("SC", 31), ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24),
    ("SM", 27), ("SO", 23), ("ST", 25), ("SV", 28), ("TL", 23), ("TN", 24), ("TR", 26),
    ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20), ("YE", 30),
];

/// The longest IBAN of the registry.
const MAX_LEN: usize = 34;

/// The IBAN without spaces, upper-case, if it is valid.
pub fn compact_if_valid(typed: &str) -> Option<String> {
    let compact: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.len() > MAX_LEN || !compact.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let country = compact.get(..2)?;
    let (_, len) = LENGTHS.iter().find(|(c, _)| *c == country)?;
    if compact.len() != usize::from(*len)
        || !compact.get(2..4)?.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // Mod 97 of the number made by moving the first four characters to the end and
    // writing each letter as two digits (A = 10 ... Z = 35).
    let rearranged = compact.get(4..)?.bytes().chain(compact.get(..4)?.bytes());
    let mut rest: u32 = 0;
    for b in rearranged {
        let v = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        rest = if v >= 10 {
            (rest * 100 + v) % 97
        } else {
            (rest * 10 + v) % 97
        };
    }
    (rest == 1).then_some(compact)
}

/// Groups of four, as an IBAN is printed.
pub fn grouped(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 4);
    for (i, c) in compact.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[derive(Clone, Debug)]
pub struct Iban;

impl FieldType for Iban {
    const NAME: &'static str = "iban";
    const TAG: u8 = 13;
    const PROPS: &'static [Prop] = &[];
    const VALUE: Type = Type::Text;
    const DOC: &'static str =
        "An International Bank Account Number (ISO 13616), typed with or without spaces.";

    fn compile(_p: &mut Props<'_>) -> Self {
        Iban
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match read_text(raw, false) {
            Err(()) => Cell::wrong_type("text"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => match compact_if_valid(&t) {
                Some(compact) => Cell::Val(Answer::Text(compact.into())),
                None => Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidIban),
            },
        }
    }
    fn hints(&self) -> Hints {
        Hints {
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ltr: true,
            // 34 characters and the spaces between groups of four.
            max_chars: Some(42),
            width: Some(34),
            ..Hints::input("text")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        match value.as_str() {
            Some(s) if compact_if_valid(s).is_some() => Shown::Text { text: grouped(s) },
            _ => shown_text(value),
        }
    }
    fn pack(&self, _w: &mut Vec<u8>) {}
    fn unpack(_r: &mut Reader<'_>) -> Option<Self> {
        Some(Iban)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The data-driven check: what is typed, and what is stored (`None`: refused).
    fn check(typed: &str, expect: Option<&str>) {
        assert_eq!(compact_if_valid(typed).as_deref(), expect, "{typed:?}");
    }

    #[test]
    fn valid_ibans_are_stored_compact() {
        check("DE89 3704 0044 0532 0130 00", Some("DE89370400440532013000"));
        check("de89370400440532013000", Some("DE89370400440532013000"));
        check("  GB82 WEST 1234 5698 7654 32 ", Some("GB82WEST12345698765432"));
        check("FR14 2004 1010 0505 0001 3M02 606", Some("FR1420041010050500013M02606"));
        check("NL91ABNA0417164300", Some("NL91ABNA0417164300"));
        check("BE68 5390 0754 7034", Some("BE68539007547034"));
        check("CH93 0076 2011 6238 5295 7", Some("CH9300762011623852957"));
        check("PL61 1090 1014 0000 0712 1981 2874", Some("PL61109010140000071219812874"));
        check("TR33 0006 1005 1978 6457 8413 26", Some("TR330006100519786457841326"));
        check("UA21 3223 1300 0002 6007 2335 6600 1", Some("UA213223130000026007233566001"));
        check("SA03 8000 0000 6080 1016 7519", Some("SA0380000000608010167519"));
        check("NO93 8601 1117 947", Some("NO9386011117947"));
    }

    #[test]
    fn invalid_ibans_are_refused() {
        check("DE89 3704 0044 0532 0130 01", None); // check digits
        check("DE88 3704 0044 0532 0130 00", None); // check digits
        check("DE89 3704 0044 0532 0130", None); // too short for Germany
        check("XX89 3704 0044 0532 0130 00", None); // no such country
        check("DE8937040044053201300O", None); // letter O for zero
        check("DE89-3704-0044-0532-0130-00", None); // hyphens are not spaces
        check("DE", None);
        check("", None);
        check("ÄE89370400440532013000", None);
        check(&"1".repeat(1000), None);
    }

    #[test]
    fn shown_in_groups_of_four() {
        assert_eq!(grouped("DE89370400440532013000"), "DE89 3704 0044 0532 0130 00");
        assert_eq!(grouped("NO9386011117947"), "NO93 8601 1117 947");
        let shown = Iban.shown(&Value::String("DE89370400440532013000".into()));
        assert_eq!(
            shown,
            Shown::Text {
                text: "DE89 3704 0044 0532 0130 00".into()
            }
        );
    }

    #[test]
    fn every_country_is_listed_once_with_a_possible_length() {
        let mut seen = std::collections::BTreeSet::new();
        for (c, len) in LENGTHS {
            assert!(seen.insert(*c), "{c}");
            assert!((15..=MAX_LEN as u8).contains(len), "{c}");
        }
    }
}
