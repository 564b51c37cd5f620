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
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
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

    /// The values of the inputs named `name` in a tree, in document order.
    fn values(nodes: &[Value], name: &str, out: &mut Vec<String>) {
        for n in nodes {
            let Some([_, attrs, children @ ..]) = n.as_array().map(Vec::as_slice) else {
                continue;
            };
            if attrs["name"] == name {
                out.push(attrs["value"].as_str().unwrap().to_owned());
            }
            values(children, name, out);
        }
    }

    /// Radios and boxes of an alphabetical code list on the first page drawn natively come
    /// in the reader's alphabetical order, as the engine draws them in the browser (it took
    /// them over in the list's order before): inline options and a form's own list without
    /// `order` in the author's ("Other" last); the values a sorted list keeps `last` after
    /// the sorted ones, in its order ("Another" would come first in the alphabet).
    #[test]
    fn a_code_lists_radios_and_boxes_on_the_first_page_are_sorted() {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "codeLists": {
                "fruit": { "labelPrefix": "f-", "values": ["c", "a", "b"], "order": "alphabetical" },
                "kept": { "labelPrefix": "f-", "values": ["c", "a", "b"] },
                "other_last": { "labelPrefix": "f-", "values": ["other", "c", "none", "a", "b"],
                    "order": "alphabetical", "last": ["none", "other"] },
            },
            "pages": [{ "id": "p", "heading": "h", "fields": [
                { "id": "one", "type": "choice", "label": "l", "codeList": "fruit" },
                { "id": "some", "type": "multi-choice", "label": "l", "codeList": "fruit" },
                { "id": "inline", "type": "choice", "label": "l", "options": [
                    { "value": "c", "label": "f-c" }, { "value": "a", "label": "f-a" } ] },
                { "id": "written", "type": "choice", "label": "l", "codeList": "kept" },
                { "id": "written_boxes", "type": "multi-choice", "label": "l", "codeList": "kept" },
                { "id": "pinned", "type": "choice", "label": "l", "codeList": "other_last" },
            ] }],
        });
        let form = form_core::compile_value(&schema).form.unwrap();
        let en = form_core::Locale::parse("en").unwrap();
        let mut catalog = form_core::Catalog::new(en.clone());
        catalog.add_resource(
            &en,
            "engine.ftl",
            include_str!("../../locales/en/engine.ftl"),
        );
        catalog.add_resource(
            &en,
            "t.ftl",
            "t = T\nh = H\nl = L\nf-a = Apple\nf-b = banana\nf-c = Cherry\nf-other = Another\nf-none = 0 None\n",
        );
        let today = form_core::Date::parse_iso("2021-03-15").unwrap();
        let page = crate::first_page(&form, catalog, &en, today);
        let tree = page["tree"].as_array().unwrap();
        for (name, want) in [
            ("fe0-one", ["a", "b", "c"].as_slice()),
            ("fe0-some", &["a", "b", "c"]),
            ("fe0-inline", &["c", "a"]),
            ("fe0-written", &["c", "a", "b"]),
            ("fe0-written_boxes", &["c", "a", "b"]),
            ("fe0-pinned", &["a", "b", "c", "none", "other"]),
        ] {
            let mut got = Vec::new();
            values(tree, name, &mut got);
            assert_eq!(got, want, "{name}");
        }
    }
}
