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
//! A field that is empty, could not be read, or is hidden has *no value*. Comparisons,
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

use std::fmt;

use crate::date::Date;

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
    /// The selected values of a multi-choice field.
    Set,
    /// A repeatable group (only usable in `count` and `present`).
    Group,
}

impl Type {
    pub fn name(self) -> &'static str {
        match self {
            Type::Bool => "boolean",
            Type::Number => "number",
            Type::Text => "text",
            Type::Date => "date",
            Type::PartialDate => "partial date",
            Type::Set => "set",
            Type::Group => "group",
        }
    }
}

/// A problem in one expression; `column` is 1-based, in characters.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprError {
    pub code: &'static str,
    pub column: u32,
    pub args: Vec<(&'static str, String)>,
}

impl ExprError {
    fn new(code: &'static str, column: u32) -> ExprError {
        ExprError {
            code,
            column,
            args: Vec::new(),
        }
    }
    fn arg(mut self, name: &'static str, value: impl fmt::Display) -> ExprError {
        self.args.push((name, value.to_string()));
        self
    }
}

// ---------------------------------------------------------------------------------------
// Lexer

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Num(f64),
    Str(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    End,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Name(n) => n.clone(),
            Tok::Num(n) => n.to_string(),
            Tok::Str(s) => format!("\"{s}\""),
            Tok::LParen => "(".into(),
            Tok::RParen => ")".into(),
            Tok::LBracket => "[".into(),
            Tok::RBracket => "]".into(),
            Tok::Comma => ",".into(),
            Tok::Eq => "==".into(),
            Tok::Ne => "!=".into(),
            Tok::Lt => "<".into(),
            Tok::Le => "<=".into(),
            Tok::Gt => ">".into(),
            Tok::Ge => ">=".into(),
            Tok::Plus => "+".into(),
            Tok::Minus => "-".into(),
            Tok::End => "end of expression".into(),
        }
    }
}

fn lex(src: &str) -> Result<Vec<(Tok, u32)>, ExprError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let col = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    while let Some(&c) = chars.get(i) {
        let start = i;
        let two = |next: char| chars.get(i + 1) == Some(&next);
        let tok = match c {
            ' ' | '\t' | '\n' | '\r' => {
                i += 1;
                continue;
            }
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            '[' => Tok::LBracket,
            ']' => Tok::RBracket,
            ',' => Tok::Comma,
            '+' => Tok::Plus,
            '-' => Tok::Minus,
            '=' if two('=') => {
                i += 1;
                Tok::Eq
            }
            '!' if two('=') => {
                i += 1;
                Tok::Ne
            }
            '<' if two('=') => {
                i += 1;
                Tok::Le
            }
            '>' if two('=') => {
                i += 1;
                Tok::Ge
            }
            '<' => Tok::Lt,
            '>' => Tok::Gt,
            '"' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => {
                            return Err(ExprError::new("expr-syntax", col(start))
                                .arg("problem", "unterminated-string"));
                        }
                        Some('"') => break,
                        Some('\\') => {
                            match chars.get(i + 1) {
                                Some(&e @ ('"' | '\\')) => s.push(e),
                                _ => {
                                    return Err(ExprError::new("expr-syntax", col(i))
                                        .arg("problem", "bad-escape"));
                                }
                            }
                            i += 2;
                        }
                        Some(&ch) => {
                            s.push(ch);
                            i += 1;
                        }
                    }
                }
                Tok::Str(s)
            }
            '0'..='9' => {
                let mut end = i;
                while chars.get(end).is_some_and(char::is_ascii_digit) {
                    end += 1;
                }
                if chars.get(end) == Some(&'.')
                    && chars.get(end + 1).is_some_and(char::is_ascii_digit)
                {
                    end += 1;
                    while chars.get(end).is_some_and(char::is_ascii_digit) {
                        end += 1;
                    }
                }
                let text: String = chars.get(i..end).unwrap_or_default().iter().collect();
                i = end - 1;
                match text.parse::<f64>() {
                    Ok(n) if n.is_finite() && n.abs() < 1e15 => Tok::Num(n),
                    _ => {
                        return Err(
                            ExprError::new("expr-syntax", col(start)).arg("problem", "bad-number")
                        );
                    }
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut end = i;
                while chars
                    .get(end)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    end += 1;
                }
                let name: String = chars.get(i..end).unwrap_or_default().iter().collect();
                i = end - 1;
                Tok::Name(name)
            }
            other => {
                return Err(ExprError::new("expr-syntax", col(start))
                    .arg("problem", "unexpected-character")
                    .arg("found", other));
            }
        };
        out.push((tok, col(start)));
        i += 1;
    }
    out.push((Tok::End, col(chars.len())));
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Syntax tree

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Bool(bool),
    Num(f64),
    Str(String),
}

