//! A compiled form as bytes: compile once (on the server, or with `form pack`), decode in
//! the browser. The embed then carries no compiler (no schema reader, no expression parser
//! or type checker, no diagnostics), which is a third of its engine code.
//!
//! Layout: the 8-byte magic `FORMPK` + the two-digit format number (now `10`), the engine
//! version that wrote it (a string), the FNV-1a 64 hash of the rest (8 bytes, little
//! endian), the body, then the languages the form offers, its default language first,
//! separated by spaces, as that many bytes of ASCII followed by one byte of their length
//! (none when longer than 255 bytes). The languages are the one thing the embed's loader
//! reads before the engine is there, to ask for the reader's messages and first page where
//! the host page does not list the languages (last, they cost the least after brotli).
//! The body: the form's fields in declaration order, numbers as LEB128
//! varints, floats as 8 little-endian bytes, strings as length + UTF-8, maps in key order
//! (the primitives are in [`crate::bytes`]). A field's type is written as its explicit,
//! stable tag (see [`crate::types`]) followed by the type's own properties.
//!
//! Format history: `01` wrote types by their position in an enum; `02` has explicit tags;
//! `03` writes options of built-in code lists as a prefix and values; `04` carries which
//! fields drive visibility (`Form::drives_visibility`); `05` ends with the languages;
//! `06` has a text field's `transform`; `07` writes `+ - * /` as one
//! operation with its operator, and `sum`; `08` marks the options of a code list, which a
//! select sorts in the reader's language (the author's order is kept otherwise: read as
//! `07`, a form's countries would come unsorted); `09` has a multi-choice's exclusive option;
//! `10` a number's `unit`.
//! Older formats are refused with [`PackError::OldFormat`]: pack the schema again.
//!
//! Decoding never panics: wrong magic, another format or engine version, a damaged body,
//! nesting deeper than [`MAX_DEPTH`] or a truncated file give a [`PackError`].
//!
//! Architecture invariant: a decoded form behaves exactly like the compiled one (tested on
//! every example case and on random submissions); the bytes are the same for the same
//! form (maps are written in key order).

pub use crate::bytes::MAX_DEPTH;
use crate::bytes::{Pack, Reader, Unpack, fnv1a, record};
use crate::date::Date;
use crate::expr::{ArithOp, CmpOp, Expr, Func, Slot};
use crate::model::{FieldDef, Form, GroupInfo, Page, Required, Rule};
use crate::pattern::Pattern;
use crate::types::Kind;

/// The format this engine writes and reads.
pub const FORMAT: u8 = 10;
pub const MAGIC: &[u8; 8] = b"FORMPK09";

/// Why bytes are not a packed form. Each has a stable [`code`](PackError::code); a
/// renderer shows its own message for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a packed form at all.
    NotPacked,
    /// Packed in an older format (the number): pack the schema again.
    OldFormat(u8),
    /// Packed by another engine version: pack the schema again with this one.
    Version(String),
    /// The body does not match its hash, or is malformed.
    Damaged,
}

impl PackError {
    /// The stable name: `not-packed`, `old-format`, `other-version`, `damaged`.
    pub fn code(&self) -> &'static str {
        match self {
            PackError::NotPacked => "not-packed",
            PackError::OldFormat(_) => "old-format",
            PackError::Version(_) => "other-version",
            PackError::Damaged => "damaged",
        }
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::OldFormat(n) => write!(f, "{} {n:02}", self.code()),
            PackError::Version(v) => write!(f, "{} {v}", self.code()),
            _ => f.write_str(self.code()),
        }
    }
}

impl std::error::Error for PackError {}

