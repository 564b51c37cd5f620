//! Reading JSON text into a [`Node`]: serde_json's reader (1.0, without its features
//! `float_roundtrip` and `arbitrary_precision`) written for this one tree, byte for byte
//! in what it accepts, the numbers it makes, its nesting limit (127 arrays or objects
//! inside each other) and the error and place it reports (`tests/json_node.rs` and a
//! property test compare the two on generated and mangled text).
//!
//! Its own because the tree is all the engine reads from text: serde's visitors made
//! reading the registration's answers 23,189 instructions, this 20,519 (`bench_engine calls
//! parse-node` under callgrind), and a bundle that reads JSON only so carries no serde_json
//! reader (the embed: 283 B brotli less).
//!
//! Members and items are gathered on one stack per reading and moved into a list of their
//! exact length when their object or array ends: no list grows by doubling.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use serde_json::Number;

use super::Node;

/// Why JSON text was refused: serde_json's reasons and their texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    EofWhileParsingList,
    EofWhileParsingObject,
    EofWhileParsingString,
    EofWhileParsingValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedSomeIdent,
    ExpectedSomeValue,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacterWhileParsingString,
    KeyMustBeAString,
    LoneLeadingSurrogateInHexEscape,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    RecursionLimitExceeded,
}

impl ErrorCode {
    fn text(self) -> &'static str {
        match self {
            ErrorCode::EofWhileParsingList => "EOF while parsing a list",
            ErrorCode::EofWhileParsingObject => "EOF while parsing an object",
            ErrorCode::EofWhileParsingString => "EOF while parsing a string",
            ErrorCode::EofWhileParsingValue => "EOF while parsing a value",
            ErrorCode::ExpectedColon => "expected `:`",
            ErrorCode::ExpectedListCommaOrEnd => "expected `,` or `]`",
            ErrorCode::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            ErrorCode::ExpectedSomeIdent => "expected ident",
            ErrorCode::ExpectedSomeValue => "expected value",
            ErrorCode::InvalidEscape => "invalid escape",
            ErrorCode::InvalidNumber => "invalid number",
            ErrorCode::NumberOutOfRange => "number out of range",
            ErrorCode::ControlCharacterWhileParsingString => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            ErrorCode::KeyMustBeAString => "key must be a string",
            ErrorCode::LoneLeadingSurrogateInHexEscape => "lone leading surrogate in hex escape",
            ErrorCode::TrailingComma => "trailing comma",
            ErrorCode::TrailingCharacters => "trailing characters",
            ErrorCode::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            ErrorCode::RecursionLimitExceeded => "recursion limit exceeded",
        }
    }
}

/// JSON text that was refused: why, and where (line from 1; column: bytes before the place
/// on its line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    pub code: ErrorCode,
    pub line: usize,
    pub column: usize,
}

/// As serde_json writes its errors: `expected value at line 1 column 1`.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.code.text(),
            self.line,
            self.column
        )
    }
}

impl std::error::Error for Error {}

type Result<T> = std::result::Result<T, Error>;

/// Reads JSON text into a [`Node`]. A byte order mark before it is skipped, as RFC 8259
/// allows: Windows editors write one, and a file that looks right must not fail at line 1,
/// column 1. Lines and columns are counted after it.
pub(super) fn parse(text: &str) -> Result<Node<'_>> {
    let text = crate::messages::without_bom(text);
    let mut r = Reader {
        text,
        at: 0,
        remaining_depth: 128,
        items: Vec::new(),
        members: Vec::new(),
        dropped: false,
    };
    let node = r.value()?;
    match r.whitespace() {
        Some(_) => Err(r.peek_error(ErrorCode::TrailingCharacters)),
        None => Ok(node),
    }
}

struct Reader<'s> {
    text: &'s str,
    at: usize,
    remaining_depth: u8,
    /// The items of the arrays being read, innermost last.
    items: Vec<Node<'s>>,
    /// The members of the objects being read, innermost last.
    members: Vec<(Cow<'s, str>, Node<'s>)>,
    /// Whether the number being read had a digit other than zero that its `u64` could not
    /// hold.
    dropped: bool,
}

