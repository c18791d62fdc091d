//! Facet counts (over the results, plus what any-of values would add) and the
//! date histogram.

use crate::fixture::*;
use crate::search;
use newsprism_model::{Article, Corpus, Date, Source};
use newsprism_query::{FacetValue, Index, ViewState};

fn counts(values: &[FacetValue]) -> Vec<(u32, u32, bool)> {
    values.iter().map(|v| (v.id, v.count, v.selected)).collect()
}

#[test]
fn counts_without_selection_are_over_results_sorted_by_count_then_name() {
    let ix = index();
    let r = search(&ix, "");
    // "Unknown source" has no article, so it is left out.
    assert_eq!(
        counts(&r.facets.sources),
        [(AFP, 2, false), (EURASIANET, 2, false), (REUTERS, 2, false)]
    );
    assert_eq!(
        counts(&r.facets.people),
        [
            (TOKAYEV, 3, false),
            (ABLYAZOV, 2, false),
            (NAZARBAYEV, 1, false)
        ]
    );
    assert_eq!(
        counts(&r.facets.organisations),
        [(CSTO, 1, false), (KNB, 1, false)]
    );
    assert_eq!(
        counts(&r.facets.places),
        [
            (KAZAKHSTAN, 4, false),
            (RUSSIA, 2, false),
            (ALMATY, 1, false)
        ]
    );
    let r = search(&ix, "q=election");
    assert_eq!(
        counts(&r.facets.people),
        [(TOKAYEV, 1, false), (NAZARBAYEV, 1, false)]
    );
    assert_eq!(counts(&r.facets.sources), [(REUTERS, 1, false)]);
}

fn with_adds(values: &[FacetValue]) -> Vec<(u32, u32, u32, bool)> {
    values
        .iter()
        .map(|v| (v.id, v.count, v.adds, v.selected))
        .collect()
}

#[test]
fn any_of_counts_follow_results_and_say_what_other_values_add() {
    let ix = index();
    let r = search(&ix, "entity=nursultan-nazarbayev");
    assert_eq!(r.total, 1);
    // People: counted over the one result (who appears with Nazarbayev), and
    // each other person says how many articles ticking them would add, even
    // Ablyazov, who is not in the result at all.
    assert_eq!(
        with_adds(&r.facets.people),
        [
            (TOKAYEV, 1, 2, false),
            (NAZARBAYEV, 1, 0, true),
            (ABLYAZOV, 0, 2, false)
        ]
    );
    // Facets without a selection add nothing: over the one result.
    assert_eq!(counts(&r.facets.places), [(KAZAKHSTAN, 1, false)]);
    assert_eq!(with_adds(&r.facets.sources), [(REUTERS, 1, 0, false)]);
    assert_eq!(counts(&r.facets.organisations), []);

    // Two facets selected: each facet's additions are over the other's selection.
    let r = search(&ix, "entity=kazakhstan&source=afp");
    assert_eq!(crate::ids(&ix, &r), ["coup-plot"]);
    assert_eq!(
        with_adds(&r.facets.sources),
        [
            (AFP, 1, 0, true),
            (EURASIANET, 0, 2, false),
            (REUTERS, 0, 1, false)
        ]
    );
    assert_eq!(with_adds(&r.facets.places), [(KAZAKHSTAN, 1, 0, true)]);
    assert_eq!(with_adds(&r.facets.people), [(ABLYAZOV, 1, 0, false)]);
}

#[test]
fn all_of_facet_counts_are_over_results() {
    let ix = index();
    let r = search(&ix, "entity=nursultan-nazarbayev&all=person");
    assert_eq!(
        counts(&r.facets.people),
        [(TOKAYEV, 1, false), (NAZARBAYEV, 1, true)]
    );
}

#[test]
fn selected_values_stay_listed_with_zero() {
    let ix = index();
    let r = search(&ix, "entity=almaty&source=afp");
    assert_eq!(r.total, 0);
    // Nothing matches, but the selected values stay, and the values that would
    // bring articles back say how many.
    assert_eq!(
        with_adds(&r.facets.places),
        [(KAZAKHSTAN, 0, 1, false), (ALMATY, 0, 0, true)]
    );
    assert_eq!(
        with_adds(&r.facets.sources),
        [(EURASIANET, 0, 1, false), (AFP, 0, 0, true)]
    );
    assert_eq!(counts(&r.facets.people), []);
}

