//! Reading a `.ftl` file straight into the message tree: a port of fluent-syntax 0.12's
//! runtime parser (comments skipped), byte for byte in what it accepts, how it cuts
//! patterns and which entries a syntax error turns into junk, with the same error codes.
//! `tests/fluent_reference.rs` checks every shipped file and generated ones against
//! fluent-syntax. The browser bundle then carries no AST and no second parser (about 1 KB
//! after compression); placeables may nest at most
//! [`MAX_NESTING`](crate::messages::MAX_NESTING) deep (fluent-syntax has no limit and
//! recurses until the stack ends).

use super::{Call, Element, Entry, Expr, Inline, Key, Pattern, Variant};
use crate::messages::{MAX_NESTING, SyntaxCode};

/// A syntax error: a stable code (the names of fluent-syntax's `ErrorKind`) and the byte
/// offset it is reported at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub kind: SyntaxCode,
    pub at: usize,
}

type Result<T> = std::result::Result<T, SyntaxError>;

fn err<T>(kind: SyntaxCode, at: usize) -> Result<T> {
    Err(SyntaxError { kind, at })
}

/// The messages and terms of a source (id, entry) in order, and the syntax errors.
pub(crate) fn parse(source: &str) -> (Vec<(&str, Entry)>, Vec<SyntaxError>) {
    let mut p = Parser {
        src: source,
        ptr: 0,
        depth: 0,
    };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    p.skip_blank_block();
    while p.ptr < p.src.len() {
        let start = p.ptr;
        p.depth = 0;
        match p.entry(start) {
            Ok(Some(e)) => entries.push(e),
            Ok(None) => {}
            Err(e) => {
                p.skip_to_next_entry_start();
                errors.push(e);
            }
        }
        p.skip_blank_block();
    }
    (entries, errors)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Termination {
    LineFeed,
    Crlf,
    PlaceableStart,
    Eof,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    InitialLineStart,
    LineStart,
    Continuation,
}

enum Piece {
    Place(Expr),
    Text(usize, usize, usize, Role),
}

struct Parser<'s> {
    src: &'s str,
    ptr: usize,
    depth: usize,
}

impl<'s> Parser<'s> {
    fn byte_at(&self, at: usize) -> Option<u8> {
        self.src.as_bytes().get(at).copied()
    }

    fn cur(&self) -> Option<u8> {
        self.byte_at(self.ptr)
    }

