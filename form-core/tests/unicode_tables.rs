//! The compact Unicode normalisation data in `form-core/src/unicode/nfc.bin` is generated
//! from the `unicode-normalization` crate (the reference), and NFC built on it agrees with
//! the reference for every code point. `UPDATE_UNICODE_TABLES=1 cargo test -p form-core
//! --test unicode_tables` rewrites the file (after a Unicode update of the reference).
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

const HANGUL_S: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11_172;

fn varint(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Runs of equal class, column by column: their number, the start deltas, the classes
/// (what `Reader::runs` in `form-core/src/unicode/mod.rs` reads).
fn write_runs(out: &mut Vec<u8>, runs: &[(u32, u8)]) {
    varint(out, runs.len() as u32);
    let mut prev = 0;
    for &(start, _) in runs {
        varint(out, start - prev);
        prev = start;
    }
    out.extend(runs.iter().map(|r| r.1));
}

fn chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFFu32).filter_map(char::from_u32)
}

fn is_hangul(c: char) -> bool {
    (HANGUL_S..HANGUL_S + HANGUL_COUNT).contains(&(c as u32))
}

fn full_decomposition(c: char) -> Vec<char> {
    let mut d = Vec::new();
    decompose_canonical(c, |x| d.push(x));
    d
}

/// The format (all numbers LEB128 varints, classes single bytes), column by column: like
/// values next to each other compress better (about 440 B less after brotli than the
/// same entries written one after another).
/// 1. combining classes, runs of equal class over all code points: the count, the runs'
///    start deltas, then their classes.
/// 2. full canonical decompositions (Hangul excluded, it is algorithmic), by code point:
///    the count, the code point deltas, the lengths, then all their characters.
/// 3. for each decomposition of section 2 (no count): 0, or 1 + which character whose full
///    decomposition is all but its last is the first of its composition pair.
fn generate() -> Vec<u8> {
    let mut out = Vec::new();
    // 1. Combining classes.
    let mut runs: Vec<(u32, u8)> = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let class = char::from_u32(cp).map_or(0, canonical_combining_class);
        if runs.last().is_none_or(|r| r.1 != class) {
            runs.push((cp, class));
        }
    }
    write_runs(&mut out, &runs);
    // 2. Decompositions.
    let decomposed: Vec<(char, Vec<char>)> = chars()
        .filter(|c| !is_hangul(*c))
        .map(|c| (c, full_decomposition(c)))
        .filter(|(c, d)| d.as_slice() != [*c])
        .collect();
    varint(&mut out, decomposed.len() as u32);
    let mut prev = 0;
    for (c, _) in &decomposed {
        varint(&mut out, *c as u32 - prev);
        prev = *c as u32;
    }
    for (_, d) in &decomposed {
        varint(&mut out, d.len() as u32);
    }
    for x in decomposed.iter().flat_map(|(_, d)| d) {
        varint(&mut out, *x as u32);
    }
    // 3. Compositions: a composite's pair is (a character whose full decomposition is all
    // but the last, or that character itself; the last). One varint per decomposition of
    // section 2, in its order: 0 when the character is no primary composite, else 1 + the
    // position of the pair's first character among the candidates, in code point order.
    // The reader rebuilds the pairs from the decompositions.
    for (c, d) in &decomposed {
        let Some((&last, init)) = d.split_last() else {
            varint(&mut out, 0);
            continue;
        };
        if init.is_empty() {
            varint(&mut out, 0);
            continue;
        }
        let mut firsts: Vec<char> = decomposed
            .iter()
            .filter(|(_, e)| e.as_slice() == init)
            .map(|(x, _)| *x)
            .collect();
        if init.len() == 1 {
            firsts.push(init[0]);
        }
        firsts.sort_unstable();
        let found: Vec<usize> = (0..firsts.len())
            .filter(|&i| compose(firsts[i], last) == Some(*c))
            .collect();
        assert!(found.len() <= 1, "{c:?} composes from several pairs");
        varint(&mut out, found.first().map_or(0, |i| *i as u32 + 1));
    }
    out
}

