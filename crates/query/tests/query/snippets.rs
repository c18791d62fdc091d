//! Snippets and highlight byte ranges.

use crate::fixture::*;
use newsprism_query::{Index, TextQuery};
use std::ops::Range;

fn tq(s: &str) -> TextQuery {
    TextQuery::parse(s)
}

fn marked<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
    ranges.iter().map(|r| &text[r.clone()]).collect()
}

fn range_of(text: &str, needle: &str) -> Range<usize> {
    let s = text.find(needle).unwrap();
    s..s + needle.len()
}

fn paragraph(ix: &Index, a: u32, p: usize) -> String {
    ix.corpus().articles[a as usize].paragraphs[p].clone()
}

#[test]
fn highlights_are_byte_ranges_into_the_original_accented_text() {
    let ix = index();
    let p = paragraph(&ix, ELYSEE, 0);
    let h = ix.paragraph_highlights(ELYSEE, 0, &tq("elysee ETE president"));
    assert_eq!(
        h,
        vec![
            range_of(&p, "président"),
            range_of(&p, "été"),
            range_of(&p, "Élysée")
        ]
    );
    // Exact numbers, so a char/byte mix-up cannot pass: "Le " is 3 bytes, "é" is 2.
    assert_eq!(h[0], 3..13);
    assert_eq!(marked(&p, &h), ["président", "été", "Élysée"]);

    let title = &ix.corpus().articles[ELYSEE as usize].title;
    let h = ix.title_highlights(ELYSEE, &tq("Tokayev élysée"));
    assert_eq!(h, vec![0..7, range_of(title, "Élysée")]);
    assert!(ix.title_highlights(ELYSEE, &tq("-tokayev")).is_empty());
    assert!(ix
        .paragraph_highlights(ELYSEE, 9, &tq("tokayev"))
        .is_empty());
    assert!(ix.title_highlights(99, &tq("tokayev")).is_empty());
}

#[test]
fn highlights_cover_whole_words_and_phrases() {
    let ix = index();
    let p1 = paragraph(&ix, ELECTION, 1);
    assert_eq!(
        marked(
            &p1,
            &ix.paragraph_highlights(ELECTION, 1, &tq("nazarbayev"))
        ),
        ["Nazarbayev's"]
    );
    let p0 = paragraph(&ix, ELECTION, 0);
    assert_eq!(
        marked(
            &p0,
            &ix.paragraph_highlights(ELECTION, 0, &tq("\"snap presidential election\" tokayev"))
        ),
        ["Tokayev", "snap presidential election"]
    );
    assert_eq!(
        marked(
            &p0,
            &ix.paragraph_highlights(ELECTION, 0, &tq("kassym-jomart"))
        ),
        ["Kassym-Jomart"]
    );
    // A phrase's words alone are not marked.
    assert!(ix
        .paragraph_highlights(ELECTION, 1, &tq("\"vote observers\""))
        .is_empty());
    let p = paragraph(&ix, COUP, 2);
    assert_eq!(
        marked(&p, &ix.paragraph_highlights(COUP, 2, &tq("kalashnikov"))),
        ["Kalashnikovs"]
    );
}

#[test]
fn snippet_picks_the_paragraph_with_most_distinct_terms() {
    let ix = index();
    let s = ix.snippet(COUP, &tq("riots coup"), 200).unwrap();
    assert_eq!(s.paragraph, 1);
    assert_eq!(s.text, paragraph(&ix, COUP, 1));
    assert!(!s.leading_ellipsis && !s.trailing_ellipsis);
    assert_eq!(marked(&s.text, &s.highlights), ["riots", "coup"]);
}

#[test]
fn snippet_window_cuts_at_words_with_ellipses() {
    let ix = index();
    let s = ix.snippet(TIES, &tq("pipeline"), 60).unwrap();
    assert_eq!(s.paragraph, 1);
    assert!(s.leading_ellipsis && s.trailing_ellipsis);
    assert!(s.text.chars().count() <= 60, "{:?}", s.text);
    assert!(s.text.chars().count() >= 40, "{:?}", s.text);
    let at = TIES_LONG
        .find(&s.text)
        .expect("a substring of the paragraph");
    assert!(
        TIES_LONG[..at].ends_with(' '),
        "starts at a word: {:?}",
        s.text
    );
    assert!(
        TIES_LONG[at + s.text.len()..].starts_with(' '),
        "ends at a word: {:?}",
        s.text
    );
    assert_eq!(marked(&s.text, &s.highlights), ["pipeline"]);
    assert_eq!(
        s.text,
        "and a new pipeline deal signed in the spring has raised"
    );
}

#[test]
fn snippet_near_the_end_has_no_trailing_ellipsis() {
    let ix = index();
    let s = ix.snippet(ELYSEE, &tq("macron"), 20).unwrap();
    assert_eq!(s.text, "par Emmanuel Macron.");
    assert!(s.leading_ellipsis && !s.trailing_ellipsis);
    assert_eq!(marked(&s.text, &s.highlights), ["Macron"]);
    let s = ix.snippet(ELYSEE, &tq("elysee"), 12).unwrap();
    assert_eq!(marked(&s.text, &s.highlights), ["Élysée"]);
}

#[test]
fn snippet_without_positive_terms_is_the_opening() {
    let ix = index();
    for query in ["", "-tokayev", "wins"] {
        let s = ix.snippet(COUP, &tq(query), 40).unwrap();
        assert_eq!(s.paragraph, 0);
        assert_eq!(s.text, "Kazakhstan said Thursday it had", "{query}");
        assert!(!s.leading_ellipsis && s.trailing_ellipsis);
        assert!(s.highlights.is_empty());
    }
    // A title-only match: the opening too, no highlights.
    let s = ix.snippet(ELECTION, &tq("wins"), 1000).unwrap();
    assert_eq!((s.paragraph, s.highlights.len()), (0, 0));
    assert!(ix.snippet(99, &tq(""), 40).is_none());
}
