//! Reading figures in running text, and the sentences they stand in.

use super::patterns::{
    AFTER, BETWEEN_UPPER, CITATION, CURRENCY_BEFORE, EXCLUDE_BEFORE, HEDGES, MONTHS, NEXT_WORD,
    NUMBER,
};
use super::{Quantity, Scale, Unit};
use crate::document::figures::key::Key;
use crate::document::figures::number::{self, MINUS};
use crate::document::{Joined, Span};

/// Reads every figure in `joined` (an entry's question or answer), skipping
/// `masked` source spans (footnote markers, table lines), sorted and not
/// overlapping.
/// Each figure comes with its start and end offset in `joined.text`.
pub fn scan(
    source: &str,
    joined: &Joined,
    masked: &[Span],
    entry: Option<usize>,
) -> Vec<(Quantity, usize, usize)> {
    scan_in(source, joined, masked, entry, &sentences(&joined.text))
}

/// As [`scan`], with the sentences of `joined.text` already found (the
/// caller reuses them for the figures' keys and breakdowns).
pub fn scan_in(
    source: &str,
    joined: &Joined,
    masked: &[Span],
    entry: Option<usize>,
    sentences: &[(usize, usize)],
) -> Vec<(Quantity, usize, usize)> {
    let text = joined.text.as_str();
    let mut out = Vec::new();
    let citations: Vec<(usize, usize)> = CITATION
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    for m in NUMBER.find_iter(text) {
        let mut start = m.start();
        let mut token = m.as_str().trim_end();
        let mut end = start + token.len();
        if citations.iter().any(|&(a, b)| start < b && end > a) {
            continue;
        }
        // A footnote marker glued to the number ("202522"): keep what is left.
        let src = joined.source_span(start, end);
        // The first masked span that ends after the number starts.
        let first = masked.partition_point(|s| s.end <= src.start);
        if let Some(marker) = masked.get(first).filter(|s| s.start < src.end) {
            if marker.start <= src.start {
                continue;
            }
            let keep = marker.start - src.start;
            if keep == 0 || !token.is_char_boundary(keep) {
                continue;
            }
            token = &token[..keep];
            end = start + keep;
        }
        let before = &text[..start];
        let after = &text[end..];
        let prev_char = before.chars().next_back();
        let next_char = after.chars().next();
        // Glued to letters or slashes: an identifier ("3TG", "D2B", "1/3e", "A4").
        if prev_char.is_some_and(|c| c.is_alphabetic() || c == '/' || c == '_')
            || next_char.is_some_and(|c| c.is_alphabetic() || c == '/' || c == '_')
        {
            continue;
        }
        // "TZ202503-107", "ASEAN-5", "top-5": a hyphenated identifier.
        if prev_char.is_some_and(|c| c == '-' || c == '–') {
            let before_dash = before[..before.len() - prev_char.map_or(0, char::len_utf8)]
                .chars()
                .next_back();
            if before_dash.is_some_and(char::is_alphanumeric) {
                continue;
            }
        }
        // A list number at the start of a line: "1. Verenigde Staten".
        if (after.starts_with(". ") || after.starts_with(") ")) && at_line_start(source, src.start)
        {
            continue;
        }
        let prev_word = last_word(before)
            .trim_start_matches(['(', '[', '‘', '“', '"', '\''])
            .to_lowercase();
        if EXCLUDE_BEFORE.contains(&prev_word.as_str()) {
            continue;
        }
        // "4.5.4", "3.3.1.2": a section number of three levels or more.
        let digit_before_dot = prev_char == Some('.')
            && before[..before.len() - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit());
        let dot_digit_after =
            after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit());
        if token.contains('.') && (dot_digit_after || digit_before_dot) {
            continue;
        }
        let next_word = first_word(after).to_lowercase();
        if MONTHS.contains(&next_word.trim_end_matches('.'))
            || MONTHS.contains(&prev_word.as_str()) && token.len() == 4
        {
            continue;
        }
        // A sign directly before the number ("–0,4%"), not a range dash ("2020-2021").
        let mut negative = false;
        if let Some(c) = prev_char {
            if MINUS.contains(&c) {
                let before_sign = before[..before.len() - c.len_utf8()].chars().next_back();
                if before_sign.is_none_or(|b| b.is_whitespace() || b == '(') {
                    negative = true;
                    start -= c.len_utf8();
                }
            }
        }
        let Some(mut num) = number::parse(token) else {
            continue;
        };
        if negative {
            num.value = -num.value;
        }
        let caps = AFTER.captures(after);
        let get = |name: &str| caps.as_ref().and_then(|c| c.name(name));
        // Only the last few characters can hold a currency: searching the
        // whole text before every figure would be quadratic.
        let mut tail_start = before.len().saturating_sub(8);
        while !before.is_char_boundary(tail_start) {
            tail_start -= 1;
        }
        let currency_before = CURRENCY_BEFORE
            .find(&before[tail_start..])
            .map(|m| (tail_start + m.start(), tail_start + m.end(), m.as_str()));
        let mut unit = Unit::None;
        let mut currencies = Vec::new();
        let mut span_start = start;
        if let Some((c_start, _, c_text)) = currency_before {
            unit = currency_unit(c_text);
            currencies.push(joined.source_span(c_start, c_start + c_text.trim_end().len()));
            span_start = c_start;
        }
        let mut span_end = end;
        // "15-20%": the percent sign after the second figure holds for both.
        if get("pct").is_some() || get("pct2").is_some() {
            unit = Unit::Percent;
        }
        if get("pp").is_some() {
            unit = Unit::PercentagePoint;
        }
        let scale = get("scale")
            .and_then(|s| Scale::from_word(s.as_str()))
            .unwrap_or(Scale::One);
        // "euro-obligaties": a compound noun, not a currency.
        // "euro-obligaties" is a compound noun; "in 2023 EUR 676,9" is the
        // next amount's currency.
        let cur = get("cur").filter(|c| {
            let rest = &after[c.end()..];
            !rest.starts_with(['-', '–'])
                && !rest
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit())
        });
        if let Some(c) = cur {
            let u = currency_unit(c.as_str());
            if unit == Unit::None || (unit == Unit::Euro && u == Unit::Euro) {
                unit = u;
            }
            currencies.push(joined.source_span(end + c.start(), end + c.end()));
        }
        if let Some(u) = get("unit") {
            if unit == Unit::None {
                unit = match u.as_str() {
                    "kg" => Unit::Kilogram,
                    "ton" => Unit::Ton,
                    _ => Unit::Jobs,
                };
            }
        }
        if let Some(c) = caps.as_ref().and_then(|c| c.get(0)) {
            span_end = end + c.as_str().trim_end().len();
            // A range whose second figure is not larger ("EUR 375.285.417 - 2022")
            // is no range: the figure ends before the dash.
            let upper_ok = get("upper")
                .and_then(|u| number::parse(u.as_str()))
                .is_some_and(|u| u.value > num.value);
            if let (Some(r), false) = (get("range"), upper_ok) {
                span_end = end + after[..r.start()].trim_end().len();
            }
            if cur.is_none() {
                if let Some(c) = get("cur") {
                    span_end = span_end.min(end + after[..c.start()].trim_end().len());
                }
            }
        }
        // A bare year: not a figure.
        let bare = unit == Unit::None && scale == Scale::One;
        if bare
            && num.decimals == 0
            && token.len() == 4
            && (1900..=2100).contains(&num.value.mantissa())
        {
            continue;
        }
        let exponent = scale.exponent();
        let factor = number::pow10(exponent);
        let upper = get("upper")
            .and_then(|u| number::parse(u.as_str()))
            .filter(|u| u.value > num.value)
            .map(|u| u.value * factor);
        let mut hedge = hedge_before(text.get(..span_start).unwrap_or(before));
        // "tussen 5 en 7 miljard": a range written in words.
        let mut upper = upper;
        let mut scale = scale;
        let mut factor = factor;
        if hedge.as_deref() == Some("tussen") {
            if let Some(c) = BETWEEN_UPPER.captures(after) {
                // "tussen 5 en 7 miljard": the scale word after the second
                // figure holds for both.
                if let Some(w) = c.get(2).and_then(|w| Scale::from_word(w.as_str())) {
                    scale = w;
                    factor = number::pow10(w.exponent());
                }
                upper = c
                    .get(1)
                    .and_then(|u| number::parse(u.as_str()))
                    .map(|u| u.value * factor);
                hedge = None;
                if let Some(all) = c.get(0) {
                    span_end = span_end.max(end + all.end());
                }
            }
        }
        let noun = if unit == Unit::None && scale == Scale::One {
            NEXT_WORD
                .captures(&after[span_end - end..])
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_lowercase())
        } else {
            None
        };
        let sentence = sentences
            .iter()
            .find(|&&(a, b)| a <= start && start < b)
            .map(|&(a, b)| joined.source_span(a, b))
            .unwrap_or_else(|| joined.source_span(start, span_end));
        let precision = num.decimals as i32 - scale.exponent();
        let span = joined.source_span(span_start, span_end);
        out.push((
            Quantity {
                text: text[span_start..span_end].to_string(),
                span,
                number_span: joined.source_span(start, end),
                value: num.value * factor,
                printed: num.value,
                decimals: num.decimals,
                precision,
                scale,
                unit,
                notation: num.notation,
                hedge,
                upper,
                currencies,
                noun,
                key: Key::default(),
                entry,
                sentence,
                cell: None,
            },
            start,
            span_end,
        ));
    }
    out
}

