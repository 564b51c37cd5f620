//! A compiled form as bytes: compile once (on the server, or with `form pack`), decode in
//! the browser. The embed then carries no compiler (no schema reader, no expression parser
//! or type checker, no diagnostics), which is a third of its engine code.
//!
//! Layout: the 8-byte magic `FORMPK01`, the engine version that wrote it (a string), the
//! FNV-1a 64 hash of the body (8 bytes, little endian), then the body: the form's fields
//! in declaration order, numbers as LEB128 varints, floats as 8 little-endian bytes,
//! strings as length + UTF-8, maps in key order.
//!
//! Decoding never panics: wrong magic, another engine version, a damaged body, nesting
//! deeper than [`MAX_DEPTH`] or a truncated file give a [`PackError`].
//!
//! Architecture invariant: a decoded form behaves exactly like the compiled one (tested on
//! every example case and on random submissions); the bytes are the same for the same
//! form (maps are written in key order).

use std::collections::{BTreeMap, HashMap};

use crate::compile::{ChoiceOption, FieldDef, Form, GroupInfo, Page, Required, Rule};
use crate::date::Date;
use crate::expr::{CmpOp, Expr, Func, Slot};
use crate::locale::Locale;
use crate::pattern::Pattern;
use crate::schema::{FieldType, Widget};

pub const MAGIC: &[u8; 8] = b"FORMPK01";
/// The deepest expression nesting accepted (the compiler allows 32).
pub const MAX_DEPTH: usize = 64;

/// Why bytes are not a packed form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a packed form at all.
    NotPacked,
    /// Packed by another engine version: pack the schema again with this one.
    Version(String),
    /// The body does not match its hash, or is malformed.
    Damaged,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::NotPacked => f.write_str("not a packed form"),
            PackError::Version(v) => write!(
                f,
                "packed by engine {v}, this is {}: pack the schema again",
                env!("CARGO_PKG_VERSION")
            ),
            PackError::Damaged => f.write_str("the packed form is damaged"),
        }
    }
}

