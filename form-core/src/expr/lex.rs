//! The lexer: characters to tokens, each with its 1-based column.

use super::ExprError;
use crate::codes::DiagCode;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
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
    Star,
    Slash,
    End,
}

impl Tok {
    /// The token as written (empty for the end of the expression).
    pub(super) fn describe(&self) -> String {
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
            Tok::Star => "*".into(),
            Tok::Slash => "/".into(),
            Tok::End => String::new(),
        }
    }
}

pub(super) fn lex(src: &str) -> Result<Vec<(Tok, u32)>, ExprError> {
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
            '*' => Tok::Star,
            '/' => Tok::Slash,
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
                            return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
                                .arg("problem", "unterminated-string"));
                        }
                        Some('"') => break,
                        Some('\\') => {
                            match chars.get(i + 1) {
                                Some(&e @ ('"' | '\\')) => s.push(e),
                                _ => {
                                    return Err(ExprError::new(DiagCode::ExprSyntax, col(i))
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
                // `2020-01-01` unquoted: a date is written `date("2020-01-01")`.
                let digits = |from: usize, n: usize| {
                    (from..from + n).all(|k| chars.get(k).is_some_and(char::is_ascii_digit))
                };
                if end == i + 4
                    && chars.get(end) == Some(&'-')
                    && digits(end + 1, 2)
                    && chars.get(end + 3) == Some(&'-')
                    && digits(end + 4, 2)
                {
                    return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
                        .arg("problem", "bare-date"));
                }
                let text: String = chars.get(i..end).unwrap_or_default().iter().collect();
                i = end - 1;
                match text.parse::<f64>() {
                    Ok(n) if n.is_finite() && n.abs() < 1e15 => Tok::Num(n),
                    _ => {
                        return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
                            .arg("problem", "bad-number"));
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
            // What other languages write: said with what to write here instead.
            '=' => {
                return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
                    .arg("problem", "single-equals"));
            }
            '&' | '|' | '!' => {
                return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
                    .arg("problem", "c-operator")
                    .arg("found", c));
            }
            '\'' | '‘' | '’' | '“' | '”' | '„' => {
                return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
                    .arg("problem", "other-quote")
                    .arg("found", c));
            }
            other => {
                return Err(ExprError::new(DiagCode::ExprSyntax, col(start))
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