#[derive(Clone, Debug, PartialEq)]
enum Ast {
    Lit(Lit),
    Today,
    Name(String),
    Not(Box<Node>),
    Neg(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Cmp(CmpOp, Box<Node>, Box<Node>),
    Add(Box<Node>, Box<Node>),
    Sub(Box<Node>, Box<Node>),
    In(Box<Node>, Vec<(Lit, u32)>),
    Call(String, Vec<Node>),
}

#[derive(Clone, Debug, PartialEq)]
struct Node {
    ast: Ast,
    col: u32,
}

struct Parser {
    toks: Vec<(Tok, u32)>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).map_or(&Tok::End, |t| &t.0)
    }
    fn col(&self) -> u32 {
        self.toks
            .get(self.pos)
            .or(self.toks.last())
            .map_or(1, |t| t.1)
    }
    fn bump(&mut self) -> Tok {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }
    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if n == kw)
    }
    fn unexpected(&self) -> ExprError {
        ExprError::new("expr-syntax", self.col())
            .arg("problem", "unexpected-token")
            .arg("found", self.peek().describe())
    }
    fn expect(&mut self, tok: Tok) -> Result<(), ExprError> {
        if *self.peek() == tok {
            self.pos += 1;
            Ok(())
        } else {
            Err(ExprError::new("expr-syntax", self.col())
                .arg("problem", "expected")
                .arg("expected", tok.describe())
                .arg("found", self.peek().describe()))
        }
    }
    fn enter(&mut self) -> Result<(), ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ExprError::new("expr-too-deep", self.col()).arg("max", MAX_DEPTH));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Node, ExprError> {
        self.enter()?;
        let mut left = self.and()?;
        while self.is_kw("or") {
            let col = self.col();
            self.bump();
            let right = self.and()?;
            left = Node {
                ast: Ast::Or(Box::new(left), Box::new(right)),
                col,
            };
        }
        self.depth -= 1;
        Ok(left)
    }
    fn and(&mut self) -> Result<Node, ExprError> {
        let mut left = self.not()?;
        while self.is_kw("and") {
            let col = self.col();
            self.bump();
            let right = self.not()?;
            left = Node {
                ast: Ast::And(Box::new(left), Box::new(right)),
                col,
            };
        }
        Ok(left)
    }
    fn not(&mut self) -> Result<Node, ExprError> {
        if self.is_kw("not") {
            let col = self.col();
            self.bump();
            self.enter()?;
            let inner = self.not()?;
            self.depth -= 1;
            return Ok(Node {
                ast: Ast::Not(Box::new(inner)),
                col,
            });
        }
        self.cmp()
    }
    fn cmp(&mut self) -> Result<Node, ExprError> {
        let left = self.sum()?;
        let col = self.col();
        let op = match self.peek() {
            Tok::Eq => CmpOp::Eq,
            Tok::Ne => CmpOp::Ne,
            Tok::Lt => CmpOp::Lt,
            Tok::Le => CmpOp::Le,
            Tok::Gt => CmpOp::Gt,
            Tok::Ge => CmpOp::Ge,
            Tok::Name(n) if n == "in" => {
                self.bump();
                self.expect(Tok::LBracket)?;
                let mut items = Vec::new();
                loop {
                    let c = self.col();
                    let lit = match self.bump() {
                        Tok::Str(s) => Lit::Str(s),
                        Tok::Num(n) => Lit::Num(n),
                        _ => {
                            self.pos -= 1;
                            return Err(self.unexpected());
                        }
                    };
                    items.push((lit, c));
                    if *self.peek() == Tok::Comma {
                        self.bump();
                        continue;
                    }
                    self.expect(Tok::RBracket)?;
                    break;
                }
                return Ok(Node {
                    ast: Ast::In(Box::new(left), items),
                    col,
                });
            }
            _ => return Ok(left),
        };
        self.bump();
        let right = self.sum()?;
        if matches!(
            self.peek(),
            Tok::Eq | Tok::Ne | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge
        ) {
            return Err(
                ExprError::new("expr-syntax", self.col()).arg("problem", "chained-comparison")
            );
        }
        Ok(Node {
            ast: Ast::Cmp(op, Box::new(left), Box::new(right)),
            col,
        })
    }
    fn sum(&mut self) -> Result<Node, ExprError> {
        let mut left = self.unary()?;
        loop {
            let col = self.col();
            let add = match self.peek() {
                Tok::Plus => true,
                Tok::Minus => false,
                _ => return Ok(left),
            };
            self.bump();
            let right = self.unary()?;
            let (l, r) = (Box::new(left), Box::new(right));
            left = Node {
                ast: if add { Ast::Add(l, r) } else { Ast::Sub(l, r) },
                col,
            };
        }
    }
    fn unary(&mut self) -> Result<Node, ExprError> {
        if *self.peek() == Tok::Minus {
            let col = self.col();
            self.bump();
            self.enter()?;
            let inner = self.unary()?;
            self.depth -= 1;
            return Ok(Node {
                ast: Ast::Neg(Box::new(inner)),
                col,
            });
        }
        self.primary()
    }
    fn primary(&mut self) -> Result<Node, ExprError> {
        let col = self.col();
        let ast = match self.bump() {
            Tok::Num(n) => Ast::Lit(Lit::Num(n)),
            Tok::Str(s) => Ast::Lit(Lit::Str(s)),
            Tok::LParen => {
                let inner = self.expr()?;
                self.expect(Tok::RParen)?;
                return Ok(inner);
            }
            Tok::Name(n) => match n.as_str() {
                "true" => Ast::Lit(Lit::Bool(true)),
                "false" => Ast::Lit(Lit::Bool(false)),
                "today" => Ast::Today,
                "and" | "or" | "not" | "in" => {
                    self.pos -= 1;
                    return Err(self.unexpected());
                }
                _ if *self.peek() == Tok::LParen => {
                    self.bump();
                    let mut args = Vec::new();
                    if *self.peek() != Tok::RParen {
                        loop {
                            args.push(self.expr()?);
                            if *self.peek() == Tok::Comma {
                                self.bump();
                                continue;
                            }
                            break;
                        }
                    }
                    self.expect(Tok::RParen)?;
                    Ast::Call(n, args)
                }
                _ => Ast::Name(n),
            },
            _ => {
                self.pos -= 1;
                return Err(self.unexpected());
            }
        };
        Ok(Node { ast, col })
    }
}

