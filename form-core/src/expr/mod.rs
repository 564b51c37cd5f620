//! The condition and rule language.
//!
//! A small, typed, total language: no loops, no user functions, no `eval`. Every
//! expression is parsed and type-checked when the form is compiled, and evaluating it
//! touches each node once (`count(group, cond)` once per item of a bounded group).
//!
//! ```text
//! expr    := or
//! or      := and ("or" and)*
//! and     := not ("and" not)*
//! not     := "not" not | cmp
//! cmp     := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum | "in" "[" literal ("," literal)* "]")?
//! sum     := unary (("+" | "-") unary)*
//! unary   := "-" unary | primary
//! primary := number | string | "true" | "false" | "today" | name | name "(" args ")" | "(" expr ")"
//! ```
//!
//! ## Missing and hidden values
//! A field that is empty, could not be read, or is hidden has *no value*; but checkboxes
//! that are shown always have one (a checkbox cannot say "not answered"): a `consent` not
//! ticked is `false`, a `multi-choice` with none ticked has no option chosen. Comparisons,
//! arithmetic and functions given no value give *unknown*. `and`, `or` and `not`
//! follow three-valued (Kleene) logic: `false and unknown` is `false`, `true or unknown`
//! is `true`, everything else involving unknown is unknown. Then:
//! - a visibility condition that is unknown hides the field (it is shown only when the
//!   answers it depends on say so);
//! - a `required` condition that is unknown does not make the field required;
//! - a rule whose `when` or `assert` is unknown passes: a rule only fails when the
//!   answers definitely contradict it, so nobody is blamed for a field they could not see
//!   or have not reached.
//!
//! `present(x)`, `count(g)` and `count(g, cond)` always have a value (false or 0 when
//! nothing was given).

//!
//! The phases, one module each: [`lex`] (characters to tokens), [`parse`] (tokens to a
//! syntax tree, with depth and length limits), [`check`] (names resolved to value slots,
//! types checked, warnings collected) and [`eval`] (three-valued evaluation).

pub(crate) mod check;
mod eval;
mod lex;
mod parse;

use crate::codes::DiagCode;
use crate::date::Date;

pub use eval::{eval, eval_bool, eval_date};

/// Longest expression text accepted, in bytes.
pub const MAX_EXPR_LEN: usize = 2_000;
/// Deepest nesting of sub-expressions accepted.
pub const MAX_DEPTH: usize = 32;

/// The static type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Bool,
    Number,
    Text,
    Date,
    PartialDate,
    /// A time of day (minutes after midnight when evaluated).
    Time,
    /// The selected values of a multi-choice field.
    Set,
    /// A repeatable group (only usable in `count` and `present`).
    Group,
}

impl Type {
    /// The stable name used in diagnostics (`$expected`, `$found` of `schema-expr-type`).
    pub fn code(self) -> &'static str {
        match self {
            Type::Bool => "boolean",
            Type::Number => "number",
            Type::Text => "text",
            Type::Date => "date",
            Type::PartialDate => "partial-date",
            Type::Time => "time",
            Type::Set => "set",
            Type::Group => "group",
        }
    }
}

/// A problem in one expression; `column` is 1-based, in characters. Arguments are codes
/// or pieces of the expression itself, never prose.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprError {
    pub code: DiagCode,
    pub column: u32,
    pub args: Vec<(&'static str, String)>,
}

impl ExprError {
    pub(crate) fn new(code: DiagCode, column: u32) -> ExprError {
        ExprError {
            code,
            column,
            args: Vec::new(),
        }
    }
    pub(crate) fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> ExprError {
        self.args.push((name, value.to_string()));
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// `+`, `-`, `*`, `/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    /// Unknown when dividing by zero.
    Div,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Bool(bool),
    Num(f64),
    Str(String),
}

/// Where a field's value lives during evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    /// A top-level field, by its index among top-level fields.
    Top(usize),
    /// A field of the current group item, by its index inside the group.
    Item(usize),
}

/// What the checker needs to know about a field name.
#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub slot: Slot,
    pub ty: Type,
    /// For choice and multi-choice fields: the allowed values (to check literals).
    pub options: Option<Vec<String>>,
    /// For group fields: the group's index among groups (for `count(g, cond)` scoping).
    pub group: Option<usize>,
    /// The field's index in the form's flat list of fields.
    pub field: usize,
    /// For dates: the parts every accepted answer has.
    pub sure: Option<crate::date::Precision>,
}

/// The answer to a name lookup in a scope.
#[derive(Clone, Debug)]
pub enum Lookup {
    Found(FieldInfo),
    /// The name is a field of a group other than the current scope.
    OutOfScope,
    NotFound,
}

/// Resolves names for the checker; implemented by the compiler.
pub trait Symbols {
    /// Looks `name` up from inside group `scope` (`None`: top level).
    fn lookup(&self, name: &str, scope: Option<usize>) -> Lookup;
}