fn bins(r: &newsprism_query::Results) -> Vec<(String, u32, bool)> {
    r.histogram
        .bins
        .iter()
        .map(|b| (b.label.clone(), b.count, b.in_range))
        .collect()
}

#[test]
fn histogram_is_monthly_over_the_corpus_span_and_ignores_the_date_filter() {
    let ix = index();
    let r = search(&ix, "");
    let h = &r.histogram;
    assert_eq!(h.bins.len(), 11);
    assert_eq!(h.undated, 1);
    assert_eq!(h.bins[0].label, "Jan 2022");
    assert_eq!(h.bins[0].start, Date::parse("2022-01-01").unwrap());
    assert_eq!(h.bins[0].end, Date::parse("2022-01-31").unwrap());
    assert_eq!(h.bins[1].end, Date::parse("2022-02-28").unwrap());
    assert_eq!(h.bins[10].label, "Nov 2022");
    let nonzero: Vec<(String, u32)> = h
        .bins
        .iter()
        .filter(|b| b.count > 0)
        .map(|b| (b.label.clone(), b.count))
        .collect();
    assert_eq!(
        nonzero,
        [
            ("Jan 2022".into(), 1),
            ("Jun 2022".into(), 1),
            ("Nov 2022".into(), 3)
        ]
    );
    assert!(h.bins.iter().all(|b| b.in_range));

    let r = search(&ix, "from=2022-06-30&to=2022-11-01");
    assert_eq!(r.total, 0);
    let b = bins(&r);
    assert_eq!(
        b.iter().map(|b| b.1).sum::<u32>(),
        5,
        "the date filter does not shrink the histogram"
    );
    assert_eq!(r.histogram.undated, 1);
    let in_range: Vec<&str> = b.iter().filter(|b| b.2).map(|b| b.0.as_str()).collect();
    assert_eq!(
        in_range,
        ["Jun 2022", "Jul 2022", "Aug 2022", "Sep 2022", "Oct 2022", "Nov 2022"]
    );

    // Other filters do apply; the axis stays.
    let r = search(&ix, "entity=kassym-jomart-tokayev&from=2022-11-01");
    assert_eq!(r.histogram.bins.len(), 11);
    assert_eq!(r.histogram.bins[0].count, 1);
    assert_eq!(r.histogram.bins[10].count, 2);
    assert_eq!(r.histogram.undated, 0);
}

fn dated(dates: &[Option<&str>]) -> Index {
    Index::new(Corpus {
        articles: dates
            .iter()
            .enumerate()
            .map(|(i, d)| Article {
                id: format!("a{i}"),
                file: String::new(),
                title: "t".into(),
                source: 0,
                wire: None,
                author: None,
                published: d.map(|d| Date::parse(d).unwrap()),
                url: None,
                paragraphs: vec![],
                mentions: vec![],
                date_mentions: vec![],
                quotes: vec![],
            })
            .collect(),
        sources: vec![Source {
            id: "s".into(),
            name: "S".into(),
        }],
        entities: vec![],
    })
}

#[test]
fn histogram_is_yearly_beyond_six_years() {
    let r = dated(&[Some("2010-03-01"), Some("2022-05-05"), Some("2022-12-31")])
        .search(&ViewState::default());
    assert_eq!(r.histogram.bins.len(), 13);
    let b = &r.histogram.bins[12];
    assert_eq!((b.label.as_str(), b.count), ("2022", 2));
    assert_eq!(
        r.histogram.bins[0].start,
        Date::parse("2010-01-01").unwrap()
    );
    assert_eq!(r.histogram.bins[0].end, Date::parse("2010-12-31").unwrap());
    // Exactly six years: still monthly. One month more: yearly.
    let six = dated(&[Some("2017-01-31"), Some("2022-12-01")]).search(&ViewState::default());
    assert_eq!(six.histogram.bins.len(), 72);
    let more = dated(&[Some("2017-01-31"), Some("2023-01-01")]).search(&ViewState::default());
    assert_eq!(more.histogram.bins.len(), 7);
}