fn parse(src: &str) -> Result<Node, ExprError> {
    if src.len() > MAX_EXPR_LEN {
        return Err(ExprError::new("expr-too-long", 1).arg("max", MAX_EXPR_LEN));
    }
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
    };
    let node = p.expr()?;
    if *p.peek() != Tok::End {
        return Err(p.unexpected());
    }
    Ok(node)
}

// ---------------------------------------------------------------------------------------
// Name resolution and type checking

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
}

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
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    InText(Box<Expr>, Vec<String>),
    InNum(Box<Expr>, Vec<f64>),
    Call(Func, Vec<Expr>),
    Present(Slot),
    /// `count(group)` or `count(group, condition evaluated per item)`.
    Count(usize, Option<Box<Expr>>),
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
    /// Warnings (e.g. comparing a choice with a value it does not offer).
    pub warnings: Vec<ExprError>,
}

struct Checker<'a> {
    symbols: &'a dyn Symbols,
    reads: Vec<usize>,
    presence: Vec<usize>,
    warnings: Vec<ExprError>,
    /// Top-level field index of the current group for `count(g, cond)`: item fields resolve here.
    scope: Option<usize>,
}

fn type_error(col: u32, expected: &str, found: Type) -> ExprError {
    ExprError::new("expr-type", col)
        .arg("expected", expected)
        .arg("found", found.name())
}