/// The committed generated file at `rel` holds exactly `fresh` (with
/// `UPDATE_UNICODE_TABLES` set, it is written first).
fn committed_is_fresh(rel: &str, fresh: &[u8]) {
    let path = common::root().join(rel);
    if std::env::var_os("UPDATE_UNICODE_TABLES").is_some() {
        std::fs::write(&path, fresh).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run UPDATE_UNICODE_TABLES=1 cargo test -p form-core --test unicode_tables",
        path.display()
    );
}

#[test]
fn the_committed_tables_are_generated_from_the_reference() {
    committed_is_fresh("form-core/src/unicode/nfc.bin", &generate());
}

/// Every code point alone and decomposed; those that decompose, combine or are Hangul jamo
/// also followed by combining marks in both orders and by jamo.
#[test]
fn nfc_agrees_with_the_reference_for_every_code_point() {
    let marks = [
        "",
        "\u{301}",
        "\u{323}\u{302}",
        "\u{302}\u{323}",
        "\u{345}",
        "\u{1161}",
        "\u{11A8}",
    ];
    let mut failures = Vec::new();
    for c in chars() {
        let nfd: String = c.to_string().nfd().collect();
        let interesting = nfd.chars().ne([c])
            || canonical_combining_class(c) != 0
            || (0x1100..0x1200).contains(&(c as u32));
        let marks = if interesting { &marks[..] } else { &marks[..1] };
        for m in marks {
            for s in [format!("{c}{m}"), format!("{nfd}{m}")] {
                let ours = form_core::text::nfc(&s);
                let reference: String = s.nfc().collect();
                if ours != reference && failures.len() < 20 {
                    failures.push(format!("{s:?}: {ours:?} != {reference:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Grapheme clusters: `form-core/src/unicode/graphemes.bin`.

mod graphemes {
    use unicode_segmentation::UnicodeSegmentation;

    // The classes, as `form_core::unicode::graphemes` reads them.
    const OTHER: u8 = 0;
    const CR: u8 = 1;
    const LF: u8 = 2;
    const CONTROL: u8 = 3;
    const EXTEND: u8 = 4;
    const ZWJ: u8 = 5;
    const RI: u8 = 6;
    const PREPEND: u8 = 7;
    const SPACING_MARK: u8 = 8;
    const L: u8 = 9;
    const V: u8 = 10;
    const T: u8 = 11;
    const LV: u8 = 12;
    const LVT: u8 = 13;
    const PICTOGRAPHIC: u8 = 0x10;
    const INCB_CONSONANT: u8 = 0x20;
    const INCB_EXTEND: u8 = 0x40;
    const INCB_LINKER: u8 = 0x60;

    fn clusters(s: &str) -> usize {
        s.graphemes(true).count()
    }

    fn joins(a: &str, b: &str) -> bool {
        clusters(&format!("{a}{b}")) == 1
    }

    /// A code point's class, found by how the reference segments it next to characters
    /// of known classes (one probe per rule of UAX #29).
    pub fn probe(c: char) -> u8 {
        let x = c.to_string();
        let gcb = match c {
            '\r' => CR,
            '\n' => LF,
            '\u{200D}' => ZWJ,
            // Anything but a control joins a following combining mark (GB4, GB9).
            _ if !joins(&x, "\u{308}") => CONTROL,
            _ if joins("a", &x) => {
                // An extend can stand between a pictograph and a ZWJ (GB11); a spacing
                // mark cannot.
                if clusters(&format!("\u{1F600}{x}\u{200D}\u{1F600}")) == 1 {
                    EXTEND
                } else {
                    SPACING_MARK
                }
            }
            _ if joins(&x, "a") => PREPEND,
            _ if joins(&x, &x) && clusters(&format!("{x}{x}{x}")) == 2 => RI,
            _ if joins(&x, "\u{1100}") => L,
            _ if joins("\u{1100}", &x) && joins(&x, "\u{1161}") && joins("\u{1161}", &x) => V,
            _ if joins("\u{1100}", &x) && joins(&x, "\u{1161}") => LV,
            _ if joins("\u{1100}", &x) && joins(&x, "\u{11A8}") => LVT,
            _ if joins("\u{1161}", &x) && joins(&x, "\u{11A8}") => T,
            _ => OTHER,
        };
        let mut class = gcb;
        if clusters(&format!("{x}\u{200D}\u{1F600}")) == 1 {
            class |= PICTOGRAPHIC;
        }
        // Indic conjuncts (GB9c): KA + VIRAMA is the known consonant and linker.
        if clusters(&format!("{x}\u{94D}\u{915}")) == 1 {
            class |= INCB_CONSONANT;
        } else if clusters(&format!("\u{915}{x}\u{915}")) == 1 {
            class |= INCB_LINKER;
        } else if clusters(&format!("\u{915}{x}\u{94D}\u{915}")) == 1 {
            class |= INCB_EXTEND;
        }
        class
    }
}

/// Format: runs of equal class (`write_runs`). Hangul syllables are computed, not listed.
fn generate_graphemes() -> Vec<u8> {
    let mut runs: Vec<(u32, u8)> = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let class = if is_hangul_syllable(cp) {
            // One run for the whole block; the reader computes LV or LVT.
            12
        } else {
            char::from_u32(cp).map_or(0, graphemes::probe)
        };
        if runs.last().is_none_or(|r| r.1 != class) {
            runs.push((cp, class));
        }
    }
    let mut out = Vec::new();
    write_runs(&mut out, &runs);
    out
}

fn is_hangul_syllable(cp: u32) -> bool {
    (HANGUL_S..HANGUL_S + HANGUL_COUNT).contains(&cp)
}

#[test]
fn the_committed_grapheme_tables_are_generated_from_the_reference() {
    committed_is_fresh("form-core/src/unicode/graphemes.bin", &generate_graphemes());
}

/// Every code point alone, after a letter, before a letter, and after and before a
/// combining mark, a ZWJ, a virama and a regional indicator: the same count as the
/// reference.
#[test]
fn grapheme_counts_agree_with_the_reference_for_every_code_point() {
    use unicode_segmentation::UnicodeSegmentation;
    let around = [
        "a",
        "\u{308}",
        "\u{200D}",
        "\u{94D}",
        "\u{915}",
        "\u{1F1E9}",
        "\u{1F600}",
        "\u{1100}",
        "\u{1161}",
        "\u{11A8}",
        "\u{AC00}",
        "\r",
        "\n",
    ];
    let mut failures = Vec::new();
    for c in chars() {
        let mut cases = vec![c.to_string()];
        for a in around {
            cases.push(format!("{a}{c}"));
            cases.push(format!("{c}{a}"));
        }
        for s in cases {
            let ours = form_core::text::grapheme_len(&s);
            let reference = s.graphemes(true).count();
            if ours != reference && failures.len() < 20 {
                failures.push(format!("{s:?}: {ours} != {reference}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

mod random_strings {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// Characters from every class, and any character now and then.
    fn interesting() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => prop::sample::select(vec![
                'a', 'é', '\u{301}', '\u{308}', '\u{200D}', '\u{200C}', '\r', '\n', '\u{7}',
                '\u{94D}', '\u{915}', '\u{924}', '\u{93F}', '\u{903}', '\u{600}', '\u{D4E}',
                '\u{1F1E9}', '\u{1F1EA}', '\u{1F600}', '\u{1F3FB}', '\u{2764}', '\u{FE0F}',
                '\u{1100}', '\u{1161}', '\u{11A8}', '\u{AC00}', '\u{AC01}', '\u{E0020}',
                '\u{E007F}', '\u{1F469}', '\u{1F3FD}', '\u{2695}', 'ا', 'ی', 'ش',
            ]),
            1 => any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn grapheme_counts_agree_with_the_reference(s in prop::collection::vec(interesting(), 0..24)) {
            let s: String = s.into_iter().collect();
            prop_assert_eq!(form_core::text::grapheme_len(&s), s.graphemes(true).count(), "{:?}", s);
        }
    }
}

// Decimal digits: `form_core::text::DIGIT_ZEROS`.

/// The code points of a Unicode class, as regex-syntax (the reference) knows it.
fn class(name: &str) -> Vec<(u32, u32)> {
    use regex_syntax::hir::{Class, HirKind};
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(&format!(r"\p{{{name}}}"))
        .unwrap();
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => c
            .ranges()
            .iter()
            .map(|r| (r.start() as u32, r.end() as u32))
            .collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_digit_table_holds_every_decimal_digit_of_unicode() {
    let mut zeros = Vec::new();
    for (a, b) in class("Nd") {
        assert_eq!((b - a + 1) % 10, 0, "Nd comes in runs of ten");
        zeros.extend((a..=b).step_by(10).filter(|z| *z != 0x30));
    }
    let text: String = zeros
        .chunks(8)
        .map(|c| {
            let items: Vec<String> = c.iter().map(|z| format!("0x{z:05X}")).collect();
            format!("    {},\n", items.join(", "))
        })
        .collect();
    let path = common::root().join("form-core/src/text.rs");
    let source = std::fs::read_to_string(&path).unwrap();
    let (head, rest) = source.split_once("    // generated: start\n").unwrap();
    let (_, tail) = rest.split_once("    // generated: end\n").unwrap();
    let fresh = format!("{head}    // generated: start\n{text}    // generated: end\n{tail}");
    if std::env::var_os("UPDATE_UNICODE_TABLES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    assert!(
        source == fresh,
        "the digit table in {} is stale: run UPDATE_UNICODE_TABLES=1 cargo test -p form-core --test unicode_tables",
        path.display()
    );
    // And the engine reads each as its value.
    for zero in zeros {
        for d in 0..10u8 {
            let c = char::from_u32(zero + u32::from(d)).unwrap();
            assert_eq!(form_core::text::digit_value(c), Some(d), "{c:?}");
        }
    }
    assert_eq!(form_core::text::ascii_digits("۱۴۰۳/٠٣/١٢"), "1403/03/12");
    assert_eq!(form_core::text::digit_value('x'), None);
}

// Unicode properties of patterns: `form-core/src/unicode/properties.bin`.

/// The reference class of a property as `\p{...}` names it (scripts as `Script`, not
/// `Script_Extensions`, as JavaScript's `\p{Script=...}`).
fn reference_property(index: usize, name: &str) -> Vec<(u32, u32)> {
    if index < form_core::unicode_properties::CATEGORIES {
        class(&format!("gc={name}"))
    } else {
        class(&format!("sc={name}"))
    }
}

fn generate_properties() -> Vec<u8> {
    let mut out = Vec::new();
    for (i, (name, _)) in form_core::unicode_properties::NAMES.iter().enumerate() {
        let ranges = reference_property(i, name);
        varint(&mut out, ranges.len() as u32);
        let mut at = 0;
        for (a, b) in ranges {
            varint(&mut out, a - at);
            varint(&mut out, b - a);
            at = b;
        }
    }
    out
}

#[test]
fn the_committed_property_tables_are_generated_from_the_reference() {
    committed_is_fresh(
        "form-core/src/unicode/properties.bin",
        &generate_properties(),
    );
}

/// Every property, for every code point, in a one-character pattern: the same answer as
/// the reference.
#[test]
fn pattern_properties_agree_with_the_reference_for_every_code_point() {
    for (i, (name, _)) in form_core::unicode_properties::NAMES.iter().enumerate() {
        let reference = reference_property(i, name);
        let re = form_core::pattern::Pattern::new(&format!(r"\p{{{name}}}")).unwrap();
        let negated = form_core::pattern::Pattern::new(&format!(r"\P{{{name}}}")).unwrap();
        for c in chars() {
            let cp = c as u32;
            let inside = reference.iter().any(|&(a, b)| a <= cp && cp <= b);
            let s = c.to_string();
            assert_eq!(re.is_match(&s), inside, "\\p{{{name}}} on U+{cp:04X}");
            assert_eq!(negated.is_match(&s), !inside, "\\P{{{name}}} on U+{cp:04X}");
        }
    }
}

/// The first page's option order (`text::loose_sort_key`) is the one the reference crate
/// gives (decomposed, combining marks dropped, lower case), for every country name of
/// every shipped language.
#[test]
fn loose_sort_key_matches_the_reference_on_every_country_name() {
    use unicode_normalization::char::is_combining_mark;
    let mut n = 0;
    for tag in common::locale_tags() {
        let text = common::engine_locales()
            .file(&tag, "countries.ftl")
            .unwrap();
        for label in text
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(_, v)| v))
        {
            let reference: String = label
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .collect::<String>()
                .to_lowercase();
            assert_eq!(form_core::text::loose_sort_key(label), reference, "{label}");
            n += 1;
        }
    }
    assert!(n > 2000, "{n} names");
}
