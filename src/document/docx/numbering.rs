//! Automatic list numbers (`word/numbering.xml`) and the paragraph styles that carry them.

use std::collections::{HashMap, HashSet};

use super::{attr, child, local, val};

#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// List definitions and the counters of the lists read so far.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    /// abstractNumId → levels 0..9.
    abstracts: HashMap<String, Vec<Option<Level>>>,
    /// numId → (abstractNumId, start overrides per level).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// abstractNumId → current counter per level.
    counters: HashMap<String, [Option<u32>; 9]>,
    /// (numId, level) whose start override has been applied.
    restarted: HashSet<(String, usize)>,
}

impl Numbering {
    pub(super) fn read(tree: &roxmltree::Document<'_>) -> Self {
        let mut n = Numbering::default();
        for a in tree.descendants().filter(|d| local(d) == "abstractNum") {
            let Some(id) = attr(&a, "abstractNumId") else {
                continue;
            };
            let mut levels: Vec<Option<Level>> = vec![None; 9];
            for lvl in a.children().filter(|c| local(c) == "lvl") {
                let Some(i) = attr(&lvl, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if i >= 9 {
                    continue;
                }
                levels[i] = Some(Level {
                    start: val(lvl, "start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    format: val(lvl, "numFmt").unwrap_or("decimal").to_string(),
                    text: val(lvl, "lvlText").unwrap_or("").to_string(),
                });
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in tree.descendants().filter(|d| local(d) == "num") {
            let (Some(id), Some(abs)) = (attr(&num, "numId"), val(num, "abstractNumId")) else {
                continue;
            };
            let mut overrides = HashMap::new();
            for o in num.children().filter(|c| local(c) == "lvlOverride") {
                let level = attr(&o, "ilvl").and_then(|v| v.parse::<usize>().ok());
                let start = val(o, "startOverride").and_then(|v| v.parse::<u32>().ok());
                if let (Some(level), Some(start)) = (level, start) {
                    overrides.insert(level, start);
                }
            }
            n.nums.insert(id.to_string(), (abs.to_string(), overrides));
        }
        n
    }

    /// The printed label of the next paragraph in list `num` at `level`
    /// ("1.", "a)", "•"), advancing the counters.
    pub(super) fn label(&mut self, num: &str, level: usize) -> Option<String> {
        if num == "0" || level >= 9 {
            return None;
        }
        let (abs, overrides) = self.nums.get(num)?.clone();
        let levels = self.abstracts.get(&abs)?.clone();
        let def = levels.get(level)?.clone()?;
        let counters = self.counters.entry(abs).or_insert([None; 9]);
        if let Some(start) = overrides.get(&level) {
            if self.restarted.insert((num.to_string(), level)) {
                counters[level] = Some(start.saturating_sub(1));
                if *start == 0 {
                    counters[level] = None;
                }
            }
        }
        counters[level] = Some(match counters[level] {
            Some(c) => c.saturating_add(1),
            None => *overrides.get(&level).unwrap_or(&def.start),
        });
        for c in counters.iter_mut().skip(level + 1) {
            *c = None;
        }
        if def.format == "bullet" {
            return Some("•".to_string());
        }
        if def.format == "none" {
            return (!def.text.is_empty() && !def.text.contains('%')).then(|| def.text.clone());
        }
        let mut out = def.text.clone();
        for k in (0..9).rev() {
            let placeholder = format!("%{}", k + 1);
            if !out.contains(&placeholder) {
                continue;
            }
            let lvl = levels.get(k).cloned().flatten();
            let value = counters[k].unwrap_or(lvl.as_ref().map(|l| l.start).unwrap_or(1));
            let format = lvl.map(|l| l.format).unwrap_or_else(|| "decimal".into());
            out = out.replace(&placeholder, &format_number(value, &format));
        }
        Some(out)
    }
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// 1 → A, 26 → Z, 27 → AA (Word repeats the letter).
fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    let count = ((n - 1) / 26 + 1).min(10) as usize;
    std::iter::repeat_n(letter, count).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Paragraph styles that carry list numbering ("List Number").
#[derive(Debug, Default)]
pub(super) struct Styles {
    /// styleId → (numId, ilvl) set on the style itself.
    numbering: HashMap<String, (Option<String>, Option<usize>)>,
    based_on: HashMap<String, String>,
}

impl Styles {
    pub(super) fn read(tree: &roxmltree::Document<'_>) -> Self {
        let mut s = Styles::default();
        for style in tree.descendants().filter(|d| local(d) == "style") {
            let Some(id) = attr(&style, "styleId") else {
                continue;
            };
            if let Some(base) = val(style, "basedOn") {
                s.based_on.insert(id.to_string(), base.to_string());
            }
            if let Some(num_pr) = child(style, "pPr").and_then(|p| child(p, "numPr")) {
                let num = val(num_pr, "numId").map(str::to_string);
                let level = val(num_pr, "ilvl").and_then(|v| v.parse().ok());
                s.numbering.insert(id.to_string(), (num, level));
            }
        }
        s
    }

    /// (numId, ilvl) a paragraph style gives, following `basedOn`.
    pub(super) fn list_of(&self, style: &str) -> (Option<String>, Option<usize>) {
        let mut id = style.to_string();
        let (mut num, mut level) = (None, None);
        for _ in 0..16 {
            if let Some((n, l)) = self.numbering.get(&id) {
                num = num.or_else(|| n.clone());
                level = level.or(*l);
            }
            match self.based_on.get(&id) {
                Some(base) => id = base.clone(),
                None => break,
            }
        }
        (num, level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats() {
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(28, "upperLetter"), "BB");
        assert_eq!(format_number(14, "lowerRoman"), "xiv");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(12, "decimal"), "12");
    }
}