impl<'s> Reader<'s> {
    fn bytes(&self) -> &'s [u8] {
        self.text.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    /// An error about the byte just read (serde_json's `error`).
    fn error(&self, code: ErrorCode) -> Error {
        self.error_at(self.at, code)
    }

    /// An error about the byte about to be read (serde_json's `peek_error`).
    fn peek_error(&self, code: ErrorCode) -> Error {
        self.error_at((self.at + 1).min(self.text.len()), code)
    }

    fn error_at(&self, i: usize, code: ErrorCode) -> Error {
        let before = self.bytes().get(..i).unwrap_or_default();
        let start_of_line = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line = 1 + before
            .get(..start_of_line)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error {
            code,
            line,
            column: i - start_of_line,
        }
    }

    /// The next byte that is not white space, not read.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b) = self.peek() {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    fn value(&mut self) -> Result<Node<'s>> {
        let Some(b) = self.whitespace() else {
            return Err(self.peek_error(ErrorCode::EofWhileParsingValue));
        };
        match b {
            b'n' => self.ident(b"null", Node::Null),
            b't' => self.ident(b"true", Node::Bool(true)),
            b'f' => self.ident(b"false", Node::Bool(false)),
            b'-' => {
                self.at += 1;
                self.number(false)
            }
            b'0'..=b'9' => self.number(true),
            b'"' => {
                self.at += 1;
                Ok(Node::Str(self.string()?))
            }
            b'[' | b'{' => {
                self.remaining_depth -= 1;
                if self.remaining_depth == 0 {
                    return Err(self.peek_error(ErrorCode::RecursionLimitExceeded));
                }
                self.at += 1;
                let node = if b == b'[' {
                    self.array()
                } else {
                    self.object()
                };
                self.remaining_depth += 1;
                node
            }
            _ => Err(self.peek_error(ErrorCode::ExpectedSomeValue)),
        }
    }

    fn ident(&mut self, word: &[u8], node: Node<'s>) -> Result<Node<'s>> {
        self.at += 1;
        for expected in word.iter().skip(1) {
            match self.next() {
                None => return Err(self.error(ErrorCode::EofWhileParsingValue)),
                Some(b) if b != *expected => return Err(self.error(ErrorCode::ExpectedSomeIdent)),
                Some(_) => {}
            }
        }
        Ok(node)
    }

    fn array(&mut self) -> Result<Node<'s>> {
        let start = self.items.len();
        let mut first = true;
        loop {
            let Some(b) = self.whitespace() else {
                return Err(self.peek_error(ErrorCode::EofWhileParsingList));
            };
            if b == b']' {
                break;
            } else if first {
                first = false;
            } else if b == b',' {
                self.at += 1;
                match self.whitespace() {
                    Some(b']') => return Err(self.peek_error(ErrorCode::TrailingComma)),
                    Some(_) => {}
                    None => return Err(self.peek_error(ErrorCode::EofWhileParsingValue)),
                }
            } else {
                return Err(self.peek_error(ErrorCode::ExpectedListCommaOrEnd));
            }
            let item = self.value()?;
            self.items.push(item);
        }
        self.at += 1;
        Ok(Node::Array(self.items.split_off(start)))
    }

    fn object(&mut self) -> Result<Node<'s>> {
        let start = self.members.len();
        let mut first = true;
        loop {
            let Some(b) = self.whitespace() else {
                return Err(self.peek_error(ErrorCode::EofWhileParsingObject));
            };
            if b == b'}' {
                break;
            } else if first {
                first = false;
                if b != b'"' {
                    return Err(self.peek_error(ErrorCode::KeyMustBeAString));
                }
            } else if b == b',' {
                self.at += 1;
                match self.whitespace() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(ErrorCode::TrailingComma)),
                    Some(_) => return Err(self.peek_error(ErrorCode::KeyMustBeAString)),
                    None => return Err(self.peek_error(ErrorCode::EofWhileParsingValue)),
                }
            } else {
                return Err(self.peek_error(ErrorCode::ExpectedObjectCommaOrEnd));
            }
            self.at += 1;
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.peek_error(ErrorCode::ExpectedColon)),
                None => return Err(self.peek_error(ErrorCode::EofWhileParsingObject)),
            }
            let value = self.value()?;
            self.members.push((key, value));
        }
        self.at += 1;
        Ok(Node::Object(self.members.split_off(start)))
    }

    /// The rest of a string whose opening quote was read: borrowed from the text when it
    /// has no escapes.
    fn string(&mut self) -> Result<Cow<'s, str>> {
        // Most strings have no escape: a slice of the text up to the quote.
        let end = special(self.bytes(), self.at);
        if self.bytes().get(end) == Some(&b'"')
            && let Some(s) = self.text.get(self.at..end)
        {
            self.at = end + 1;
            return Ok(Cow::Borrowed(s));
        }
        self.escaped_string()
    }

    /// A string with an escape, or one that is refused.
    #[cold]
    fn escaped_string(&mut self) -> Result<Cow<'s, str>> {
        let bytes = self.bytes();
        let mut start = self.at;
        let mut copied: Option<String> = None;
        loop {
            self.at = special(bytes, self.at);
            let run = self.text.get(start..self.at).unwrap_or_default();
            match self.next() {
                None => return Err(self.error(ErrorCode::EofWhileParsingString)),
                Some(b'"') => {
                    return Ok(match copied {
                        None => Cow::Borrowed(run),
                        Some(mut s) => {
                            s.push_str(run);
                            Cow::Owned(s)
                        }
                    });
                }
                Some(b'\\') => {
                    let s = copied.get_or_insert_with(String::new);
                    s.push_str(run);
                    self.escape(s)?;
                    start = self.at;
                }
                Some(_) => return Err(self.error(ErrorCode::ControlCharacterWhileParsingString)),
            }
        }
    }

    /// An escape whose backslash was read.
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let Some(b) = self.next() else {
            return Err(self.error(ErrorCode::EofWhileParsingString));
        };
        out.push(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.error(ErrorCode::InvalidEscape)),
        });
        Ok(())
    }

    /// A `\u` escape whose `\u` was read; a surrogate must be followed by its pair.
    fn unicode_escape(&mut self, out: &mut String) -> Result<()> {
        let n = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error(ErrorCode::LoneLeadingSurrogateInHexEscape));
        }
        if !(0xD800..=0xDBFF).contains(&n) {
            // Not a surrogate: a character.
            out.push(char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER));
            return Ok(());
        }
        for expected in [b'\\', b'u'] {
            match self.next() {
                None => return Err(self.error(ErrorCode::EofWhileParsingString)),
                Some(b) if b != expected => {
                    return Err(self.error(ErrorCode::UnexpectedEndOfHexEscape));
                }
                Some(_) => {}
            }
        }
        let n2 = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&n2) {
            return Err(self.error(ErrorCode::LoneLeadingSurrogateInHexEscape));
        }
        let c = (((n - 0xD800) << 10) | (n2 - 0xDC00)) + 0x1_0000;
        out.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    /// Four hexadecimal digits.
    fn hex4(&mut self) -> Result<u32> {
        let Some(digits) = self.bytes().get(self.at..self.at + 4) else {
            self.at = self.text.len();
            return Err(self.error(ErrorCode::EofWhileParsingString));
        };
        self.at += 4;
        let mut n = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.error(ErrorCode::InvalidEscape)),
            };
            n = n * 16 + u32::from(v);
        }
        Ok(n)
    }

    fn peek_digit(&self) -> Option<u8> {
        self.peek().filter(u8::is_ascii_digit).map(|d| d - b'0')
    }

    /// A number whose sign, if any, was read: a whole number that fits is kept as one,
    /// any other as `f64`, as serde_json does.
    fn number(&mut self, positive: bool) -> Result<Node<'s>> {
        let Some(first) = self.next() else {
            return Err(self.error(ErrorCode::EofWhileParsingValue));
        };
        let mut significand = match first {
            b'0' => {
                // One leading zero at most.
                if self.peek_digit().is_some() {
                    return Err(self.peek_error(ErrorCode::InvalidNumber));
                }
                0
            }
            b'1'..=b'9' => u64::from(first - b'0'),
            _ => return Err(self.error(ErrorCode::InvalidNumber)),
        };
        let mut exponent = 0i32;
        let mut long = false;
        self.dropped = false;
        while let Some(d) = self.peek_digit() {
            if long || overflows(significand, u64::from(d)) {
                // More digits than a u64 holds: the rest only scale it.
                long = true;
                self.dropped |= d > 0;
                exponent = exponent.saturating_add(1);
            } else {
                significand = significand * 10 + u64::from(d);
            }
            self.at += 1;
        }
        let f = match self.peek() {
            Some(b'.') => self.fraction(significand, exponent)?,
            Some(b'e' | b'E') => self.exponent(significand, exponent)?,
            _ if long => self.scaled(significand, exponent)?,
            _ => {
                return Ok(Node::Number(if positive {
                    Number::from(significand)
                } else {
                    let neg = (significand as i64).wrapping_neg();
                    if neg >= 0 {
                        // `-0`, or below i64's range.
                        return Ok(float(-(significand as f64)));
                    }
                    Number::from(neg)
                }));
            }
        };
        Ok(float(if positive { f } else { -f }))
    }

    /// The fraction of a number, its `.` not read.
    fn fraction(&mut self, mut significand: u64, mut exponent: i32) -> Result<f64> {
        self.at += 1;
        let mut digits = 0;
        let mut overflowed = false;
        while let Some(d) = self.peek_digit() {
            if overflowed || overflows(significand, u64::from(d)) {
                // The digits a u64 cannot hold are dropped.
                overflowed = true;
                self.dropped |= d > 0;
            } else {
                significand = significand * 10 + u64::from(d);
                exponent = exponent.saturating_sub(1);
            }
            digits += 1;
            self.at += 1;
        }
        if digits == 0 {
            return Err(self.peek_error(match self.peek() {
                Some(_) => ErrorCode::InvalidNumber,
                None => ErrorCode::EofWhileParsingValue,
            }));
        }
        match self.peek() {
            Some(b'e' | b'E') => self.exponent(significand, exponent),
            _ => self.scaled(significand, exponent),
        }
    }

    /// The exponent of a number, its `e` not read.
    fn exponent(&mut self, significand: u64, starting: i32) -> Result<f64> {
        self.at += 1;
        let positive = match self.peek() {
            Some(b'+') => {
                self.at += 1;
                true
            }
            Some(b'-') => {
                self.at += 1;
                false
            }
            _ => true,
        };
        let mut exp = match self.next() {
            None => return Err(self.error(ErrorCode::EofWhileParsingValue)),
            Some(d @ b'0'..=b'9') => i32::from(d - b'0'),
            Some(_) => return Err(self.error(ErrorCode::InvalidNumber)),
        };
        while let Some(d) = self.peek_digit() {
            self.at += 1;
            let d = i32::from(d);
            if exp >= i32::MAX / 10 && (exp > i32::MAX / 10 || d > i32::MAX % 10) {
                // An exponent beyond i32: infinity is refused, anything else is zero.
                if significand != 0 && positive {
                    return Err(self.error(ErrorCode::NumberOutOfRange));
                }
                while self.peek_digit().is_some() {
                    self.at += 1;
                }
                return Ok(0.0);
            }
            exp = exp * 10 + d;
        }
        let exponent = if positive {
            starting.saturating_add(exp)
        } else {
            starting.saturating_sub(exp)
        };
        self.scaled(significand, exponent)
    }

    /// `significand` times ten to `exponent`, as serde_json computes it (one multiplication
    /// or division by a power of ten, not always the nearest `f64` for long numbers), except
    /// where its zeros at the end, moved to the exponent, leave a significand an `f64` holds
    /// and a power of ten it holds exactly: then one rounding, the nearest `f64`, as
    /// `str::parse` reads it (serde_json, rounding the significand first, read
    /// `46120001011301800000` one unit off). So every number of up to 15 significant digits
    /// and 22 places is read exactly, however its zeros are written.
    fn scaled(&self, significand: u64, exponent: i32) -> Result<f64> {
        let (mut short, mut shifted) = (significand, exponent);
        while short != 0 && short % 10 == 0 {
            short /= 10;
            shifted = shifted.wrapping_add(1);
        }
        let (significand, mut exponent) =
            if !self.dropped && short >> 53 == 0 && shifted.unsigned_abs() <= 22 {
                (short, shifted)
            } else {
                (significand, exponent)
            };
        let mut f = significand as f64;
        loop {
            match pow10().get(exponent.unsigned_abs() as usize) {
                Some(&pow) => {
                    if exponent >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return Err(self.error(ErrorCode::NumberOutOfRange));
                        }
                    } else {
                        f /= pow;
                    }
                    return Ok(f);
                }
                None => {
                    if f == 0.0 {
                        return Ok(f);
                    }
                    if exponent >= 0 {
                        return Err(self.error(ErrorCode::NumberOutOfRange));
                    }
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
    }
}

