//! Message templates: `"placeholder “{match}” left in the text"`. `{name}`
//! is replaced by a variable (a named capture of the rule's pattern, or a
//! value the rule kind provides); `{{` and `}}` stand for literal braces.

use std::collections::BTreeMap;

use super::messages as m;

/// Values for a template's variables.
pub type Vars = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Var(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    /// Parses a template; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(c) if c.is_ascii_alphanumeric() || c == '_' => name.push(c),
                            Some(c) => {
                                return Err(m::NAME_CHAR.say(&[("char", &c), ("open", &"{{")]))
                            }
                            None => return Err(m::NEVER_CLOSED.say(&[("open", &"{")])),
                        }
                    }
                    if name.is_empty() {
                        return Err(m::EMPTY_VARIABLE.say(&[("empty", &"{}")]));
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Var(name));
                }
                '}' => {
                    return Err(m::STRAY_CLOSE.say(&[
                        ("close", &"}"),
                        ("open", &"{"),
                        ("close2", &"}}"),
                    ]))
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template { parts })
    }

    /// The variables the template uses.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Var(name) => Some(name.as_str()),
            Part::Text(_) => None,
        })
    }

    /// The text with every variable replaced; a variable without a value
    /// (an optional capture that did not match) becomes empty.
    pub fn render(&self, vars: &Vars) -> String {
        self.render_with(vars, |v| v.to_string())
    }

    /// As [`Template::render`], with every value passed through `map`.
    pub fn render_with(&self, vars: &Vars, map: impl Fn(&str) -> String) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => {
                    if let Some(value) = vars.get(name) {
                        out.push_str(&map(value));
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_and_braces() {
        let t = Template::parse("“{match}” {{literal}} {n}").expect("valid");
        assert_eq!(t.names().collect::<Vec<_>>(), ["match", "n"]);
        let mut vars = Vars::new();
        vars.insert("match".into(), "XXX".into());
        assert_eq!(t.render(&vars), "“XXX” {literal} ");
    }

    #[test]
    fn errors() {
        assert!(Template::parse("{open").is_err());
        assert!(Template::parse("close}").is_err());
        assert!(Template::parse("{}").is_err());
        assert!(Template::parse("{a b}").is_err());
    }
}
