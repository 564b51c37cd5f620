//! The ground floor: what a compiled form is. The compiler builds these values, the
//! validator, the page flow, the packed format and the renderers read them; none of those
//! depend on each other through this module.
//!
//! Architecture invariant: a compiled [`Form`] is immutable; validation allocates only
//! per-call state, so one `Form` can serve many threads.

pub(crate) mod answer;
pub(crate) mod keys;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::codes::{DiagCode, IssueCode};
use crate::diag::Diagnostic;
use crate::expr::Expr;
pub use crate::expr::Slot;
use crate::locale::Locale;
use crate::types::Kind;
pub(crate) use keys::Keys;
use serde_json::Value;

/// Groups never hold more items than this, whatever `maxItems` says.
pub const HARD_MAX_ITEMS: u32 = 500;

/// Whether a field must be answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Required {
    No,
    Yes,
    When(Expr),
}

/// One option of a choice field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    pub value: String,
    /// Message id of the option's label.
    pub label: String,
    pub hint: Option<String>,
    /// Stands alone (a multi-choice's "None of these"): ticked with any other option, the
    /// answer is refused (`exclusive-option`), and a renderer that ticks it clears the
    /// others, and clears it when another is ticked ([`Options::toggle`]).
    pub exclusive: bool,
}

/// The options of a choice, in the author's order, with a sorted index for lookups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub list: Vec<ChoiceOption>,
    /// Option values (sorted) with their position in `list`.
    pub(crate) index: Keys,
    /// From the engine's code lists (`countries`, `languages`) or a form's own with
    /// `"order": "alphabetical"`: radios, checkboxes and a select show them in the reader's
    /// alphabetical order, which differs between languages. Other options keep the
    /// author's order everywhere ("Other" last, the most common first).
    pub sorted: bool,
    /// How many options at the end of `list` stay there, in this order, when the others
    /// are sorted (a code list's `last`: "Other", "None").
    pub last: usize,
}

impl Options {
    pub fn new(list: Vec<ChoiceOption>) -> Options {
        let index = Keys::new(
            list.iter()
                .enumerate()
                .map(|(i, o)| (o.value.clone(), i))
                .collect(),
        );
        Options {
            list,
            index,
            sorted: false,
            last: 0,
        }
    }

    /// Position of an option value in `list`.
    pub fn position(&self, value: &str) -> Option<usize> {
        self.index.get(value)
    }