fn currency_unit(s: &str) -> Unit {
    let s = s.trim();
    if s.starts_with("eurocent") {
        Unit::Eurocent
    } else if s.starts_with("EUR") || s.starts_with('€') || s.starts_with("euro") {
        Unit::Euro
    } else if s.starts_with("GBP") || s.starts_with('£') {
        Unit::Pound
    } else {
        Unit::Dollar
    }
}

fn at_line_start(source: &str, offset: usize) -> bool {
    source[..offset.min(source.len())]
        .chars()
        .rev()
        .take_while(|c| *c != '\n' && *c != '\r')
        .all(char::is_whitespace)
}

fn last_word(s: &str) -> &str {
    let s = s.trim_end();
    let s = s
        .trim_end_matches(['(', '+', '€', '$', '£', '–', '-', '−'])
        .trim_end();
    let s = s
        .strip_suffix("EUR")
        .or_else(|| s.strip_suffix("USD"))
        .unwrap_or(s)
        .trim_end();
    s.rsplit(char::is_whitespace).next().unwrap_or("")
}

fn first_word(s: &str) -> &str {
    s.trim_start()
        .split(|c: char| c.is_whitespace() || c == ',' || c == ')')
        .next()
        .unwrap_or("")
}

/// A hedge word right before the figure (or its currency).
fn hedge_before(before: &str) -> Option<String> {
    let tail: String = before
        .trim_end()
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = tail.to_lowercase();
    HEDGES
        .iter()
        .filter(|h| {
            lower.ends_with(*h)
                && lower[..lower.len() - h.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic())
        })
        .max_by_key(|h| h.len())
        .map(|h| h.to_string())
}

/// Sentence boundaries in `text`: a full stop, question or exclamation mark
/// followed by a space and a capital, a digit or a quote; abbreviations
/// ("ca.", "mln.", "o.a.", "nr.") do not end a sentence.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREVIATIONS: &[&str] = &[
        "ca", "mln", "mld", "mrd", "o.a", "t.o.v", "nr", "trb", "stb", "stcrt", "m.u.v", "o.l.v",
        "e.d", "jl", "incl", "bijv", "d.w.z", "i.p.v", "o.b.v", "n.a.v", "m.b.t", "z.g", "e.a",
        "c.s", "blz", "p", "art", "resp", "w.o",
    ];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'?', b'!', bytes) {
        let c = bytes[i];
        if bytes.get(i + 1) != Some(&b' ') {
            continue;
        }
        let rest = &text[i + 1..];
        let next = rest.trim_start().chars().next();
        let before = &text[..i];
        // The word before the stop: after the last space or "(".
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || c == '(')
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = &before[word_start..];
        let abbreviation = c == b'.' && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
        if !abbreviation && next.is_some_and(|n| !n.is_lowercase()) {
            out.push((start, i + 1));
            start = i + 2;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}