impl Checker<'_> {
    fn field(&mut self, name: &str, col: u32) -> Result<FieldInfo, ExprError> {
        match self.symbols.lookup(name, self.scope) {
            Lookup::Found(info) => {
                self.reads.push(info.field);
                Ok(info)
            }
            Lookup::OutOfScope => Err(ExprError::new("expr-out-of-scope", col).arg("name", name)),
            Lookup::NotFound => Err(ExprError::new("expr-unknown-field", col).arg("name", name)),
        }
    }

    fn expect(&mut self, node: &Node, want: Type) -> Result<Expr, ExprError> {
        let (e, ty) = self.check(node)?;
        if ty != want {
            return Err(type_error(node.col, want.name(), ty));
        }
        Ok(e)
    }

    /// Warns when a text literal is compared with a choice that does not offer it.
    fn check_option(&mut self, field: &Node, lit: &str, col: u32) {
        if let Ast::Name(name) = &field.ast
            && let Lookup::Found(FieldInfo {
                options: Some(opts),
                ..
            }) = self.symbols.lookup(name, self.scope)
            && !opts.iter().any(|o| o == lit)
        {
            self.warnings.push(
                ExprError::new("unknown-option", col)
                    .arg("name", name)
                    .arg("value", lit),
            );
        }
    }

    fn check(&mut self, node: &Node) -> Result<(Expr, Type), ExprError> {
        let col = node.col;
        Ok(match &node.ast {
            Ast::Lit(Lit::Bool(b)) => (Expr::Bool(*b), Type::Bool),
            Ast::Lit(Lit::Num(n)) => (Expr::Num(*n), Type::Number),
            Ast::Lit(Lit::Str(s)) => (Expr::Text(s.clone()), Type::Text),
            Ast::Today => (Expr::Today, Type::Date),
            Ast::Name(name) => {
                let info = self.field(name, col)?;
                if info.ty == Type::Group {
                    return Err(ExprError::new("expr-type", col)
                        .arg("expected", "a value (use count() or present() for a group)")
                        .arg("found", "group"));
                }
                (Expr::Field(info.slot), info.ty)
            }
            Ast::Not(inner) => (
                Expr::Not(Box::new(self.expect(inner, Type::Bool)?)),
                Type::Bool,
            ),
            Ast::Neg(inner) => (
                Expr::Neg(Box::new(self.expect(inner, Type::Number)?)),
                Type::Number,
            ),
            Ast::And(l, r) | Ast::Or(l, r) => {
                let (l, r) = (self.expect(l, Type::Bool)?, self.expect(r, Type::Bool)?);
                let e = if matches!(node.ast, Ast::And(..)) {
                    Expr::And(Box::new(l), Box::new(r))
                } else {
                    Expr::Or(Box::new(l), Box::new(r))
                };
                (e, Type::Bool)
            }
            Ast::Add(l, r) | Ast::Sub(l, r) => {
                let (l, r) = (self.expect(l, Type::Number)?, self.expect(r, Type::Number)?);
                let e = if matches!(node.ast, Ast::Add(..)) {
                    Expr::Add(Box::new(l), Box::new(r))
                } else {
                    Expr::Sub(Box::new(l), Box::new(r))
                };
                (e, Type::Number)
            }
            Ast::Cmp(op, l, r) => {
                let (le, lt) = self.check(l)?;
                let (re, rt) = self.check(r)?;
                if lt != rt {
                    return Err(type_error(r.col, lt.name(), rt));
                }
                let ordered = matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge);
                let ok = match lt {
                    Type::Number | Type::Date => true,
                    Type::Bool | Type::Text | Type::PartialDate => !ordered,
                    Type::Set | Type::Group => false,
                };
                if !ok {
                    let expected = if ordered {
                        "number or date"
                    } else {
                        "number, date, text or boolean"
                    };
                    return Err(type_error(l.col, expected, lt));
                }
                if let Ast::Lit(Lit::Str(s)) = &r.ast {
                    self.check_option(l, s, r.col);
                }
                if let Ast::Lit(Lit::Str(s)) = &l.ast {
                    self.check_option(r, s, l.col);
                }
                (Expr::Cmp(*op, Box::new(le), Box::new(re)), Type::Bool)
            }
            Ast::In(l, items) => {
                let (le, lt) = self.check(l)?;
                match lt {
                    Type::Text => {
                        let mut vals = Vec::new();
                        for (lit, c) in items {
                            match lit {
                                Lit::Str(s) => {
                                    self.check_option(l, s, *c);
                                    vals.push(s.clone());
                                }
                                _ => return Err(type_error(*c, "text", Type::Number)),
                            }
                        }
                        (Expr::InText(Box::new(le), vals), Type::Bool)
                    }
                    Type::Number => {
                        let mut vals = Vec::new();
                        for (lit, c) in items {
                            match lit {
                                Lit::Num(n) => vals.push(*n),
                                _ => return Err(type_error(*c, "number", Type::Text)),
                            }
                        }
                        (Expr::InNum(Box::new(le), vals), Type::Bool)
                    }
                    other => return Err(type_error(l.col, "text or number", other)),
                }
            }
            Ast::Call(name, args) => self.call(name, args, col)?,
        })
    }

    fn arity(name: &str, args: &[Node], n: usize, col: u32) -> Result<(), ExprError> {
        if args.len() != n {
            return Err(ExprError::new("expr-arity", col)
                .arg("name", name)
                .arg("expected", n)
                .arg("found", args.len()));
        }
        Ok(())
    }

    fn call(&mut self, name: &str, args: &[Node], col: u32) -> Result<(Expr, Type), ExprError> {
        use Type::*;
        let simple: Option<(Func, &[Type], Type)> = match name {
            "age" => Some((Func::Age, &[Date], Number)),
            "years_between" => Some((Func::YearsBetween, &[Date, Date], Number)),
            "days_between" => Some((Func::DaysBetween, &[Date, Date], Number)),
            "add_days" => Some((Func::AddDays, &[Date, Number], Date)),
            "add_months" => Some((Func::AddMonths, &[Date, Number], Date)),
            "add_years" => Some((Func::AddYears, &[Date, Number], Date)),
            "len" => Some((Func::Len, &[Text], Number)),
            "starts_with" => Some((Func::StartsWith, &[Text, Text], Bool)),
            "contains" => Some((Func::Contains, &[Set, Text], Bool)),
            _ => None,
        };
        if let Some((func, params, ret)) = simple {
            Self::arity(name, args, params.len(), col)?;
            let mut out = Vec::with_capacity(args.len());
            for (arg, want) in args.iter().zip(params) {
                out.push(self.expect(arg, *want)?);
            }
            if func == Func::Contains
                && let (
                    Some(set),
                    Some(Node {
                        ast: Ast::Lit(Lit::Str(s)),
                        col: c,
                    }),
                ) = (args.first(), args.get(1))
            {
                self.check_option(set, s, *c);
            }
            return Ok((Expr::Call(func, out), ret));
        }
        match name {
            "year" | "month" => {
                Self::arity(name, args, 1, col)?;
                let arg = args
                    .first()
                    .ok_or_else(|| ExprError::new("expr-arity", col))?;
                let (e, t) = self.check(arg)?;
                if !matches!(t, Date | PartialDate) {
                    return Err(type_error(arg.col, "date or partial date", t));
                }
                let f = if name == "year" {
                    Func::Year
                } else {
                    Func::Month
                };
                Ok((Expr::Call(f, vec![e]), Number))
            }
            "date" => {
                Self::arity(name, args, 1, col)?;
                match args.first().map(|a| (&a.ast, a.col)) {
                    Some((Ast::Lit(Lit::Str(s)), c)) => match crate::date::Date::parse_iso(s) {
                        Ok(d) => Ok((Expr::Date(d), Date)),
                        Err(_) => Err(ExprError::new("expr-invalid-date", c).arg("value", s)),
                    },
                    Some((_, c)) => Err(ExprError::new("expr-type", c)
                        .arg("expected", "a text literal \"YYYY-MM-DD\"")
                        .arg("found", "expression")),
                    None => Err(ExprError::new("expr-arity", col)),
                }
            }
            "present" => {
                Self::arity(name, args, 1, col)?;
                match args.first().map(|a| (&a.ast, a.col)) {
                    Some((Ast::Name(n), c)) => {
                        let info = self.field(n, c)?;
                        self.presence.push(info.field);
                        Ok((Expr::Present(info.slot), Bool))
                    }
                    Some((_, c)) => Err(ExprError::new("expr-type", c)
                        .arg("expected", "a field name")
                        .arg("found", "expression")),
                    None => Err(ExprError::new("expr-arity", col)),
                }
            }
            "count" => {
                if args.is_empty() || args.len() > 2 {
                    return Err(ExprError::new("expr-arity", col)
                        .arg("name", name)
                        .arg("expected", "1 or 2")
                        .arg("found", args.len()));
                }
                let Some(Node {
                    ast: Ast::Name(g),
                    col: gc,
                }) = args.first()
                else {
                    let c = args.first().map_or(col, |a| a.col);
                    return Err(ExprError::new("expr-type", c)
                        .arg("expected", "a group name")
                        .arg("found", "expression"));
                };
                let info = self.field(g, *gc)?;
                let (Some(group), Slot::Top(top)) = (info.group, info.slot) else {
                    return Err(type_error(*gc, "group", info.ty));
                };
                let cond = match args.get(1) {
                    Some(c) => {
                        let outer = self.scope.replace(group);
                        let checked = self.expect(c, Bool);
                        self.scope = outer;
                        Some(Box::new(checked?))
                    }
                    None => None,
                };
                Ok((Expr::Count(top, cond), Number))
            }
            _ => Err(ExprError::new("expr-unknown-function", col).arg("name", name)),
        }
    }
}

