//! Field patterns: a small regular-expression engine compiled to a DFA.
//!
//! The schema's `pattern` must match the whole value, as HTML's `pattern` attribute does.
//! Patterns are compiled once, with the form, into a deterministic automaton over character
//! ranges, so matching is one table step per character: linear, no backtracking, no
//! catastrophic cases, and far less code in the browser bundle than a general regex crate.
//!
//! Supported: literals; `.`; escapes `\d \D \w \W \s \S`, `\uXXXX`, `\u{X...}`, `\xXX`, Unicode
//! properties `\p{...}`/`\P{...}` (the general categories L, Lu, Ll, M, Mn, N, Nd, P, S, Z,
//! Zs and the scripts of [`crate::unicode::properties::NAMES`], also as `gc=`/`sc=`) and escaped
//! metacharacters; classes
//! `[a-z0-9_]`, `[^...]` with ranges and escapes; groups `(...)`, `(?:...)`; alternation `|`;
//! quantifiers `* + ? {n} {n,} {n,m}` (a trailing `?` for laziness is accepted: with whole-value
//! matching it changes nothing); `^` at the start and `$` at the end. `\w`, `\d` and `\s` mean
//! what they mean in JavaScript: ASCII word characters, ASCII digits, JavaScript white space.
//! Back-references and look-around are not regular and are refused.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Longest pattern text accepted.
pub const MAX_PATTERN_LEN: usize = 1_000;
const MAX_NFA_STATES: usize = 20_000;
const MAX_DFA_STATES: usize = 4_000;
const MAX_REPEAT: u32 = 1_000;

/// A character set as sorted, non-overlapping inclusive ranges.
type Set = Vec<(char, char)>;

fn normalise(mut ranges: Set) -> Set {
    ranges.sort_unstable();
    let mut out: Set = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        if let Some(last) = out.last_mut()
            && (last.1 as u32).saturating_add(1) >= a as u32
        {
            if b > last.1 {
                last.1 = b;
            }
            continue;
        }
        out.push((a, b));
    }
    out
}

fn negate(set: &Set) -> Set {
    let mut out = Vec::new();
    let mut next: u32 = 0;
    for &(a, b) in set {
        if (a as u32) > next
            && let (Some(x), Some(y)) = (char::from_u32(next), prev_char(a))
        {
            out.push((x, y));
        }
        next = next_after(b);
    }
    if next <= 0x10FFFF
        && let Some(x) = char::from_u32(next).or_else(|| char::from_u32(0xE000))
    {
        out.push((x, char::MAX));
    }
    out
}

fn prev_char(c: char) -> Option<char> {
    match c as u32 {
        0 => None,
        0xE000 => Some('\u{D7FF}'),
        n => char::from_u32(n - 1),
    }
}

fn next_after(c: char) -> u32 {
    match c as u32 {
        0xD7FF => 0xE000,
        n => n + 1,
    }
}

fn digits() -> Set {
    vec![('0', '9')]
}
fn word() -> Set {
    vec![('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')]
}
fn space() -> Set {
    normalise(vec![
        ('\t', '\r'),
        (' ', ' '),
        ('\u{A0}', '\u{A0}'),
        ('\u{1680}', '\u{1680}'),
        ('\u{2000}', '\u{200A}'),
        ('\u{2028}', '\u{2029}'),
        ('\u{202F}', '\u{202F}'),
        ('\u{205F}', '\u{205F}'),
        ('\u{3000}', '\u{3000}'),
        ('\u{FEFF}', '\u{FEFF}'),
    ])
}

#[derive(Clone, Debug)]
enum Node {
    Set(Set),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    depth: usize,
}

