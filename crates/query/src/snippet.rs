//! Result snippets and the highlighting of query matches.
//!
//! Matching goes through the same tokeniser as the index, so a highlight marks
//! exactly what made the article match. Ranges are byte ranges into the original
//! text (the tokeniser records where each word started and ended before it was
//! folded), so `ß` → `ss` or `É` → `e` never shifts a highlight.

use crate::index::Index;
use crate::sort;
use crate::text::{self, TextQuery, Token};
use std::ops::Range;

/// A short passage of an article shown under a search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Index into `Article::paragraphs` the passage comes from.
    pub paragraph: u32,
    /// The passage, an exact substring of the paragraph.
    pub text: String,
    /// Byte ranges into `text` to mark, ascending and disjoint.
    pub highlights: Vec<Range<usize>>,
    /// Whether the paragraph goes on before `text`.
    pub leading_ellipsis: bool,
    /// Whether the paragraph goes on after `text`.
    pub trailing_ellipsis: bool,
}

/// Byte ranges into `text` of every occurrence of the query's positive terms and
/// phrases (a phrase is marked as one range), ascending and merged when they overlap.
pub fn highlights(text: &str, q: &TextQuery) -> Vec<Range<usize>> {
    matches(&text::tokenize(text), q).0
}

/// The highlight ranges and how many distinct positive terms/phrases occur.
fn matches(tokens: &[Token], q: &TextQuery) -> (Vec<Range<usize>>, usize) {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut distinct = 0;
    for term in &q.terms {
        let before = ranges.len();
        ranges.extend(
            tokens
                .iter()
                .filter(|t| &t.term == term)
                .map(|t| t.bytes.clone()),
        );
        distinct += usize::from(ranges.len() > before);
    }
    for phrase in &q.phrases {
        let before = ranges.len();
        ranges.extend(
            text::phrase_starts(tokens, phrase)
                .map(|i| tokens[i].bytes.start..tokens[i + phrase.len() - 1].bytes.end),
        );
        distinct += usize::from(ranges.len() > before);
    }
    sort::sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    (merged, distinct)
}

impl Index {
    /// The passage to show under a result: in the paragraph with the most distinct
    /// positive terms/phrases (the earliest on ties), about `max_chars` characters
    /// around the first match, cut at spaces. Without a positive term, or when only
    /// the title matches, the opening of the first paragraph. `None` for an unknown
    /// article, one without paragraphs, or one whose body is not loaded yet.
    pub fn snippet(&self, article: u32, q: &TextQuery, max_chars: usize) -> Option<Snippet> {
        let a = self.body(article)?;
        let mut best: Option<(usize, Vec<Range<usize>>, usize)> = None;
        if q.has_positive() {
            for (i, p) in a.paragraphs.iter().enumerate() {
                let (ranges, distinct) = matches(&text::tokenize(p), q);
                if distinct > best.as_ref().map_or(0, |b| b.2) {
                    best = Some((i, ranges, distinct));
                }
            }
        }
        let (paragraph, ranges, _) = best.unwrap_or((0, Vec::new(), 0));
        let text = a.paragraphs.get(paragraph)?;
        let (start, end) = window(text, ranges.first().cloned(), max_chars.max(1));
        let highlights = ranges
            .iter()
            .map(|r| r.start.max(start)..r.end.min(end))
            .filter(|r| r.start < r.end)
            .map(|r| r.start - start..r.end - start)
            .collect();
        Some(Snippet {
            paragraph: paragraph as u32,
            text: text[start..end].to_string(),
            highlights,
            leading_ellipsis: start > 0,
            trailing_ellipsis: end < text.len(),
        })
    }

    /// Byte ranges into the article's title to mark for the query.
    pub fn title_highlights(&self, article: u32, q: &TextQuery) -> Vec<Range<usize>> {
        match self.corpus().articles.get(article as usize) {
            Some(a) if q.has_positive() => highlights(&a.title, q),
            _ => Vec::new(),
        }
    }

    /// Byte ranges into one paragraph of the article to mark for the query.
    pub fn paragraph_highlights(
        &self,
        article: u32,
        paragraph: u32,
        q: &TextQuery,
    ) -> Vec<Range<usize>> {
        let body = self.body(article);
        match body
            .as_ref()
            .and_then(|a| a.paragraphs.get(paragraph as usize))
        {
            Some(p) if q.has_positive() => highlights(p, q),
            _ => Vec::new(),
        }
    }
}

/// Byte bounds of a window of about `max_chars` characters of `text` that shows
/// `hit` (or the opening, without one) with some context before it, cut at
/// whitespace where possible and trimmed.
fn window(text: &str, hit: Option<Range<usize>>, max_chars: usize) -> (usize, usize) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let char_at = |b: usize| chars.partition_point(|c| c.0 < b);
    let (hs, he) = hit.map_or((0, 0), |h| (char_at(h.start), char_at(h.end)));
    if n <= max_chars {
        return (0, text.len());
    }
    let mut s = hs.saturating_sub(max_chars / 4);
    let mut e = (s + max_chars).min(n);
    if e == n {
        s = n - max_chars;
    }
    let space = |i: usize| chars[i].1.is_whitespace();
    if s > 0 && !space(s - 1) {
        if let Some(j) = (s..hs).find(|&j| space(j)) {
            s = j + 1;
        }
    }
    if e < n && !space(e) {
        if let Some(j) = (he.max(s)..e).rev().find(|&j| space(j)) {
            e = j;
        }
    }
    while s < e && space(s) {
        s += 1;
    }
    while e > s && space(e - 1) {
        e -= 1;
    }
    (byte(s), byte(e))
}
