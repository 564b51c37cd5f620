//! Canonical normalisation data, compact: `nfc.bin` (generated from the
//! `unicode-normalization` crate by `tests/unicode_tables.rs`, which also checks NFC built on
//! it against that crate for every code point) is a few kilobytes of sorted, delta-coded
//! varints, decoded once on first use. The crate's own tables are perfect hashes that cost
//! about 25 KB after brotli in the browser bundle; these cost a fraction of that.
//!
//! Hangul syllables are decomposed and composed algorithmically (Unicode §3.12).

pub mod graphemes;
pub mod properties;

use std::sync::OnceLock;

static DATA: &[u8] = include_bytes!("nfc.bin");

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

struct Tables {
    /// Runs of equal combining class: (first code point, class), sorted.
    ccc: Vec<(u32, u8)>,
    /// Full canonical decompositions: (code point, start, end) into `chars`, sorted.
    decomp: Vec<(u32, u32, u32)>,
    chars: Vec<char>,
    /// Primary composites: ((first, second), composite), sorted by the pair.
    comp: Vec<((u32, u32), char)>,
}

pub(crate) struct Reader<'a> {
    pub data: &'a [u8],
    pub pos: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> u32 {
        let mut v = 0u32;
        let mut shift = 0;
        while let Some(&b) = self.data.get(self.pos) {
            self.pos += 1;
            v |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        v
    }
    /// A count, then as many deltas: the running sums (code points, ascending).
    fn deltas(&mut self) -> impl Iterator<Item = u32> {
        let mut at = 0u32;
        (0..self.varint()).map(move |_| {
            at = at.wrapping_add(self.varint());
            at
        })
    }
    /// Runs of equal class, column by column: (first code point, class), sorted.
    pub(crate) fn runs(&mut self) -> Vec<(u32, u8)> {
        let mut runs: Vec<(u32, u8)> = self.deltas().map(|cp| (cp, 0)).collect();
        for run in &mut runs {
            run.1 = self.data.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
        }
        runs
    }
}

fn decode() -> Tables {
    let mut r = Reader { data: DATA, pos: 0 };
    // Column by column (`tests/unicode_tables.rs` says the format): the code points,
    // then what belongs to each.
    let ccc = r.runs();
    let mut decomp: Vec<(u32, u32, u32)> = r.deltas().map(|cp| (cp, 0, 0)).collect();
    let mut end = 0u32;
    for d in &mut decomp {
        d.1 = end;
        end = end.saturating_add(r.varint());
        d.2 = end;
    }
    let chars: Vec<char> = (0..end)
        .map(|_| char::from_u32(r.varint()).unwrap_or('\u{FFFD}'))
        .collect();
    // Compositions: for each decomposition, 0, or 1 + which of the characters whose full
    // decomposition is all but its last character (in code point order; a single one
    // counts as itself) is the first of its pair; the second is that last character.
    let mut by_decomposition: Vec<(&[char], u32)> = decomp
        .iter()
        .map(|&(cp, a, b)| (chars.get(a as usize..b as usize).unwrap_or_default(), cp))
        .collect();
    by_decomposition.sort_unstable();
    let mut comp = Vec::new();
    for &(cp, a, b) in &decomp {
        let which = r.varint();
        let full = chars.get(a as usize..b as usize).unwrap_or_default();
        let (Some((&last, init)), Some(k)) = (full.split_last(), which.checked_sub(1)) else {
            continue;
        };
        let lo = by_decomposition.partition_point(|e| e.0 < init);
        let hi = by_decomposition.partition_point(|e| e.0 <= init);
        let mut firsts: Vec<u32> = by_decomposition
            .get(lo..hi)
            .unwrap_or_default()
            .iter()
            .map(|e| e.1)
            .collect();
        if let [single] = init {
            firsts.push(*single as u32);
        }
        firsts.sort_unstable();
        if let (Some(&first), Some(c)) = (firsts.get(k as usize), char::from_u32(cp)) {
            comp.push(((first, last as u32), c));
        }
    }
    comp.sort_unstable_by_key(|e| e.0);
    Tables {
        ccc,
        decomp,
        chars,
        comp,
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(decode)
}

/// The canonical combining class of a character (0 for starters).
pub fn combining_class(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x300 {
        return 0;
    }
    let t = tables();
    let i = t.ccc.partition_point(|r| r.0 <= cp);
    i.checked_sub(1)
        .and_then(|i| t.ccc.get(i))
        .map_or(0, |r| r.1)
}

/// Appends the full canonical decomposition of `c` (or `c` itself).
pub fn decompose(c: char, out: &mut Vec<char>) {
    let cp = c as u32;
    if cp < 0xC0 {
        out.push(c);
        return;
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + (s % N_COUNT) / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend(char::from_u32(l));
        out.extend(char::from_u32(v));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    let t = tables();
    match t.decomp.binary_search_by_key(&cp, |e| e.0) {
        Ok(i) => {
            let range = t.decomp.get(i).map_or(0..0, |e| e.1 as usize..e.2 as usize);
            out.extend_from_slice(t.chars.get(range).unwrap_or_default());
        }
        Err(_) => out.push(c),
    }
}

/// The primary composite of two characters, if there is one.
pub fn compose(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    // Hangul: L + V, and LV + T.
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    let t = tables();
    t.comp
        .binary_search_by_key(&(a, b), |e| e.0)
        .ok()
        .and_then(|i| t.comp.get(i))
        .map(|e| e.1)
}
