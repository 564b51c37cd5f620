//! Name resolution and type checking: a syntax tree becomes an [`Expr`] whose names are
//! value slots, with the fields it reads and warnings.

use super::parse::{Ast, Node};
use super::{CmpOp, Expr, ExprError, FieldInfo, Func, Lit, Lookup, Slot, Symbols, Type};
use crate::codes::DiagCode;

pub(super) struct Checker<'a> {
    pub(super) symbols: &'a dyn Symbols,
    pub(super) reads: Vec<usize>,
    pub(super) presence: Vec<usize>,
    pub(super) warnings: Vec<ExprError>,
    /// Top-level field index of the current group for `count(g, cond)`: item fields resolve here.
    pub(super) scope: Option<usize>,
}

fn type_error(col: u32, expected: &str, found: Type) -> ExprError {
    ExprError::new(DiagCode::ExprType, col)
        .arg("expected", expected)
        .arg("found", found.code())
}

/// `expr` (of type `ty`) where a `want` was expected; a date written as a text
/// (`"2020-01-01"`) is said as such, with how to write a date.
pub(crate) fn mismatch(col: u32, want: Type, expr: &Expr, ty: Type) -> ExprError {
    match expr {
        Expr::Text(t) if want == Type::Date && crate::Date::parse_iso(t).is_ok() => {
            ExprError::new(DiagCode::ExprType, col)
                .arg("expected", want.code())
                .arg("found", "date-text")
        }
        Expr::Text(t) if want == Type::Time && crate::types::time::parse_time(t).is_some() => {
            ExprError::new(DiagCode::ExprType, col)
                .arg("expected", want.code())
                .arg("found", "time-text")
        }
        // `kids == "2"`: a number in quotes.
        Expr::Text(t) if want == Type::Number && t.trim().parse::<f64>().is_ok() => {
            ExprError::new(DiagCode::ExprType, col)
                .arg("expected", want.code())
                .arg("found", "number-text")
        }
        _ => type_error(col, want.code(), ty),
    }
}

