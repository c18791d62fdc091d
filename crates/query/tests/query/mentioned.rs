//! The mentioned-date filter (`mfrom`/`mto`) and its histogram.

use crate::fixture::*;
use crate::{hit_ids, search};
use newsprism_model::Date;
use newsprism_query::{Results, ViewState};

fn d(s: &str) -> Option<Date> {
    Some(Date::parse(s).unwrap())
}

#[test]
fn an_article_matches_when_a_mentioned_period_lies_in_the_range() {
    let ix = index();
    // A day inside a month-precision mention ("January 2022") does not match:
    // the article names the month, not that day.
    assert_eq!(
        hit_ids(&ix, "mfrom=2022-01-20&mto=2022-01-20"),
        Vec::<String>::new()
    );
    // The month itself does, and so does the day mention of 5 January.
    assert_eq!(
        hit_ids(&ix, "mfrom=2022-01-01&mto=2022-01-31"),
        ["january-unrest"]
    );
    assert_eq!(
        hit_ids(&ix, "mfrom=2022-01-05&mto=2022-01-05"),
        ["january-unrest"]
    );
    // A year-precision mention is wider than a range of a few days, but lies in
    // its year.
    assert_eq!(
        hit_ids(&ix, "mfrom=2021-06-01&mto=2021-06-03"),
        Vec::<String>::new()
    );
    assert_eq!(
        hit_ids(&ix, "mfrom=2021-01-01&mto=2021-12-31"),
        ["ablyazov-profile"]
    );
    // Inclusive at both ends, on day mentions.
    assert_eq!(
        hit_ids(&ix, "mfrom=2022-11-17&mto=2022-11-17"),
        ["coup-plot"]
    );
    assert_eq!(
        hit_ids(&ix, "mfrom=2022-11-18&mto=2022-11-19"),
        Vec::<String>::new()
    );
    // Open ends.
    assert_eq!(
        hit_ids(&ix, "mfrom=2022-05-20"),
        ["snap-election", "coup-plot", "russia-ties"]
    );
    // January 2022 ends after the 1st: only the year 2021 lies before it.
    assert_eq!(hit_ids(&ix, "mto=2022-01-01"), ["ablyazov-profile"]);
    // An article without date mentions never matches a mentioned range.
    assert!(!hit_ids(&ix, "mfrom=1900-01-01").contains(&"elysee-visit".to_string()));
    assert_eq!(hit_ids(&ix, "mfrom=1900-01-01").len(), 5);
}

#[test]
fn mentioned_dates_combine_with_the_other_filters() {
    let ix = index();
    // Published from June, talking about November.
    assert_eq!(
        hit_ids(&ix, "from=2022-06-01&mfrom=2022-11-01"),
        ["snap-election", "coup-plot"]
    );
    assert_eq!(
        hit_ids(&ix, "source=eurasianet&mto=2022-03-01"),
        ["russia-ties", "january-unrest"]
    );
    assert_eq!(
        hit_ids(&ix, "q=election&mfrom=2022-11-20"),
        ["snap-election"]
    );
    // Facet counts follow the results.
    let r = search(&ix, "mfrom=2022-11-17&mto=2022-11-17");
    assert_eq!(r.facets.sources.len(), 1);
    assert_eq!(r.facets.sources[0].id, AFP);
}

#[test]
fn a_reversed_mentioned_range_is_swapped_in_search_too() {
    let ix = index();
    let r = ix.search(&ViewState {
        mentioned_from: d("2022-01-31"),
        mentioned_to: d("2022-01-01"),
        ..Default::default()
    });
    assert_eq!(
        r.notices,
        ["Swapped “mfrom” and “mto”: 2022-01-31 is after 2022-01-01."]
    );
    assert_eq!(crate::ids(&ix, &r), ["january-unrest"]);
}

fn nonzero(r: &Results) -> Vec<(String, u32)> {
    r.mentioned
        .bins
        .iter()
        .filter(|b| b.count > 0)
        .map(|b| (b.label.clone(), b.count))
        .collect()
}

