//! The binary primitives of packed forms: LEB128 varints, little-endian floats, strings
//! as length + UTF-8, options and lists. Each type of the model knows how to write and read
//! itself with these ([`Pack`], [`Unpack`]); [`crate::packed`] puts the form together.
//!
//! Reading never panics: every read is bounds-checked and returns `None` on damage.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::locale::Locale;

/// FNV-1a 64: the packed body's checksum and the hash of [`crate::model::Keys`] (small,
/// and the same on every platform).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The deepest expression nesting accepted (the compiler allows 32).
pub const MAX_DEPTH: usize = 64;

#[derive(Debug)]
pub struct Reader<'a> {
    pub(crate) data: &'a [u8],
    pub(crate) pos: usize,
    pub(crate) depth: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader {
            data,
            pos: 0,
            depth: 0,
        }
    }

    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    pub fn varint(&mut self) -> Option<u64> {
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
    pub fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    /// A count of items that each take at least one byte: never more than what is left.
    pub fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.data.len().saturating_sub(self.pos)).then_some(n)
    }
}

pub trait Pack {
    fn pack(&self, w: &mut Vec<u8>);
}

pub trait Unpack: Sized {
    fn unpack(r: &mut Reader) -> Option<Self>;
}

pub fn varint(w: &mut Vec<u8>, mut v: u64) {
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
impl Pack for std::sync::Arc<str> {
    fn pack(&self, w: &mut Vec<u8>) {
        self.len().pack(w);
        w.extend_from_slice(self.as_bytes());
    }
}
impl Unpack for std::sync::Arc<str> {
    fn unpack(r: &mut Reader) -> Option<Self> {
        let n = r.count()?;
        std::str::from_utf8(r.bytes(n)?).ok().map(Into::into)
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
        // Inserted one by one (collecting would sort: more code for the browser).
        let mut map = BTreeMap::new();
        for (k, v) in Vec::<(String, String)>::unpack(r)? {
            map.insert(k, v);
        }
        Some(map)
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

/// Structs: every field, in order.
macro_rules! record {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl $crate::bytes::Pack for $t {
            fn pack(&self, w: &mut Vec<u8>) {
                $( $crate::bytes::Pack::pack(&self.$f, w); )*
            }
        }
        impl $crate::bytes::Unpack for $t {
            fn unpack(r: &mut $crate::bytes::Reader) -> Option<Self> {
                Some($t { $( $f: $crate::bytes::Unpack::unpack(r)?, )* })
            }
        }
    };
}
pub(crate) use record;

impl<T: Pack> Pack for &T {
    fn pack(&self, w: &mut Vec<u8>) {
        (**self).pack(w);
    }
}