impl Checker<'_> {
    /// The one argument of `earliest`, `latest`, `year` and `month`: a date or a partial
    /// date; with its node (for warnings located at it).
    fn date_arg<'n>(
        &mut self,
        name: &str,
        args: &'n [Node],
        col: u32,
    ) -> Result<(Expr, &'n Node), ExprError> {
        Self::arity(name, args, 1, col)?;
        let arg = args
            .first()
            .ok_or_else(|| ExprError::new(DiagCode::ExprArity, col))?;
        let (e, t) = self.check(arg)?;
        if !matches!(t, Type::Date | Type::PartialDate) {
            return Err(type_error(arg.col, "date-or-partial-date", t));
        }
        Ok((e, arg))
    }

    fn field(&mut self, name: &str, col: u32) -> Result<FieldInfo, ExprError> {
        match self.symbols.lookup(name, self.scope) {
            Lookup::Found(info) => {
                self.reads.push(info.field);
                Ok(info)
            }
            Lookup::OutOfScope => {
                Err(ExprError::new(DiagCode::ExprOutOfScope, col).arg("name", name))
            }
            // `x != null`: there is no such value; `present(x)` asks whether x is answered.
            Lookup::NotFound
                if ["null", "undefined", "none", "nil", "empty"]
                    .iter()
                    .any(|w| name.eq_ignore_ascii_case(w)) =>
            {
                Err(ExprError::new(DiagCode::ExprSyntax, col)
                    .arg("problem", "no-null")
                    .arg("found", name))
            }
            // `has_dog == yes`, `"required": "yes"`: an option without its quotes, or a
            // yes for `true`.
            Lookup::NotFound if matches!(name, "yes" | "no" | "ja" | "nein") => {
                Err(ExprError::new(DiagCode::ExprSyntax, col)
                    .arg("problem", "yes-no")
                    .arg("found", name))
            }
            Lookup::NotFound => {
                Err(ExprError::new(DiagCode::ExprUnknownField, col).arg("name", name))
            }
        }
    }

    fn expect(&mut self, node: &Node, want: Type) -> Result<Expr, ExprError> {
        let (e, ty) = self.check(node)?;
        if ty != want {
            return Err(mismatch(node.col, want, &e, ty));
        }
        Ok(e)
    }

    /// Warns when `node` is a partial-date field whose accepted answers may lack parts
    /// that `needed` asks for: the expression is then unknown for them.
    fn warn_partial(&mut self, node: &Node, needed: crate::date::Precision) {
        if let Ast::Name(name) = &node.ast
            && let Lookup::Found(FieldInfo {
                ty: Type::PartialDate,
                sure: Some(sure),
                ..
            }) = self.symbols.lookup(name, self.scope)
            && sure < needed
        {
            self.warnings.push(
                ExprError::new(DiagCode::PartialDateUnknown, node.col)
                    .arg("name", name)
                    .arg("precision", sure.name()),
            );
        }
    }

    /// Says when a text literal is compared with a choice that does not offer it (an error
    /// of the form: such a comparison is never true).
    fn check_option(&mut self, field: &Node, lit: &str, col: u32) {
        if let Ast::Name(name) = &field.ast
            && let Lookup::Found(FieldInfo {
                options: Some(opts),
                ..
            }) = self.symbols.lookup(name, self.scope)
            && !opts.iter().any(|o| o == lit)
        {
            let mut e = ExprError::new(DiagCode::UnknownOption, col)
                .arg("name", name)
                .arg("value", lit);
            if let Some(n) = crate::compile::names::near(lit, opts.iter().map(String::as_str)) {
                e = e.arg("near", n);
            }
            self.warnings.push(e);
        }
    }

    pub(super) fn check(&mut self, node: &Node) -> Result<(Expr, Type), ExprError> {
        let col = node.col;
        Ok(match &node.ast {
            Ast::Lit(Lit::Bool(b)) => (Expr::Bool(*b), Type::Bool),
            Ast::Lit(Lit::Num(n)) => (Expr::Num(*n), Type::Number),
            Ast::Lit(Lit::Str(s)) => (Expr::Text(s.clone()), Type::Text),
            Ast::Today => (Expr::Today, Type::Date),
            Ast::Name(name) => {
                let info = self.field(name, col)?;
                if info.ty == Type::Group {
                    return Err(ExprError::new(DiagCode::ExprType, col)
                        .arg("expected", "value")
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
            Ast::Arith(op, l, r) => {
                let (l, r) = (
                    Box::new(self.expect(l, Type::Number)?),
                    Box::new(self.expect(r, Type::Number)?),
                );
                (Expr::Arith(*op, l, r), Type::Number)
            }
            Ast::Cmp(op, l, r) => {
                let (le, lt) = self.check(l)?;
                let (re, rt) = self.check(r)?;
                let dates = |t: Type| matches!(t, Type::Date | Type::PartialDate);
                if lt != rt && !(dates(lt) && dates(rt)) {
                    // `has_dog == true` for a choice of `yes` and `no`: its options said.
                    if let (Ast::Name(name), Type::Text, Type::Bool) = (&l.ast, lt, rt)
                        && let Lookup::Found(FieldInfo {
                            options: Some(opts),
                            ..
                        }) = self.symbols.lookup(name, self.scope)
                    {
                        // A few, for a code list of two hundred countries.
                        let mut quoted: Vec<String> =
                            opts.iter().take(5).map(|o| format!("\"{o}\"")).collect();
                        if opts.len() > 5 {
                            quoted.push("…".to_owned());
                        }
                        return Err(ExprError::new(DiagCode::ExprType, r.col)
                            .arg("expected", "option")
                            .arg("found", rt.code())
                            .arg("options", quoted.join(", ")));
                    }
                    // `agree == "yes"`: a box is true or false itself.
                    if let (Ast::Name(_), Type::Bool, Type::Text) = (&l.ast, lt, rt) {
                        return Err(ExprError::new(DiagCode::ExprType, r.col)
                            .arg("expected", lt.code())
                            .arg("found", "text-for-box"));
                    }
                    // `start > "2021-01-01"`, `opens > "08:00"`: said with how to write it.
                    return Err(mismatch(r.col, lt, &re, rt));
                }
                let ordered = matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge);
                let ok = match lt {
                    Type::Number | Type::Date | Type::PartialDate | Type::Time => true,
                    Type::Bool | Type::Text => !ordered,
                    Type::Set | Type::Group => false,
                };
                // A partial date compared as days can be unknown (and a rule that is
                // unknown passes) when an answer may lack its month or day.
                if lt != rt || ordered {
                    for side in [l, r] {
                        self.warn_partial(side, crate::date::Precision::Full);
                    }
                }
                if !ok {
                    let expected = if ordered {
                        "number-date-or-time"
                    } else {
                        "comparable"
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
                                _ => return Err(type_error(*c, Type::Text.code(), Type::Number)),
                            }
                        }
                        (Expr::InText(Box::new(le), vals), Type::Bool)
                    }
                    Type::Number => {
                        let mut vals = Vec::new();
                        for (lit, c) in items {
                            match lit {
                                Lit::Num(n) => vals.push(*n),
                                _ => return Err(type_error(*c, Type::Number.code(), Type::Text)),
                            }
                        }
                        (Expr::InNum(Box::new(le), vals), Type::Bool)
                    }
                    other => return Err(type_error(l.col, "text-or-number", other)),
                }
            }
            Ast::Call(name, args) => self.call(name, args, col)?,
        })
    }

    fn arity(name: &str, args: &[Node], n: usize, col: u32) -> Result<(), ExprError> {
        if args.len() != n {
            return Err(ExprError::new(DiagCode::ExprArity, col)
                .arg("name", name)
                .arg("expected", n)
                .arg("found", args.len()));
        }
        Ok(())
    }

    /// The one argument of `date("…")` and `time("…")`, a text literal, and its column.
    fn literal<'n>(name: &str, args: &'n [Node], col: u32) -> Result<(&'n str, u32), ExprError> {
        Self::arity(name, args, 1, col)?;
        match args.first().map(|a| (&a.ast, a.col)) {
            Some((Ast::Lit(Lit::Str(s)), c)) => Ok((s, c)),
            Some((_, c)) => Err(ExprError::new(DiagCode::ExprType, c)
                .arg("expected", format!("{name}-literal"))
                .arg("found", "expression")),
            None => Err(ExprError::new(DiagCode::ExprArity, col)),
        }
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
            "earliest" | "latest" => {
                let (e, _) = self.date_arg(name, args, col)?;
                let f = if name == "earliest" {
                    Func::Earliest
                } else {
                    Func::Latest
                };
                Ok((Expr::Call(f, vec![e]), Date))
            }
            "year" | "month" => {
                let (e, arg) = self.date_arg(name, args, col)?;
                if name == "month" {
                    self.warn_partial(arg, crate::date::Precision::YearMonth);
                }
                let f = if name == "year" {
                    Func::Year
                } else {
                    Func::Month
                };
                Ok((Expr::Call(f, vec![e]), Number))
            }
            "date" => {
                let (s, c) = Self::literal(name, args, col)?;
                match crate::date::Date::parse_iso(s) {
                    Ok(d) => Ok((Expr::Date(d), Date)),
                    Err(_) => Err(ExprError::new(DiagCode::ExprInvalidDate, c).arg("value", s)),
                }
            }
            "time" => {
                // A time is its minutes after midnight when evaluated: a number, typed time.
                let (s, c) = Self::literal(name, args, col)?;
                match crate::types::time::parse_time(s) {
                    Some(t) => Ok((Expr::Num(f64::from(t)), Time)),
                    None => Err(ExprError::new(DiagCode::ExprInvalidTime, c).arg("value", s)),
                }
            }
            "minutes_between" => {
                // Times are minutes after midnight when evaluated: the difference.
                Self::arity(name, args, 2, col)?;
                let (Some(from), Some(to)) = (args.first(), args.get(1)) else {
                    return Err(ExprError::new(DiagCode::ExprArity, col));
                };
                let (from, to) = (self.expect(from, Time)?, self.expect(to, Time)?);
                Ok((
                    Expr::Arith(super::ArithOp::Sub, Box::new(to), Box::new(from)),
                    Number,
                ))
            }
            "value_or" => {
                Self::arity(name, args, 2, col)?;
                let (Some(first), Some(second)) = (args.first(), args.get(1)) else {
                    return Err(ExprError::new(DiagCode::ExprArity, col));
                };
                let (e, ty) = self.check(first)?;
                if !matches!(ty, Number | Text | Date | Time) {
                    return Err(type_error(first.col, "number-text-date-or-time", ty));
                }
                let fallback = self.expect(second, ty)?;
                Ok((Expr::Call(Func::ValueOr, vec![e, fallback]), ty))
            }
            "present" => {
                Self::arity(name, args, 1, col)?;
                match args.first().map(|a| (&a.ast, a.col)) {
                    Some((Ast::Name(n), c)) => {
                        let info = self.field(n, c)?;
                        self.presence.push(info.field);
                        Ok((Expr::Present(info.slot), Bool))
                    }
                    Some((_, c)) => Err(ExprError::new(DiagCode::ExprType, c)
                        .arg("expected", "field-name")
                        .arg("found", "expression")),
                    None => Err(ExprError::new(DiagCode::ExprArity, col)),
                }
            }
            "count" | "sum" => {
                let sum = name == "sum";
                if args.is_empty() || args.len() > 2 || (sum && args.len() != 2) {
                    return Err(ExprError::new(DiagCode::ExprArity, col)
                        .arg("name", name)
                        .arg("expected", if sum { "2" } else { "1–2" })
                        .arg("found", args.len()));
                }
                let Some(Node {
                    ast: Ast::Name(g),
                    col: gc,
                }) = args.first()
                else {
                    let c = args.first().map_or(col, |a| a.col);
                    return Err(ExprError::new(DiagCode::ExprType, c)
                        .arg("expected", "group-name")
                        .arg("found", "expression"));
                };
                let info = self.field(g, *gc)?;
                // `count(x)` of a multi-choice: the options chosen.
                if !sum && args.len() == 1 && info.ty == Set {
                    return Ok((
                        Expr::Call(Func::Chosen, vec![Expr::Field(info.slot)]),
                        Number,
                    ));
                }
                let (Some(group), Slot::Top(top)) = (info.group, info.slot) else {
                    let expected = if sum || args.len() > 1 {
                        Group.code()
                    } else {
                        "group-or-set"
                    };
                    return Err(type_error(*gc, expected, info.ty));
                };
                let cond = match args.get(1) {
                    Some(c) => {
                        let outer = self.scope.replace(group);
                        let checked = self.expect(c, if sum { Number } else { Bool });
                        self.scope = outer;
                        Some(Box::new(checked?))
                    }
                    None => None,
                };
                Ok((
                    match (sum, cond) {
                        (true, Some(each)) => Expr::Sum(top, each),
                        (_, cond) => Expr::Count(top, cond),
                    },
                    Number,
                ))
            }
            _ => Err(ExprError::new(DiagCode::ExprUnknownFunction, col).arg("name", name)),
        }
    }
}
