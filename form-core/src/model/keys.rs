//! Names looked up by their text on every validation: the field ids of a submission and
//! the values of choices.

use crate::bytes::{Pack, Reader, Unpack, fnv1a};

/// Names, each with a position. A hash table made once per form answers a lookup with one
/// hash and, nearly always, one comparison (a binary search over the 30 fields of a form
/// compared five names for every key, a quarter of the engine's string comparisons).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keys {
    /// (name, position), sorted by name when made by the compiler: what is packed.
    names: Vec<(String, usize)>,
    /// Open addressing with linear probing: index into `names` plus one, 0 for empty.
    /// A power of two, at least twice as long as `names`, so a probe always ends.
    slots: Vec<u32>,
}

fn hash(name: &str) -> usize {
    let h = fnv1a(name.as_bytes());
    (h ^ (h >> 32)) as usize
}

impl Keys {
    /// Sorts the names (for a stable packed form) and indexes them.
    pub fn new(mut names: Vec<(String, usize)>) -> Keys {
        names.sort();
        Keys::index(names)
    }

    /// Indexes names in the order given (as read back from a packed form).
    pub fn index(names: Vec<(String, usize)>) -> Keys {
        let size = (names.len() * 2).next_power_of_two().max(2);
        let mask = size - 1;
        let mut slots = vec![0u32; size];
        for (i, (name, _)) in names.iter().enumerate() {
            let mut at = hash(name) & mask;
            while slots.get(at).is_some_and(|s| *s != 0) {
                at = (at + 1) & mask;
            }
            if let (Some(slot), Ok(i)) = (slots.get_mut(at), u32::try_from(i + 1)) {
                *slot = i;
            }
        }
        Keys { names, slots }
    }

    /// The position given with `name`.
    pub fn get(&self, name: &str) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash(name) & mask;
        loop {
            let i = *self.slots.get(at)?;
            let (n, pos) = self.names.get(usize::try_from(i).ok()?.checked_sub(1)?)?;
            if n == name {
                return Some(*pos);
            }
            at = (at + 1) & mask;
        }
    }

    /// The names with their positions, in the order they were given.
    pub fn names(&self) -> &[(String, usize)] {
        &self.names
    }
}

impl Pack for Keys {
    fn pack(&self, w: &mut Vec<u8>) {
        self.names.pack(w);
    }
}

impl Unpack for Keys {
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(Keys::index(Vec::unpack(r)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_name_and_nothing_else() {
        for n in [0usize, 1, 2, 3, 7, 30, 250] {
            let names: Vec<(String, usize)> = (0..n).map(|i| (format!("field_{i}"), i)).collect();
            let keys = Keys::new(names.clone());
            for (name, at) in &names {
                assert_eq!(keys.get(name), Some(*at));
            }
            assert_eq!(keys.get("missing"), None);
            assert_eq!(keys.get(""), None);
            assert!(keys.names().windows(2).all(|w| w.first() <= w.last()));
        }
    }

    #[test]
    fn names_read_back_in_any_order_are_found_too() {
        // A packed form gives them as written; a damaged one may give any order.
        let keys = Keys::index(vec![("z".into(), 0), ("a".into(), 1), ("m".into(), 2)]);
        assert_eq!(keys.get("a"), Some(1));
        assert_eq!(keys.get("z"), Some(0));
        assert_eq!(keys.get("b"), None);
        assert_eq!(Keys::default().get("a"), None);
    }
}
