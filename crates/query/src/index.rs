//! Building the index and answering a view with it.
//!
//! Built once from the corpus: id lookups, an inverted index (term → sorted article
//! indexes with weighted term frequencies, for AND queries and BM25), per-article
//! deduplicated entity lists and per-entity/per-source article lists (for facet
//! filters and counts), and the articles pre-sorted by date (so date sorts are a
//! linear filter, not a sort). A query does work proportional to the number of
//! articles and to the posting lists of its own terms, never to the vocabulary.
//!
//! Phrases are not in the index (positions for every token would multiply its
//! size): a phrase query intersects the posting lists of its terms and then
//! re-tokenises only the surviving articles to check adjacency.

use crate::bitset::Bitset;
use crate::text::{self, TextQuery};
use crate::view::{Facet, Sort, ViewState};
use crate::{facets, Hit, Results};
use newsprism_model::{Corpus, Date};
use std::collections::HashMap;

/// How much more a title occurrence counts than a body occurrence.
const TITLE_BOOST: u32 = 3;
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// String-keyed lookups. std's SipHash was tried against an Fx-style hasher on a
/// synthetic 100k-article corpus: no measurable difference (the build is bound by
/// memory traffic into the posting lists), so the simpler default stays.
type Map<V> = HashMap<String, V>;

/// Articles containing one term.
#[derive(Debug, Clone, Default)]
pub(crate) struct Postings {
    /// Article indexes, ascending.
    pub docs: Vec<u32>,
    /// For each of `docs`: body occurrences + `TITLE_BOOST` × title occurrences.
    pub tf: Vec<u32>,
}

/// The corpus with everything the queries need precomputed.
pub struct Index {
    corpus: Corpus,
    entity_ids: Map<u32>,
    source_ids: Map<u32>,
    article_ids: Map<u32>,
    vocab: Map<u32>,
    postings: Vec<Postings>,
    /// Weighted length (body tokens + `TITLE_BOOST` × title tokens) per article.
    doc_len: Vec<u32>,
    avg_len: f32,
    /// Distinct entity indexes per article, ascending.
    pub(crate) article_entities: Vec<Vec<u32>>,
    /// Articles per entity, ascending.
    pub(crate) entity_articles: Vec<Vec<u32>>,
    /// Articles per source, ascending.
    pub(crate) source_articles: Vec<Vec<u32>>,
    /// Source per article; `u32::MAX` when the article's source index is invalid.
    pub(crate) article_source: Vec<u32>,
    /// Articles newest first, undated last, ties by id.
    newest: Vec<u32>,
    /// Position of each article in `newest`.
    newest_rank: Vec<u32>,
    /// Articles oldest first, undated last, ties by id.
    oldest: Vec<u32>,
    /// Earliest and latest publication date in the corpus.
    pub(crate) date_span: Option<(Date, Date)>,
    /// Position of each entity when sorted by name (for facet lists).
    pub(crate) entity_name_rank: Vec<u32>,
    /// Position of each source when sorted by name.
    pub(crate) source_name_rank: Vec<u32>,
}

