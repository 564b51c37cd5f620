//! The code lists the engine ships, used by name in a schema (`"codeList": "countries"`)
//! without copying them into it: `countries` (ISO 3166-1 alpha-2 codes and the territories
//! Unicode CLDR names, labelled by `country-<code>` in `locales/<tag>/countries.ftl`) and
//! `languages` (the languages the engine is translated into, labelled by `language-<tag>`
//! in `locales/languages.ftl`, each in itself). A form's own `codeLists` entry of the same
//! name takes precedence.

use crate::types::CodeList;

/// The country codes of `locales/countries.json` (a test keeps them equal).
#[rustfmt::skip]
pub const COUNTRIES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The languages the engine ships messages in (`locales/<tag>/engine.ftl`; a test keeps
/// them equal).
pub const LANGUAGES: &[&str] = &["ar", "de", "en", "fa", "fr", "pl", "ru", "tr", "uk", "vi"];

/// The message id of a language's name in itself (`language-de = Deutsch`) begins so: the
/// engine's ten in `locales/languages.ftl`, any other in the form's default language.
pub const LANGUAGE_NAME: &str = "language-";

/// The names of the built-in lists.
pub const NAMES: &[&str] = &["countries", "languages"];

/// A built-in code list by name.
pub fn built_in(name: &str) -> Option<CodeList> {
    let (prefix, values) = match name {
        "countries" => ("country-", COUNTRIES),
        "languages" => (LANGUAGE_NAME, LANGUAGES),
        _ => return None,
    };
    Some(CodeList {
        label_prefix: prefix.to_owned(),
        values: values.iter().map(|v| (*v).to_owned()).collect(),
        alphabetical: true,
        last: Vec::new(),
    })
}
