//! The unit of a number answer (`"unit": "eur"` on an `integer` or `decimal`): drawn after
//! the input as the reader's language writes it (the engine's message `unit-<name>`: `€`,
//! `м²` in Russian; GOV.UK's suffix), and taken off again where the applicant types it
//! anyway (`650 €`, `€650`, `EUR 650`, `65 m²`, the German `650,-`) before the number is
//! read, as it is read without a unit (`1.200,- €` is asked about as `1.200` is). The same
//! on every side: the stored answer is the number alone.

/// A unit the engine knows, with the ways people write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Euros.
    Eur,
    /// Square metres.
    SquareMetres,
    /// Kilograms (a weight: a dog's, a parcel's).
    Kilograms,
}

impl Unit {
    /// The names a schema uses, in the order of the packed tags.
    pub const NAMES: &'static [&'static str] = &["eur", "m2", "kg"];
    const ALL: [Unit; 3] = [Unit::Eur, Unit::SquareMetres, Unit::Kilograms];

    pub fn parse(name: &str) -> Option<Unit> {
        Unit::NAMES
            .iter()
            .position(|n| *n == name)
            .and_then(|i| Unit::ALL.get(i).copied())
    }

    /// The schema's name of the unit an author wrote another way (`"kilogram"`, `"€"`,
    /// `"square metres"`: how people write it, compared without case), for "Did you mean".
    pub fn named(word: &str) -> Option<&'static str> {
        let low = word.trim().to_lowercase();
        let also: &[(&str, Unit)] = &[
            ("euros", Unit::Eur),
            ("square metre", Unit::SquareMetres),
            ("square metres", Unit::SquareMetres),
            ("square meter", Unit::SquareMetres),
            ("square meters", Unit::SquareMetres),
            ("sqm", Unit::SquareMetres),
            ("quadratmeter", Unit::SquareMetres),
            ("kilogramme", Unit::Kilograms),
            ("kilogrammes", Unit::Kilograms),
        ];
        Unit::ALL
            .iter()
            .find(|u| u.spellings().contains(&low.as_str()))
            .or_else(|| also.iter().find(|(w, _)| *w == low).map(|(_, u)| u))
            .and_then(|u| Unit::NAMES.get(*u as usize).copied())
    }

    pub fn tag(self) -> u8 {
        self as u8
    }

    pub fn from_tag(tag: u8) -> Option<Unit> {
        Unit::ALL.get(usize::from(tag)).copied()
    }

    /// The message that says this unit (`€`), drawn after the input.
    pub fn message_id(self) -> &'static str {
        ["unit-eur", "unit-m2", "unit-kg"]
            .get(self as usize)
            .copied()
            .unwrap_or_default()
    }

    /// How people write the unit, in small letters (compared without case), the longer
    /// before the shorter that ends it; each language's own symbol of the unit's message
    /// among them.
    fn spellings(self) -> &'static [&'static str] {
        match self {
            Unit::Eur => &["€", "euro", "eur", ",-", ",\u{2013}"],
            Unit::SquareMetres => &["m²", "m2", "qm", "м²", "م²"],
            // Abbreviations and the words people type; the long Cyrillic and Arabic words
            // are left out for their bytes in the embed (with `кг` and `كغ` drawn beside the
            // input, they are rarely typed in full).
            Unit::Kilograms => &[
                "kilogramm",
                "kilograms",
                "kilogram",
                "kilos",
                "kilo",
                "kgs",
                "kg",
                "кг",
                "كيلو",
                "كغ",
                "كجم",
                "کیلوگرم",
                "کیلو",
            ],
        }
    }

    /// The number in `s` without this unit written before or after it (`650 €`, `€650`,
    /// `EUR 650`, `65 m²`, and the ending of a whole amount in euros, `650,-`), its ASCII
    /// letters in small letters: what is left is read as a number or refused, and the
    /// answer kept is the text as typed.
    pub fn strip(self, s: &str) -> String {
        let low = s.to_ascii_lowercase();
        let words = self.spellings();
        let mut t = low.trim();
        // Before, then after, twice there: `1.200,- €`.
        for end in [false, true, true] {
            let cut = |w: &&str| {
                if end {
                    t.strip_suffix(*w)
                } else {
                    t.strip_prefix(*w)
                }
            };
            if let Some(rest) = words.iter().find_map(cut) {
                t = rest.trim();
            }
        }
        t.to_owned()
    }
}