impl Index {
    /// Builds the index; call once. Tolerates inconsistent data (out-of-range
    /// source or entity indexes are ignored) rather than panicking in the browser.
    pub fn new(corpus: Corpus) -> Index {
        let n = corpus.articles.len();
        let ids = |it: &mut dyn Iterator<Item = &String>| -> Map<u32> {
            let mut m = Map::default();
            for (i, id) in it.enumerate() {
                m.entry(id.clone()).or_insert(i as u32);
            }
            m
        };
        let entity_ids = ids(&mut corpus.entities.iter().map(|e| &e.id));
        let source_ids = ids(&mut corpus.sources.iter().map(|s| &s.id));
        let article_ids = ids(&mut corpus.articles.iter().map(|a| &a.id));

        let mut vocab: Map<u32> = Map::default();
        let mut postings: Vec<Postings> = Vec::new();
        let mut doc_len = Vec::with_capacity(n);
        let mut article_entities = Vec::with_capacity(n);
        let mut entity_articles = vec![Vec::new(); corpus.entities.len()];
        let mut source_articles = vec![Vec::new(); corpus.sources.len()];
        let mut article_source = Vec::with_capacity(n);
        for (ai, article) in corpus.articles.iter().enumerate() {
            let ai = ai as u32;
            let mut len = 0u32;
            // Articles are visited in order, so a term's posting list ends with the
            // current article exactly when the term was already seen in it.
            let mut add = |term: &str, weight: u32| {
                let id = match vocab.get(term) {
                    Some(&id) => id as usize,
                    None => {
                        vocab.insert(term.to_string(), postings.len() as u32);
                        postings.push(Postings::default());
                        postings.len() - 1
                    }
                };
                let p = &mut postings[id];
                if p.docs.last() != Some(&ai) {
                    p.docs.push(ai);
                    p.tf.push(0);
                }
                if let Some(f) = p.tf.last_mut() {
                    *f += weight;
                }
                len += weight;
            };
            text::for_each_token(&article.title, |t, _| add(t, TITLE_BOOST));
            for p in &article.paragraphs {
                text::for_each_token(p, |t, _| add(t, 1));
            }
            doc_len.push(len);

            let mut ents: Vec<u32> = article
                .mentions
                .iter()
                .map(|m| m.entity)
                .filter(|&e| (e as usize) < corpus.entities.len())
                .collect();
            ents.sort_unstable();
            ents.dedup();
            for &e in &ents {
                entity_articles[e as usize].push(ai);
            }
            article_entities.push(ents);

            if let Some(list) = source_articles.get_mut(article.source as usize) {
                list.push(ai);
                article_source.push(article.source);
            } else {
                article_source.push(u32::MAX);
            }
        }
        let avg_len = if n == 0 {
            1.0
        } else {
            (doc_len.iter().map(|&l| l as f64).sum::<f64>() / n as f64).max(1.0) as f32
        };

        let by_id = |a: &u32, b: &u32| {
            corpus.articles[*a as usize]
                .id
                .cmp(&corpus.articles[*b as usize].id)
        };
        let date = |a: u32| corpus.articles[a as usize].published;
        let mut newest: Vec<u32> = (0..n as u32).collect();
        newest.sort_by(|&a, &b| match (date(a), date(b)) {
            (Some(x), Some(y)) => y.cmp(&x).then_with(|| by_id(&a, &b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => by_id(&a, &b),
        });
        let mut oldest: Vec<u32> = (0..n as u32).collect();
        oldest.sort_by(|&a, &b| match (date(a), date(b)) {
            (Some(x), Some(y)) => x.cmp(&y).then_with(|| by_id(&a, &b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => by_id(&a, &b),
        });
        let mut newest_rank = vec![0; n];
        for (r, &a) in newest.iter().enumerate() {
            newest_rank[a as usize] = r as u32;
        }
        let dates = corpus.articles.iter().filter_map(|a| a.published);
        let date_span = dates.clone().min().zip(dates.max());

        let entity_name_rank = name_ranks(corpus.entities.iter().map(|e| (&e.name, &e.id)));
        let source_name_rank = name_ranks(corpus.sources.iter().map(|s| (&s.name, &s.id)));

        Index {
            corpus,
            entity_ids,
            source_ids,
            article_ids,
            vocab,
            postings,
            doc_len,
            avg_len,
            article_entities,
            entity_articles,
            source_articles,
            article_source,
            newest,
            newest_rank,
            oldest,
            date_span,
            entity_name_rank,
            source_name_rank,
        }
    }

    /// The corpus the index was built from.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Index into `Corpus::entities` of the entity with this id.
    pub fn entity_by_id(&self, id: &str) -> Option<u32> {
        self.entity_ids.get(id).copied()
    }

    /// Index into `Corpus::sources` of the source with this id.
    pub fn source_by_id(&self, id: &str) -> Option<u32> {
        self.source_ids.get(id).copied()
    }

    /// Index into `Corpus::articles` of the article with this id.
    pub fn article_by_id(&self, id: &str) -> Option<u32> {
        self.article_ids.get(id).copied()
    }

    /// Distinct entities mentioned in an article (indexes into `Corpus::entities`,
    /// ascending); empty for an unknown article.
    pub fn article_entities(&self, article: u32) -> &[u32] {
        self.article_entities
            .get(article as usize)
            .map_or(&[], |v| v)
    }

    /// Articles mentioning an entity (ascending); empty for an unknown entity.
    pub fn entity_articles(&self, entity: u32) -> &[u32] {
        self.entity_articles.get(entity as usize).map_or(&[], |v| v)
    }

    /// Earliest and latest publication dates in the corpus, if any article is dated.
    pub fn date_span(&self) -> Option<(Date, Date)> {
        self.date_span
    }

    /// Answers a view: matching articles in order, facet counts, histogram, notices.
    pub fn search(&self, view: &ViewState) -> Results {
        let n = self.corpus.articles.len();
        let mut notices: Vec<String> = Vec::new();
        let mut notice = |s: String| {
            if !notices.contains(&s) {
                notices.push(s);
            }
        };

        // Selections per facet, in `Facet::ALL` order.
        let mut selected: [Vec<u32>; 4] = Default::default();
        for id in &view.sources {
            match self.source_by_id(id) {
                Some(s) if !selected[0].contains(&s) => selected[0].push(s),
                Some(_) => {}
                None => notice(format!("Ignored source “{id}”: not in this corpus.")),
            }
        }
        for id in &view.entities {
            match self.entity_by_id(id) {
                Some(e) => {
                    let f = Facet::of_kind(self.corpus.entities[e as usize].kind);
                    let list = &mut selected[facet_slot(f)];
                    if !list.contains(&e) {
                        list.push(e);
                    }
                }
                None => notice(format!("Ignored entity “{id}”: not in this corpus.")),
            }
        }
        if let Some(id) = &view.article {
            if self.article_by_id(id).is_none() {
                notice(format!("Ignored article “{id}”: not in this corpus."));
            }
        }
        let (mut from, mut to) = (view.from, view.to);
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                notice(format!("Swapped “from” and “to”: {f} is after {t}."));
                (from, to) = (Some(t), Some(f));
            }
        }

        let text = TextQuery::parse(&view.q);
        let text_set = self.text_matches(&text);
        let date_set = (from.is_some() || to.is_some()).then(|| {
            let mut s = Bitset::empty(n);
            for (i, a) in self.corpus.articles.iter().enumerate() {
                if a.published
                    .is_some_and(|d| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t))
                {
                    s.insert(i as u32);
                }
            }
            s
        });
        let all_of = |f: Facet| f != Facet::Source && view.is_all_of(f);
        let facet_sets: Vec<Option<Bitset>> = Facet::ALL
            .iter()
            .map(|&f| {
                let sel = &selected[facet_slot(f)];
                (!sel.is_empty()).then(|| self.facet_set(f, sel, all_of(f)))
            })
            .collect();
        // The articles matching every filter except, optionally, one facet and the dates.
        let combine = |skip_facet: Option<usize>, with_dates: bool| {
            let mut s = text_set.clone();
            if with_dates {
                if let Some(d) = &date_set {
                    s.and_with(d);
                }
            }
            for (i, fs) in facet_sets.iter().enumerate() {
                if Some(i) != skip_facet {
                    if let Some(fs) = fs {
                        s.and_with(fs);
                    }
                }
            }
            s
        };
        let matching = combine(None, true);

        let wider: Vec<Option<Bitset>> = Facet::ALL
            .iter()
            .enumerate()
            .map(|(i, &f)| (facet_sets[i].is_some() && !all_of(f)).then(|| combine(Some(i), true)))
            .collect();
        let wider_of = |i: usize| wider[i].as_ref();
        let facets = facets::count(
            self,
            &matching,
            [wider_of(0), wider_of(1), wider_of(2), wider_of(3)],
            &selected,
        );
        let histogram = facets::histogram(self, &combine(None, false), from, to);

        let scores = if text.has_positive() {
            self.scores(&text, &matching)
        } else {
            Vec::new()
        };
        let score = |a: u32| scores.get(a as usize).copied().unwrap_or(0.0);
        let sort = match view.sort {
            Sort::Auto if text.has_positive() => Sort::Relevance,
            Sort::Auto => Sort::Newest,
            s => s,
        };
        let hits: Vec<Hit> = match sort {
            Sort::Oldest => self.oldest.iter(),
            _ => self.newest.iter(),
        }
        .filter(|&&a| matching.contains(a))
        .map(|&a| Hit {
            article: a,
            score: score(a),
        })
        .collect();
        let mut hits = hits;
        if sort == Sort::Relevance {
            // Stable: equal scores keep the newest-first order.
            hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        }

        Results {
            total: hits.len(),
            hits,
            facets,
            histogram,
            notices,
            text,
            sort,
        }
    }

    /// The articles matching one facet's selection.
    fn facet_set(&self, facet: Facet, selected: &[u32], all: bool) -> Bitset {
        let n = self.corpus.articles.len();
        let list = |v: u32| -> &[u32] {
            let lists = if facet == Facet::Source {
                &self.source_articles
            } else {
                &self.entity_articles
            };
            lists.get(v as usize).map_or(&[], |l| l)
        };
        let mut set = if all {
            Bitset::full(n)
        } else {
            Bitset::empty(n)
        };
        for &v in selected {
            let s = Bitset::from_sorted(n, list(v));
            if all {
                set.and_with(&s);
            } else {
                set.or_with(&s);
            }
        }
        set
    }

    fn term_set(&self, term: &str) -> Option<Bitset> {
        let id = *self.vocab.get(term)?;
        Some(Bitset::from_sorted(
            self.corpus.articles.len(),
            &self.postings[id as usize].docs,
        ))
    }

    /// Whether the title or one paragraph holds the phrase.
    pub(crate) fn has_phrase(&self, article: u32, phrase: &[String]) -> bool {
        let a = &self.corpus.articles[article as usize];
        text::contains_phrase(&a.title, phrase)
            || a.paragraphs
                .iter()
                .any(|p| text::contains_phrase(p, phrase))
    }

    /// The articles the text query accepts (all of them for an empty query).
    fn text_matches(&self, q: &TextQuery) -> Bitset {
        let n = self.corpus.articles.len();
        let mut set = Bitset::full(n);
        if q.is_empty() {
            return set;
        }
        for term in q.positive_terms() {
            match self.term_set(term) {
                Some(s) => set.and_with(&s),
                None => return Bitset::empty(n),
            }
        }
        for phrase in &q.phrases {
            let misses: Vec<u32> = set
                .iter()
                .filter(|&a| !self.has_phrase(a, phrase))
                .collect();
            for a in misses {
                set.remove(a);
            }
        }
        for term in &q.excluded_terms {
            if let Some(s) = self.term_set(term) {
                set.and_not(&s);
            }
        }
        for phrase in &q.excluded_phrases {
            let mut candidates = set.clone();
            for term in phrase {
                match self.term_set(term) {
                    Some(s) => candidates.and_with(&s),
                    None => candidates = Bitset::empty(n),
                }
            }
            for a in candidates.iter() {
                if self.has_phrase(a, phrase) {
                    set.remove(a);
                }
            }
        }
        set
    }

    /// BM25 score per article (indexed by article) of the positive terms, over `among`.
    fn scores(&self, q: &TextQuery, among: &Bitset) -> Vec<f32> {
        let n = self.corpus.articles.len();
        let mut scores = vec![0.0f32; n];
        for term in q.positive_terms() {
            let Some(&id) = self.vocab.get(term) else {
                continue;
            };
            let p = &self.postings[id as usize];
            let df = p.docs.len() as f32;
            let idf = (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln();
            for (&a, &tf) in p.docs.iter().zip(&p.tf) {
                if among.contains(a) {
                    let tf = tf as f32;
                    let norm = 1.0 - B + B * self.doc_len[a as usize] as f32 / self.avg_len;
                    scores[a as usize] += idf * tf * (K1 + 1.0) / (tf + K1 * norm);
                }
            }
        }
        scores
    }

    /// Position of an article in newest-first order.
    pub fn newest_rank(&self, article: u32) -> Option<u32> {
        self.newest_rank.get(article as usize).copied()
    }
}

/// Position of a facet in `Facet::ALL`.
pub(crate) fn facet_slot(f: Facet) -> usize {
    match f {
        Facet::Source => 0,
        Facet::Person => 1,
        Facet::Organisation => 2,
        Facet::Place => 3,
    }
}

/// For each item, its position when sorted by folded name, then id.
fn name_ranks<'a>(items: impl Iterator<Item = (&'a String, &'a String)>) -> Vec<u32> {
    let keys: Vec<(String, &String)> = items
        .map(|(name, id)| (text::normalize(name), id))
        .collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut rank = vec![0; keys.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}