    fn slice(&self, from: usize, to: usize) -> &'s str {
        self.src.get(from..to).unwrap_or("")
    }

    fn is(&self, b: u8) -> bool {
        self.cur() == Some(b)
    }

    fn take(&mut self, b: u8) -> bool {
        let yes = self.is(b);
        if yes {
            self.ptr += 1;
        }
        yes
    }

    fn expect(&mut self, b: u8) -> Result<()> {
        if self.take(b) {
            Ok(())
        } else {
            err(SyntaxCode::ExpectedToken, self.ptr)
        }
    }

    fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.byte_at(self.ptr + 1) == Some(b'\n'),
            _ => false,
        }
    }

    fn skip_eol(&mut self) -> bool {
        match self.cur() {
            Some(b'\n') => {
                self.ptr += 1;
                true
            }
            Some(b'\r') if self.byte_at(self.ptr + 1) == Some(b'\n') => {
                self.ptr += 2;
                true
            }
            _ => false,
        }
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.is(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                break;
            }
        }
    }

    fn skip_blank(&mut self) {
        loop {
            match self.cur() {
                Some(b' ' | b'\n') => self.ptr += 1,
                Some(b'\r') if self.byte_at(self.ptr + 1) == Some(b'\n') => self.ptr += 2,
                _ => break,
            }
        }
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.cur() {
            let new_line = self.ptr == 0 || self.byte_at(self.ptr - 1) == Some(b'\n');
            if new_line && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.ptr += 1;
        }
    }

    fn skip_comment(&mut self) {
        loop {
            while self.ptr < self.src.len() && !self.is_eol() {
                self.ptr += 1;
            }
            self.ptr += 1;
            if self.is(b'#') {
                self.ptr += 1;
            } else {
                break;
            }
        }
    }

    fn entry(&mut self, start: usize) -> Result<Option<(&'s str, Entry)>> {
        match self.cur() {
            Some(b'#') => {
                self.skip_comment();
                Ok(None)
            }
            Some(b'-') => self.term(start).map(Some),
            _ => self.message(start).map(Some),
        }
    }

    fn message(&mut self, start: usize) -> Result<(&'s str, Entry)> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes();
        if value.is_none() && attributes.is_empty() {
            return err(SyntaxCode::ExpectedMessageField, start);
        }
        Ok((
            id,
            Entry {
                term: false,
                value,
                attributes,
            },
        ))
    }

    fn term(&mut self, start: usize) -> Result<(&'s str, Entry)> {
        self.expect(b'-')?;
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        self.skip_blank_inline();
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes();
        match value {
            Some(v) => Ok((
                id,
                Entry {
                    term: true,
                    value: Some(v),
                    attributes,
                },
            )),
            None => err(SyntaxCode::ExpectedTermField, start),
        }
    }

    fn attributes(&mut self) -> Box<[(Box<str>, Pattern)]> {
        let mut out = Vec::new();
        loop {
            let line_start = self.ptr;
            self.skip_blank_inline();
            if !self.take(b'.') {
                self.ptr = line_start;
                break;
            }
            match self.attribute() {
                Ok(a) => out.push(a),
                Err(_) => {
                    self.ptr = line_start;
                    break;
                }
            }
        }
        out.into_boxed_slice()
    }

    fn attribute(&mut self) -> Result<(Box<str>, Pattern)> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        match self.pattern()? {
            Some(p) => Ok((id.into(), p)),
            None => err(SyntaxCode::MissingValue, self.ptr),
        }
    }

    fn is_identifier_start(&self) -> bool {
        self.cur().is_some_and(|b| b.is_ascii_alphabetic())
    }

    /// The rest of an identifier whose first byte was just taken.
    fn identifier_rest(&mut self) -> &'s str {
        let start = self.ptr - 1;
        while self
            .cur()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.ptr += 1;
        }
        self.slice(start, self.ptr)
    }

    fn identifier(&mut self) -> Result<&'s str> {
        if !self.is_identifier_start() {
            return err(SyntaxCode::ExpectedCharRange, self.ptr);
        }
        self.ptr += 1;
        Ok(self.identifier_rest())
    }

    fn attribute_accessor(&mut self) -> Result<Option<Box<str>>> {
        if self.take(b'.') {
            Ok(Some(self.identifier()?.into()))
        } else {
            Ok(None)
        }
    }

    fn pattern(&mut self) -> Result<Option<Pattern>> {
        let mut pieces: Vec<Piece> = Vec::new();
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;
        self.skip_blank_inline();
        let mut role = if self.skip_eol() {
            self.skip_blank_block();
            Role::LineStart
        } else {
            Role::InitialLineStart
        };
        while self.ptr < self.src.len() {
            if self.take(b'{') {
                if role == Role::LineStart {
                    common_indent = Some(0);
                }
                let e = self.placeable()?;
                last_non_blank = Some(pieces.len());
                pieces.push(Piece::Place(e));
                role = Role::Continuation;
            } else {
                let slice_start = self.ptr;
                let mut indent = 0;
                if role == Role::LineStart {
                    indent = self.skip_blank_inline();
                    match self.cur() {
                        Some(b) if indent == 0 => {
                            if b != b'\r' && b != b'\n' {
                                break;
                            }
                        }
                        Some(b) => {
                            if matches!(b, b'.' | b'}' | b'[' | b'*') {
                                self.ptr = slice_start;
                                break;
                            }
                        }
                        None => break,
                    }
                }
                let (start, end, non_blank, term) = self.text_slice()?;
                if start != end {
                    if role == Role::LineStart && non_blank {
                        common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                    }
                    if role != Role::LineStart || non_blank || term == Termination::LineFeed {
                        if non_blank {
                            last_non_blank = Some(pieces.len());
                        }
                        pieces.push(Piece::Text(slice_start, end, indent, role));
                    }
                }
                role = match term {
                    Termination::LineFeed | Termination::Crlf => Role::LineStart,
                    Termination::PlaceableStart | Termination::Eof => Role::Continuation,
                };
            }
        }
        let Some(last) = last_non_blank else {
            return Ok(None);
        };
        let elements = pieces
            .into_iter()
            .take(last + 1)
            .enumerate()
            .map(|(i, piece)| match piece {
                Piece::Place(e) => Element::Place(e),
                Piece::Text(start, end, indent, role) => {
                    let start = if role == Role::LineStart {
                        start + common_indent.map_or(indent, |c| indent.min(c))
                    } else {
                        start
                    };
                    let mut text = self.slice(start, end);
                    if i == last {
                        text = text.trim_end_matches([' ', '\r', '\n']);
                    }
                    Element::Text(text.into())
                }
            })
            .collect();
        Ok(Some(Pattern(elements)))
    }

    /// Text up to a line end, a placeable or the end: (start, end, whether it has anything
    /// but spaces, what ended it).
    fn text_slice(&mut self) -> Result<(usize, usize, bool, Termination)> {
        let start = self.ptr;
        let rest = self.src.as_bytes().get(start..).unwrap_or(&[]);
        let non_blank = |t: &[u8]| t.iter().any(|&c| c != b' ');
        let Some(p) = rest.iter().position(|&c| matches!(c, b'\n' | b'{' | b'}')) else {
            self.ptr += rest.len();
            return Ok((start, self.ptr, non_blank(rest), Termination::Eof));
        };
        let text = rest.get(..p).unwrap_or(&[]);
        match rest.get(p) {
            Some(b'}') => {
                self.ptr += text.len();
                err(SyntaxCode::UnbalancedClosingBrace, self.ptr)
            }
            Some(b'\n') if text.last() == Some(&b'\r') => {
                let text = text.get(..text.len() - 1).unwrap_or(&[]);
                self.ptr += text.len() + 1;
                Ok((start, self.ptr - 1, non_blank(text), Termination::Crlf))
            }
            Some(b'\n') => {
                self.ptr += text.len() + 1;
                Ok((start, self.ptr, non_blank(text), Termination::LineFeed))
            }
            _ => {
                self.ptr += text.len();
                Ok((
                    start,
                    self.ptr,
                    non_blank(text),
                    Termination::PlaceableStart,
                ))
            }
        }
    }

    fn placeable(&mut self) -> Result<Expr> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return err(SyntaxCode::TooDeep, self.ptr);
        }
        self.skip_blank();
        let e = self.expression()?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        if let Expr::Inline(Inline::Term(_, Some(_), _)) = e {
            return err(SyntaxCode::TermAttributeAsPlaceable, self.ptr);
        }
        self.depth -= 1;
        Ok(e)
    }

    fn expression(&mut self) -> Result<Expr> {
        let e = self.inline(false)?;
        self.skip_blank();
        if !self.is(b'-') || self.byte_at(self.ptr + 1) != Some(b'>') {
            if let Inline::Term(_, Some(_), _) = e {
                return err(SyntaxCode::TermAttributeAsPlaceable, self.ptr);
            }
            return Ok(Expr::Inline(e));
        }
        match &e {
            Inline::Msg(_, None) => return err(SyntaxCode::MessageReferenceAsSelector, self.ptr),
            Inline::Msg(_, Some(_)) => {
                return err(SyntaxCode::MessageAttributeAsSelector, self.ptr);
            }
            Inline::Term(_, None, _) => return err(SyntaxCode::TermReferenceAsSelector, self.ptr),
            Inline::Term(..)
            | Inline::Str(_)
            | Inline::Num(_)
            | Inline::Var(_)
            | Inline::Func(..) => {}
            Inline::Nested(_) => {
                return err(SyntaxCode::ExpectedSimpleExpressionAsSelector, self.ptr);
            }
        }
        self.ptr += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return err(SyntaxCode::ExpectedCharRange, self.ptr);
        }
        self.skip_blank();
        let variants = self.variants()?;
        Ok(Expr::Select(e, variants))
    }

    fn variants(&mut self) -> Result<Box<[Variant]>> {
        let mut out = Vec::with_capacity(2);
        let mut has_default = false;
        loop {
            let default = self.take(b'*');
            if default {
                if has_default {
                    return err(SyntaxCode::MultipleDefaultVariants, self.ptr);
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            let key = self.variant_key()?;
            match self.pattern()? {
                Some(value) => {
                    out.push(Variant {
                        key,
                        value,
                        default,
                    });
                    self.skip_blank();
                }
                None => return err(SyntaxCode::MissingValue, self.ptr),
            }
        }
        if has_default {
            Ok(out.into_boxed_slice())
        } else {
            err(SyntaxCode::MissingDefaultVariant, self.ptr)
        }
    }

    fn variant_key(&mut self) -> Result<Key> {
        self.skip_blank();
        let key = if self.cur().is_some_and(|b| b.is_ascii_digit() || b == b'-') {
            Key::Num(self.number()?.into())
        } else {
            Key::Name(self.identifier()?.into())
        };
        self.skip_blank();
        self.expect(b']')?;
        Ok(key)
    }

    fn skip_digits(&mut self) -> Result<()> {
        let start = self.ptr;
        while self.cur().is_some_and(|b| b.is_ascii_digit()) {
            self.ptr += 1;
        }
        if start == self.ptr {
            err(SyntaxCode::ExpectedCharRange, self.ptr)
        } else {
            Ok(())
        }
    }

    fn number(&mut self) -> Result<&'s str> {
        let start = self.ptr;
        self.take(b'-');
        self.skip_digits()?;
        if self.take(b'.') {
            self.skip_digits()?;
        }
        Ok(self.slice(start, self.ptr))
    }

    fn unicode_escape(&mut self, length: usize) -> Result<()> {
        let start = self.ptr;
        for _ in 0..length {
            if self.cur().is_some_and(|b| b.is_ascii_hexdigit()) {
                self.ptr += 1;
            } else {
                break;
            }
        }
        if self.ptr - start != length {
            return err(SyntaxCode::InvalidUnicodeEscapeSequence, self.ptr);
        }
        Ok(())
    }

    fn inline(&mut self, only_literal: bool) -> Result<Inline> {
        match self.cur() {
            Some(b'"') => {
                self.ptr += 1;
                let start = self.ptr;
                while let Some(b) = self.cur() {
                    match b {
                        b'\\' => match self.byte_at(self.ptr + 1) {
                            Some(b'\\' | b'{' | b'"') => self.ptr += 2,
                            Some(b'u') => {
                                self.ptr += 2;
                                self.unicode_escape(4)?;
                            }
                            Some(b'U') => {
                                self.ptr += 2;
                                self.unicode_escape(6)?;
                            }
                            _ => return err(SyntaxCode::UnknownEscapeSequence, self.ptr),
                        },
                        b'"' => break,
                        b'\n' => return err(SyntaxCode::UnterminatedStringLiteral, self.ptr),
                        _ => self.ptr += 1,
                    }
                }
                self.expect(b'"')?;
                Ok(Inline::Str(self.slice(start, self.ptr - 1).into()))
            }
            Some(b) if b.is_ascii_digit() => Ok(Inline::Num(self.number()?.into())),
            Some(b'-') if !only_literal => {
                self.ptr += 1;
                if self.is_identifier_start() {
                    self.ptr += 1;
                    let id = self.identifier_rest();
                    let attribute = self.attribute_accessor()?;
                    let arguments = self.call_arguments()?;
                    Ok(Inline::Term(id.into(), attribute, arguments))
                } else {
                    self.ptr -= 1;
                    Ok(Inline::Num(self.number()?.into()))
                }
            }
            Some(b'$') if !only_literal => {
                self.ptr += 1;
                Ok(Inline::Var(self.identifier()?.into()))
            }
            Some(b) if b.is_ascii_alphabetic() => {
                self.ptr += 1;
                let id = self.identifier_rest();
                if let Some(arguments) = self.call_arguments()? {
                    let callee = id.bytes().all(|c| {
                        c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_' || c == b'-'
                    });
                    if !callee {
                        return err(SyntaxCode::ForbiddenCallee, self.ptr);
                    }
                    Ok(Inline::Func(id.into(), arguments))
                } else {
                    let attribute = self.attribute_accessor()?;
                    Ok(Inline::Msg(id.into(), attribute))
                }
            }
            Some(b'{') if !only_literal => {
                self.ptr += 1;
                Ok(Inline::Nested(Box::new(self.placeable()?)))
            }
            _ if only_literal => err(SyntaxCode::ExpectedLiteral, self.ptr),
            _ => err(SyntaxCode::ExpectedInlineExpression, self.ptr),
        }
    }

    fn call_arguments(&mut self) -> Result<Option<Call>> {
        self.skip_blank();
        if !self.take(b'(') {
            return Ok(None);
        }
        // Calls nest like placeables (`NUMBER(NUMBER(...))`), and count with them.
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return err(SyntaxCode::TooDeep, self.ptr);
        }
        let mut positional = Vec::new();
        let mut named: Vec<(Box<str>, Inline)> = Vec::new();
        self.skip_blank();
        while self.ptr < self.src.len() {
            if self.is(b')') {
                break;
            }
            let e = self.inline(false)?;
            if let Inline::Msg(id, None) = &e {
                self.skip_blank();
                if self.is(b':') {
                    if named.iter().any(|(n, _)| n == id) {
                        return err(SyntaxCode::DuplicatedNamedArgument, self.ptr);
                    }
                    self.ptr += 1;
                    self.skip_blank();
                    let value = self.inline(true)?;
                    named.push((id.clone(), value));
                } else {
                    if !named.is_empty() {
                        return err(SyntaxCode::PositionalArgumentFollowsNamed, self.ptr);
                    }
                    positional.push(e);
                }
            } else {
                if !named.is_empty() {
                    return err(SyntaxCode::PositionalArgumentFollowsNamed, self.ptr);
                }
                positional.push(e);
            }
            self.skip_blank();
            self.take(b',');
            self.skip_blank();
        }
        self.expect(b')')?;
        self.depth -= 1;
        Ok(Some(Call {
            positional: positional.into_boxed_slice(),
            named: named.into_boxed_slice(),
        }))
    }
}