impl std::error::Error for PackError {}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The bytes of a compiled form.
pub fn encode(form: &Form) -> Vec<u8> {
    let mut body = Vec::new();
    form.pack(&mut body);
    let mut out = Vec::with_capacity(body.len() + 32);
    out.extend_from_slice(MAGIC);
    env!("CARGO_PKG_VERSION").to_owned().pack(&mut out);
    out.extend_from_slice(&fnv(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The form packed in `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Form, PackError> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(PackError::NotPacked)?;
    let mut r = Reader {
        data: rest,
        pos: 0,
        depth: 0,
    };
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
    if fnv(body) != hash {
        return Err(PackError::Damaged);
    }
    let mut r = Reader {
        data: body,
        pos: 0,
        depth: 0,
    };
    let form = Form::unpack(&mut r).ok_or(PackError::Damaged)?;
    if r.pos != body.len() {
        return Err(PackError::Damaged);
    }
    Ok(form)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }
    fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    /// A count of items that each take at least one byte: never more than what is left.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.data.len().saturating_sub(self.pos)).then_some(n)
    }
}

trait Pack {
    fn pack(&self, w: &mut Vec<u8>);
}

trait Unpack: Sized {
    fn unpack(r: &mut Reader) -> Option<Self>;
}

fn varint(w: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            w.push(b);
            return;
        }
        w.push(b | 0x80);
    }
}

impl Pack for u64 {
    fn pack(&self, w: &mut Vec<u8>) {
        varint(w, *self);
    }
}
impl Unpack for u64 {
    fn unpack(r: &mut Reader) -> Option<Self> {
        r.varint()
    }
}
impl Pack for usize {
    fn pack(&self, w: &mut Vec<u8>) {
        varint(w, *self as u64);
    }
}
impl Unpack for usize {
    fn unpack(r: &mut Reader) -> Option<Self> {
        usize::try_from(r.varint()?).ok()
    }
}
impl Pack for u32 {
    fn pack(&self, w: &mut Vec<u8>) {
        varint(w, u64::from(*self));
    }
}
impl Unpack for u32 {
    fn unpack(r: &mut Reader) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}
impl Pack for u16 {
    fn pack(&self, w: &mut Vec<u8>) {
        varint(w, u64::from(*self));
    }
}
impl Unpack for u16 {
    fn unpack(r: &mut Reader) -> Option<Self> {
        u16::try_from(r.varint()?).ok()
    }
}
impl Pack for bool {
    fn pack(&self, w: &mut Vec<u8>) {
        w.push(u8::from(*self));
    }
}
impl Unpack for bool {
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}
impl Pack for f64 {
    fn pack(&self, w: &mut Vec<u8>) {
        w.extend_from_slice(&self.to_le_bytes());
    }
}
impl Unpack for f64 {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(f64::from_le_bytes(r.bytes(8)?.try_into().ok()?))
    }
}
impl Pack for String {
    fn pack(&self, w: &mut Vec<u8>) {
        self.len().pack(w);
        w.extend_from_slice(self.as_bytes());
    }
}
impl Unpack for String {
    fn unpack(r: &mut Reader) -> Option<Self> {
        let n = r.count()?;
        String::from_utf8(r.bytes(n)?.to_vec()).ok()
    }
}
impl<T: Pack> Pack for Option<T> {
    fn pack(&self, w: &mut Vec<u8>) {
        match self {
            None => w.push(0),
            Some(v) => {
                w.push(1);
                v.pack(w);
            }
        }
    }
}
impl<T: Unpack> Unpack for Option<T> {
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::unpack(r)?)),
            _ => None,
        }
    }
}
impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, w: &mut Vec<u8>) {
        self.len().pack(w);
        for v in self {
            v.pack(w);
        }
    }
}
impl<T: Unpack> Unpack for Vec<T> {
    fn unpack(r: &mut Reader) -> Option<Self> {
        let n = r.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(T::unpack(r)?);
        }
        Some(v)
    }
}
impl<T: Pack> Pack for Box<T> {
    fn pack(&self, w: &mut Vec<u8>) {
        (**self).pack(w);
    }
}
impl<T: Unpack> Unpack for Box<T> {
    fn unpack(r: &mut Reader) -> Option<Self> {
        T::unpack(r).map(Box::new)
    }
}
impl<A: Pack, B: Pack> Pack for (A, B) {
    fn pack(&self, w: &mut Vec<u8>) {
        self.0.pack(w);
        self.1.pack(w);
    }
}
impl<A: Unpack, B: Unpack> Unpack for (A, B) {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some((A::unpack(r)?, B::unpack(r)?))
    }
}
impl Pack for BTreeMap<String, String> {
    fn pack(&self, w: &mut Vec<u8>) {
        self.len().pack(w);
        for (k, v) in self {
            k.pack(w);
            v.pack(w);
        }
    }
}
impl Unpack for BTreeMap<String, String> {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(Vec::<(String, String)>::unpack(r)?.into_iter().collect())
    }
}
impl Pack for HashMap<String, usize> {
    fn pack(&self, w: &mut Vec<u8>) {
        let mut entries: Vec<(&String, &usize)> = self.iter().collect();
        entries.sort();
        entries.len().pack(w);
        for (k, v) in entries {
            k.pack(w);
            v.pack(w);
        }
    }
}
impl Unpack for HashMap<String, usize> {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(Vec::<(String, usize)>::unpack(r)?.into_iter().collect())
    }
}
impl Pack for Date {
    fn pack(&self, w: &mut Vec<u8>) {
        // Zigzag for negative years.
        let y = i64::from(self.year());
        varint(w, ((y << 1) ^ (y >> 63)) as u64);
        w.push(self.month());
        w.push(self.day());
    }
}
impl Unpack for Date {
    fn unpack(r: &mut Reader) -> Option<Self> {
        let z = r.varint()?;
        let y = i32::try_from((z >> 1) as i64 ^ -((z & 1) as i64)).ok()?;
        Date::new(y, r.byte()?, r.byte()?).ok()
    }
}
impl Pack for Locale {
    fn pack(&self, w: &mut Vec<u8>) {
        self.to_string().pack(w);
    }
}
impl Unpack for Locale {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Locale::parse(&String::unpack(r)?).ok()
    }
}

/// Enums without data, by position in a list of all their values.
macro_rules! plain_enum {
    ($t:ty, [$($v:expr),* $(,)?]) => {
        impl Pack for $t {
            fn pack(&self, w: &mut Vec<u8>) {
                let all: &[$t] = &[$($v),*];
                w.push(all.iter().position(|x| x == self).unwrap_or(0) as u8);
            }
        }
        impl Unpack for $t {
            fn unpack(r: &mut Reader) -> Option<Self> {
                let all: &[$t] = &[$($v),*];
                all.get(usize::from(r.byte()?)).copied()
            }
        }
    };
}

plain_enum!(
    FieldType,
    [
        FieldType::Text,
        FieldType::Textarea,
        FieldType::Email,
        FieldType::Tel,
        FieldType::Integer,
        FieldType::Decimal,
        FieldType::Date,
        FieldType::PartialDate,
        FieldType::Choice,
        FieldType::MultiChoice,
        FieldType::Consent,
        FieldType::Group,
    ]
);
plain_enum!(Widget, [Widget::Radio, Widget::Select]);
plain_enum!(
    CmpOp,
    [
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Gt,
        CmpOp::Ge
    ]
);
plain_enum!(
    Func,
    [
        Func::Age,
        Func::YearsBetween,
        Func::DaysBetween,
        Func::AddDays,
        Func::AddMonths,
        Func::AddYears,
        Func::Len,
        Func::Contains,
        Func::StartsWith,
        Func::Year,
        Func::Month,
    ]
);

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
            Expr::Add(a, b) => {
                w.push(11);
                (a, b).pack(w);
            }
            Expr::Sub(a, b) => {
                w.push(12);
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
        }
    }
}

impl<T: Pack> Pack for &T {
    fn pack(&self, w: &mut Vec<u8>) {
        (**self).pack(w);
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
            11 => Expr::Add(b(r)?, b(r)?),
            12 => Expr::Sub(b(r)?, b(r)?),
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

/// Structs: every field, in order.
macro_rules! record {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Pack for $t {
            fn pack(&self, w: &mut Vec<u8>) {
                $( self.$f.pack(w); )*
            }
        }
        impl Unpack for $t {
            fn unpack(r: &mut Reader) -> Option<Self> {
                Some($t { $( $f: Unpack::unpack(r)?, )* })
            }
        }
    };
}

record!(ChoiceOption { value, label, hint });
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
record!(GroupInfo {
    field,
    items,
    item_index,
    item_ids,
    rules
});
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
    min_length,
    max_length,
    pattern,
    min,
    max,
    min_date,
    max_date,
    options,
    option_index,
    widget,
    min_items,
    max_items,
    item_label,
    group,
    messages,
    conditional,
});
record!(Form {
    id,
    version,
    default_locale,
    title,
    description,
    pages,
    fields,
    top,
    groups,
    rules,
    visibility_order,
    top_index,
    top_ids,
    message_ids,
    by_id,
});
