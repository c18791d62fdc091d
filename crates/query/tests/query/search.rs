//! Full-text search: normalisation, stemming, syntax and ranking.

use crate::fixture::index;
use crate::{hit_ids, search};
use newsprism_query::Sort;

fn q(ix: &newsprism_query::Index, text: &str) -> Vec<String> {
    let qs = format!(
        "q={}&sort=newest",
        text.replace('%', "%25")
            .replace('&', "%26")
            .replace('+', "%2B")
    );
    hit_ids(ix, &qs)
}

const NONE: [&str; 0] = [];

#[test]
fn case_and_accents_do_not_matter() {
    let ix = index();
    let tokayev = ["elysee-visit", "snap-election", "january-unrest"];
    assert_eq!(q(&ix, "tokayev"), tokayev);
    assert_eq!(q(&ix, "TOKAYEV"), tokayev);
    assert_eq!(q(&ix, "Tokáyev"), tokayev);
    assert_eq!(q(&ix, "elysee"), ["elysee-visit"]);
    assert_eq!(q(&ix, "ÉLYSÉE"), ["elysee-visit"]);
    assert_eq!(q(&ix, "l'elysee"), ["elysee-visit"]);
    assert_eq!(q(&ix, "energie"), ["elysee-visit"]);
    assert_eq!(q(&ix, "president"), ["elysee-visit"]);
}

#[test]
fn plurals_and_possessives_match() {
    let ix = index();
    assert_eq!(q(&ix, "Kalashnikov"), ["coup-plot"]);
    assert_eq!(q(&ix, "kalashnikovs"), ["coup-plot"]);
    assert_eq!(q(&ix, "coups"), ["coup-plot"]);
    assert_eq!(q(&ix, "riot"), ["coup-plot", "january-unrest"]);
    assert_eq!(
        q(&ix, "country"),
        ["russia-ties", "january-unrest", "ablyazov-profile"]
    );
    assert_eq!(
        q(&ix, "countries"),
        ["russia-ties", "january-unrest", "ablyazov-profile"]
    );
    assert_eq!(q(&ix, "Nazarbayev"), ["snap-election"]);
    assert_eq!(q(&ix, "nazarbayev's"), ["snap-election"]);
}

#[test]
fn hyphenated_names_are_findable_by_part_and_whole() {
    let ix = index();
    for query in [
        "kassym",
        "jomart",
        "kassym-jomart",
        "Kassym-Jomart",
        "\"kassym jomart\"",
    ] {
        assert_eq!(q(&ix, query), ["snap-election"], "{query}");
    }
    assert_eq!(q(&ix, "\"jomart kassym\""), NONE);
}

#[test]
fn terms_combine_with_and() {
    let ix = index();
    assert_eq!(q(&ix, "coup kazakhstan"), ["coup-plot"]);
    assert_eq!(q(&ix, "coup zzzz"), NONE);
    assert_eq!(q(&ix, "zzzz"), NONE);
}

#[test]
fn phrases_need_consecutive_words_in_one_field() {
    let ix = index();
    assert_eq!(q(&ix, "\"snap presidential election\""), ["snap-election"]);
    assert_eq!(q(&ix, "\"presidential snap\""), NONE);
    // Across two paragraphs, and across title and body: not a phrase.
    assert_eq!(q(&ix, "\"vote observers\""), NONE);
    assert_eq!(q(&ix, "\"election kassym\""), NONE);
    assert_eq!(q(&ix, "\"shake almaty\""), ["january-unrest"]);
}

#[test]
fn exclusions() {
    let ix = index();
    assert_eq!(q(&ix, "tokayev -almaty"), ["elysee-visit", "snap-election"]);
    assert_eq!(q(&ix, "riots -\"organize riots\""), ["january-unrest"]);
    assert_eq!(
        q(&ix, "-\"organize riots\""),
        [
            "elysee-visit",
            "snap-election",
            "russia-ties",
            "january-unrest",
            "ablyazov-profile"
        ]
    );
    // Excluding a phrase is not excluding its words.
    assert_eq!(
        q(&ix, "riots -\"riots organize\""),
        ["coup-plot", "january-unrest"]
    );
    let r = search(&ix, "q=-tokayev");
    assert_eq!(r.sort, Sort::Newest);
    assert_eq!(
        crate::ids(&ix, &r),
        ["coup-plot", "russia-ties", "ablyazov-profile"]
    );
    assert!(r.hits.iter().all(|h| h.score == 0.0));
    assert_eq!(q(&ix, "-zzzz").len(), 6);
}

#[test]
fn unbalanced_quote_runs_to_the_end() {
    let ix = index();
    assert_eq!(q(&ix, "\"snap presidential"), ["snap-election"]);
    assert_eq!(q(&ix, "tokayev \"snap"), ["snap-election"]);
    assert_eq!(q(&ix, "\""), q(&ix, ""));
}

#[test]
fn relevance_ranks_title_matches_first() {
    let ix = index();
    let r = search(&ix, "q=tokayev");
    assert_eq!(r.sort, Sort::Relevance);
    let ids = crate::ids(&ix, &r);
    assert_eq!(ids.len(), 3);
    assert_eq!(
        ids[2], "january-unrest",
        "body-only match ranks last: {ids:?}"
    );
    assert!(r.hits[1].score > r.hits[2].score && r.hits[2].score > 0.0);
    assert!(r.hits[0].score >= r.hits[1].score);

    // A rarer term weighs more than a common one.
    let r = search(&ix, "q=kazakhstan+riots");
    assert_eq!(crate::ids(&ix, &r), ["coup-plot"]);

    // Explicit date orders keep the scores.
    let r = search(&ix, "q=tokayev&sort=oldest");
    assert_eq!(r.sort, Sort::Oldest);
    assert_eq!(
        crate::ids(&ix, &r),
        ["january-unrest", "snap-election", "elysee-visit"]
    );
    assert!(r.hits.iter().all(|h| h.score > 0.0));
}

#[test]
fn parsed_query_is_returned() {
    let ix = index();
    let r = search(&ix, "q=Coups+-Riots");
    assert_eq!(r.text.terms, vec!["coup"]);
    assert_eq!(r.text.excluded_terms, vec!["riot"]);
    assert_eq!(crate::ids(&ix, &r), NONE);
}
