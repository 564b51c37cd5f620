//! JSON text refused, said for the person who wrote it: what they most likely did (a
//! comment, single or typographic quotes, a comma too many or too few, a brace left open),
//! as a stable `problem` code for a message, and the column counted in characters, as
//! editors count it, not in bytes.

use super::{Error, ErrorCode};

/// The `problem`s [`Error::described`] gives, each a variant of the messages that say them
/// (`schema-json-syntax`, `cli-data-not-json`).
pub const PROBLEMS: [&str; 15] = [
    "unclosed",
    "comment",
    "single-quotes",
    "typographic-quotes",
    "extra-comma",
    "missing-comma-object",
    "missing-comma-list",
    "expected-colon",
    "key-not-string",
    "expected-value",
    "invalid-escape",
    "invalid-number",
    "line-break-in-text",
    "after-the-end",
    "too-deep",
];

/// Where and why, for a message: `line` from 1, `column` the character's on its line from
/// 1 (0 where the text ended on a line of its own), `problem` one of [`PROBLEMS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Described {
    pub problem: &'static str,
    pub line: usize,
    pub column: usize,
}

impl Error {
    /// This error of reading `text` (the text given to the reader, a byte order mark and
    /// all), described.
    pub fn described(&self, text: &str) -> Described {
        let text = crate::messages::without_bom(text);
        let line = text
            .split('\n')
            .nth(self.line.saturating_sub(1))
            .unwrap_or_default();
        // The reader's column counts the bytes up to and with the one it stopped at.
        let stop = self.column.saturating_sub(1);
        let before = line.get(..stop).unwrap_or(line);
        let next = line.get(stop..).and_then(|rest| rest.chars().next());
        let column = match self.column {
            0 => 0,
            _ => before.chars().count() + 1,
        };
        let [
            unclosed,
            comment,
            single_quotes,
            typographic_quotes,
            extra_comma,
            missing_comma_object,
            missing_comma_list,
            expected_colon,
            key_not_string,
            expected_value,
            invalid_escape,
            invalid_number,
            line_break_in_text,
            after_the_end,
            too_deep,
        ] = PROBLEMS;
        use ErrorCode as C;
        let problem = match (self.code, next) {
            (
                C::EofWhileParsingList
                | C::EofWhileParsingObject
                | C::EofWhileParsingString
                | C::EofWhileParsingValue,
                _,
            ) => unclosed,
            (C::ControlCharacterWhileParsingString, _) => line_break_in_text,
            // (Whatever stands where the colon belongs, the colon is what is missing.)
            (C::ExpectedColon, _) => expected_colon,
            (_, Some('/')) => comment,
            (_, Some(',')) | (C::TrailingComma, _) => extra_comma,
            (_, Some('\'')) => single_quotes,
            (_, Some('“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›')) => {
                typographic_quotes
            }
            (C::ExpectedObjectCommaOrEnd, _) => missing_comma_object,
            (C::ExpectedListCommaOrEnd, _) => missing_comma_list,
            (C::KeyMustBeAString, _) => key_not_string,
            (C::ExpectedSomeValue | C::ExpectedSomeIdent, _) => expected_value,
            (
                C::InvalidEscape | C::LoneLeadingSurrogateInHexEscape | C::UnexpectedEndOfHexEscape,
                _,
            ) => invalid_escape,
            (C::InvalidNumber | C::NumberOutOfRange, _) => invalid_number,
            (C::TrailingCharacters, _) => after_the_end,
            (C::RecursionLimitExceeded, _) => too_deep,
        };
        Described {
            problem,
            line: self.line,
            column,
        }
    }
}