/// A problem with a pattern, as a stable code (`$problem` of `schema-invalid-pattern`).
type PResult<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn alt(&mut self) -> PResult<Node> {
        self.depth += 1;
        if self.depth > 50 {
            return Err("too-deep");
        }
        let mut branches = vec![self.concat()?];
        while self.chars.peek() == Some(&'|') {
            self.chars.next();
            branches.push(self.concat()?);
        }
        self.depth -= 1;
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self) -> PResult<Node> {
        let mut items = Vec::new();
        while let Some(&c) = self.chars.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn number(&mut self) -> Option<u32> {
        let mut n: Option<u32> = None;
        while let Some(d) = self.chars.peek().and_then(|c| c.to_digit(10)) {
            self.chars.next();
            n = Some(n.unwrap_or(0).saturating_mul(10).saturating_add(d));
        }
        n
    }

    fn quantified(&mut self, atom: Node) -> PResult<Node> {
        let (min, max) = match self.chars.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.chars.next();
                let min = self.number().ok_or("repeat-number")?;
                let max = if self.chars.peek() == Some(&',') {
                    self.chars.next();
                    self.number()
                } else {
                    Some(min)
                };
                if self.chars.next() != Some('}') {
                    return Err("unclosed-repeat");
                }
                if max.is_some_and(|m| m < min)
                    || min > MAX_REPEAT
                    || max.is_some_and(|m| m > MAX_REPEAT)
                {
                    return Err("bad-repeat");
                }
                if self.chars.peek() == Some(&'?') {
                    self.chars.next();
                }
                return self.quantified_more(Node::Repeat(Box::new(atom), min, max));
            }
            _ => return Ok(atom),
        };
        self.chars.next();
        if self.chars.peek() == Some(&'?') {
            self.chars.next();
        }
        self.quantified_more(Node::Repeat(Box::new(atom), min, max))
    }

    fn quantified_more(&mut self, node: Node) -> PResult<Node> {
        match self.chars.peek() {
            Some('*' | '+' | '?' | '{') => Err("nothing-to-repeat"),
            _ => Ok(node),
        }
    }

    fn escape(&mut self, in_class: bool) -> PResult<Set> {
        let c = self.chars.next().ok_or("trailing-backslash")?;
        Ok(match c {
            'd' => digits(),
            'D' => negate(&digits()),
            'w' => word(),
            'W' => negate(&word()),
            's' => space(),
            'S' => negate(&space()),
            'n' => vec![('\n', '\n')],
            't' => vec![('\t', '\t')],
            'r' => vec![('\r', '\r')],
            'b' if in_class => vec![('\u{8}', '\u{8}')],
            'p' | 'P' => {
                if self.chars.next() != Some('{') {
                    return Err("unknown-property");
                }
                let mut name = String::new();
                loop {
                    match self.chars.next() {
                        Some('}') => break,
                        Some(c) if name.len() < 60 => name.push(c),
                        _ => return Err("unknown-property"),
                    }
                }
                let ranges =
                    crate::unicode::properties::property(&name).ok_or("unknown-property")?;
                let set: Set = ranges
                    .into_iter()
                    .filter_map(|(a, b)| {
                        // Surrogates are not characters: split around them.
                        let a = char::from_u32(a).or_else(|| char::from_u32(0xE000))?;
                        let b = char::from_u32(b).or_else(|| char::from_u32(0xD7FF))?;
                        (a <= b).then_some((a, b))
                    })
                    .collect();
                let set = normalise(set);
                if c == 'P' { negate(&set) } else { set }
            }
            'u' => {
                let code = if self.chars.peek() == Some(&'{') {
                    self.chars.next();
                    let mut hex = String::new();
                    loop {
                        match self.chars.next() {
                            Some('}') => break,
                            Some(c) if c.is_ascii_hexdigit() && hex.len() < 6 => hex.push(c),
                            _ => return Err("bad-code-point"),
                        }
                    }
                    hex
                } else {
                    (0..4)
                        .map(|_| self.chars.next().filter(char::is_ascii_hexdigit))
                        .collect::<Option<String>>()
                        .ok_or("bad-code-point")?
                };
                let c = u32::from_str_radix(&code, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or("bad-code-point")?;
                vec![(c, c)]
            }
            'x' => {
                let code: String = (0..2)
                    .map(|_| self.chars.next().filter(char::is_ascii_hexdigit))
                    .collect::<Option<String>>()
                    .ok_or("bad-code-point")?;
                let c = u32::from_str_radix(&code, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or("bad-code-point")?;
                vec![(c, c)]
            }
            c if c.is_ascii_digit() => return Err("back-reference"),
            c if c.is_ascii_alphanumeric() => return Err("unknown-escape"),
            c => vec![(c, c)],
        })
    }

    fn class(&mut self) -> PResult<Set> {
        let negated = self.chars.peek() == Some(&'^');
        if negated {
            self.chars.next();
        }
        let mut ranges: Set = Vec::new();
        let mut first = true;
        loop {
            let c = self.chars.next().ok_or("unclosed-class")?;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let set = self.escape(true)?;
                if set.len() != 1 || set.first().is_some_and(|r| r.0 != r.1) {
                    ranges.extend(set);
                    continue;
                }
                set.first().map_or(c, |r| r.0)
            } else {
                c
            };
            let mut look = self.chars.clone();
            if look.next() == Some('-') && look.peek().is_some_and(|&n| n != ']') {
                self.chars.next();
                let hc = self.chars.next().ok_or("unclosed-class")?;
                let hi = if hc == '\\' {
                    let set = self.escape(true)?;
                    match set.as_slice() {
                        [(a, b)] if a == b => *a,
                        _ => return Err("class-in-range"),
                    }
                } else {
                    hc
                };
                if hi < lo {
                    return Err("range-order");
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        let set = normalise(ranges);
        Ok(if negated { negate(&set) } else { set })
    }

    fn atom(&mut self) -> PResult<Node> {
        let c = self.chars.next().ok_or("unexpected-end")?;
        Ok(match c {
            '(' => {
                if self.chars.peek() == Some(&'?') {
                    self.chars.next();
                    if self.chars.next() != Some(':') {
                        return Err("look-around");
                    }
                }
                let inner = self.alt()?;
                if self.chars.next() != Some(')') {
                    return Err("unclosed-group");
                }
                inner
            }
            '[' => Node::Set(self.class()?),
            '\\' => Node::Set(self.escape(false)?),
            '.' => Node::Set(negate(&vec![
                ('\n', '\n'),
                ('\r', '\r'),
                ('\u{2028}', '\u{2029}'),
            ])),
            '*' | '+' | '?' | '{' => return Err("nothing-to-repeat"),
            ')' => return Err("unmatched-paren"),
            '^' | '$' => return Err("anchor"),
            c => Node::Set(vec![(c, c)]),
        })
    }
}

/// Thompson NFA: states with character-set edges and epsilon edges.
#[derive(Default)]
struct Nfa {
    edges: Vec<Vec<(usize, usize)>>, // (set index, target)
    eps: Vec<Vec<usize>>,
    sets: Vec<Set>,
}

impl Nfa {
    fn state(&mut self) -> PResult<usize> {
        if self.eps.len() >= MAX_NFA_STATES {
            return Err("too-complex");
        }
        self.edges.push(Vec::new());
        self.eps.push(Vec::new());
        Ok(self.eps.len() - 1)
    }

    fn eps_edge(&mut self, a: usize, b: usize) {
        if let Some(e) = self.eps.get_mut(a) {
            e.push(b);
        }
    }

    /// Builds `node` between a new start and end state.
    fn build(&mut self, node: &Node) -> PResult<(usize, usize)> {
        match node {
            Node::Set(set) => {
                let (s, e) = (self.state()?, self.state()?);
                self.sets.push(set.clone());
                let idx = self.sets.len() - 1;
                if let Some(edges) = self.edges.get_mut(s) {
                    edges.push((idx, e));
                }
                Ok((s, e))
            }
            Node::Concat(items) => {
                let s = self.state()?;
                let mut cur = s;
                for item in items {
                    let (a, b) = self.build(item)?;
                    self.eps_edge(cur, a);
                    cur = b;
                }
                Ok((s, cur))
            }
            Node::Alt(branches) => {
                let (s, e) = (self.state()?, self.state()?);
                for b in branches {
                    let (x, y) = self.build(b)?;
                    self.eps_edge(s, x);
                    self.eps_edge(y, e);
                }
                Ok((s, e))
            }
            Node::Repeat(inner, min, max) => {
                let s = self.state()?;
                let mut cur = s;
                for _ in 0..*min {
                    let (a, b) = self.build(inner)?;
                    self.eps_edge(cur, a);
                    cur = b;
                }
                match max {
                    None => {
                        let (a, b) = self.build(inner)?;
                        self.eps_edge(cur, a);
                        self.eps_edge(b, a);
                        let e = self.state()?;
                        self.eps_edge(cur, e);
                        self.eps_edge(b, e);
                        Ok((s, e))
                    }
                    Some(max) => {
                        let e = self.state()?;
                        self.eps_edge(cur, e);
                        for _ in *min..*max {
                            let (a, b) = self.build(inner)?;
                            self.eps_edge(cur, a);
                            self.eps_edge(b, e);
                            cur = b;
                        }
                        Ok((s, e))
                    }
                }
            }
        }
    }

    fn closure(&self, states: &mut BTreeSet<usize>) {
        let mut stack: Vec<usize> = states.iter().copied().collect();
        while let Some(s) = stack.pop() {
            for &t in self.eps.get(s).map(Vec::as_slice).unwrap_or_default() {
                if states.insert(t) {
                    stack.push(t);
                }
            }
        }
    }
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// Start of each character interval of the alphabet partition (sorted).
    pub(crate) bounds: Vec<u32>,
    /// For ASCII: the interval of each byte.
    pub(crate) ascii: [u16; 128],
    /// `trans[state * intervals + interval]`, `u32::MAX` = no match possible.
    pub(crate) trans: Vec<u32>,
    pub(crate) accept: Vec<bool>,
    pub(crate) intervals: usize,
}

impl Pattern {
    /// Compiles a pattern that must match whole values.
    pub fn new(src: &str) -> Result<Pattern, &'static str> {
        if src.len() > MAX_PATTERN_LEN {
            return Err("too-long");
        }
        let body = src.strip_prefix('^').unwrap_or(src);
        let body = match body.strip_suffix('$') {
            Some(b) if !b.ends_with('\\') || b.ends_with("\\\\") => b,
            _ => body,
        };
        let mut p = Parser {
            chars: body.chars().peekable(),
            depth: 0,
        };
        let node = p.alt()?;
        if p.chars.next().is_some() {
            return Err("unmatched-paren");
        }
        let mut nfa = Nfa::default();
        let (start, end) = nfa.build(&node)?;
        // Alphabet partition: every boundary of every set.
        let mut cuts: BTreeSet<u32> = [0u32].into_iter().collect();
        for set in &nfa.sets {
            for &(a, b) in set {
                cuts.insert(a as u32);
                cuts.insert(b as u32 + 1);
            }
        }
        let bounds: Vec<u32> = cuts.into_iter().filter(|&c| c <= 0x10FFFF).collect();
        let intervals = bounds.len();
        // Which intervals each set covers.
        let covers: Vec<Vec<bool>> = nfa
            .sets
            .iter()
            .map(|set| {
                bounds
                    .iter()
                    .map(|&lo| set.iter().any(|&(a, b)| (a as u32) <= lo && lo <= b as u32))
                    .collect()
            })
            .collect();
        // Subset construction.
        let mut first = BTreeSet::from([start]);
        nfa.closure(&mut first);
        let mut ids: HashMap<BTreeSet<usize>, u32> = HashMap::new();
        let mut queue = vec![first.clone()];
        ids.insert(first, 0);
        let mut trans: Vec<u32> = Vec::new();
        let mut accept = Vec::new();
        let mut i = 0;
        while let Some(set) = queue.get(i).cloned() {
            i += 1;
            accept.push(set.contains(&end));
            let mut row = vec![u32::MAX; intervals];
            let mut targets: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
            for &s in &set {
                for &(si, t) in nfa.edges.get(s).map(Vec::as_slice).unwrap_or_default() {
                    for (k, covered) in covers
                        .get(si)
                        .map(Vec::as_slice)
                        .unwrap_or_default()
                        .iter()
                        .enumerate()
                    {
                        if *covered {
                            targets.entry(k).or_default().insert(t);
                        }
                    }
                }
            }
            for (k, mut next) in targets {
                nfa.closure(&mut next);
                let id = match ids.get(&next) {
                    Some(&id) => id,
                    None => {
                        if ids.len() >= MAX_DFA_STATES {
                            return Err("too-complex");
                        }
                        let id = ids.len() as u32;
                        ids.insert(next.clone(), id);
                        queue.push(next);
                        id
                    }
                };
                if let Some(cell) = row.get_mut(k) {
                    *cell = id;
                }
            }
            trans.extend(row);
        }
        let mut ascii = [0u16; 128];
        for (b, slot) in ascii.iter_mut().enumerate() {
            *slot = bounds
                .partition_point(|&lo| lo <= b as u32)
                .saturating_sub(1) as u16;
        }
        Ok(Pattern {
            bounds,
            ascii,
            trans,
            accept,
            intervals,
        })
    }

    /// Whether some text of at least one character, each of them one that `allowed` lets
    /// through, matches (`allowed` refuses only a few hundred characters at most: a
    /// stretch of the alphabet longer than that is taken as allowed).
    pub fn matches_some(&self, allowed: impl Fn(char) -> bool) -> bool {
        let usable: Vec<bool> = (0..self.intervals)
            .map(|k| {
                let lo = self.bounds.get(k).copied().unwrap_or(0);
                let hi = self.bounds.get(k + 1).copied().unwrap_or(0x11_0000);
                hi.saturating_sub(lo) > 512 || (lo..hi).filter_map(char::from_u32).any(&allowed)
            })
            .collect();
        let mut seen = vec![false; self.accept.len()];
        let mut todo = vec![0usize];
        while let Some(state) = todo.pop() {
            for (k, _) in usable.iter().enumerate().filter(|(_, u)| **u) {
                let Some(&next) = self.trans.get(state * self.intervals + k) else {
                    continue;
                };
                let next = next as usize;
                if next == u32::MAX as usize || seen.get(next).copied().unwrap_or(true) {
                    continue;
                }
                if self.accept.get(next).copied().unwrap_or(false) {
                    return true;
                }
                if let Some(s) = seen.get_mut(next) {
                    *s = true;
                }
                todo.push(next);
            }
        }
        false
    }

    /// Whether the whole of `s` matches.
    pub fn is_match(&self, s: &str) -> bool {
        let mut state = 0usize;
        for c in s.chars() {
            let k = match self.ascii.get(c as usize) {
                Some(&k) => usize::from(k),
                None => self
                    .bounds
                    .partition_point(|&lo| lo <= c as u32)
                    .saturating_sub(1),
            };
            match self.trans.get(state * self.intervals + k) {
                Some(&next) if next != u32::MAX => state = next as usize,
                _ => return false,
            }
        }
        self.accept.get(state).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> bool {
        Pattern::new(p).expect(p).is_match(s)
    }

    #[test]
    fn matches_whole_values() {
        assert!(m("[A-Z0-9]+", "AB12"));
        assert!(!m("[A-Z0-9]+", "ab12"));
        assert!(!m("[A-Z0-9]+", ""));
        assert!(m("(10[1-9]|1[1-3][0-9]|14[01])[0-9]{2}", "10969"));
        assert!(!m("(10[1-9]|1[1-3][0-9]|14[01])[0-9]{2}", "80331"));
        assert!(m("[0-9]{1,4}[a-zA-Z]?([-/][0-9]{1,4}[a-zA-Z]?)?", "12a-14"));
        assert!(!m("[0-9]{1,4}[a-zA-Z]?([-/][0-9]{1,4}[a-zA-Z]?)?", "12 b"));
        assert!(m("^\\d{3}-\\w+$", "123-ab_c"));
        assert!(m("a.c", "aüc"));
        assert!(!m("a.c", "a\nc"));
        assert!(m("[^0-9]*", "Müller"));
        assert!(m("(?:ab)*c", "ababc"));
        assert!(m("x{2,}", "xxxx") && !m("x{2,}", "x"));
        assert!(m("\\s", "\u{3000}"));
        assert!(m("[\\w-]+", "a-b"));
        assert!(m("[a\\-z]+", "-az"));
        assert!(m("ä+", "ää"));
    }

    #[test]
    fn knows_whether_anything_it_allows_matches() {
        let any = |_: char| true;
        let capitals = |c: char| !c.is_ascii_lowercase();
        let no_space = |c: char| c != ' ';
        for (p, allowed, some) in [
            ("[A-Z0-9]+", &capitals as &dyn Fn(char) -> bool, true),
            ("[a-z0-9]+", &capitals, true),
            ("[a-z]+", &capitals, false),
            ("[a-z]{2}[0-9]+", &capitals, false),
            ("[a-z]|[0-9]", &capitals, true),
            ("x*", &capitals, false),
            ("x*", &any, true),
            ("[0-9]{3} [0-9]{3}", &no_space, false),
            ("[0-9]{3} ?[0-9]{3}", &no_space, true),
            ("a{0}", &any, false),
            ("[^a-z]", &capitals, true),
            ("\\w+", &capitals, true),
        ] {
            assert_eq!(Pattern::new(p).expect(p).matches_some(allowed), some, "{p}");
        }
    }

    #[test]
    fn refuses_what_is_not_supported() {
        for p in [
            "(", ")", "[a-", "a{3,1}", "*a", "(?=a)", "\\1", "a**", "[z-a]", "\\q", "a^b",
        ] {
            assert!(Pattern::new(p).is_err(), "{p}");
        }
        assert!(Pattern::new(&"(a|b)".repeat(150)).is_ok());
        assert!(Pattern::new("(a{1000}){1000}").is_err());
    }
}
