//! The quotations tab: which quotes, in what order, and their text.

use crate::fixture::*;
use crate::search;
use newsprism_query::{Index, QuoteRef, ViewState};

fn quotes(ix: &Index, qs: &str) -> Vec<(u32, u32)> {
    let (view, notices) = ViewState::from_query_string(qs);
    assert!(notices.is_empty(), "{notices:?}");
    let r = ix.search(&view);
    let list = ix.quotes(&r, &view, usize::MAX);
    assert!(list.waiting.is_empty() && !list.more, "{list:?}");
    list.quotes
        .into_iter()
        .map(|QuoteRef { article, quote }| (article, quote))
        .collect()
}

#[test]
fn quotes_follow_the_results_order_then_the_text() {
    let ix = index();
    assert_eq!(
        quotes(&ix, "view=quotes"),
        [
            (ELYSEE, 0),
            (ELECTION, 0),
            (COUP, 0),
            (UNREST, 0),
            (UNREST, 1),
            (PROFILE, 0)
        ]
    );
    assert_eq!(
        quotes(&ix, "sort=oldest"),
        [
            (UNREST, 0),
            (UNREST, 1),
            (COUP, 0),
            (ELECTION, 0),
            (ELYSEE, 0),
            (PROFILE, 0)
        ]
    );
    // Other filters narrow the articles, and so the quotes.
    assert_eq!(quotes(&ix, "source=afp"), [(ELYSEE, 0), (COUP, 0)]);
    assert_eq!(quotes(&ix, "q=competition"), [(ELECTION, 0)]);
    assert_eq!(quotes(&ix, "q=pipeline"), []);
}

#[test]
fn selected_speakers_restrict_the_quotes() {
    let ix = index();
    // The CSTO's quote in the same article is left out.
    assert_eq!(
        quotes(&ix, "speaker=kassym-jomart-tokayev"),
        [(ELYSEE, 0), (UNREST, 1)]
    );
    assert_eq!(
        quotes(&ix, "speaker=csto&speaker=kassym-jomart-tokayev"),
        [(ELYSEE, 0), (UNREST, 0), (UNREST, 1)]
    );
    assert_eq!(
        quotes(
            &ix,
            "speaker=csto&speaker=kassym-jomart-tokayev&all=speaker"
        ),
        [(UNREST, 0), (UNREST, 1)]
    );
    // A speaker not in the corpus filters nothing, in the results or the quotes.
    let (view, _) = ViewState::from_query_string("speaker=nobody");
    let r = ix.search(&view);
    assert_eq!(r.total, 6);
    assert_eq!(ix.quotes(&r, &view, usize::MAX).quotes.len(), 6);
}

#[test]
fn quote_text_includes_the_marks_and_joins_paragraphs() {
    let ix = index();
    assert_eq!(
        ix.quote_text(COUP, 0),
        "“the group planned to organize riots and a coup. \
         Weapons including Kalashnikovs and Molotov cocktails were confiscated.”"
    );
    assert_eq!(ix.quote_text(ELECTION, 0), "“the vote lacked competition”");
    assert_eq!(
        ix.quote_text(ELYSEE, 0),
        "« Les deux pays ont signé des accords sur l'énergie. »"
    );
    assert_eq!(ix.quote_text(UNREST, 0), "“Tokayev's request”");
    assert_eq!(
        ix.quote_text(UNREST, 1),
        "“More than 230 people died in the unrest”"
    );
    assert_eq!(ix.quote_text(TIES, 0), "");
    assert_eq!(ix.quote_text(99, 0), "");
    let q = &ix.corpus().articles[ELECTION as usize].quotes[0];
    assert_eq!((q.speaker, q.speaker_text.as_str()), (None, "Observers"));
}

#[test]
fn speakers_per_article_are_distinct_entities_ascending() {
    let ix = index();
    assert_eq!(ix.speakers_in(UNREST), [TOKAYEV, CSTO]);
    assert_eq!(ix.speakers_in(COUP), [KNB]);
    assert_eq!(
        ix.speakers_in(ELECTION),
        [] as [u32; 0],
        "an unnamed speaker"
    );
    assert_eq!(ix.speakers_in(99), [] as [u32; 0]);
}

#[test]
fn text_search_does_not_see_the_quote_marks() {
    let ix = index();
    assert_eq!(crate::hit_ids(&ix, "q=%22organize+riots%22"), ["coup-plot"]);
    let r = search(&ix, "q=%22lacked+competition%22");
    assert_eq!(crate::ids(&ix, &r), ["snap-election"]);
}

#[test]
fn a_limit_stops_after_the_article_that_reaches_it() {
    let ix = index();
    let (view, _) = ViewState::from_query_string("view=quotes");
    let r = ix.search(&view);
    // The third article's quote reaches 3; its whole article is taken.
    let list = ix.quotes(&r, &view, 3);
    assert_eq!(list.quotes.len(), 3);
    assert!(list.more);
    let list = ix.quotes(&r, &view, 4);
    assert_eq!(list.quotes.len(), 5, "both quotes of the unrest article");
    assert!(list.more);
    assert!(!ix.quotes(&r, &view, 6).more);
}
