//! `group`: a repeatable group of fields (family members, previous addresses), with an
//! optional least and most number of items and rules checked for each item.
//!
//! The group's item fields and rules are declared and read by the compiler and the
//! validator themselves (they nest); this module holds what is the group's own.

use serde_json::Value;

use super::{FIELDS, FieldType, Hints, ITEM_LABEL, MAX_ITEMS, MIN_ITEMS, Prop, Props, RULES};
use super::{Problem, Shown, Widget, check_item_range};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::{DiagCode, IssueCode};
use crate::diag::{Arg, Diagnostic};
use crate::expr::Type;
use crate::model::HARD_MAX_ITEMS;
use crate::model::answer::{Cell, args};

#[derive(Clone, Debug)]
pub struct Group {
    /// The group's index in [`crate::Form::groups`].
    pub index: usize,
    /// Message id naming one item ("Family member").
    pub item_label: Option<String>,
    pub min_items: Option<u32>,
    pub max_items: Option<u32>,
}

impl Group {
    /// The most items a submission may have.
    pub fn max(&self) -> u32 {
        self.max_items.unwrap_or(HARD_MAX_ITEMS).min(HARD_MAX_ITEMS)
    }

    /// Whether an applicant with `n` items may add one: the form takes more (GOV.UK's
    /// add-another offers no "Add" at the most, rather than an error after typing).
    pub fn can_add(&self, n: usize) -> bool {
        (n as u64) < u64::from(self.max())
    }

    /// Whether an applicant with `n` items may remove one: the form asks for fewer (no
    /// "Remove" on the only item of a group that needs one).
    pub fn can_remove(&self, n: usize) -> bool {
        (n as u64) > u64::from(self.min_items.unwrap_or(0))
    }

    /// Checks the number of items.
    pub(crate) fn check_items(&self, n: usize) -> Option<Problem> {
        if let Some(min) = self.min_items
            && (n as u64) < u64::from(min)
        {
            return Some((
                IssueCode::TooFewItems,
                args([("min", Arg::from(min)), ("count", Arg::from(n))]),
            ));
        }
        let max = self.max();
        if n as u64 > u64::from(max) {
            return Some((
                IssueCode::TooManyItems,
                args([("max", Arg::from(max)), ("count", Arg::from(n))]),
            ));
        }
        None
    }
}

impl FieldType for Group {
    const NAME: &'static str = "group";
    const TAG: u8 = 12;
    const PROPS: &'static [Prop] = &[FIELDS, ITEM_LABEL, MIN_ITEMS, MAX_ITEMS, RULES];
    const VALUE: Type = Type::Group;
    const DOC: &'static str = "A repeatable group of fields (for example family members).";

    fn compile(p: &mut Props<'_>) -> Self {
        if p.list("fields").is_none_or(Vec::is_empty) {
            let id = p.id();
            p.report(Diagnostic::error(DiagCode::EmptyPage, p.at("fields")).arg("id", id));
        }
        let (min_items, max_items) = check_item_range(p);
        if let Some(m) = max_items
            && m > HARD_MAX_ITEMS
        {
            p.report(
                Diagnostic::error(DiagCode::LimitExceeded, p.at("maxItems"))
                    .arg("what", "items")
                    .arg("max", HARD_MAX_ITEMS),
            );
        }
        Group {
            index: 0,
            item_label: p.text("itemLabel").map(str::to_owned),
            min_items,
            max_items,
        }
    }
    fn link(&mut self, p: &mut Props<'_>) {
        if let Some(l) = &self.item_label {
            let at = p.at("itemLabel");
            p.message(l, &at);
        }
    }
    fn read<'v, J: Json>(&self, _raw: &'v J) -> Cell<'v> {
        // Items are read field by field by the validator.
        Cell::wrong_type("list")
    }
    fn hints(&self) -> Hints {
        Hints::widget(Widget::Group)
    }
    fn shown(&self, value: &Value) -> Shown {
        match value.as_array().map_or(0, Vec::len) {
            0 => Shown::Nothing,
            count => Shown::Items { count },
        }
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.index.pack(w);
        self.item_label.pack(w);
        self.min_items.pack(w);
        self.max_items.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Group {
            index: usize::unpack(r)?,
            item_label: Option::unpack(r)?,
            min_items: Option::unpack(r)?,
            max_items: Option::unpack(r)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(min_items: Option<u32>, max_items: Option<u32>) -> Group {
        Group {
            index: 0,
            item_label: None,
            min_items,
            max_items,
        }
    }

    /// Adding and removing are offered exactly where the count stays one the group takes.
    #[test]
    fn add_and_remove_are_offered_within_the_range() {
        let g = group(Some(1), Some(3));
        let offered: Vec<(bool, bool)> = (0..5).map(|n| (g.can_add(n), g.can_remove(n))).collect();
        assert_eq!(
            offered,
            [(true, false), (true, false), (true, true), (false, true), (false, true)]
        );
        // From a count the group takes, each button offered leads to one it takes too.
        for n in 1..=3 {
            assert!(g.check_items(n).is_none());
            assert!(!g.can_add(n) || g.check_items(n + 1).is_none(), "{n}");
            assert!(!g.can_remove(n) || g.check_items(n - 1).is_none(), "{n}");
        }
        let open = group(None, None);
        assert!(open.can_add(HARD_MAX_ITEMS as usize - 1));
        assert!(!open.can_add(HARD_MAX_ITEMS as usize));
        assert!(!open.can_remove(0));
        assert!(open.can_remove(1));
    }
}