/// Parses and type-checks `src` in `scope` (a group index, or `None` for the top level).
pub fn compile(
    src: &str,
    symbols: &dyn Symbols,
    scope: Option<usize>,
) -> Result<Checked, ExprError> {
    let node = parse(src)?;
    let mut checker = Checker {
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

// ---------------------------------------------------------------------------------------
// Evaluation

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

fn num_result(n: f64) -> Option<Val<'static>> {
    n.is_finite().then_some(Val::Num(n))
}

/// Evaluates a checked expression. `None` means unknown (see the module documentation).
pub fn eval<'e>(expr: &'e Expr, env: &'e dyn Env) -> Option<Val<'e>> {
    match expr {
        Expr::Bool(b) => Some(Val::Bool(*b)),
        Expr::Num(n) => Some(Val::Num(*n)),
        Expr::Text(s) => Some(Val::Text(s)),
        Expr::Date(d) => Some(Val::Date(*d)),
        Expr::Today => Some(Val::Date(env.today())),
        Expr::Field(slot) => env.get(*slot),
        Expr::Not(e) => match eval(e, env)? {
            Val::Bool(b) => Some(Val::Bool(!b)),
            _ => None,
        },
        Expr::Neg(e) => match eval(e, env)? {
            Val::Num(n) => Some(Val::Num(-n)),
            _ => None,
        },
        Expr::And(l, r) => {
            let l = as_bool(eval(l, env));
            if l == Some(false) {
                return Some(Val::Bool(false));
            }
            match (l, as_bool(eval(r, env))) {
                (_, Some(false)) => Some(Val::Bool(false)),
                (Some(true), Some(true)) => Some(Val::Bool(true)),
                _ => None,
            }
        }
        Expr::Or(l, r) => {
            let l = as_bool(eval(l, env));
            if l == Some(true) {
                return Some(Val::Bool(true));
            }
            match (l, as_bool(eval(r, env))) {
                (_, Some(true)) => Some(Val::Bool(true)),
                (Some(false), Some(false)) => Some(Val::Bool(false)),
                _ => None,
            }
        }
        Expr::Cmp(op, l, r) => {
            let (l, r) = (eval(l, env)?, eval(r, env)?);
            let ord = match (&l, &r) {
                (Val::Num(a), Val::Num(b)) => a.partial_cmp(b)?,
                (Val::Date(a), Val::Date(b)) => a.cmp(b),
                (Val::Bool(a), Val::Bool(b)) => a.cmp(b),
                (Val::Partial(a), Val::Partial(b)) => a.cmp(b),
                _ => l.text()?.cmp(r.text()?),
            };
            use std::cmp::Ordering::*;
            Some(Val::Bool(match op {
                CmpOp::Eq => ord == Equal,
                CmpOp::Ne => ord != Equal,
                CmpOp::Lt => ord == Less,
                CmpOp::Le => ord != Greater,
                CmpOp::Gt => ord == Greater,
                CmpOp::Ge => ord != Less,
            }))
        }
        Expr::Add(l, r) | Expr::Sub(l, r) => {
            let (Val::Num(a), Val::Num(b)) = (eval(l, env)?, eval(r, env)?) else {
                return None;
            };
            num_result(if matches!(expr, Expr::Add(..)) {
                a + b
            } else {
                a - b
            })
        }
        Expr::InText(e, vals) => {
            let v = eval(e, env)?;
            let t = v.text()?;
            Some(Val::Bool(vals.iter().any(|x| x == t)))
        }
        Expr::InNum(e, vals) => match eval(e, env)? {
            Val::Num(n) => Some(Val::Bool(vals.contains(&n))),
            _ => None,
        },
        Expr::Present(slot) => Some(Val::Bool(env.present(*slot))),
        Expr::Count(group, cond) => {
            let n = env.items(*group);
            let Some(cond) = cond else {
                return Some(Val::Num(n as f64));
            };
            let mut hits = 0usize;
            for i in 0..n {
                let hit = env.with_item(*group, i, &mut |item_env| {
                    as_bool(eval_owned(cond, item_env))
                });
                if hit == Some(true) {
                    hits += 1;
                }
            }
            Some(Val::Num(hits as f64))
        }
        Expr::Call(func, args) => call(*func, args, env),
    }
}

/// Evaluates in an environment that does not outlive the call (used for group items).
fn eval_owned(expr: &Expr, env: &dyn Env) -> Option<Val<'static>> {
    match eval(expr, env)? {
        Val::Bool(b) => Some(Val::Bool(b)),
        Val::Num(n) => Some(Val::Num(n)),
        Val::Date(d) => Some(Val::Date(d)),
        Val::Partial(p) => Some(Val::Partial(p)),
        Val::Text(s) => Some(Val::Owned(s.to_owned())),
        Val::Owned(s) => Some(Val::Owned(s)),
        Val::Set(_) => None,
    }
}

