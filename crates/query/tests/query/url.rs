//! ViewState ⇄ query string.

use newsprism_model::Date;
use newsprism_query::{Facet, Sort, Tab, ViewState};

fn parse(qs: &str) -> (ViewState, Vec<String>) {
    ViewState::from_query_string(qs)
}

fn d(s: &str) -> Option<Date> {
    Some(Date::parse(s).unwrap())
}

#[test]
fn parses_every_parameter() {
    let (v, notices) = parse(
        "?q=coup+plot&entity=tokayev&source=afp&entity=csto&entity=tokayev&from=2022-01-01&to=2022-12-31\
         &all=place&all=person&all=person&sort=oldest&article=coup-plot&speaker=knb&view=quotes\
         &mto=2021-12-31&speaker=csto&speaker=knb&all=speaker&mfrom=2021-01-05",
    );
    assert_eq!(notices, Vec::<String>::new());
    assert_eq!(
        v,
        ViewState {
            q: "coup plot".into(),
            entities: vec!["tokayev".into(), "csto".into()],
            sources: vec!["afp".into()],
            speakers: vec!["knb".into(), "csto".into()],
            from: d("2022-01-01"),
            to: d("2022-12-31"),
            mentioned_from: d("2021-01-05"),
            mentioned_to: d("2021-12-31"),
            article: Some("coup-plot".into()),
            all_of: vec![Facet::Person, Facet::Place, Facet::Speaker],
            sort: Sort::Oldest,
            tab: Tab::Quotes,
        }
    );
    // Without the leading '?' too.
    assert_eq!(parse("q=x").0.q, "x");
}

#[test]
fn percent_decodes_utf8() {
    let (v, n) = parse("q=%C3%89lys%C3%A9e%20%2B%26%3D&entity=caf%c3%a9");
    assert_eq!(n, Vec::<String>::new());
    assert_eq!(v.q, "Élysée +&=");
    assert_eq!(v.entities, vec!["café"]);
}

#[test]
fn invalid_escapes_are_notices_not_panics() {
    let (v, n) = parse("q=%FF%FEabc");
    assert_eq!(v.q, "\u{FFFD}\u{FFFD}abc");
    assert_eq!(n, vec!["Some characters in “\u{FFFD}\u{FFFD}abc” could not be decoded and were replaced with “\u{FFFD}”."]);
    let (v, n) = parse("q=100%&entity=a%2");
    assert_eq!(v.q, "100%");
    assert_eq!(v.entities, vec!["a%2"]);
    assert_eq!(
        n,
        vec![
            "Kept a stray “%” in “100%” as it is.",
            "Kept a stray “%” in “a%2” as it is."
        ]
    );
}

#[test]
fn empty_values_are_ignored_silently() {
    let (v, n) =
        parse("?q=&entity=&source=&speaker=&from=&to=&mfrom=&mto=&article=&all=&sort=&view=&&&=&q");
    assert_eq!(v, ViewState::default());
    assert_eq!(n, Vec::<String>::new());
    assert_eq!(parse("").0, ViewState::default());
    assert_eq!(parse("?").0, ViewState::default());
}

#[test]
fn what_cannot_be_used_is_a_notice() {
    let (v, n) = parse(
        "foo=1&from=2022-13-01&to=2022-02-30&sort=random&all=source&all=people&q=a&q=b&article=x&article=y&foo=2",
    );
    assert_eq!(
        n,
        vec![
            "Ignored unknown parameter “foo”.",
            "Ignored “from=2022-13-01”: not a date (use YYYY-MM-DD).",
            "Ignored “to=2022-02-30”: there is no such day.",
            "Ignored “sort=random”: expected newest, oldest or relevance.",
            "Ignored “all=source”: an article has only one source, so sources always combine with “any of”.",
            "Ignored “all=people”: expected person, organisation, place or speaker.",
            "“q” was given more than once; used the last value.",
            "“article” was given more than once; used the last value.",
        ]
    );
    assert_eq!(v.q, "b");
    assert_eq!(v.article.as_deref(), Some("y"));
    assert_eq!((v.from, v.to, v.sort), (None, None, Sort::Auto));
    assert!(v.all_of.is_empty());

    let (_, n) = parse("from=17/11/2022&to=2022-1-1");
    assert_eq!(
        n,
        vec![
            "Ignored “from=17/11/2022”: not a date (use YYYY-MM-DD).",
            "Ignored “to=2022-1-1”: not a date (use YYYY-MM-DD).",
        ]
    );
    let (v, n) = parse(
        "mfrom=2022-11&mto=2023-02-29&view=list&view=Quotes&mfrom=x&view=quotes&view=articles",
    );
    assert_eq!(
        n,
        vec![
            "Ignored “mfrom=2022-11”: not a date (use YYYY-MM-DD).",
            "Ignored “mto=2023-02-29”: there is no such day.",
            "Ignored “view=list”: expected articles or quotes.",
            "Ignored “view=Quotes”: expected articles or quotes.",
            "Ignored “mfrom=x”: not a date (use YYYY-MM-DD).",
            "“view” was given more than once; used the last value.",
        ]
    );
    assert_eq!(
        (v.mentioned_from, v.mentioned_to, v.tab),
        (None, None, Tab::Articles)
    );
    let (v, n) = parse("mfrom=2022-01-01&mfrom=2022-02-01&view=articles");
    assert_eq!(
        n,
        vec!["“mfrom” was given more than once; used the last value."]
    );
    assert_eq!((v.mentioned_from, v.tab), (d("2022-02-01"), Tab::Articles));
    // Repeating a single-valued parameter with the same value is not worth a notice.
    assert_eq!(parse("q=a&q=a").1, Vec::<String>::new());
}

