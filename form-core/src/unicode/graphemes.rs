//! Extended grapheme clusters (UAX #29), counted on compact tables: `graphemes.bin` holds
//! each code point's Grapheme_Cluster_Break class, Extended_Pictographic and
//! Indic_Conjunct_Break as runs of equal class (generated from the `unicode-segmentation`
//! crate, the reference, by `tests/unicode_tables.rs`, which also checks every code point
//! and random strings against it). The crate's own tables cost about 6 KB after brotli in
//! the browser bundle; these cost a fraction of that.

use std::sync::OnceLock;

static DATA: &[u8] = include_bytes!("graphemes.bin");

// Grapheme_Cluster_Break values (the low four bits of a class).
pub const OTHER: u8 = 0;
pub const CR: u8 = 1;
pub const LF: u8 = 2;
pub const CONTROL: u8 = 3;
pub const EXTEND: u8 = 4;
pub const ZWJ: u8 = 5;
pub const RI: u8 = 6;
pub const PREPEND: u8 = 7;
pub const SPACING_MARK: u8 = 8;
pub const L: u8 = 9;
pub const V: u8 = 10;
pub const T: u8 = 11;
pub const LV: u8 = 12;
pub const LVT: u8 = 13;
/// Extended_Pictographic.
pub const PICTOGRAPHIC: u8 = 0x10;
// Indic_Conjunct_Break (bits 5 and 6).
pub const INCB_CONSONANT: u8 = 0x20;
pub const INCB_EXTEND: u8 = 0x40;
pub const INCB_LINKER: u8 = 0x60;
const INCB: u8 = 0x60;

const S_BASE: u32 = 0xAC00;
const S_COUNT: u32 = 11_172;

/// Runs of equal class: (first code point, class), sorted.
fn runs() -> &'static [(u32, u8)] {
    static RUNS: OnceLock<Vec<(u32, u8)>> = OnceLock::new();
    RUNS.get_or_init(|| super::Reader { data: DATA, pos: 0 }.runs())
}

/// The class of a character: its Grapheme_Cluster_Break value, with the
/// [`PICTOGRAPHIC`] and Indic_Conjunct_Break bits.
pub fn class(c: char) -> u8 {
    let cp = c as u32;
    // Hangul syllables are LV or LVT by their position (Unicode §3.12).
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        return if (cp - S_BASE).is_multiple_of(28) {
            LV
        } else {
            LVT
        };
    }
    let r = runs();
    let i = r.partition_point(|e| e.0 <= cp);
    i.checked_sub(1)
        .and_then(|i| r.get(i))
        .map_or(OTHER, |e| e.1)
}

/// The number of extended grapheme clusters in `s`: characters as a person counts them.
pub fn count(s: &str) -> usize {
    let mut n = 0;
    let mut prev = OTHER;
    // Regional indicators in a row before the current character.
    let mut ri = 0usize;
    // GB11: 0 = nothing, 1 = a pictograph and extends, 2 = then a ZWJ.
    let mut emoji = 0u8;
    // GB9c: 0 = nothing, 1 = a consonant and extends, 2 = and a linker among them.
    let mut conjunct = 0u8;
    for (i, c) in s.chars().enumerate() {
        let class = class(c);
        let gcb = class & 0x0f;
        let incb = class & INCB;
        let joins = i > 0 && {
            let p = prev & 0x0f;
            match (p, gcb) {
                (CR, LF) => true,
                (CR | LF | CONTROL, _) | (_, CR | LF | CONTROL) => false,
                (L, L | V | LV | LVT) | (LV | V, V | T) | (LVT | T, T) => true,
                (_, EXTEND | ZWJ | SPACING_MARK) | (PREPEND, _) => true,
                (RI, RI) => ri % 2 == 1,
                (ZWJ, _) if class & PICTOGRAPHIC != 0 && emoji == 2 => true,
                _ => incb == INCB_CONSONANT && conjunct == 2,
            }
        };
        if !joins {
            n += 1;
        }
        ri = if gcb == RI { ri + 1 } else { 0 };
        emoji = if class & PICTOGRAPHIC != 0 {
            1
        } else {
            match (emoji, gcb) {
                (1, EXTEND) => 1,
                (1, ZWJ) => 2,
                _ => 0,
            }
        };
        conjunct = match (incb, conjunct) {
            (INCB_CONSONANT, _) => 1,
            (INCB_LINKER, 1 | 2) => 2,
            (INCB_EXTEND, c @ (1 | 2)) => c,
            _ => 0,
        };
        prev = class;
    }
    n
}