    /// The option with this value.
    pub fn get(&self, value: &str) -> Option<&ChoiceOption> {
        self.position(value).and_then(|p| self.list.get(p))
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// A multi-choice's ticked values after the box of `value` is ticked (`on`) or
    /// cleared, as GOV.UK's checkboxes with a "None" option behave: ticking an exclusive
    /// option clears every other, ticking any other clears the exclusive ones. What a
    /// renderer keeps while people tick; validation says the same (`exclusive-option`).
    pub fn toggle(&self, ticked: &mut Vec<Value>, value: &str, on: bool) {
        let alone = |v: &str| self.get(v).is_some_and(|o| o.exclusive);
        let clear = on && alone(value);
        ticked.retain(|v| {
            let v = v.as_str().unwrap_or_default();
            v != value && !clear && !(on && alone(v))
        });
        if on {
            ticked.push(Value::String(value.to_owned()));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A checked field: what every field has, and its type with the type's own data.
#[derive(Clone, Debug)]
pub struct FieldDef {
    pub id: Arc<str>,
    /// The type, holding the properties only it has (see [`crate::types`]).
    pub kind: Kind,
    /// Message id of the label (the legend for choices, dates and groups).
    pub label: String,
    pub hint: Option<String>,
    /// Index of the page the field is on.
    pub page: usize,
    /// Flat index of the enclosing group, for fields of a repeatable group.
    pub parent: Option<usize>,
    /// Where the value lives: top level or inside a group item.
    pub slot: Slot,
    pub required: Required,
    pub visible_when: Option<Expr>,
    /// The HTML autocomplete token given in the schema (types that take one).
    pub autocomplete: Option<String>,
    /// Field-specific message ids by issue code (its stable name, checked by the compiler).
    pub messages: BTreeMap<String, String>,
    /// True when the field has a visibility condition of its own, on its page or its group.
    pub conditional: bool,
}

impl FieldDef {
    /// The message id for an issue code on this field: the field's own if it has one,
    /// else the engine's: `error-<code>`, and for `required` the type's own
    /// ([`Kind::required_message`]).
    pub fn message_for(&self, code: IssueCode) -> String {
        match self.messages.get(code.as_str()) {
            Some(id) => id.clone(),
            None if code == IssueCode::Required => self.kind.required_message().to_owned(),
            None => format!("error-{code}"),
        }
    }

    /// For a group field: its index in [`Form::groups`].
    pub fn group(&self) -> Option<usize> {
        match &self.kind {
            Kind::Group(g) => Some(g.index),
            _ => None,
        }
    }

    /// The message id naming one item of a group: its `itemLabel`, else its label.
    pub fn item_label(&self) -> &str {
        match &self.kind {
            Kind::Group(g) => g.item_label.as_deref().unwrap_or(&self.label),
            _ => &self.label,
        }
    }

    /// The autocomplete token to render: the schema's, else the type's default.
    pub fn autocomplete(&self) -> Option<&str> {
        self.autocomplete
            .as_deref()
            .or(self.kind.hints().autocomplete)
    }
}

/// A repeatable group: the flat index of the group field and of its item fields.
#[derive(Clone, Debug)]
pub struct GroupInfo {
    pub field: usize,
    pub items: Vec<usize>,
    /// Item field ids (sorted) with their position in `items`.
    pub(crate) item_index: Keys,
    pub rules: Vec<Rule>,
}

/// A page.
#[derive(Clone, Debug)]
pub struct Page {
    pub id: String,
    pub heading: String,
    pub description: Option<String>,
    pub visible_when: Option<Expr>,
    /// Flat indices of the page's top-level fields.
    pub fields: Vec<usize>,
}

/// A checked plausibility rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub when: Option<Expr>,
    pub assert: Expr,
    /// Flat indices of the fields the rule concerns; the first is where it is shown.
    pub fields: Vec<usize>,
    pub message: String,
}

/// A compiled form: checked once, then used to validate many submissions.
#[derive(Clone, Debug)]
pub struct Form {
    pub id: String,
    pub version: String,
    pub default_locale: Locale,
    /// The languages the form offers, its default language first: those of `languages`
    /// in the schema, or only the default one when it says nothing.
    pub languages: Vec<Locale>,
    pub title: String,
    pub description: Option<String>,
    pub pages: Vec<Page>,
    /// Every field in document order; a group is followed by its item fields.
    pub fields: Vec<FieldDef>,
    /// Flat indices of top-level fields; `Slot::Top(i)` is `fields[top[i]]`.
    pub top: Vec<usize>,
    pub groups: Vec<GroupInfo>,
    pub rules: Vec<Rule>,
    /// Fields in an order where every field comes after those its visibility depends on.
    pub(crate) visibility_order: Vec<usize>,
    /// Per field (flat index): a page's or a field's `visibleWhen` reads it.
    pub(crate) drives: Vec<bool>,
    /// Top-level field ids (sorted) with their position in `top`.
    pub(crate) top_index: Keys,
    /// Every message id the form refers to, with the JSON pointer of its first use.
    pub message_ids: BTreeMap<String, String>,
    /// Every field id (sorted) with its flat index.
    pub(crate) by_id: Keys,
}

impl Form {
    /// Whether the answer of a field (by flat index) can change what is shown: a page's or
    /// a field's `visibleWhen` reads it (decided by the compiler from what each condition
    /// reads). A renderer re-evaluates visibility only after a change to such a field.
    pub fn drives_visibility(&self, field: usize) -> bool {
        self.drives.get(field).copied().unwrap_or(true)
    }

    /// The form's language for a reader who prefers these tags (most preferred first):
    /// one of its `languages`, else its default. Texts about a form are written in one
    /// of its languages, so that the engine's messages and the form's own (labels, rules)
    /// are in the same one: a form only in German is answered in German.
    pub fn negotiate<S: AsRef<str>>(&self, preferred: &[S]) -> Locale {
        crate::messages::negotiate_among(&self.languages, preferred, &self.default_locale)
    }

    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&FieldDef> {
        self.field_index(id).and_then(|i| self.fields.get(i))
    }

    /// The flat index of the field with this id.
    pub fn field_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id)
    }

    /// The item fields of a group field (by flat index), as flat indices.
    pub fn group_items(&self, group_field: usize) -> &[usize] {
        self.fields
            .get(group_field)
            .and_then(FieldDef::group)
            .and_then(|g| self.groups.get(g))
            .map_or(&[], |g| g.items.as_slice())
    }

    /// The path of a field, inside item `item` of its group when it has one
    /// (`family_members[1].member_birth_date`).
    pub fn path_of(&self, field: usize, item: Option<usize>) -> String {
        let Some(def) = self.fields.get(field) else {
            return String::new();
        };
        match (def.parent.and_then(|p| self.fields.get(p)), item) {
            (Some(g), Some(i)) => item_path(&g.id, i, Some(&def.id)),
            _ => def.id.as_ref().to_owned(),
        }
    }

    /// Checks that every message id the form uses exists, given a predicate that says
    /// whether a locale's messages contain an id. Missing ids are errors.
    /// The variables each of the form's own messages may use, as the engine gives them:
    /// none for labels, hints, headings and options; `label` and the code's arguments
    /// ([`IssueCode::args`]) for a field's message for an issue code; the ids of a rule's
    /// fields for the rule's message. A message used in several places may use only what
    /// every place gives. (Empty on a decoded packed form.)
    pub fn message_variables(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut given: BTreeMap<String, Option<BTreeSet<String>>> = self
            .message_ids
            .keys()
            .map(|id| (id.clone(), None))
            .collect();
        let mut give = |id: &str, vars: BTreeSet<String>| {
            if let Some(slot) = given.get_mut(id) {
                *slot = Some(match slot.take() {
                    None => vars,
                    Some(before) => before.intersection(&vars).cloned().collect(),
                });
            }
        };
        let mut plain: BTreeSet<String> = BTreeSet::new();
        self.each_plain_text(&mut |id| {
            plain.insert(id.to_owned());
        });
        for f in &self.fields {
            for (code, id) in &f.messages {
                let mut vars: BTreeSet<String> = BTreeSet::new();
                vars.insert("label".to_owned());
                if let Some(c) = IssueCode::parse(code) {
                    vars.extend(c.args().iter().map(|a| (*a).to_owned()));
                }
                give(id, vars);
            }
        }
        for id in &plain {
            give(id, BTreeSet::new());
        }
        let group_rules = self.groups.iter().flat_map(|g| g.rules.iter());
        for rule in self.rules.iter().chain(group_rules) {
            let vars = rule
                .fields
                .iter()
                .filter_map(|&f| self.fields.get(f).map(|d| d.id.as_ref().to_owned()))
                .collect();
            give(&rule.message, vars);
        }
        given
            .into_iter()
            .map(|(id, vars)| (id, vars.unwrap_or_default()))
            .collect()
    }

    /// Calls `f` with every message id the form shows: its title, description, pages,
    /// labels, hints, options, item labels and the names of languages the engine does not
    /// speak, then each field's own messages for issues and each rule's message (an id
    /// used twice, twice). Unlike `message_ids` this is known on a decoded packed form too:
    /// a renderer checks that its messages have every one before it shows the form.
    /// (Not inlined: in the embed's loading code, inlined, it cost about 0.1 KB more.)
    #[inline(never)]
    pub fn each_text(&self, f: &mut dyn FnMut(&str)) {
        self.each_plain_text(f);
        for def in &self.fields {
            for id in def.messages.values() {
                f(id);
            }
        }
        for rule in &self.rules {
            f(&rule.message);
        }
        for g in &self.groups {
            for rule in &g.rules {
                f(&rule.message);
            }
        }
    }

    /// The ids of [`Form::each_text`] whose messages take no variables.
    fn each_plain_text(&self, f: &mut dyn FnMut(&str)) {
        f(&self.title);
        self.description.as_deref().map(&mut *f);
        for page in &self.pages {
            f(&page.heading);
            page.description.as_deref().map(&mut *f);
        }
        for def in &self.fields {
            f(&def.label);
            // (Of a field not a group, its label again.)
            f(def.item_label());
            def.hint.as_deref().map(&mut *f);
            for o in def.kind.options().map_or(&[][..], |o| &o.list) {
                f(&o.label);
                o.hint.as_deref().map(&mut *f);
            }
        }
        for l in self.languages.iter().filter(|l| !l.engine_speaks()) {
            f(&format!("{}{l}", crate::codelists::LANGUAGE_NAME));
        }
    }

    pub fn check_messages(&self, has: &dyn Fn(&str) -> bool, locale: &str) -> Vec<Diagnostic> {
        self.message_ids
            .iter()
            .filter(|(id, _)| !has(id))
            .map(|(id, pointer)| {
                Diagnostic::error(DiagCode::MissingMessage, pointer.clone())
                    .arg("id", id.as_str())
                    .arg("locale", locale)
            })
            .collect()
    }
}

/// `group[item].field` (or `group[item]` without a field), written directly: these paths
/// are made for every field of every group item on every keystroke, and `format!` made
/// them a third of a visibility evaluation (callgrind).
pub fn item_path(group: &str, item: usize, field: Option<&str>) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = item;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    let digits = digits.get(at..).unwrap_or_default();
    let field_len = field.map_or(0, |f| f.len() + 1);
    let mut out = String::with_capacity(group.len() + digits.len() + 2 + field_len);
    out.push_str(group);
    out.push('[');
    out.extend(digits.iter().map(|&d| char::from(d)));
    out.push(']');
    if let Some(f) = field {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::item_path;

    #[test]
    fn item_paths_are_what_format_writes() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(item_path("g", n, Some("f")), format!("g[{n}].f"));
            assert_eq!(
                item_path("family_members", n, None),
                format!("family_members[{n}]")
            );
        }
        assert_eq!(item_path("", 7, Some("")), "[7].");
    }
}