impl crate::bytes::Pack for Unit {
    fn pack(&self, w: &mut Vec<u8>) {
        w.push(self.tag());
    }
}

impl crate::bytes::Unpack for Unit {
    fn unpack(r: &mut crate::bytes::Reader) -> Option<Self> {
        Unit::from_tag(r.byte()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_written_another_way_names_the_schema_s_name() {
        for (word, name) in [
            ("kilogram", Some("kg")),
            ("Kilograms", Some("kg")),
            (" KG ", Some("kg")),
            ("kilogramme", Some("kg")),
            ("€", Some("eur")),
            ("Euros", Some("eur")),
            ("m²", Some("m2")),
            ("square metres", Some("m2")),
            ("Quadratmeter", Some("m2")),
            ("pounds", None),
            ("", None),
        ] {
            assert_eq!(Unit::named(word), name, "{word}");
        }
        // Each schema name is itself.
        for n in Unit::NAMES {
            assert_eq!(Unit::named(n), Some(*n));
        }
    }

    #[test]
    fn a_unit_typed_with_the_number_is_taken_off() {
        for (unit, typed, read) in [
            (Unit::Eur, "650 €", "650"),
            (Unit::Eur, "€650", "650"),
            (Unit::Eur, "€ 1.200,50", "1.200,50"),
            (Unit::Eur, "€ -5", "-5"),
            (Unit::Eur, "1200 EUR", "1200"),
            (Unit::Eur, "Euro 12", "12"),
            (Unit::Eur, "650,-", "650"),
            (Unit::Eur, "1.200,- €", "1.200"),
            (Unit::Eur, "650,–", "650"),
            (Unit::Eur, "-5 €", "-5"),
            (Unit::Eur, "650", "650"),
            (Unit::Eur, " 650 ", "650"),
            (Unit::Eur, "€", ""),
            (Unit::Eur, "5-", "5-"),
            (Unit::Eur, "ABC €", "abc"),
            (Unit::SquareMetres, "65 m²", "65"),
            (Unit::SquareMetres, "65qm", "65"),
            (Unit::SquareMetres, "65,5 M2", "65,5"),
            (Unit::SquareMetres, "65 м²", "65"),
            (Unit::SquareMetres, "650,-", "650,-"),
            (Unit::Kilograms, "23,5 kg", "23,5"),
            (Unit::Kilograms, "23.5KG", "23.5"),
            (Unit::Kilograms, "12 Kilo", "12"),
            (Unit::Kilograms, "12 kilogramm", "12"),
            (Unit::Kilograms, "12 кг", "12"),
            (Unit::Kilograms, "١٢ كغ", "١٢"),
            (Unit::Kilograms, "12 g", "12 g"),
            (Unit::Kilograms, "12 €", "12 €"),
        ] {
            assert_eq!(unit.strip(typed), read, "{unit:?} {typed}");
        }
    }

    #[test]
    fn names_tags_and_messages_agree() {
        for (i, name) in Unit::NAMES.iter().enumerate() {
            let unit = Unit::parse(name).expect("a unit");
            assert_eq!(usize::from(unit.tag()), i);
            assert_eq!(Unit::from_tag(unit.tag()), Some(unit));
            assert_eq!(unit.message_id(), format!("unit-{name}"));
            for w in unit.spellings() {
                assert_eq!(w.to_ascii_lowercase(), *w);
            }
        }
        assert_eq!(Unit::parse("usd"), None);
    }
}
