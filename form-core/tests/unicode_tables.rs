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

/// The format (all numbers LEB128 varints): three sections, each a count then entries.
/// 1. combining classes: runs of equal class over all code points: (start delta, class).
/// 2. full canonical decompositions (Hangul excluded, it is algorithmic), by code point:
///    (code point delta, length, the characters).
/// 3. primary composites (Hangul excluded), by code point: (code point delta, first, second).
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
    varint(&mut out, runs.len() as u32);
    let mut prev = 0;
    for (start, class) in runs {
        varint(&mut out, start - prev);
        out.push(class);
        prev = start;
    }
    // 2. Decompositions.
    let decomposed: Vec<(char, Vec<char>)> = chars()
        .filter(|c| !is_hangul(*c))
        .map(|c| (c, full_decomposition(c)))
        .filter(|(c, d)| d.as_slice() != [*c])
        .collect();
    varint(&mut out, decomposed.len() as u32);
    let mut prev = 0;
    for (c, d) in &decomposed {
        varint(&mut out, *c as u32 - prev);
        varint(&mut out, d.len() as u32);
        for x in d {
            varint(&mut out, *x as u32);
        }
        prev = *c as u32;
    }
    // 3. Compositions: a composite's pair is (a character whose full decomposition is all
    // but the last, or that character itself; the last).
    let mut pairs: Vec<(char, char, char)> = Vec::new();
    for (c, d) in &decomposed {
        let Some((&last, init)) = d.split_last() else {
            continue;
        };
        if init.is_empty() {
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
        let found: Vec<char> = firsts
            .into_iter()
            .filter(|x| compose(*x, last) == Some(*c))
            .collect();
        assert!(found.len() <= 1, "{c:?} composes from several pairs");
        if let Some(x) = found.first() {
            pairs.push((*c, *x, last));
        }
    }
    varint(&mut out, pairs.len() as u32);
    let mut prev = 0;
    for (c, x, y) in pairs {
        varint(&mut out, c as u32 - prev);
        varint(&mut out, x as u32);
        varint(&mut out, y as u32);
        prev = c as u32;
    }
    out
}

#[test]
fn the_committed_tables_are_generated_from_the_reference() {
    let path = common::root().join("form-core/src/unicode/nfc.bin");
    let fresh = generate();
    if std::env::var_os("UPDATE_UNICODE_TABLES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run UPDATE_UNICODE_TABLES=1 cargo test -p form-core --test unicode_tables",
        path.display()
    );
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