/// Where the next quote, backslash or control character is from `i` on (the length when
/// there is none), eight bytes at a time (a word with none is skipped at once; serde_json
/// looks for them so too).
fn special(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    while let Some(word) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        let x = u64::from_le_bytes(w);
        // A high bit where a byte is below 0x20, a quote or a backslash; the lowest is right
        // (a borrow only marks bytes above a marked one).
        let control = x.wrapping_sub(ONES * 0x20) & !x;
        let quote = x ^ (ONES * u64::from(b'"'));
        let quote = quote.wrapping_sub(ONES) & !quote;
        let backslash = x ^ (ONES * u64::from(b'\\'));
        let backslash = backslash.wrapping_sub(ONES) & !backslash;
        let marked = (control | quote | backslash) & HIGH;
        if marked != 0 {
            return i + (marked.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            break;
        }
        i += 1;
    }
    i
}

/// Whether `n * 10 + d` overflows a u64.
fn overflows(n: u64, d: u64) -> bool {
    n >= u64::MAX / 10 && (n > u64::MAX / 10 || d > u64::MAX % 10)
}

/// A number read as `f64` (always finite here), as serde_json's `Value` keeps it.
fn float<'s>(f: f64) -> Node<'s> {
    Number::from_f64(f).map_or(Node::Null, Node::Number)
}

