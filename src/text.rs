//! Turning text plus marked ranges into views: search hits become `<mark>`,
//! entity mentions become buttons. Text is always inserted as text nodes, never
//! as markup, so nothing from the corpus or the URL can run as code.

use leptos::prelude::*;
use newsprism_model::Date;
use std::ops::Range;

/// `text` with each byte range in `hits` wrapped in `<mark class="hit">`.
/// Ranges must be sorted; overlapping or out-of-bounds ones are clipped.
pub fn highlighted(text: &str, hits: &[Range<usize>]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut at = 0;
    for hit in hits {
        let start = hit.start.max(at).min(text.len());
        let end = hit.end.min(text.len());
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        if start > at {
            out.push(text[at..start].to_string().into_any());
        }
        out.push(view! { <mark class="hit">{text[start..end].to_string()}</mark> }.into_any());
        at = end;
    }
    if at < text.len() {
        out.push(text[at..].to_string().into_any());
    }
    out
}

/// Byte offsets of the given character offsets in `text` (offsets past the end
/// map to `text.len()`); `offsets` must be sorted.
pub fn char_to_byte_offsets(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut bounds = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()))
        .enumerate()
        .peekable();
    offsets
        .iter()
        .map(|&want| {
            while bounds.next_if(|&(char_pos, _)| char_pos < want).is_some() {}
            bounds.peek().map_or(text.len(), |&(_, byte)| byte)
        })
        .collect()
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "17 Nov 2022": unambiguous for readers on both sides of the Atlantic.
pub fn human_date(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day,
        MONTHS[(date.month as usize).saturating_sub(1) % 12],
        date.year
    )
}

/// "1 article", "5 articles".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
