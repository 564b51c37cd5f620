//! The parser: tokens to a syntax tree (precedence climbing, depth-limited).

use super::lex::{Tok, lex};
use super::{ArithOp, CmpOp, ExprError, Lit, MAX_DEPTH, MAX_EXPR_LEN};
use crate::codes::DiagCode;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Ast {
    Lit(Lit),
    Today,
    Name(String),
    Not(Box<Node>),
    Neg(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Cmp(CmpOp, Box<Node>, Box<Node>),
    Arith(ArithOp, Box<Node>, Box<Node>),
    In(Box<Node>, Vec<(Lit, u32)>),
    Call(String, Vec<Node>),
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Node {
    pub(super) ast: Ast,
    pub(super) col: u32,
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
        let e = ExprError::new(DiagCode::ExprSyntax, self.col());
        match self.peek() {
            Tok::End => e.arg("problem", "unexpected-end"),
            Tok::Name(n) if keyword_in_capitals(n).is_some() => keyword_case(e, n),
            t => e
                .arg("problem", "unexpected-token")
                .arg("found", t.describe()),
        }
    }
    fn expect(&mut self, tok: Tok) -> Result<(), ExprError> {
        if *self.peek() == tok {
            self.pos += 1;
            return Ok(());
        }
        let e = ExprError::new(DiagCode::ExprSyntax, self.col()).arg("expected", tok.describe());
        Err(match self.peek() {
            Tok::End => e.arg("problem", "expected-at-end"),
            t => e.arg("problem", "expected").arg("found", t.describe()),
        })
    }
    fn enter(&mut self) -> Result<(), ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ExprError::new(DiagCode::ExprTooDeep, self.col()).arg("max", MAX_DEPTH));
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
        let left = self.arith(0)?;
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
        let right = self.arith(0)?;
        if matches!(
            self.peek(),
            Tok::Eq | Tok::Ne | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge
        ) {
            return Err(ExprError::new(DiagCode::ExprSyntax, self.col())
                .arg("problem", "chained-comparison"));
        }
        Ok(Node {
            ast: Ast::Cmp(op, Box::new(left), Box::new(right)),
            col,
        })
    }
    /// A left-associative chain of the operators of one level: `+ -` (level 0) over `* /`
    /// (level 1) over a unary expression.
    fn arith(&mut self, level: u8) -> Result<Node, ExprError> {
        let next = |p: &mut Self| if level == 0 { p.arith(1) } else { p.unary() };
        let mut left = next(self)?;
        loop {
            let col = self.col();
            let op = match (level, self.peek()) {
                (0, Tok::Plus) => ArithOp::Add,
                (0, Tok::Minus) => ArithOp::Sub,
                (1, Tok::Star) => ArithOp::Mul,
                (1, Tok::Slash) => ArithOp::Div,
                _ => return Ok(left),
            };
            self.bump();
            let right = next(self)?;
            left = Node {
                ast: Ast::Arith(op, Box::new(left), Box::new(right)),
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
                // `True`, `TODAY`: field ids are in small letters, so it is no field.
                _ if keyword_in_capitals(&n).is_some() => {
                    self.pos -= 1;
                    return Err(self.unexpected());
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

/// The word of the language `n` is in capitals (`AND`, `True`, `Today`), if it is one.
fn keyword_in_capitals(n: &str) -> Option<&'static str> {
    ["and", "or", "not", "in", "true", "false", "today"]
        .into_iter()
        .find(|k| n != *k && n.eq_ignore_ascii_case(k))
}

/// `AND` where `and` is meant: said with the word to write.
fn keyword_case(e: ExprError, n: &str) -> ExprError {
    e.arg("problem", "keyword-case")
        .arg("found", n)
        .arg("expected", keyword_in_capitals(n).unwrap_or_default())
}

pub(super) fn parse(src: &str) -> Result<Node, ExprError> {
    if src.len() > MAX_EXPR_LEN {
        return Err(ExprError::new(DiagCode::ExprTooLong, 1).arg("max", MAX_EXPR_LEN));
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
