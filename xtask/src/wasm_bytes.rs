//! What each crate adds to the embed: the code bytes of every function of a wasm module
//! with its name section, summed by the crate its name starts with, and the data bytes.
//! Read straight from the module's sections (no tool to install).

use std::collections::BTreeMap;

/// Reads an unsigned LEB128 number at `*at`.
fn leb(bytes: &[u8], at: &mut usize) -> Option<usize> {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= usize::from(b & 0x7f).checked_shl(shift)?;
        if b < 0x80 {
            return Some(value);
        }
        shift += 7;
    }
}

fn name<'a>(bytes: &'a [u8], at: &mut usize) -> Option<&'a str> {
    let len = leb(bytes, at)?;
    let s = std::str::from_utf8(bytes.get(*at..*at + len)?).ok()?;
    *at += len;
    Some(s)
}

/// The crate a function belongs to, from its demangled name: `<alloc[..]::vec::Vec<T>>::push`
/// is alloc's (generic code counts for the crate that defines it, whoever instantiates it);
/// primitive types' methods are core's.
fn crate_of(function: &str) -> String {
    let mut s = function;
    loop {
        let before = s;
        for p in [
            "<", "&", "(", "[", "dyn ", "mut ", "*const ", "*mut ", "impl ",
        ] {
            s = s.strip_prefix(p).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    let ident: String = s
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let primitive = [
        "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    match ident.as_str() {
        "" => "(unnamed)".to_owned(),
        p if primitive.contains(&p) => "core".to_owned(),
        _ if s[ident.len()..].starts_with("::") || s[ident.len()..].starts_with('[') => ident,
        // A name without a path: wasm-bindgen's and the allocator's own symbols.
        _ => "(runtime symbols)".to_owned(),
    }
}

/// Code bytes per crate and the data bytes of a module that has a name section.
pub fn by_crate(module: &[u8]) -> Option<(BTreeMap<String, usize>, usize)> {
    if module.get(..4)? != b"\0asm" {
        return None;
    }
    let mut at = 8;
    let mut imported = 0;
    let mut bodies: Vec<usize> = Vec::new();
    let mut names: BTreeMap<usize, String> = BTreeMap::new();
    let mut data = 0;
    while at < module.len() {
        let id = *module.get(at)?;
        at += 1;
        let size = leb(module, &mut at)?;
        let end = at + size;
        let mut p = at;
        match id {
            2 => {
                for _ in 0..leb(module, &mut p)? {
                    name(module, &mut p)?;
                    name(module, &mut p)?;
                    let kind = *module.get(p)?;
                    p += 1;
                    match kind {
                        0 => {
                            imported += 1;
                            leb(module, &mut p)?;
                        }
                        1 => {
                            p += 1;
                            let flags = leb(module, &mut p)?;
                            leb(module, &mut p)?;
                            if flags & 1 == 1 {
                                leb(module, &mut p)?;
                            }
                        }
                        2 => {
                            let flags = leb(module, &mut p)?;
                            leb(module, &mut p)?;
                            if flags & 1 == 1 {
                                leb(module, &mut p)?;
                            }
                        }
                        3 => p += 2,
                        _ => leb(module, &mut p).map(|_| ())?,
                    }
                }
            }
            10 => {
                for _ in 0..leb(module, &mut p)? {
                    let start = p;
                    let len = leb(module, &mut p)?;
                    p += len;
                    bodies.push(p - start);
                }
            }
            11 => data += size,
            0 if name(module, &mut p)? == "name" => {
                while p < end {
                    let sub = *module.get(p)?;
                    p += 1;
                    let len = leb(module, &mut p)?;
                    let next = p + len;
                    if sub == 1 {
                        for _ in 0..leb(module, &mut p)? {
                            let index = leb(module, &mut p)?;
                            names.insert(index, name(module, &mut p)?.to_owned());
                        }
                    }
                    p = next;
                }
            }
            _ => {}
        }
        at = end;
    }
    let mut out = BTreeMap::new();
    for (i, size) in bodies.into_iter().enumerate() {
        let krate = names
            .get(&(i + imported))
            .map_or_else(|| "(unnamed)".to_owned(), |n| crate_of(&strip_hashes(n)));
        *out.entry(krate).or_insert(0) += size;
    }
    Some((out, data))
}

/// `form_core[daa3e7f437c139c3]::x` -> `form_core::x`.
fn strip_hashes(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        let (head, tail) = rest.split_at(open);
        out.push_str(head);
        match tail.find(']') {
            Some(close) if tail[1..close].chars().all(|c| c.is_ascii_hexdigit()) && close > 1 => {
                rest = &tail[close + 1..];
            }
            _ => {
                out.push('[');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_crate_a_function_comes_from() {
        for (name, krate) in [
            ("<alloc[6e6b5c1dc9f17f94]::vec::Vec<u8>>::push", "alloc"),
            ("form_core[daa3e7f437c139c3]::text::normalize", "form_core"),
            (
                "<&mut yew[968b]::html::Scope as core[6ea1]::Clone>::clone",
                "yew",
            ),
            ("<f64 as core[6ea1]::fmt::Display>::fmt", "core"),
            ("__wbindgen_malloc", "(runtime symbols)"),
        ] {
            assert_eq!(crate_of(&strip_hashes(name)), krate, "{name}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_module() {
        assert!(by_crate(b"not wasm").is_none());
        assert!(by_crate(b"\0asm\x01\0\0\0\x0a\xff").is_none());
    }
}