fn as_bool(v: Option<Val<'_>>) -> Option<bool> {
    match v {
        Some(Val::Bool(b)) => Some(b),
        _ => None,
    }
}

/// Evaluates a boolean expression: `Some(true)`, `Some(false)` or unknown.
pub fn eval_bool(expr: &Expr, env: &dyn Env) -> Option<bool> {
    as_bool(eval(expr, env))
}

/// Evaluates a date expression.
pub fn eval_date(expr: &Expr, env: &dyn Env) -> Option<Date> {
    match eval(expr, env)? {
        Val::Date(d) => Some(d),
        _ => None,
    }
}

fn call<'e>(func: Func, args: &'e [Expr], env: &'e dyn Env) -> Option<Val<'e>> {
    let arg = |i: usize| args.get(i).and_then(|a| eval(a, env));
    let date = |i: usize| match arg(i)? {
        Val::Date(d) => Some(d),
        _ => None,
    };
    let num = |i: usize| match arg(i)? {
        Val::Num(n) if n.fract() == 0.0 && n.abs() <= 1e7 => Some(n as i64),
        _ => None,
    };
    Some(match func {
        Func::Age => Val::Num(date(0)?.whole_years_until(env.today()) as f64),
        Func::YearsBetween => Val::Num(date(0)?.whole_years_until(date(1)?) as f64),
        Func::DaysBetween => Val::Num((date(1)?.to_days() - date(0)?.to_days()) as f64),
        Func::AddDays => Val::Date(date(0)?.add_days(num(1)?)?),
        Func::AddMonths => Val::Date(date(0)?.add_months(num(1)?)?),
        Func::AddYears => Val::Date(date(0)?.add_years(num(1)?)?),
        Func::Len => Val::Num(crate::text::grapheme_len(arg(0)?.text()?) as f64),
        Func::StartsWith => {
            let (a, b) = (arg(0)?, arg(1)?);
            Val::Bool(a.text()?.starts_with(b.text()?))
        }
        Func::Contains => {
            let (Val::Set(set), needle) = (arg(0)?, arg(1)?) else {
                return None;
            };
            let needle = needle.text()?;
            Val::Bool(set.iter().any(|s| s == needle))
        }
        Func::Year | Func::Month => {
            let (y, m) = match arg(0)? {
                Val::Date(d) => (d.year(), Some(d.month())),
                Val::Partial(p) => (p.year, p.month),
                _ => return None,
            };
            if func == Func::Year {
                Val::Num(f64::from(y))
            } else {
                Val::Num(f64::from(m?))
            }
        }
    })
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
            })
        }
    }

    fn err(src: &str) -> (String, u32) {
        let e = compile(src, &Syms, None).expect_err(src);
        (e.code.to_owned(), e.column)
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
