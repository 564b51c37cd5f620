//! The submission as the engine reads it: any JSON value that can show itself as a
//! [`View`]. Two kinds do: a `serde_json::Value`, which Rust callers usually hold, and a
//! [`Node`], read straight from JSON text with its strings borrowed from that text and its
//! objects kept as lists of pairs, which is what a caller holding only the text (the
//! JavaScript API, a receiver) should read: it takes about a third of the work of reading
//! the text into a `Value` (no map of keys is built, no string without escapes is copied).
//!
//! Both give the same report: a key given twice counts with its last value, as in a
//! `Value`, and is listed once among the dropped keys (`tests/json_node.rs`).

mod described;
mod read;

use std::borrow::Cow;
use std::fmt;

pub use described::{Described, PROBLEMS};
pub use read::{Error, ErrorCode};

use serde_json::{Map, Number, Value};

/// What a JSON value is, one level deep.
pub enum View<'a, J: Json> {
    Null,
    Bool(bool),
    Number(&'a Number),
    Str(&'a str),
    Array(&'a [J]),
    Object(&'a J::Members),
}

impl<J: Json> fmt::Debug for View<'_, J> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            View::Null => "null",
            View::Bool(_) => "boolean",
            View::Number(_) => "number",
            View::Str(_) => "string",
            View::Array(_) => "array",
            View::Object(_) => "object",
        })
    }
}

/// A JSON value the engine can read answers from.
pub trait Json: Sized {
    /// What an object of this kind of value is.
    type Members: ?Sized;
    /// Whether an object holds each key once (a `Value`'s map), or may hold it twice (JSON
    /// text kept as it was written).
    const UNIQUE_KEYS: bool;
    /// What the value is, one level deep.
    fn view(&self) -> View<'_, Self>;
    /// The members of an object, in the order given (a key given twice may come twice).
    fn entries<'a>(o: &'a Self::Members) -> impl Iterator<Item = (&'a str, &'a Self)>
    where
        Self: 'a;
    /// The value of a key of an object (the last, when given twice).
    fn get<'a>(o: &'a Self::Members, key: &str) -> Option<&'a Self>;
    /// An owned copy, kept where an answer cannot be read.
    fn to_value(&self) -> Value;
    /// `null`: what a key not given is read as.
    fn null<'a>() -> &'a Self
    where
        Self: 'a;
}

static VALUE_NULL: Value = Value::Null;
static NODE_NULL: Node<'static> = Node::Null;

impl Json for Value {
    type Members = Map<String, Value>;
    const UNIQUE_KEYS: bool = true;

    #[inline]
    fn view(&self) -> View<'_, Self> {
        match self {
            Value::Null => View::Null,
            Value::Bool(b) => View::Bool(*b),
            Value::Number(n) => View::Number(n),
            Value::String(s) => View::Str(s),
            Value::Array(a) => View::Array(a),
            Value::Object(o) => View::Object(o),
        }
    }

    #[inline]
    fn entries<'a>(o: &'a Self::Members) -> impl Iterator<Item = (&'a str, &'a Self)>
    where
        Self: 'a,
    {
        o.iter().map(|(k, v)| (k.as_str(), v))
    }

    #[inline]
    fn get<'a>(o: &'a Self::Members, key: &str) -> Option<&'a Self> {
        o.get(key)
    }

    fn to_value(&self) -> Value {
        self.clone()
    }

    fn null<'a>() -> &'a Self {
        &VALUE_NULL
    }
}

/// A JSON value read from text, borrowing every string that has no escapes from it.
#[derive(Clone, Debug, PartialEq)]
pub enum Node<'s> {
    Null,
    Bool(bool),
    Number(Number),
    Str(Cow<'s, str>),
    Array(Vec<Node<'s>>),
    /// The members in the order given, a key given twice twice.
    Object(Vec<(Cow<'s, str>, Node<'s>)>),
}

impl<'s> Node<'s> {
    /// Reads JSON text: what serde_json accepts, with the same numbers, nesting limit and
    /// errors as reading it into a `Value` (its reader, written for this tree: `read.rs`),
    /// and a leading byte order mark, which serde_json refuses.
    pub fn parse(text: &'s str) -> Result<Node<'s>, Error> {
        read::parse(text)
    }
}

/// Reads JSON text into a `Value` with this module's reader: what a bundle that carries no
/// other JSON reader (the embed, form-wasm) uses where it needs a `Value`.
pub fn parse_value(text: &str) -> Result<Value, Error> {
    Node::parse(text).map(|n| n.to_value())
}

impl<'s> Json for Node<'s> {
    type Members = [(Cow<'s, str>, Node<'s>)];
    const UNIQUE_KEYS: bool = false;

    fn view(&self) -> View<'_, Self> {
        match self {
            Node::Null => View::Null,
            Node::Bool(b) => View::Bool(*b),
            Node::Number(n) => View::Number(n),
            Node::Str(s) => View::Str(s),
            Node::Array(a) => View::Array(a),
            Node::Object(o) => View::Object(o.as_slice()),
        }
    }

    fn entries<'a>(o: &'a Self::Members) -> impl Iterator<Item = (&'a str, &'a Self)>
    where
        Self: 'a,
    {
        o.iter().map(|(k, v)| (&**k, v))
    }

    fn get<'a>(o: &'a Self::Members, key: &str) -> Option<&'a Self> {
        o.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn null<'a>() -> &'a Self
    where
        Self: 'a,
    {
        &NODE_NULL
    }

    fn to_value(&self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number(n.clone()),
            Node::Str(s) => Value::String(s.to_string()),
            Node::Array(a) => Value::Array(a.iter().map(Node::to_value).collect()),
            Node::Object(o) => {
                let mut m = Map::with_capacity(o.len());
                for (k, v) in o {
                    m.insert(k.to_string(), v.to_value());
                }
                Value::Object(m)
            }
        }
    }
}
