//! The first page of a form drawn natively, as a tree of elements a loader can build with
//! `createElement` (no HTML is parsed in the page, so a page enforcing Trusted Types can
//! show it too).
//!
//! yew's server renderer writes the page as HTML; [`tree`] reads that HTML back (only
//! what yew writes: elements, attributes in double quotes, text with `&amp;`, `&lt;`,
//! `&gt;` and `&quot;`, void elements without a closing tag) into JSON: an element is
//! `[tag, {attributes}, children...]`, a text is a string.

use serde_json::{Map, Value, json};

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The elements and texts of `html` (as yew's server renderer writes it) as JSON nodes;
/// `None` for anything else (a stray `<`, an unclosed element).
pub fn tree(html: &str) -> Option<Vec<Value>> {
    let mut stack: Vec<(String, Map<String, Value>, Vec<Value>)> = Vec::new();
    let mut top: Vec<Value> = Vec::new();
    let mut rest = html;
    let push = |stack: &mut Vec<(String, Map<String, Value>, Vec<Value>)>,
                top: &mut Vec<Value>,
                node: Value| match stack.last_mut() {
        Some((_, _, children)) => children.push(node),
        None => top.push(node),
    };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>')?;
            let name = after.get(..end)?;
            let (tag, attrs, children) = stack.pop()?;
            if tag != name {
                return None;
            }
            let mut node = vec![json!(tag), Value::Object(attrs)];
            node.extend(children);
            push(&mut stack, &mut top, Value::Array(node));
            rest = after.get(end + 1..)?;
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after.find([' ', '>'])?;
            let tag = after.get(..end)?.to_owned();
            let mut at = after.get(end..)?;
            let mut attrs = Map::new();
            loop {
                at = at.trim_start_matches(' ');
                if let Some(r) = at.strip_prefix('>') {
                    at = r;
                    break;
                }
                let name_end = at.find(['=', ' ', '>'])?;
                let name = at.get(..name_end)?.to_owned();
                at = at.get(name_end..)?;
                if let Some(r) = at.strip_prefix("=\"") {
                    let close = r.find('"')?;
                    attrs.insert(name, json!(unescape(r.get(..close)?)));
                    at = r.get(close + 1..)?;
                } else {
                    attrs.insert(name, json!(""));
                }
            }
            rest = at;
            if VOID.contains(&tag.as_str()) {
                push(&mut stack, &mut top, json!([tag, attrs]));
            } else {
                stack.push((tag, attrs, Vec::new()));
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(rest.get(..end)?);
            push(&mut stack, &mut top, json!(text));
            rest = rest.get(end..)?;
        }
    }
    stack.is_empty().then_some(top)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn yew_html_reads_as_a_tree() {
        let t = tree(r#"<div lang="de" id="a"><label for="x">A &amp; &lt;B&gt; &quot;C&quot;</label><input value="" id="x" checked><textarea id="t">1 &lt; 2</textarea></div>"#).unwrap();
        assert_eq!(
            Value::Array(t),
            json!([["div", {"lang": "de", "id": "a"},
                ["label", {"for": "x"}, "A & <B> \"C\""],
                ["input", {"value": "", "id": "x", "checked": ""}],
                ["textarea", {"id": "t"}, "1 < 2"]]])
        );
        assert!(tree("<div><p></div>").is_none());
        assert!(tree("<div>").is_none());
    }
}
