//! Facet selections, dates and sort orders.

use crate::fixture::index;
use crate::{hit_ids, search};
use newsprism_query::Sort;

const NEWEST: [&str; 6] = [
    "elysee-visit",
    "snap-election",
    "coup-plot",
    "russia-ties",
    "january-unrest",
    "ablyazov-profile",
];

#[test]
fn default_view_is_everything_newest_first_undated_last() {
    let ix = index();
    let r = search(&ix, "");
    assert_eq!(r.total, 6);
    assert_eq!(r.sort, Sort::Newest);
    assert_eq!(crate::ids(&ix, &r), NEWEST);
    assert!(r.hits.iter().all(|h| h.score == 0.0));
}

#[test]
fn oldest_first_keeps_undated_last() {
    let ix = index();
    assert_eq!(
        hit_ids(&ix, "sort=oldest"),
        [
            "january-unrest",
            "russia-ties",
            "coup-plot",
            "snap-election",
            "elysee-visit",
            "ablyazov-profile"
        ]
    );
    let r = search(&ix, "sort=oldest");
    assert_eq!(r.sort, Sort::Oldest);
    // Relevance without a text query: every score is 0, so newest order stands.
    assert_eq!(hit_ids(&ix, "sort=relevance"), NEWEST);
}

#[test]
fn any_of_and_all_of_within_a_facet() {
    let ix = index();
    let two = "entity=kassym-jomart-tokayev&entity=nursultan-nazarbayev";
    assert_eq!(
        hit_ids(&ix, two),
        ["elysee-visit", "snap-election", "january-unrest"]
    );
    assert_eq!(
        hit_ids(&ix, &format!("{two}&all=person")),
        ["snap-election"]
    );
    // all-of on another facet does not change how people combine.
    assert_eq!(hit_ids(&ix, &format!("{two}&all=place")).len(), 3);
    assert_eq!(
        hit_ids(&ix, "entity=almaty&entity=russia&all=place"),
        ["january-unrest"]
    );
    assert_eq!(
        hit_ids(&ix, "entity=almaty&entity=russia"),
        ["russia-ties", "january-unrest"]
    );
}

#[test]
fn facets_combine_with_and() {
    let ix = index();
    assert_eq!(
        hit_ids(&ix, "entity=kazakhstan&source=eurasianet"),
        ["russia-ties", "january-unrest"]
    );
    assert_eq!(
        hit_ids(&ix, "source=afp&source=reuters"),
        [
            "elysee-visit",
            "snap-election",
            "coup-plot",
            "ablyazov-profile"
        ]
    );
    // A person and an organisation: different facets, so both must match.
    assert_eq!(
        hit_ids(&ix, "entity=kassym-jomart-tokayev&entity=knb"),
        Vec::<String>::new()
    );
    assert_eq!(
        hit_ids(&ix, "entity=kassym-jomart-tokayev&entity=csto"),
        ["january-unrest"]
    );
    assert_eq!(
        hit_ids(&ix, "entity=knb&entity=csto&all=organisation"),
        Vec::<String>::new()
    );
    assert_eq!(hit_ids(&ix, "source=unknown"), Vec::<String>::new());
}

#[test]
fn date_range_is_inclusive_and_excludes_undated() {
    let ix = index();
    assert_eq!(
        hit_ids(&ix, "from=2022-11-17&to=2022-11-20"),
        ["snap-election", "coup-plot"]
    );
    assert_eq!(
        hit_ids(&ix, "from=2022-11-20"),
        ["elysee-visit", "snap-election"]
    );
    assert_eq!(hit_ids(&ix, "to=2022-01-10"), ["january-unrest"]);
    assert_eq!(
        hit_ids(&ix, "from=2022-11-18&to=2022-11-19"),
        Vec::<String>::new()
    );
    assert_eq!(hit_ids(&ix, "from=1900-01-01").len(), 5);
}

#[test]
fn unknown_ids_are_notices_and_not_filters() {
    let ix = index();
    let (view, _) = newsprism_query::ViewState::from_query_string(
        "entity=nobody&entity=csto&source=bbc&article=gone&article=gone",
    );
    let r = ix.search(&view);
    assert_eq!(
        r.notices,
        vec![
            "Ignored source “bbc”: not in this corpus.",
            "Ignored entity “nobody”: not in this corpus.",
            "Ignored article “gone”: not in this corpus.",
        ]
    );
    assert_eq!(crate::ids(&ix, &r), ["january-unrest"]);
    let r = ix.search(&newsprism_query::ViewState {
        entities: vec!["nobody".into()],
        ..Default::default()
    });
    assert_eq!(r.total, 6);
    assert!(search(&ix, "article=coup-plot").notices.is_empty());
}

#[test]
fn lookups_by_id() {
    let ix = index();
    assert_eq!(ix.entity_by_id("csto"), Some(crate::fixture::CSTO));
    assert_eq!(ix.source_by_id("reuters"), Some(crate::fixture::REUTERS));
    assert_eq!(ix.article_by_id("russia-ties"), Some(crate::fixture::TIES));
    assert_eq!(
        ix.article_by_id("january-unrest"),
        Some(crate::fixture::UNREST)
    );
    assert_eq!(
        ix.article_by_id("ablyazov-profile"),
        Some(crate::fixture::PROFILE)
    );
    assert_eq!(ix.article_by_id("nope"), None);
    assert_eq!(ix.entity_by_id(""), None);
    assert_eq!(ix.source_by_id("AFP"), None);
    assert_eq!(ix.article_entities(crate::fixture::COUP), [2, 3, 5]);
    assert_eq!(ix.article_entities(99), [] as [u32; 0]);
}