#[test]
fn mentioned_histogram_spans_every_mention_and_counts_articles_per_bin() {
    let ix = index();
    assert_eq!(
        ix.mentioned_span(),
        Some((d("2021-01-01").unwrap(), d("2022-11-20").unwrap()))
    );
    let r = search(&ix, "");
    let h = &r.mentioned;
    // January 2021 (the year mention) to November 2022: 23 months.
    assert_eq!(h.bins.len(), 23);
    assert_eq!(h.bins[0].label, "Jan 2021");
    assert_eq!(h.bins[0].start, d("2021-01-01").unwrap());
    assert_eq!(h.bins[22].label, "Nov 2022");
    assert_eq!(h.bins[22].end, d("2022-11-30").unwrap());
    // The year 2021 lies in no month, so it fills no monthly bar (but still dates
    // its article); two days in May 2022, and the month of January with a day
    // inside it, count their article once.
    assert_eq!(
        nonzero(&r),
        [
            ("Jan 2022".to_string(), 1),
            ("Feb 2022".to_string(), 1),
            ("May 2022".to_string(), 1),
            ("Nov 2022".to_string(), 2)
        ]
    );
    assert_eq!(h.undated, 1, "the Élysée visit mentions no date");
    assert!(h.bins.iter().all(|b| b.in_range));
}

#[test]
fn mentioned_histogram_ignores_its_own_range_but_not_the_others() {
    let ix = index();
    let r = search(&ix, "from=2022-06-01&mfrom=2022-11-01");
    // Over the articles published from June, whatever they mention.
    assert_eq!(
        nonzero(&r),
        [
            ("Feb 2022".to_string(), 1),
            ("May 2022".to_string(), 1),
            ("Nov 2022".to_string(), 2)
        ]
    );
    assert_eq!(r.mentioned.undated, 1);
    assert_eq!(r.mentioned.bins.len(), 23, "the axis does not move");
    let in_range: Vec<&str> = r
        .mentioned
        .bins
        .iter()
        .filter(|b| b.in_range)
        .map(|b| b.label.as_str())
        .collect();
    assert_eq!(in_range, ["Nov 2022"]);
    // The publication histogram applies the mentioned range and ignores its own.
    let published: Vec<(String, u32)> = r
        .histogram
        .bins
        .iter()
        .filter(|b| b.count > 0)
        .map(|b| (b.label.clone(), b.count))
        .collect();
    assert_eq!(published, [("Nov 2022".to_string(), 2)]);
    assert_eq!(r.histogram.undated, 0);

    let r = search(&ix, "mto=2021-03-15");
    let in_range: Vec<&str> = r
        .mentioned
        .bins
        .iter()
        .filter(|b| b.in_range)
        .map(|b| b.label.as_str())
        .collect();
    assert_eq!(in_range, ["Jan 2021", "Feb 2021", "Mar 2021"]);
    // "2021" does not lie before 15 March 2021; it does before its end.
    assert!(crate::ids(&ix, &r).is_empty());
    let r = search(&ix, "mto=2021-12-31");
    assert_eq!(crate::ids(&ix, &r), ["ablyazov-profile"]);

    // A facet narrows it.
    let r = search(&ix, "source=eurasianet");
    assert_eq!(
        nonzero(&r),
        [
            ("Jan 2022".to_string(), 1),
            ("Feb 2022".to_string(), 1),
            ("May 2022".to_string(), 1)
        ]
    );
    assert_eq!(r.mentioned.undated, 0);
}

#[test]
fn mentioned_histogram_without_mentions_has_no_bins() {
    let mut corpus = corpus();
    for a in &mut corpus.articles {
        a.date_mentions.clear();
    }
    let ix = newsprism_query::Index::new(corpus);
    let r = ix.search(&ViewState::default());
    assert!(r.mentioned.bins.is_empty());
    assert_eq!(r.mentioned.undated, 6);
    assert_eq!(ix.mentioned_span(), None);
    assert_eq!(hit_ids(&ix, "mfrom=2000-01-01"), Vec::<String>::new());
}