/// The powers of ten an `f64` holds, `1e0` to `1e308`, each the nearest `f64` (ties to
/// even, as the compiler reads `1e23`), made once from the exact integers: as a table of
/// literals, serde_json's way, they cost the embed 2.4 KB brotli.
fn pow10() -> &'static [f64; 309] {
    static TABLE: OnceLock<[f64; 309]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [0.0; 309];
        // Ten to the power, exactly: 32-bit limbs, the least significant first.
        let mut limbs: Vec<u32> = vec![1];
        for slot in &mut table {
            *slot = nearest(&limbs);
            let mut carry = 0;
            for limb in &mut limbs {
                let v = u64::from(*limb) * 10 + carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry > 0 {
                limbs.push(carry as u32);
            }
        }
        table
    })
}

/// The nearest `f64` to a whole number in 32-bit limbs (least significant first), ties to
/// even: its 64 highest bits, the lowest of them set if any bit below is, rounded by the
/// conversion, then scaled by the power of two of the bits below (exact).
fn nearest(limbs: &[u32]) -> f64 {
    let bits = limbs.len() * 32 - limbs.last().map_or(32, |l| l.leading_zeros() as usize);
    let below = bits.saturating_sub(64);
    let (mut top, mut sticky) = (0u64, 0u64);
    for i in (0..bits).rev() {
        let bit = u64::from(limbs.get(i / 32).copied().unwrap_or(0) >> (i % 32) & 1);
        if i >= below {
            top = top << 1 | bit;
        } else {
            sticky |= bit;
        }
    }
    (top | sticky) as f64 * f64::from_bits((below as u64 + 1023) << 52)
}

#[cfg(test)]
mod tests {
    /// Every power of ten is the `f64` Rust reads for it.
    #[test]
    fn powers_of_ten_are_the_nearest_f64() {
        for (n, &p) in super::pow10().iter().enumerate() {
            assert_eq!(
                format!("1e{n}").parse::<f64>().map(f64::to_bits),
                Ok(p.to_bits()),
                "1e{n}"
            );
        }
    }
}