#[test]
fn histogram_without_dates_has_no_bins() {
    let r = dated(&[None, None]).search(&ViewState::default());
    assert!(r.histogram.bins.is_empty());
    assert_eq!(r.histogram.undated, 2);
    let r = Index::new(Corpus::default())
        .search(&ViewState::from_query_string("q=x&entity=y&from=2022-01-01").0);
    assert!(r.histogram.bins.is_empty());
    assert_eq!((r.total, r.histogram.undated), (0, 0));
}

#[test]
fn speakers_are_counted_over_the_results() {
    let ix = index();
    let r = search(&ix, "");
    // The unnamed "Observers" are no facet value.
    assert_eq!(
        counts(&r.facets.speakers),
        [
            (TOKAYEV, 2, false),
            (CSTO, 1, false),
            (ABLYAZOV, 1, false),
            (KNB, 1, false)
        ]
    );
    assert_eq!(
        r.facets.get(newsprism_query::Facet::Speaker),
        &r.facets.speakers[..]
    );
    // Mentioned is not quoted: Nazarbayev is mentioned in the election article,
    // which quotes no named speaker.
    let r = search(&ix, "entity=nursultan-nazarbayev");
    assert_eq!(counts(&r.facets.speakers), []);
}

#[test]
fn speaker_facet_any_of_filters_and_says_what_others_add() {
    let ix = index();
    assert_eq!(
        crate::hit_ids(&ix, "speaker=kassym-jomart-tokayev"),
        ["elysee-visit", "january-unrest"]
    );
    let r = search(&ix, "speaker=csto");
    assert_eq!(crate::ids(&ix, &r), ["january-unrest"]);
    assert_eq!(
        with_adds(&r.facets.speakers),
        [
            (TOKAYEV, 1, 1, false),
            (CSTO, 1, 0, true),
            (ABLYAZOV, 0, 1, false),
            (KNB, 0, 1, false)
        ]
    );
    assert_eq!(
        crate::hit_ids(&ix, "speaker=csto&speaker=knb"),
        ["coup-plot", "january-unrest"]
    );
    // With another facet: what a speaker adds is over that facet's selection.
    let r = search(&ix, "speaker=kassym-jomart-tokayev&source=afp");
    assert_eq!(crate::ids(&ix, &r), ["elysee-visit"]);
    assert_eq!(
        with_adds(&r.facets.speakers),
        [(TOKAYEV, 1, 0, true), (KNB, 0, 1, false)]
    );
    assert_eq!(
        with_adds(&r.facets.sources),
        [(AFP, 1, 0, true), (EURASIANET, 0, 1, false)]
    );
}

#[test]
fn speaker_facet_all_of_needs_every_speaker() {
    let ix = index();
    let r = search(
        &ix,
        "speaker=kassym-jomart-tokayev&speaker=csto&all=speaker",
    );
    assert_eq!(crate::ids(&ix, &r), ["january-unrest"]);
    // All-of: over the results, nothing to add.
    assert_eq!(
        with_adds(&r.facets.speakers),
        [(CSTO, 1, 0, true), (TOKAYEV, 1, 0, true)]
    );
    assert_eq!(
        crate::hit_ids(&ix, "speaker=knb&speaker=csto&all=speaker"),
        Vec::<String>::new()
    );
    // all=person does not make speakers all-of.
    assert_eq!(
        crate::hit_ids(&ix, "speaker=knb&speaker=csto&all=person").len(),
        2
    );
}

#[test]
fn unknown_speakers_are_notices() {
    let ix = index();
    let (view, notices) = ViewState::from_query_string("speaker=nobody&speaker=csto");
    assert!(notices.is_empty());
    let r = ix.search(&view);
    assert_eq!(r.notices, ["Ignored speaker “nobody”: not in this corpus."]);
    assert_eq!(crate::ids(&ix, &r), ["january-unrest"]);
}
