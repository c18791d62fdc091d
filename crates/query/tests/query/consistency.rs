//! Results, facet counts, what values add and both histograms checked against
//! their definitions, computed the slow way, on a generated corpus: big enough
//! that result sets fall on both sides of every shortcut the engine takes
//! (counting a set or its complement, a histogram per article or per bin), and
//! including out-of-range source and entity indexes.

use newsprism_model::{
    Article, Corpus, Date, DateMention, DateValue, Entity, EntityKind, Mention, Quote, Source,
};
use newsprism_query::{Facet, Histogram, Index, Results, Sort, ViewState};

/// A small deterministic pseudo-random generator (xorshift).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn date(&mut self, first_year: u16, years: u64) -> Date {
        Date::new(
            first_year + self.below(years) as u16,
            1 + self.below(12) as u8,
            1 + self.below(28) as u8,
        )
        .unwrap()
    }
}

const ARTICLES: usize = 600;
const SOURCES: u32 = 7;
const ENTITIES: u32 = 300;
const WORDS: [&str; 6] = ["alpha", "beta", "gamma", "delta", "omega", "sigma"];

fn generated() -> Corpus {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let kinds = EntityKind::ALL;
    let entities = (0..ENTITIES)
        .map(|i| Entity {
            id: format!("e{i}"),
            name: format!("Entity {}", (i * 7) % ENTITIES),
            kind: kinds[(i % 3) as usize],
            aliases: Vec::new(),
        })
        .collect();
    let sources = (0..SOURCES)
        .map(|i| Source {
            id: format!("s{i}"),
            name: format!("Source {}", (i * 3) % SOURCES),
        })
        .collect();
    let articles = (0..ARTICLES)
        .map(|i| {
            let words = |rng: &mut Rng, n: u64| {
                (0..1 + rng.below(n))
                    .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            // Entity 0 is in most articles; now and then an index is out of range.
            let mut mentions: Vec<u32> = (0..rng.below(6))
                .map(|_| rng.below(ENTITIES as u64 + 1) as u32)
                .collect();
            if rng.chance(70) {
                mentions.push(0);
            }
            Article {
                id: format!("a{:03}", (i * 37) % ARTICLES),
                file: format!("a{i}.txt"),
                title: words(&mut rng, 3),
                // Source 0 has most articles; a few point past the sources.
                source: if rng.chance(55) {
                    0
                } else {
                    rng.below(SOURCES as u64 + 1) as u32
                },
                wire: None,
                author: None,
                published: (!rng.chance(10)).then(|| rng.date(2019, 3)),
                url: None,
                paragraphs: vec![words(&mut rng, 8), words(&mut rng, 8)],
                mentions: mentions
                    .into_iter()
                    .map(|entity| Mention {
                        entity,
                        paragraph: 0,
                        start: 0,
                        end: 1,
                    })
                    .collect(),
                date_mentions: (0..rng.below(5))
                    .map(|_| {
                        let d = rng.date(2015, 8);
                        let value = match rng.below(3) {
                            0 => DateValue {
                                year: d.year,
                                month: Some(d.month),
                                day: Some(d.day),
                            },
                            1 => DateValue {
                                year: d.year,
                                month: Some(d.month),
                                day: None,
                            },
                            _ => DateValue {
                                year: d.year,
                                month: None,
                                day: None,
                            },
                        };
                        DateMention {
                            paragraph: 0,
                            start: 0,
                            end: 1,
                            value,
                        }
                    })
                    .collect(),
                quotes: (0..rng.below(3))
                    .map(|_| Quote {
                        paragraph: 0,
                        start: 0,
                        end: 1,
                        end_paragraph: 0,
                        speaker: (!rng.chance(20))
                            .then(|| rng.below(ENTITIES as u64 / 2 + 1) as u32),
                        speaker_text: String::new(),
                    })
                    .collect(),
            }
        })
        .collect();
    Corpus {
        articles,
        sources,
        entities,
    }
}

/// A view with a few random filters (or none).
fn random_view(rng: &mut Rng, corpus: &Corpus) -> ViewState {
    let mut v = ViewState::default();
    let pick = |rng: &mut Rng, max: u64, n: u64| -> Vec<u32> {
        (0..rng.below(n + 1))
            .map(|_| rng.below(max) as u32)
            .collect()
    };
    v.sources = pick(rng, SOURCES as u64, 2)
        .into_iter()
        .map(|s| corpus.sources[s as usize].id.clone())
        .collect();
    v.entities = pick(rng, ENTITIES as u64, 3)
        .into_iter()
        .map(|e| corpus.entities[e as usize].id.clone())
        .collect();
    if rng.chance(20) {
        v.speakers = pick(rng, ENTITIES as u64 / 2, 2)
            .into_iter()
            .map(|e| corpus.entities[e as usize].id.clone())
            .collect();
    }
    for f in [
        Facet::Person,
        Facet::Organisation,
        Facet::Place,
        Facet::Speaker,
    ] {
        if rng.chance(30) {
            v.all_of.push(f);
        }
    }
    // Ranges in order (reversed ones are swapped, with a notice) and sometimes open.
    let range = |rng: &mut Rng, first_year: u16| {
        let (a, b) = (rng.date(first_year, 3), rng.date(first_year + 1, 3));
        let (from, to) = (a.min(b), a.max(b));
        match rng.below(4) {
            0 => (Some(from), None),
            1 => (None, Some(to)),
            _ => (Some(from), Some(to)),
        }
    };
    if rng.chance(30) {
        (v.from, v.to) = range(rng, 2019);
    }
    if rng.chance(20) {
        (v.mentioned_from, v.mentioned_to) = range(rng, 2015);
    }
    if rng.chance(20) {
        v.q = ["alpha", "beta -gamma", "\"delta omega\""][rng.below(3) as usize].into();
    }
    v.sort = [Sort::Auto, Sort::Newest, Sort::Oldest, Sort::Relevance][rng.below(4) as usize];
    v
}

/// The values an article has in a facet (distinct, in range).
fn values_of(corpus: &Corpus, facet: Facet, a: &Article) -> Vec<u32> {
    let mut v: Vec<u32> = match facet {
        Facet::Source => vec![a.source],
        Facet::Speaker => a.quotes.iter().filter_map(|q| q.speaker).collect(),
        _ => a
            .mentions
            .iter()
            .map(|m| m.entity)
            .filter(|&e| {
                corpus
                    .entities
                    .get(e as usize)
                    .is_some_and(|x| Some(x.kind) == facet.kind())
            })
            .collect(),
    };
    let limit = match facet {
        Facet::Source => corpus.sources.len(),
        _ => corpus.entities.len(),
    };
    v.retain(|&x| (x as usize) < limit);
    v.sort_unstable();
    v.dedup();
    v
}

/// The view's selections in a facet, as indexes.
fn selection(index: &Index, view: &ViewState, facet: Facet) -> Vec<u32> {
    let corpus = index.corpus();
    match facet {
        Facet::Source => view
            .sources
            .iter()
            .filter_map(|id| index.source_by_id(id))
            .collect(),
        Facet::Speaker => view
            .speakers
            .iter()
            .filter_map(|id| index.entity_by_id(id))
            .collect(),
        _ => view
            .entities
            .iter()
            .filter_map(|id| index.entity_by_id(id))
            .filter(|&e| Some(corpus.entities[e as usize].kind) == facet.kind())
            .collect(),
    }
}

/// Whether an article passes every filter of a view without a text query.
fn matches(index: &Index, view: &ViewState, a: &Article) -> bool {
    let in_range = |d: Date, from: Option<Date>, to: Option<Date>| {
        from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t)
    };
    let facets = Facet::ALL.iter().all(|&f| {
        let sel = selection(index, view, f);
        let has = values_of(index.corpus(), f, a);
        sel.is_empty()
            || if f != Facet::Source && view.is_all_of(f) {
                sel.iter().all(|v| has.contains(v))
            } else {
                sel.iter().any(|v| has.contains(v))
            }
    });
    let dates = (view.from.is_none() && view.to.is_none())
        || a.published.is_some_and(|d| in_range(d, view.from, view.to));
    let mentioned = (view.mentioned_from.is_none() && view.mentioned_to.is_none())
        || a.date_mentions.iter().any(|m| {
            in_range(m.value.first_day(), view.mentioned_from, None)
                && in_range(m.value.last_day(), None, view.mentioned_to)
        });
    facets && dates && mentioned
}

