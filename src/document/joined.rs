//! Line spans joined into one string, with a map back to source offsets, so
//! patterns can match across line breaks ("zie het antwoord op\nvraag 57")
//! while diagnostics still point at the exact source characters.

use super::Span;

#[derive(Debug, Clone)]
pub struct Joined {
    pub text: String,
    /// (offset in `text`, span in the source) for every joined part.
    pieces: Vec<(usize, Span)>,
}

impl Joined {
    /// Joins `parts` with a single space.
    pub fn new(source: &str, parts: &[Span]) -> Self {
        let len: usize = parts.iter().map(|p| p.len() + 1).sum();
        let mut text = String::with_capacity(len);
        let mut pieces = Vec::with_capacity(parts.len());
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            pieces.push((text.len(), *part));
            text.push_str(part.text(source));
        }
        Joined { text, pieces }
    }

    /// Source offset of an offset in the joined text. An offset on a joining
    /// space maps to the end of the part before it.
    pub fn source_offset(&self, offset: usize) -> usize {
        let i = self.pieces.partition_point(|(start, _)| *start <= offset);
        match i.checked_sub(1) {
            Some(i) => {
                let (start, span) = self.pieces[i];
                (span.start + (offset - start)).min(span.end)
            }
            None => self.pieces.first().map(|(_, s)| s.start).unwrap_or(0),
        }
    }

    /// Source span of a range in the joined text.
    pub fn source_span(&self, start: usize, end: usize) -> Span {
        let s = self.source_offset(start);
        let e = if end > start {
            self.source_offset(end - 1) + 1
        } else {
            s
        };
        Span::new(s, e.max(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_back_across_parts() {
        let src = "zie het antwoord op\nFURNITURE\nvraag 57.";
        let a = Span::new(0, 19);
        let b = Span::new(30, 39);
        let j = Joined::new(src, &[a, b]);
        assert_eq!(j.text, "zie het antwoord op vraag 57.");
        let at = j.text.find("57").unwrap();
        let span = j.source_span(at, at + 2);
        assert_eq!(span.text(src), "57");
        let whole = j.source_span(4, j.text.len());
        assert_eq!(whole.start, 4);
        assert_eq!(whole.end, src.len());
    }
}