/// Built-in functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    Age,
    YearsBetween,
    DaysBetween,
    AddDays,
    AddMonths,
    AddYears,
    Len,
    Contains,
    StartsWith,
    Year,
    Month,
    /// The first day a (partial) date can mean.
    Earliest,
    /// The last day a (partial) date can mean.
    Latest,
    /// The first argument when it has a value, else the second.
    ValueOr,
    /// The number of options chosen in a multi-choice (`count(x)`); 0 while it is hidden.
    Chosen,
}

/// The functions of the expression language, for documentation: (name, arguments,
/// result, what it does). A test compiles each with its arguments, so the list stays
/// true.
pub const FUNCTIONS: &[(&str, &str, &str, &str)] = &[
    (
        "age",
        "date",
        "number",
        "Whole years from the date to today.",
    ),
    (
        "years_between",
        "date, date",
        "number",
        "Whole years from the first date to the second.",
    ),
    (
        "days_between",
        "date, date",
        "number",
        "Days from the first date to the second (negative when earlier).",
    ),
    (
        "add_days",
        "date, number",
        "date",
        "The date so many days later (earlier when negative).",
    ),
    (
        "add_months",
        "date, number",
        "date",
        "The date so many months later; the 31st becomes the month's last day.",
    ),
    (
        "add_years",
        "date, number",
        "date",
        "The date so many years later; 29 February becomes 28 February.",
    ),
    ("year", "date or partial date", "number", "The year."),
    (
        "month",
        "date or partial date",
        "number",
        "The month (1-12); unknown for a partial date without a month.",
    ),
    (
        "earliest",
        "date or partial date",
        "date",
        "The first day a partial date can mean (`1990-06` -> 1990-06-01); a date itself.",
    ),
    (
        "latest",
        "date or partial date",
        "date",
        "The last day a partial date can mean (`1990-06` -> 1990-06-30); a date itself.",
    ),
    (
        "date",
        "text literal",
        "date",
        "A fixed date: `date(\"2021-06-30\")`.",
    ),
    (
        "time",
        "text literal",
        "time",
        "A fixed time of day: `time(\"22:00\")`.",
    ),
    (
        "minutes_between",
        "time, time",
        "number",
        "Minutes from the first time to the second on the same day (negative when earlier).",
    ),
    (
        "len",
        "text",
        "number",
        "Length in characters as people see them (grapheme clusters).",
    ),
    (
        "starts_with",
        "text, text",
        "bool",
        "Whether the first text begins with the second.",
    ),
    (
        "contains",
        "multi-choice, text",
        "bool",
        "Whether the value is among the chosen options.",
    ),
    (
        "present",
        "field",
        "bool",
        "Whether the field has an answer (of any kind, even an invalid one).",
    ),
    (
        "count",
        "group[, condition], or multi-choice",
        "number",
        "The number of items of a repeatable group (for which the condition, on the item's fields, holds); of a multi-choice, the number of options chosen (`count(months) <= 12`). A group or multi-choice that is hidden counts 0.",
    ),
    (
        "sum",
        "group, number",
        "number",
        "The sum over the items of a repeatable group of a number on the item's fields (`sum(members, income)`); an item where it is unknown (not answered) adds nothing, no item gives 0.",
    ),
    (
        "value_or",
        "number, number (or text, text; date, date; time, time)",
        "the same",
        "The first when it has a value, else the second: `value_or(monthly_income, 0)` is 0 while the income is hidden or not answered, where `monthly_income` alone would make a sum unknown (and the rule pass).",
    ),
];

/// A checked, resolved expression, ready to evaluate.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Bool(bool),
    Num(f64),
    Text(String),
    Date(Date),
    Today,
    Field(Slot),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    /// Reckoned in decimals (see `eval::num_result`).
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    InText(Box<Expr>, Vec<String>),
    InNum(Box<Expr>, Vec<f64>),
    Call(Func, Vec<Expr>),
    Present(Slot),
    /// `count(group)` or `count(group, condition evaluated per item)`.
    Count(usize, Option<Box<Expr>>),
    /// `sum(group, number evaluated per item)`: items where it is unknown add nothing.
    Sum(usize, Box<Expr>),
}

/// The result of checking one expression: the code, its type and the fields it reads.
#[derive(Clone, Debug)]
pub struct Checked {
    pub expr: Expr,
    pub ty: Type,
    /// Flat indices of every field the expression reads (for dependency analysis).
    pub reads: Vec<usize>,
    /// Flat indices of fields passed to `present()`.
    pub presence: Vec<usize>,
    /// What the checker found without stopping: warnings, and a comparison of a choice with
    /// a value it does not offer (which the compiler makes an error: it is never true).
    pub warnings: Vec<ExprError>,
}