/// The bins' counts and the undated articles, for `periods` of the base articles.
fn naive_histogram(
    h: &Histogram,
    base: &[&Article],
    periods: impl Fn(&Article) -> Vec<(Date, Date)>,
) -> (Vec<u32>, u32) {
    let counts = h
        .bins
        .iter()
        .map(|b| {
            base.iter()
                .filter(|a| {
                    periods(a)
                        .iter()
                        .any(|&(first, last)| first >= b.start && last <= b.end)
                })
                .count() as u32
        })
        .collect();
    let undated = base.iter().filter(|a| periods(a).is_empty()).count() as u32;
    (counts, undated)
}

fn check(index: &Index, view: &ViewState) {
    let corpus = index.corpus();
    let r: Results = index.search(view);
    let qs = view.to_query_string();
    let hits: Vec<&Article> = r
        .hits
        .iter()
        .map(|h| &corpus.articles[h.article as usize])
        .collect();

    // Results: in order, and (without a text query) exactly the matching articles.
    let by_date = |a: &Article, b: &Article, newest: bool| {
        use std::cmp::Ordering::{Greater, Less};
        match (a.published, b.published) {
            (Some(x), Some(y)) if newest => y.cmp(&x).then_with(|| a.id.cmp(&b.id)),
            (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.id.cmp(&b.id)),
            (Some(_), None) => Less,
            (None, Some(_)) => Greater,
            (None, None) => a.id.cmp(&b.id),
        }
    };
    let newest = |a: &&Article, b: &&Article| by_date(a, b, true);
    let oldest = |a: &&Article, b: &&Article| by_date(a, b, false);
    match r.sort {
        Sort::Oldest => assert!(hits.is_sorted_by(|a, b| oldest(a, b).is_le()), "{qs}"),
        Sort::Newest => assert!(hits.is_sorted_by(|a, b| newest(a, b).is_le()), "{qs}"),
        _ => assert!(
            r.hits.windows(2).all(|w| w[0].score > w[1].score
                || (w[0].score == w[1].score
                    && newest(
                        &&corpus.articles[w[0].article as usize],
                        &&corpus.articles[w[1].article as usize]
                    )
                    .is_le())),
            "{qs}"
        ),
    }
    if view.q.is_empty() {
        let expected = corpus
            .articles
            .iter()
            .filter(|a| matches(index, view, a))
            .count();
        assert!(hits.iter().all(|a| matches(index, view, a)), "{qs}");
        assert_eq!(r.total, expected, "{qs}");
    }

    // Facets: counts over the results; adds over the articles the view would
    // match without the facet's selection that are not results, and, for a
    // few values, by searching with the value added.
    let in_results: Vec<bool> = {
        let mut v = vec![false; corpus.articles.len()];
        r.hits.iter().for_each(|h| v[h.article as usize] = true);
        v
    };
    for facet in Facet::ALL {
        let selected = selection(index, view, facet);
        let any_of = !selected.is_empty() && (facet == Facet::Source || !view.is_all_of(facet));
        let universe = match facet {
            Facet::Source => corpus.sources.len(),
            _ => corpus.entities.len(),
        } as u32;
        let extra: Vec<&Article> = if any_of {
            let mut without = view.clone();
            match facet {
                Facet::Source => without.sources.clear(),
                Facet::Speaker => without.speakers.clear(),
                _ => without.entities.retain(|id| {
                    index
                        .entity_by_id(id)
                        .is_none_or(|e| Some(corpus.entities[e as usize].kind) != facet.kind())
                }),
            }
            index
                .search(&without)
                .hits
                .iter()
                .filter(|h| !in_results[h.article as usize])
                .map(|h| &corpus.articles[h.article as usize])
                .collect()
        } else {
            Vec::new()
        };
        let mut expected = Vec::new();
        for v in 0..universe {
            if facet
                .kind()
                .is_some_and(|k| corpus.entities[v as usize].kind != k)
            {
                continue;
            }
            let count = hits
                .iter()
                .filter(|a| values_of(corpus, facet, a).contains(&v))
                .count() as u32;
            let is_selected = selected.contains(&v);
            let adds = if is_selected {
                0
            } else {
                extra
                    .iter()
                    .filter(|a| values_of(corpus, facet, a).contains(&v))
                    .count() as u32
            };
            if any_of && !is_selected && v % 16 == 0 {
                let mut wider = view.clone();
                let list = match facet {
                    Facet::Source => &mut wider.sources,
                    Facet::Speaker => &mut wider.speakers,
                    _ => &mut wider.entities,
                };
                list.push(match facet {
                    Facet::Source => corpus.sources[v as usize].id.clone(),
                    _ => corpus.entities[v as usize].id.clone(),
                });
                let added = index.search(&wider).total - r.total;
                assert_eq!(added as u32, adds, "{qs}: adding {v} to {facet:?}");
            }
            if count > 0 || adds > 0 || is_selected {
                expected.push((v, count, adds, is_selected));
            }
        }
        let list = r.facets.get(facet);
        let mut got: Vec<(u32, u32, u32, bool)> = list
            .iter()
            .map(|f| (f.id, f.count, f.adds, f.selected))
            .collect();
        assert!(
            got.windows(2).all(|w| (w[0].1, w[0].2) >= (w[1].1, w[1].2)),
            "{qs}: {facet:?} not sorted by count, then adds"
        );
        got.sort_unstable();
        assert_eq!(got, expected, "{qs}: {facet:?}");
    }

    // Histograms: over the results without the histogram's own range.
    let without = |f: &dyn Fn(&mut ViewState)| {
        let mut v = view.clone();
        f(&mut v);
        index.search(&v)
    };
    let base = without(&|v| (v.from, v.to) = (None, None));
    let base: Vec<&Article> = base
        .hits
        .iter()
        .map(|h| &corpus.articles[h.article as usize])
        .collect();
    let (counts, undated) = naive_histogram(&r.histogram, &base, |a| {
        a.published.map(|d| (d, d)).into_iter().collect()
    });
    let got: Vec<u32> = r.histogram.bins.iter().map(|b| b.count).collect();
    assert_eq!(
        (got, r.histogram.undated),
        (counts, undated),
        "{qs}: published"
    );
    let base = without(&|v| (v.mentioned_from, v.mentioned_to) = (None, None));
    let base: Vec<&Article> = base
        .hits
        .iter()
        .map(|h| &corpus.articles[h.article as usize])
        .collect();
    let (counts, undated) = naive_histogram(&r.mentioned, &base, |a| {
        a.date_mentions
            .iter()
            .map(|m| (m.value.first_day(), m.value.last_day()))
            .collect()
    });
    let got: Vec<u32> = r.mentioned.bins.iter().map(|b| b.count).collect();
    assert_eq!(
        (got, r.mentioned.undated),
        (counts, undated),
        "{qs}: mentioned"
    );
}

