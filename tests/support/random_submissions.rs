// Deterministic pseudo-random submissions for a form, shared by the native and the
// browser tests (included with `include!`), so both sides validate exactly the same
// inputs and can compare a digest of all reports.

/// A 64-bit linear congruential generator (Knuth's MMIX constants): the same sequence on
/// every platform.
#[derive(Debug)]
pub struct Lcg(pub u64);

impl Lcg {
    pub fn step(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.step() % (n.max(1) as u64)) as usize
    }
}

const STRINGS: &[&str] = &[
    "", " ", "Smith", "  O\u{2019}Neill\u{202E} ", "Zoe\u{0308}", "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}", "GB", "DE", "XX",
    "yes", "no", "child", "spouse", "partner", "en", "de", "fr", "10969", "80331", "12a", "12 b", "A1B2C3D4", "ab 12",
    "alice@example.org", "a@b", "x@y..z", "+49 30 1234567", "call me", "1985-03-27", "2021-01-01", "2031-02-30", "1980", "1980-13",
    "1980-02", "0", "3", "-7", "2,5", "1e3", "mitte", "pankow", "true", "on", "\u{1F469}\u{1F3FD}\u{200D}\u{2695}\u{FE0F}", "e\u{301}",
    "\r\nline\ttab\u{0}", "friedrichshain-kreuzberg",
    // Times of day, as people and programs write them, and some that are none.
    "14:30", "9.05", "2pm", "12 am", "\u{0662}:\u{0663}\u{0660} \u{0645}", "24:00", "7h", "1430 Uhr", "23:59:00", "6:00 P.M.",
];

/// A month box's text: a number, or a name as people copy it (and some that are none).
fn month(rng: &mut Lcg) -> String {
    const NAMES: &[&str] = &["März", "MAR", "Sept.", "mayıs", "NİSAN", "Października", "août", "3.", "Ju", "Jui", "Mayonnaise", "МАР", "травня", "лю"];
    match rng.below(14 + NAMES.len()).checked_sub(14) {
        Some(i) => NAMES[i].to_owned(),
        None => rng.below(14).to_string(),
    }
}

pub fn value(rng: &mut Lcg, depth: u32) -> serde_json::Value {
    use serde_json::{Value, json};
    match rng.below(if depth > 1 { 7 } else { 10 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => json!(rng.below(40) as i64 - 5),
        3 => json!((rng.below(1000) as f64) / 8.0),
        4..=6 => Value::String(STRINGS[rng.below(STRINGS.len())].to_owned()),
        7 => json!({ "day": STRINGS[rng.below(STRINGS.len())], "month": month(rng), "year": (1890 + rng.below(150)).to_string() }),
        8 => Value::Array((0..rng.below(4)).map(|_| value(rng, depth + 1)).collect()),
        _ => Value::Object((0..rng.below(4)).map(|_| (STRINGS[rng.below(STRINGS.len())].to_owned(), value(rng, depth + 1))).collect()),
    }
}

/// Field ids of a schema: (top-level ids, ids of group item fields by group id).
pub fn field_ids(schema: &serde_json::Value) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let mut top = Vec::new();
    let mut groups = Vec::new();
    for page in schema["pages"].as_array().into_iter().flatten() {
        for f in page["fields"].as_array().into_iter().flatten() {
            let id = f["id"].as_str().unwrap_or_default().to_owned();
            if let Some(sub) = f["fields"].as_array() {
                groups.push((id.clone(), sub.iter().map(|s| s["id"].as_str().unwrap_or_default().to_owned()).collect()));
            }
            top.push(id);
        }
    }
    (top, groups)
}

/// A valid `base` submission with up to three answers replaced, removed or added.
pub fn submission(rng: &mut Lcg, ids: &(Vec<String>, Vec<(String, Vec<String>)>), base: &serde_json::Value) -> serde_json::Value {
    let mut m = base.as_object().cloned().unwrap_or_default();
    let changes = rng.below(4);
    for _ in 0..changes {
        let id = &ids.0[rng.below(ids.0.len())];
        if rng.below(5) == 0 {
            m.remove(id);
            continue;
        }
        let group = ids.1.iter().find(|(g, _)| g == id);
        let v = match group {
            Some((_, item_ids)) if rng.below(4) != 0 => serde_json::Value::Array(
                (0..rng.below(4))
                    .map(|_| {
                        let mut item = serde_json::Map::new();
                        for iid in item_ids {
                            if rng.below(4) != 0 {
                                item.insert(iid.clone(), value(rng, 1));
                            }
                        }
                        serde_json::Value::Object(item)
                    })
                    .collect(),
            ),
            _ => value(rng, 0),
        };
        m.insert(id.clone(), v);
    }
    if rng.below(10) == 0 {
        m.insert("not_a_field".to_owned(), value(rng, 1));
    }
    serde_json::Value::Object(m)
}

/// FNV-1a, 64 bits.
pub fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

/// Validates `n` random submissions and summarises every report in one line.
pub fn digest(form: &form_core::Form, schema: &serde_json::Value, base: &serde_json::Value, n: usize, seed: u64, today: &str) -> String {
    let ctx = form_core::Context { today: form_core::Date::parse_iso(today).unwrap_or(form_core::Date::EPOCH) };
    let ids = field_ids(schema);
    let mut rng = Lcg(seed);
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let (mut valid, mut issues, mut dropped) = (0usize, 0usize, 0usize);
    for _ in 0..n {
        let data = submission(&mut rng, &ids, base);
        let report = form.validate(&data, &ctx);
        valid += usize::from(report.valid);
        issues += report.issues.len();
        dropped += report.dropped.len();
        fnv1a(&mut hash, serde_json::to_string(&report).unwrap_or_default().as_bytes());
    }
    format!("submissions={n} valid={valid} issues={issues} dropped={dropped} digest={hash:016x}")
}