/// The bytes of a compiled form.
pub fn encode(form: &Form) -> Vec<u8> {
    let mut body = Vec::new();
    form.pack(&mut body);
    let tags: Vec<String> = form.languages.iter().map(ToString::to_string).collect();
    let languages = tags.join(" ");
    match u8::try_from(languages.len()) {
        Ok(n) => {
            body.extend_from_slice(languages.as_bytes());
            body.push(n);
        }
        Err(_) => body.push(0),
    }
    let mut out = Vec::with_capacity(body.len() + 32);
    out.extend_from_slice(MAGIC);
    env!("CARGO_PKG_VERSION").to_owned().pack(&mut out);
    out.extend_from_slice(&fnv1a(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The form packed in `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Form, PackError> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        // `FORMPK` and two digits: another format of ours.
        return match bytes.strip_prefix(b"FORMPK").and_then(|r| r.get(..2)) {
            Some(&[a @ b'0'..=b'9', b @ b'0'..=b'9']) => {
                let n = (a - b'0') * 10 + (b - b'0');
                Err(if n < FORMAT {
                    PackError::OldFormat(n)
                } else {
                    PackError::Version(format!("format {n:02}"))
                })
            }
            _ => Err(PackError::NotPacked),
        };
    };
    let mut r = Reader::new(rest);
    let version = String::unpack(&mut r).ok_or(PackError::Damaged)?;
    if version != env!("CARGO_PKG_VERSION") {
        return Err(PackError::Version(version));
    }
    let hash = r
        .data
        .get(r.pos..r.pos + 8)
        .and_then(|h| <[u8; 8]>::try_from(h).ok())
        .map(u64::from_le_bytes)
        .ok_or(PackError::Damaged)?;
    let body = r.data.get(r.pos + 8..).ok_or(PackError::Damaged)?;
    if fnv1a(body) != hash {
        return Err(PackError::Damaged);
    }
    let mut r = Reader::new(body);
    let form = Form::unpack(&mut r).ok_or(PackError::Damaged)?;
    // After the form: the languages for the loader (the form has them too) and their
    // length, covered by the hash.
    if r.pos >= body.len() {
        return Err(PackError::Damaged);
    }
    Ok(form)
}

impl Pack for Kind {
    fn pack(&self, w: &mut Vec<u8>) {
        Kind::pack(self, w);
    }
}
impl Unpack for Kind {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Kind::unpack(r)
    }
}

/// Enums without data, each value with an explicit tag (never a position: adding a value
/// must not change the others).
macro_rules! tagged_enum {
    ($t:ty { $($v:path = $tag:literal),* $(,)? }) => {
        impl Pack for $t {
            fn pack(&self, w: &mut Vec<u8>) {
                w.push(match self { $($v => $tag,)* });
            }
        }
        impl Unpack for $t {
            fn unpack(r: &mut Reader) -> Option<Self> {
                match r.byte()? {
                    $($tag => Some($v),)*
                    _ => None,
                }
            }
        }
    };
}

tagged_enum!(ArithOp {
    ArithOp::Add = 0,
    ArithOp::Sub = 1,
    ArithOp::Mul = 2,
    ArithOp::Div = 3,
});

tagged_enum!(CmpOp {
    CmpOp::Eq = 0,
    CmpOp::Ne = 1,
    CmpOp::Lt = 2,
    CmpOp::Le = 3,
    CmpOp::Gt = 4,
    CmpOp::Ge = 5,
});
tagged_enum!(Func {
    Func::Age = 0,
    Func::YearsBetween = 1,
    Func::DaysBetween = 2,
    Func::AddDays = 3,
    Func::AddMonths = 4,
    Func::AddYears = 5,
    Func::Len = 6,
    Func::Contains = 7,
    Func::StartsWith = 8,
    Func::Year = 9,
    Func::Month = 10,
    Func::Earliest = 11,
    Func::Latest = 12,
    Func::ValueOr = 13,
    Func::Chosen = 14,
});

impl Pack for Slot {
    fn pack(&self, w: &mut Vec<u8>) {
        match self {
            Slot::Top(i) => {
                w.push(0);
                i.pack(w);
            }
            Slot::Item(i) => {
                w.push(1);
                i.pack(w);
            }
        }
    }
}
impl Unpack for Slot {
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(Slot::Top(usize::unpack(r)?)),
            1 => Some(Slot::Item(usize::unpack(r)?)),
            _ => None,
        }
    }
}

impl Pack for Required {
    fn pack(&self, w: &mut Vec<u8>) {
        match self {
            Required::No => w.push(0),
            Required::Yes => w.push(1),
            Required::When(e) => {
                w.push(2);
                e.pack(w);
            }
        }
    }
}
impl Unpack for Required {
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(Required::No),
            1 => Some(Required::Yes),
            2 => Some(Required::When(Expr::unpack(r)?)),
            _ => None,
        }
    }
}

impl Pack for Expr {
    fn pack(&self, w: &mut Vec<u8>) {
        match self {
            Expr::Bool(b) => {
                w.push(0);
                b.pack(w);
            }
            Expr::Num(n) => {
                w.push(1);
                n.pack(w);
            }
            Expr::Text(s) => {
                w.push(2);
                s.pack(w);
            }
            Expr::Date(d) => {
                w.push(3);
                d.pack(w);
            }
            Expr::Today => w.push(4),
            Expr::Field(s) => {
                w.push(5);
                s.pack(w);
            }
            Expr::Not(e) => {
                w.push(6);
                e.pack(w);
            }
            Expr::Neg(e) => {
                w.push(7);
                e.pack(w);
            }
            Expr::And(a, b) => {
                w.push(8);
                (a, b).pack(w);
            }
            Expr::Or(a, b) => {
                w.push(9);
                (a, b).pack(w);
            }
            Expr::Cmp(op, a, b) => {
                w.push(10);
                op.pack(w);
                (a, b).pack(w);
            }
            Expr::Arith(op, a, b) => {
                w.push(11);
                op.pack(w);
                (a, b).pack(w);
            }
            Expr::InText(e, list) => {
                w.push(13);
                (e, list).pack(w);
            }
            Expr::InNum(e, list) => {
                w.push(14);
                (e, list).pack(w);
            }
            Expr::Call(f, args) => {
                w.push(15);
                f.pack(w);
                args.pack(w);
            }
            Expr::Present(s) => {
                w.push(16);
                s.pack(w);
            }
            Expr::Count(g, cond) => {
                w.push(17);
                (g, cond).pack(w);
            }
            Expr::Sum(g, each) => {
                w.push(12);
                (g, each).pack(w);
            }
        }
    }
}

impl Unpack for Expr {
    fn unpack(r: &mut Reader) -> Option<Self> {
        r.depth += 1;
        if r.depth > MAX_DEPTH {
            return None;
        }
        let b = |r: &mut Reader| Box::<Expr>::unpack(r);
        let e = match r.byte()? {
            0 => Expr::Bool(bool::unpack(r)?),
            1 => Expr::Num(f64::unpack(r)?),
            2 => Expr::Text(String::unpack(r)?),
            3 => Expr::Date(Date::unpack(r)?),
            4 => Expr::Today,
            5 => Expr::Field(Slot::unpack(r)?),
            6 => Expr::Not(b(r)?),
            7 => Expr::Neg(b(r)?),
            8 => Expr::And(b(r)?, b(r)?),
            9 => Expr::Or(b(r)?, b(r)?),
            10 => Expr::Cmp(CmpOp::unpack(r)?, b(r)?, b(r)?),
            11 => Expr::Arith(ArithOp::unpack(r)?, b(r)?, b(r)?),
            12 => Expr::Sum(usize::unpack(r)?, b(r)?),
            13 => Expr::InText(b(r)?, Vec::unpack(r)?),
            14 => Expr::InNum(b(r)?, Vec::unpack(r)?),
            15 => Expr::Call(Func::unpack(r)?, Vec::unpack(r)?),
            16 => Expr::Present(Slot::unpack(r)?),
            17 => Expr::Count(usize::unpack(r)?, Option::unpack(r)?),
            _ => return None,
        };
        r.depth -= 1;
        Some(e)
    }
}

impl Pack for Pattern {
    fn pack(&self, w: &mut Vec<u8>) {
        self.bounds.pack(w);
        for a in &self.ascii {
            a.pack(w);
        }
        self.trans.pack(w);
        self.accept.pack(w);
        self.intervals.pack(w);
    }
}
impl Unpack for Pattern {
    fn unpack(r: &mut Reader) -> Option<Self> {
        let bounds = Vec::unpack(r)?;
        let mut ascii = [0u16; 128];
        for a in &mut ascii {
            *a = u16::unpack(r)?;
        }
        Some(Pattern {
            bounds,
            ascii,
            trans: Vec::unpack(r)?,
            accept: Vec::unpack(r)?,
            intervals: usize::unpack(r)?,
        })
    }
}

record!(Rule {
    id,
    when,
    assert,
    fields,
    message
});
record!(Page {
    id,
    heading,
    description,
    visible_when,
    fields
});
/// A group: its item ids in form order are not written (they are the item fields' ids).
impl Pack for GroupInfo {
    fn pack(&self, w: &mut Vec<u8>) {
        self.field.pack(w);
        self.items.pack(w);
        self.item_index.pack(w);
        self.rules.pack(w);
    }
}
impl Unpack for GroupInfo {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(GroupInfo {
            field: Unpack::unpack(r)?,
            items: Unpack::unpack(r)?,
            item_index: Unpack::unpack(r)?,
            rules: Unpack::unpack(r)?,
        })
    }
}
record!(FieldDef {
    id,
    kind,
    label,
    hint,
    page,
    parent,
    slot,
    required,
    visible_when,
    autocomplete,
    messages,
    conditional,
});
/// The form. What can be rebuilt cheaply from the fields (the id lookup, the ids in form
/// order) is not written, nor what only authoring tools need (where each message id is
/// used: `message_ids` of a decoded form is empty).
impl Pack for Form {
    fn pack(&self, w: &mut Vec<u8>) {
        self.id.pack(w);
        self.version.pack(w);
        self.default_locale.pack(w);
        self.languages.pack(w);
        self.title.pack(w);
        self.description.pack(w);
        self.pages.pack(w);
        self.fields.pack(w);
        self.top.pack(w);
        self.groups.pack(w);
        self.rules.pack(w);
        self.visibility_order.pack(w);
        self.drives.pack(w);
        self.top_index.pack(w);
        self.by_id.pack(w);
    }
}
impl Unpack for Form {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(Form {
            id: Unpack::unpack(r)?,
            version: Unpack::unpack(r)?,
            default_locale: Unpack::unpack(r)?,
            languages: Unpack::unpack(r)?,
            title: Unpack::unpack(r)?,
            description: Unpack::unpack(r)?,
            pages: Unpack::unpack(r)?,
            fields: Unpack::unpack(r)?,
            top: Unpack::unpack(r)?,
            groups: Unpack::unpack(r)?,
            rules: Unpack::unpack(r)?,
            visibility_order: Unpack::unpack(r)?,
            drives: Unpack::unpack(r)?,
            top_index: Unpack::unpack(r)?,
            by_id: Unpack::unpack(r)?,
            message_ids: Default::default(),
        })
    }
}