#[test]
fn results_counts_and_histograms_follow_their_definitions() {
    let index = Index::new(generated());
    let corpus = index.corpus();
    // The empty view, one big value alone (its wider set is the whole corpus),
    // then random views.
    check(&index, &ViewState::default());
    for all in [false, true] {
        let mut v = ViewState::default();
        v.entities.push(corpus.entities[0].id.clone());
        v.sources.push(corpus.sources[0].id.clone());
        if all {
            v.all_of.push(Facet::Person);
        }
        check(&index, &v);
    }
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..80 {
        let v = random_view(&mut rng, corpus);
        check(&index, &v);
    }
    // Ranges that are one bar of a histogram, as clicking it selects.
    let empty = index.search(&ViewState::default());
    for (i, bar) in empty.mentioned.bins.iter().enumerate() {
        let mut v = random_view(&mut rng, corpus);
        (v.mentioned_from, v.mentioned_to) = (Some(bar.start), Some(bar.end));
        if i % 2 == 0 {
            v = ViewState {
                mentioned_from: v.mentioned_from,
                mentioned_to: v.mentioned_to,
                ..ViewState::default()
            };
        }
        check(&index, &v);
    }
    for bar in &empty.histogram.bins {
        let mut v = random_view(&mut rng, corpus);
        (v.from, v.to) = (Some(bar.start), Some(bar.end));
        check(&index, &v);
    }
}

/// The empty view's facet lists are precomputed when the index is built; with
/// every source selected the results are the same articles, but the lists are
/// counted: apart from the source selection they must agree.
#[test]
fn precomputed_empty_view_equals_the_counted_lists() {
    let mut corpus = generated();
    for a in &mut corpus.articles {
        a.source %= SOURCES;
    }
    let index = Index::new(corpus);
    let empty = index.search(&ViewState::default());
    let every_source = ViewState {
        sources: index
            .corpus()
            .sources
            .iter()
            .map(|s| s.id.clone())
            .collect(),
        ..ViewState::default()
    };
    let counted = index.search(&every_source);
    assert_eq!(counted.hits, empty.hits);
    for facet in Facet::ALL {
        let mut list = counted.facets.get(facet).to_vec();
        if facet == Facet::Source {
            list.retain(|v| v.count > 0);
            list.iter_mut().for_each(|v| v.selected = false);
        }
        assert_eq!(list, empty.facets.get(facet), "{facet:?}");
    }
    assert_eq!(counted.histogram, empty.histogram);
    assert_eq!(counted.mentioned, empty.mentioned);
}
