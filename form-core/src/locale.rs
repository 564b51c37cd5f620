//! Languages, behind a type of our own so that callers never depend on `unic-langid`.

use std::fmt;

use unic_langid::LanguageIdentifier;

/// A language tag (BCP 47), canonicalised: `de`, `en-GB`, `fa`, `sr-Latn`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locale(LanguageIdentifier);

/// A tag that is not a valid BCP 47 language tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleError(pub String);

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not `{:?}`: that would bring the escaping of every character into the browser.
        write!(f, "invalid-locale \u{201C}{}\u{201D}", self.0)
    }
}

impl std::error::Error for LocaleError {}

/// Which way a script runs, for the `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    pub fn parse(tag: &str) -> Result<Locale, LocaleError> {
        if tag.is_empty() || tag.len() > 64 {
            return Err(LocaleError(tag.to_owned()));
        }
        tag.parse::<LanguageIdentifier>()
            .map(Locale)
            .map_err(|_| LocaleError(tag.to_owned()))
    }

    /// `en`, used where nothing better is known.
    pub fn fallback() -> Locale {
        Locale(LanguageIdentifier::default()).with_language("en")
    }

    fn with_language(mut self, lang: &str) -> Locale {
        if let Ok(l) = lang.parse() {
            self.0.language = l;
        }
        self
    }

    /// The primary language subtag (`de` for `de-AT`).
    pub fn language(&self) -> &str {
        self.0.language.as_str()
    }

    /// Whether the engine has its own messages (buttons, error messages, dates) in this
    /// language (`locales/<tag>/engine.ftl`): one of [`crate::codelists::LANGUAGES`] (a
    /// test keeps them equal). In another, a form shows them in its default language.
    pub fn engine_speaks(&self) -> bool {
        matches!(
            self.language(),
            "ar" | "de" | "en" | "fa" | "fr" | "pl" | "ru" | "tr" | "uk" | "vi"
        )
    }

    /// The locale without region and variants (`de-AT` → `de`), keeping a script.
    pub fn base(&self) -> Locale {
        let mut l = self.0.clone();
        l.region = None;
        l.clear_variants();
        Locale(l)
    }

    /// Text direction, from the script (explicit or the language's usual one).
    pub fn direction(&self) -> Direction {
        if let Some(script) = self.0.script {
            return match script.as_str() {
                "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg" | "Mand" | "Samr" => {
                    Direction::Rtl
                }
                _ => Direction::Ltr,
            };
        }
        // Not `ku`: Kurmanji, the Kurdish of Turkey and Syria, is written in Latin letters
        // (`ku-Arab` is right to left by its script); Sorani is `ckb`. (The embed's
        // packaging reads the list from the `match` below.)
        match self.language() {
            "ar" | "fa" | "he" | "ur" | "ps" | "ckb" | "dv" | "yi" | "sd" | "ug" => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub(crate) fn langid(&self) -> &LanguageIdentifier {
        &self.0
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `engine_speaks` says yes to exactly the languages of `codelists::LANGUAGES`, with or
    /// without a region.
    #[test]
    fn the_engine_speaks_its_own_languages() {
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                let tag = String::from_utf8(vec![a, b]).expect("ASCII");
                let Ok(l) = Locale::parse(&tag) else { continue };
                let ours = crate::codelists::LANGUAGES.contains(&tag.as_str());
                assert_eq!(l.engine_speaks(), ours, "{tag}");
            }
        }
        for tag in ["de-AT", "ar-EG", "fa-AF", "uk-UA"] {
            assert!(Locale::parse(tag).expect("valid").engine_speaks(), "{tag}");
        }
        assert!(!Locale::parse("it-IT").expect("valid").engine_speaks());
    }

    #[test]
    fn parses_and_directs() {
        let fa = Locale::parse("fa-IR").expect("valid");
        assert_eq!(fa.direction(), Direction::Rtl);
        assert_eq!(fa.base().to_string(), "fa");
        assert_eq!(
            Locale::parse("az-Arab").expect("valid").direction(),
            Direction::Rtl
        );
        assert_eq!(
            Locale::parse("de").expect("valid").direction(),
            Direction::Ltr
        );
        // Kurdish: Kurmanji in Latin letters, Sorani (and Kurmanji so written) in Arabic.
        for (tag, dir) in [
            ("ku", Direction::Ltr),
            ("ku-TR", Direction::Ltr),
            ("ku-Arab", Direction::Rtl),
            ("ckb", Direction::Rtl),
            ("ckb-IQ", Direction::Rtl),
        ] {
            assert_eq!(Locale::parse(tag).expect("valid").direction(), dir, "{tag}");
        }
        assert_eq!(
            Locale::parse("en_GB")
                .map(|l| l.to_string())
                .ok()
                .as_deref(),
            Some("en-GB")
        );
        assert!(Locale::parse("not a tag").is_err());
        assert_eq!(Locale::fallback().to_string(), "en");
    }
}
