//! How large an XML document becomes once its internal entities are
//! expanded, computed from the text before it is parsed.
//!
//! roxmltree expands every entity reference into the tree it builds, and
//! bounds only the depth (10) and the number of references one reference
//! resolves (255). One 100 KB entity used 20,000 times passes both and
//! makes 2 GB of text (13.7 GB of memory in the readers after it). The
//! expanded size is therefore computed first, in time linear in the text
//! and without expanding anything: each declared entity's size is its
//! value's length plus what its own references add, and every reference
//! after the DTD adds its entity's size. The estimate errs on the large
//! side (a reference inside a comment or CDATA section is counted too); a
//! document without a DTD costs one search for `<!ENTITY`.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

/// Deeper nesting than roxmltree accepts (10): its own loop error says more.
const DEPTH: usize = 12;

fn declaration() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"<!ENTITY\s+(%\s+)?([^\s%"'>]+)\s+(?:"([^"]*)"|'([^']*)')"#)
            .unwrap_or_else(|e| panic!("entity pattern: {e}"))
    })
}

fn reference() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"&([^\s;&<#]+);").unwrap_or_else(|e| panic!("reference pattern: {e}"))
    })
}

/// The text's length in bytes once its general entities are expanded
/// (saturating at `u64::MAX`).
pub fn expanded_size(text: &str) -> u64 {
    let len = text.len() as u64;
    if memchr::memmem::find(text.as_bytes(), b"<!ENTITY").is_none() {
        return len;
    }
    // The first declaration of a name is the one that counts.
    let mut values: HashMap<&str, &str> = HashMap::new();
    let mut order = Vec::new();
    let mut dtd_end = 0;
    for c in declaration().captures_iter(text) {
        dtd_end = c.get(0).map_or(dtd_end, |m| m.end());
        if c.get(1).is_some() {
            continue; // a parameter entity: used in the DTD only
        }
        let (Some(name), Some(value)) = (c.get(2), c.get(3).or(c.get(4))) else {
            continue;
        };
        values.entry(name.as_str()).or_insert(value.as_str());
        order.push(name.as_str());
    }
    // In declaration order, so that a chain declared bottom up (as every
    // billion-laughs file is) is computed without nesting.
    let mut sizes: HashMap<&str, u64> = HashMap::new();
    for name in order {
        size_of(name, &values, &mut sizes, 0);
    }
    let body = &text[dtd_end..];
    let mut total = len;
    for r in reference().captures_iter(body) {
        let (Some(whole), Some(name)) = (r.get(0), r.get(1)) else {
            continue;
        };
        let size = size_of(name.as_str(), &values, &mut sizes, 0);
        total = total.saturating_add(size.saturating_sub(whole.len() as u64));
    }
    total
}

/// The expanded size of entity `name` (0 for one not declared: the
/// predefined `&amp;` and friends, or an unknown one roxmltree refuses).
fn size_of<'a>(
    name: &'a str,
    values: &HashMap<&'a str, &'a str>,
    sizes: &mut HashMap<&'a str, u64>,
    depth: usize,
) -> u64 {
    if let Some(&size) = sizes.get(name) {
        return size;
    }
    let Some(&value) = values.get(name) else {
        return 0;
    };
    if depth > DEPTH {
        return value.len() as u64;
    }
    let mut size = value.len() as u64;
    for r in reference().captures_iter(value) {
        let (Some(whole), Some(inner)) = (r.get(0), r.get(1)) else {
            continue;
        };
        let inner = size_of(inner.as_str(), values, sizes, depth + 1);
        size = size.saturating_add(inner.saturating_sub(whole.len() as u64));
    }
    sizes.insert(name, size);
    size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_entities_the_size_is_the_length() {
        let text = "<a>b &amp; c</a>";
        assert_eq!(expanded_size(text), text.len() as u64);
    }

    #[test]
    fn one_large_entity_used_many_times() {
        let value = "x".repeat(100_000);
        let mut text = format!("<!DOCTYPE a [<!ENTITY big \"{value}\">]><a>");
        text.push_str(&"&big;".repeat(20_000));
        text.push_str("</a>");
        let expected = text.len() as u64 + 20_000 * (100_000 - 5);
        assert_eq!(expanded_size(&text), expected);
    }

    #[test]
    fn nested_entities_multiply() {
        let text = "<!DOCTYPE a [<!ENTITY l 'ab'><!ENTITY l1 \"&l;&l;&l;\">\
                    <!ENTITY l2 '&l1;&l1;'>]><a t='&l2;'>&l2;&l;</a>";
        // A reference never counts less than itself: l = 2 (counted as its
        // reference, 3), l1 = 9, l2 = 8 + 2 × (9 − 4) = 18; the references
        // in the body add 18 − 4 twice, and &l; nothing.
        assert_eq!(expanded_size(text), text.len() as u64 + 14 + 14);
    }

    #[test]
    fn loops_and_deep_chains_end() {
        let text = "<!DOCTYPE a [<!ENTITY a '&b;&b;'><!ENTITY b '&a;&a;'>]><a>&a;</a>";
        assert!(expanded_size(text) >= text.len() as u64);
        let mut chain = String::from("<!DOCTYPE a [<!ENTITY e0 'xxxxxxxxxx'>");
        for i in 1..200 {
            chain.push_str(&format!(
                "<!ENTITY e{i} '&e{};&e{};&e{};'>",
                i - 1,
                i - 1,
                i - 1
            ));
        }
        chain.push_str("]><a>&e199;</a>");
        assert!(expanded_size(&chain) > 1 << 30);
    }
}
