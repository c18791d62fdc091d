//! Garbage in never panics; canonical views round-trip through the URL.

use crate::fixture::index;
use newsprism_model::Date;
use newsprism_query::{Facet, Sort, Tab, TextQuery, ViewState};

/// A small deterministic generator (64-bit LCG), so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const PIECES: &[&str] = &[
    "q",
    "entity",
    "source",
    "from",
    "to",
    "mfrom",
    "mto",
    "speaker",
    "view",
    "quotes",
    "articles",
    "csto",
    "article",
    "all",
    "sort",
    "=",
    "&",
    "?",
    "%",
    "%2",
    "%C3",
    "%A9",
    "%FF",
    "%%",
    "+",
    "-",
    "\"",
    " ",
    "#",
    "é",
    "€",
    "😀",
    "\u{301}",
    "\0",
    "2022-02-30",
    "2022-01-01",
    "9999-12-31",
    "0000-01-01",
    "person",
    "source",
    "newest",
    "relevance",
    "tokayev",
    "kassym-jomart-tokayev",
    "afp",
    "riots",
    "l'",
    "’s",
    "ß",
    "İ",
    "Ǆ",
    "\u{FFFD}",
    "\n",
    "x",
];

fn garbage(rng: &mut Lcg) -> String {
    (0..rng.below(24)).map(|_| *rng.pick(PIECES)).collect()
}

#[test]
fn garbage_never_panics_and_parsed_views_are_stable() {
    let ix = index();
    let mut rng = Lcg(7);
    for _ in 0..3000 {
        let input = garbage(&mut rng);
        let (view, _notices) = ViewState::from_query_string(&input);
        // Whatever was accepted writes out and reads back unchanged, silently.
        let qs = view.to_query_string();
        assert_eq!(
            ViewState::from_query_string(&qs),
            (view.clone(), vec![]),
            "input {input:?}"
        );
        let r = ix.search(&view);
        assert_eq!(r.total, r.hits.len());
        for hit in r.hits.iter().take(3) {
            let max = rng.below(50);
            if let Some(s) = ix.snippet(hit.article, &r.text, max) {
                for h in &s.highlights {
                    assert!(s.text.is_char_boundary(h.start) && s.text.is_char_boundary(h.end));
                }
            }
            ix.title_highlights(hit.article, &r.text);
            ix.paragraph_highlights(hit.article, rng.below(4) as u32, &r.text);
        }
        for q in ix.quotes(&r, &view, usize::MAX).quotes {
            assert!(!ix.quote_text(q.article, q.quote).is_empty());
        }
        ix.quote_text(rng.below(8) as u32, rng.below(3) as u32);
        TextQuery::parse(&input);
    }
}

fn text(rng: &mut Lcg, min: usize) -> String {
    (0..min + rng.below(6)).map(|_| *rng.pick(PIECES)).collect()
}

fn id(rng: &mut Lcg) -> String {
    loop {
        let s = text(rng, 1);
        if !s.trim().is_empty() {
            return s.trim().to_string();
        }
    }
}

fn date(rng: &mut Lcg) -> Date {
    Date::from_day_number(730_000 + rng.below(20_000) as i64)
}

#[test]
fn canonical_views_round_trip() {
    let mut rng = Lcg(42);
    for _ in 0..2000 {
        let mut v = ViewState::default();
        if rng.below(2) == 0 {
            v.q = text(&mut rng, 1);
        }
        for _ in 0..rng.below(4) {
            let e = id(&mut rng);
            if !v.entities.contains(&e) {
                v.entities.push(e);
            }
        }
        for _ in 0..rng.below(3) {
            let s = id(&mut rng);
            if !v.sources.contains(&s) {
                v.sources.push(s);
            }
        }
        for _ in 0..rng.below(3) {
            let s = id(&mut rng);
            if !v.speakers.contains(&s) {
                v.speakers.push(s);
            }
        }
        for (from, to) in [
            (&mut v.from, &mut v.to),
            (&mut v.mentioned_from, &mut v.mentioned_to),
        ] {
            let (a, b) = (date(&mut rng), date(&mut rng));
            match rng.below(4) {
                0 => {}
                1 => *from = Some(a),
                2 => *to = Some(b),
                _ => (*from, *to) = (Some(a.min(b)), Some(a.max(b))),
            }
        }
        if rng.below(2) == 0 {
            v.article = Some(id(&mut rng));
        }
        v.all_of = [
            Facet::Person,
            Facet::Organisation,
            Facet::Place,
            Facet::Speaker,
        ]
        .into_iter()
        .filter(|_| rng.below(2) == 0)
        .collect();
        v.sort = *rng.pick(&[Sort::Auto, Sort::Newest, Sort::Oldest, Sort::Relevance]);
        v.tab = *rng.pick(&[Tab::Articles, Tab::Quotes]);
        let qs = v.to_query_string();
        assert_eq!(
            ViewState::from_query_string(&qs),
            (v.clone(), vec![]),
            "{qs}"
        );
        assert!(qs.bytes().all(|b| b.is_ascii_graphic()), "{qs}");
        assert_eq!(qs.is_empty(), v == ViewState::default());
    }
}