#[test]
fn from_after_to_is_swapped() {
    let (v, n) = parse("from=2022-12-01&to=2022-01-31");
    assert_eq!((v.from, v.to), (d("2022-01-31"), d("2022-12-01")));
    assert_eq!(
        n,
        vec!["Swapped “from” and “to”: 2022-12-01 is after 2022-01-31."]
    );
    let (v, n) = parse("mfrom=2022-12-01&mto=2022-01-31&from=2022-01-01");
    assert_eq!(
        (v.mentioned_from, v.mentioned_to, v.from),
        (d("2022-01-31"), d("2022-12-01"), d("2022-01-01"))
    );
    assert_eq!(
        n,
        vec!["Swapped “mfrom” and “mto”: 2022-12-01 is after 2022-01-31."]
    );
}

#[test]
fn writes_canonical_order_and_encoding() {
    assert_eq!(ViewState::default().to_query_string(), "");
    let v = ViewState {
        q: "Élysée & co/\"x\"".into(),
        entities: vec!["b".into(), "a".into()],
        sources: vec!["afp".into()],
        speakers: vec!["z".into(), "é".into()],
        from: d("2022-01-01"),
        to: d("2022-12-31"),
        mentioned_from: d("2021-03-01"),
        mentioned_to: d("2021-03-31"),
        article: Some("coup-plot".into()),
        all_of: vec![Facet::Speaker, Facet::Place, Facet::Person],
        sort: Sort::Relevance,
        tab: Tab::Quotes,
    };
    assert_eq!(
        v.to_query_string(),
        "?q=%C3%89lys%C3%A9e%20%26%20co%2F%22x%22&entity=b&entity=a&source=afp&speaker=z&speaker=%C3%A9\
         &from=2022-01-01&to=2022-12-31&mfrom=2021-03-01&mto=2021-03-31\
         &all=person&all=place&all=speaker&sort=relevance&view=quotes&article=coup-plot"
    );
    let sorted = ViewState {
        all_of: vec![Facet::Person, Facet::Place, Facet::Speaker],
        ..v
    };
    assert_eq!(parse(&sorted.to_query_string()), (sorted, vec![]));
    assert_eq!(
        ViewState {
            sort: Sort::Newest,
            ..Default::default()
        }
        .to_query_string(),
        "?sort=newest"
    );
    assert_eq!(
        ViewState {
            tab: Tab::Articles,
            mentioned_to: d("2022-02-01"),
            ..Default::default()
        }
        .to_query_string(),
        "?mto=2022-02-01"
    );
}

#[test]
fn helpers_for_the_ui() {
    let mut v = ViewState::default();
    assert!(!v.has_filters());
    v.toggle_entity("tokayev");
    v.toggle_entity("csto");
    v.toggle_source("afp");
    assert_eq!(v.entities, vec!["tokayev", "csto"]);
    assert!(v.has_filters());
    v.toggle_entity("tokayev");
    assert_eq!(v.entities, vec!["csto"]);
    v.toggle_speaker("knb");
    v.toggle_speaker("csto");
    v.toggle_speaker("knb");
    assert_eq!(v.speakers, vec!["csto"]);
    v.set_all_of(Facet::Speaker, true);
    v.set_all_of(Facet::Place, true);
    v.set_all_of(Facet::Person, true);
    v.set_all_of(Facet::Person, true);
    v.set_all_of(Facet::Source, true);
    assert_eq!(v.all_of, vec![Facet::Person, Facet::Place, Facet::Speaker]);
    assert!(v.is_all_of(Facet::Place) && !v.is_all_of(Facet::Source));
    v.set_all_of(Facet::Place, false);
    assert_eq!(v.all_of, vec![Facet::Person, Facet::Speaker]);
    v.q = "coup".into();
    v.from = d("2022-01-01");
    v.mentioned_from = d("2021-01-01");
    v.mentioned_to = d("2021-12-31");
    v.sort = Sort::Oldest;
    v.tab = Tab::Quotes;
    v.article = Some("x".into());
    v.clear_filters();
    assert!(!v.has_filters());
    assert_eq!(
        v,
        ViewState {
            sort: Sort::Oldest,
            tab: Tab::Quotes,
            article: Some("x".into()),
            ..Default::default()
        }
    );
    for one in [
        ViewState {
            speakers: vec!["csto".into()],
            ..Default::default()
        },
        ViewState {
            mentioned_from: d("2021-01-01"),
            ..Default::default()
        },
        ViewState {
            mentioned_to: d("2021-01-01"),
            ..Default::default()
        },
    ] {
        assert!(one.has_filters(), "{one:?}");
    }
    assert!(!ViewState {
        tab: Tab::Quotes,
        ..Default::default()
    }
    .has_filters());
    let only_all = ViewState {
        all_of: vec![Facet::Person],
        ..Default::default()
    };
    assert!(!only_all.has_filters());
    assert!(!ViewState {
        q: "  ".into(),
        ..Default::default()
    }
    .has_filters());
}
