//! Evaluation: three-valued (Kleene) logic over the answers, `None` meaning unknown.

use super::{ArithOp, CmpOp, Env, Expr, Func, Val};
use crate::date::Date;

/// The result of `+`, `-`, `*` or `/` as people reckon it. In binary floating point
/// `0.1 + 0.2` is a little more than `0.3`, and so are 23 % of the sums of two amounts with
/// cents: a rule `a + b <= limit` would refuse an applicant exactly at the limit. Rounded to
/// nine decimal places where the numbers involved are below a million, six below a billion
/// and three below a trillion (so that the error of the operation, which grows with them,
/// is rounded away), the result is the number its decimal inputs make: answers have fewer
/// places.
#[inline(never)]
fn num_result(a: f64, b: f64, n: f64) -> Option<Val<'static>> {
    // The size of the numbers involved (their sum: as good as the largest, and less code).
    let m = a.abs() + b.abs() + n.abs();
    let scale = if m < 1e6 {
        1e9
    } else if m < 1e9 {
        1e6
    } else {
        1e3
    };
    // Beyond a trillion, as computed.
    let n = if m < 1e12 {
        (n * scale).round_ties_even() / scale
    } else {
        n
    };
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
            if let (Some(a), Some(b)) = (span(&l), span(&r))
                && (matches!(l, Val::Partial(_)) != matches!(r, Val::Partial(_))
                    || !matches!(op, CmpOp::Eq | CmpOp::Ne))
            {
                return compare_spans(*op, a, b).map(Val::Bool);
            }
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
        Expr::Arith(op, l, r) => {
            let (Val::Num(a), Val::Num(b)) = (eval(l, env)?, eval(r, env)?) else {
                return None;
            };
            let n = match op {
                ArithOp::Add => a + b,
                ArithOp::Sub => a - b,
                ArithOp::Mul => a * b,
                // Unknown, not infinite.
                ArithOp::Div if b == 0.0 => return None,
                ArithOp::Div => a / b,
            };
            num_result(a, b, n)
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
        // Counting and adding up items share one loop (and one closure in the bundle).
        Expr::Count(group, None) => Some(Val::Num(env.items(*group) as f64)),
        Expr::Count(group, Some(each)) | Expr::Sum(group, each) => {
            let sum = matches!(expr, Expr::Sum(..));
            let mut total = 0.0;
            for i in 0..env.items(*group) {
                env.with_item(*group, i, &mut |item_env| {
                    let add = match eval(each, item_env) {
                        Some(Val::Num(n)) if sum => n,
                        Some(Val::Bool(true)) => 1.0,
                        _ => 0.0,
                    };
                    if let Some(Val::Num(t)) = num_result(total, add, total + add) {
                        total = t;
                    }
                    None
                });
            }
            Some(Val::Num(total))
        }
        Expr::Call(func, args) => call(*func, args, env),
    }
}

/// The days a date value can mean: one day, or every day of a partial date.
fn span(v: &Val<'_>) -> Option<(Date, Date)> {
    match v {
        Val::Date(d) => Some((*d, *d)),
        Val::Partial(p) => Some((p.earliest(), p.latest())),
        _ => None,
    }
}

/// Compares two spans of days: known when every day of one compares the same way with
/// every day of the other, else unknown. `1990` < `1991-03-01` is true, `1990` < `1990-06-01`
/// unknown, `1990-06` = `1990-06-15` unknown, `1990-06` = `1990-07-15` false.
fn compare_spans(op: CmpOp, (a0, a1): (Date, Date), (b0, b1): (Date, Date)) -> Option<bool> {
    let known = |yes: bool, no: bool| {
        if yes {
            Some(true)
        } else if no {
            Some(false)
        } else {
            None
        }
    };
    match op {
        CmpOp::Lt => known(a1 < b0, a0 >= b1),
        CmpOp::Le => known(a1 <= b0, a0 > b1),
        CmpOp::Gt => known(a0 > b1, a1 <= b0),
        CmpOp::Ge => known(a0 >= b1, a1 < b0),
        CmpOp::Eq => known(a0 == a1 && b0 == b1 && a0 == b0, a1 < b0 || b1 < a0),
        CmpOp::Ne => known(a1 < b0 || b1 < a0, a0 == a1 && b0 == b1 && a0 == b0),
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
        Func::ValueOr => return arg(0).or_else(|| arg(1)),
        Func::Chosen => Val::Num(match arg(0) {
            Some(Val::Set(set)) => set.len() as f64,
            _ => 0.0,
        }),
        Func::Earliest | Func::Latest => match arg(0)? {
            Val::Date(d) => Val::Date(d),
            Val::Partial(p) if func == Func::Earliest => Val::Date(p.earliest()),
            Val::Partial(p) => Val::Date(p.latest()),
            _ => return None,
        },
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