/// Parses and type-checks `src` in `scope` (a group index, or `None` for the top level).
pub fn compile(
    src: &str,
    symbols: &dyn Symbols,
    scope: Option<usize>,
) -> Result<Checked, ExprError> {
    let node = parse::parse(src)?;
    let mut checker = check::Checker {
        symbols,
        reads: Vec::new(),
        presence: Vec::new(),
        warnings: Vec::new(),
        scope,
    };
    let (expr, ty) = checker.check(&node)?;
    checker.reads.sort_unstable();
    checker.reads.dedup();
    Ok(Checked {
        expr,
        ty,
        reads: checker.reads,
        presence: checker.presence,
        warnings: checker.warnings,
    })
}

/// A value during evaluation.
#[derive(Clone, Debug, PartialEq)]
pub enum Val<'a> {
    Bool(bool),
    Num(f64),
    Text(&'a str),
    Owned(String),
    Date(Date),
    Partial(crate::date::PartialDate),
    Set(&'a [String]),
}

impl Val<'_> {
    fn text(&self) -> Option<&str> {
        match self {
            Val::Text(s) => Some(s),
            Val::Owned(s) => Some(s),
            _ => None,
        }
    }
}

/// Read access to the answers, for evaluation.
pub trait Env {
    fn today(&self) -> Date;
    /// The value of a field, or `None` when it has none (empty, invalid or hidden).
    fn get(&self, slot: Slot) -> Option<Val<'_>>;
    /// Number of items of a top-level group.
    fn items(&self, group: usize) -> usize;
    /// Evaluates `f` with item `index` of `group` as the current item.
    fn with_item(
        &self,
        group: usize,
        index: usize,
        f: &mut dyn FnMut(&dyn Env) -> Option<bool>,
    ) -> Option<bool>;
    /// True when a field has a value (groups: at least one item).
    fn present(&self, slot: Slot) -> bool;
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Syms;
    impl Symbols for Syms {
        fn lookup(&self, name: &str, scope: Option<usize>) -> Lookup {
            let (slot, ty, options, group) = match (name, scope) {
                ("birth", _) => (Slot::Top(0), Type::Date, None, None),
                ("nat", _) => (
                    Slot::Top(1),
                    Type::Text,
                    Some(vec!["GB".to_owned(), "DE".to_owned()]),
                    None,
                ),
                ("kids", _) => (Slot::Top(2), Type::Group, None, Some(0)),
                ("kid_birth", Some(0)) => (Slot::Item(0), Type::Date, None, None),
                ("kid_birth", None) => return Lookup::OutOfScope,
                _ => return Lookup::NotFound,
            };
            let field = match slot {
                Slot::Top(i) => i,
                Slot::Item(i) => 10 + i,
            };
            Lookup::Found(FieldInfo {
                slot,
                ty,
                options,
                group,
                field,
                sure: (ty == Type::PartialDate).then_some(crate::date::Precision::Year),
            })
        }
    }

    fn err(src: &str) -> (String, u32) {
        let e = compile(src, &Syms, None).expect_err(src);
        (e.code.as_str().to_owned(), e.column)
    }

    #[test]
    fn reports_located_errors() {
        assert_eq!(err("birth >= "), ("expr-syntax".into(), 10));
        assert_eq!(err("brith > today"), ("expr-unknown-field".into(), 1));
        assert_eq!(err("birth > 3"), ("expr-type".into(), 9));
        assert_eq!(
            err("nat == \"GB\" and age(nat) > 1"),
            ("expr-type".into(), 21)
        );
        assert_eq!(err("kid_birth > today"), ("expr-out-of-scope".into(), 1));
        assert_eq!(err("foo(1)"), ("expr-unknown-function".into(), 1));
        assert_eq!(err("1 < 2 < 3"), ("expr-syntax".into(), 7));
        assert_eq!(
            err("date(\"2021-02-30\") > today"),
            ("expr-invalid-date".into(), 6)
        );
        assert_eq!(err(&"(".repeat(40)), ("expr-too-deep".into(), 33));
        assert_eq!(err(&"not ".repeat(40)), ("expr-too-deep".into(), 129));
        assert_eq!(err("kids > 1"), ("expr-type".into(), 1));
        assert_eq!(err("\"a"), ("expr-syntax".into(), 1));
        assert_eq!(err("a € b"), ("expr-syntax".into(), 3));
    }

    #[test]
    fn warns_about_unknown_options() {
        let c = compile("nat in [\"GB\", \"XX\"] or \"FR\" == nat", &Syms, None).expect("valid");
        let cols: Vec<u32> = c.warnings.iter().map(|w| w.column).collect();
        assert_eq!(cols, [15, 24]);
    }

    #[test]
    fn count_scopes_item_fields() {
        let c = compile("count(kids, kid_birth > birth) <= 10", &Syms, None).expect("valid");
        assert_eq!(c.ty, Type::Bool);
        assert_eq!(c.reads, [0, 2, 10]);
    }
}
