//! Building the index and answering a view with it.
//!
//! Built once from the [`Pack`] the build prepared: id lookups, per-article
//! entity and speaker lists and per-entity/per-speaker/per-source article lists
//! (for facet filters and counts), each article's mentioned periods merged into a
//! few disjoint day ranges (for the mentioned-date filter and histogram), each
//! histogram's bins as one article set per bin (so a histogram of many articles
//! is a popcount per bin), and the articles pre-sorted by date (so date sorts are
//! a linear filter, not a sort) and the empty view's facet lists.
//! The inverted index (term → articles, weighted term frequencies and word
//! positions, for AND queries, phrases and BM25) is built at start-up from the
//! embedded text, or comes ready-made in buckets fetched on demand (see
//! [`crate::pack`]). A query does work
//! proportional to the number of articles and to the posting lists of its own
//! terms, never to the vocabulary.
//! Facet counts go through the results or, when those are most of the corpus,
//! through the other articles.
//!
//! With a sharded pack, what is not loaded yet is reported rather than guessed:
//! [`Index::missing_text_shards`] and [`Index::missing_body_shards`] name the
//! files to fetch, [`Results::pending`] marks a search that waits for them, and
//! [`Index::body`] is `None` until an article's shard has arrived.

use crate::bitset::{Bitset, DenseSets};
use crate::facets::DateBins;
use crate::lists::Lists;
use crate::pack::{self, Body, Bucket, Layout, Pack, Postings, ShardRef};
use crate::text::{self, TextQuery};
use crate::view::{self, Facet, Sort, ViewState};
use crate::{facets, sort, FacetCounts, Hit, QuoteList, QuoteRef, Results};
use newsprism_model::{Corpus, Date, DateMention, EntityKind, Mention, Quote};
use std::collections::HashMap;
use std::sync::OnceLock;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// String-keyed lookups. std's SipHash was tried against an Fx-style hasher on a
/// synthetic 100k-article corpus: no measurable difference (the build is bound by
/// memory traffic into the posting lists). FxHash (rustc-hash, already in the
/// page through leptos) is used because these maps were the page's only users
/// of SipHash and std's random state: 0.9 KB less gzipped WebAssembly, measured.
type Map<V> = HashMap<String, V, rustc_hash::FxBuildHasher>;

/// An article's text and marks, wherever they are stored.
#[derive(Debug, Clone, Copy)]
pub struct BodyRef<'a> {
    /// The file in `corpus/` the article came from.
    pub file: &'a str,
    /// Link to the original page, when known.
    pub url: Option<&'a str>,
    /// Clean body text, one string per paragraph.
    pub paragraphs: &'a [String],
    pub mentions: &'a [Mention],
    pub date_mentions: &'a [DateMention],
    pub quotes: &'a [Quote],
}

/// A term's postings, if its bucket is loaded.
enum Lookup<'a> {
    Found(&'a Postings),
    Absent,
    Pending,
}

/// The corpus with everything the queries need precomputed.
pub struct Index {
    corpus: Corpus,
    entity_ids: Map<u32>,
    source_ids: Map<u32>,
    article_ids: Map<u32>,
    /// The inverted index by [`pack::bucket_of`]; a cell is empty until its
    /// shard has been fetched.
    text_buckets: Vec<OnceLock<Bucket>>,
    /// One per bucket when the text index is sharded; empty when embedded.
    text_shards: Vec<ShardRef>,
    /// Body shards; empty when bodies are embedded in `corpus`.
    body_shards: Vec<ShardRef>,
    /// The body shard of each article (when sharded).
    shard_of: Vec<u32>,
    /// Decoded body shards, sorted by article; empty cells until fetched.
    loaded_bodies: Vec<OnceLock<Vec<Body>>>,
    /// Quotations per article.
    quote_counts: Vec<u32>,
    /// Weighted length (body tokens + `TITLE_BOOST` × title tokens) per article.
    doc_len: Vec<u32>,
    avg_len: f32,
    /// Distinct entity indexes per article, ascending.
    pub(crate) article_entities: Lists,
    /// Articles per entity, ascending.
    pub(crate) entity_articles: Vec<Vec<u32>>,
    /// Articles per source, ascending.
    pub(crate) source_articles: Vec<Vec<u32>>,
    /// Distinct entities quoted per article, ascending.
    article_speakers: Lists,
    /// Articles quoting each entity, ascending.
    speaker_articles: Vec<Vec<u32>>,
    /// Ready-made article sets of the common sources, entities and speakers,
    /// in that order.
    dense: [DenseSets; 3],
    /// The distinct periods every article's date mentions name, as inclusive day
    /// ranges sorted by first day; article `a`'s are
    /// `mention_periods[mention_offsets[a]..mention_offsets[a + 1]]`. Flat, so the
    /// mentioned-date filter is one pass over one array.
    mention_periods: Vec<(Date, Date)>,
    mention_offsets: Vec<u32>,
    /// Earliest first day and latest last day over every date mention.
    mention_span: Option<(Date, Date)>,
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
    /// Publication dates binned for the histogram.
    published_bins: DateBins,
    /// Mentioned periods binned for their histogram.
    mentioned_bins: DateBins,
    /// The entities of each kind, in `EntityKind::ALL` order, ascending.
    kind_entities: [Vec<u32>; 3],
    /// The facet lists of the whole corpus with nothing selected: those of the
    /// empty view, the landing page, where sorting every value by count would
    /// otherwise be most of the work.
    corpus_facets: FacetCounts,
}

impl Index {
    /// Prepares an ingested corpus with everything embedded and builds the index
    /// (what the page does, minus the build-time step; for tests and benchmarks).
    pub fn new(corpus: Corpus) -> Index {
        Index::from_pack(Pack::build(corpus, Layout::Embedded).0)
            .expect("a freshly built pack is consistent")
    }

    /// Builds the index from a [`Pack`] made at build time; call once. Fails when
    /// the pack's parts do not fit together (a page built from mismatched
    /// sources). Tolerates out-of-range source or entity indexes (ignored) rather
    /// than panicking in the browser.
    pub fn from_pack(pack: Pack) -> Result<Index, String> {
        let Pack {
            corpus,
            facts,
            text_shards,
            body_shards,
            shard_of,
        } = pack;
        let n = corpus.articles.len();
        if facts.len() != n {
            return Err(format!("{} articles but facts for {}", n, facts.len()));
        }
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

        let n_entities = corpus.entities.len();
        let mut doc_len = Vec::with_capacity(n);
        let mut article_entities = Vec::with_capacity(n);
        let mut entity_articles = vec![Vec::new(); n_entities];
        let mut source_articles = vec![Vec::new(); corpus.sources.len()];
        let mut article_source = Vec::with_capacity(n);
        let mut article_speakers = Vec::with_capacity(n);
        let mut speaker_articles = vec![Vec::new(); n_entities];
        let mut quote_counts = Vec::with_capacity(n);
        let mut mention_periods = Vec::new();
        let mut mention_offsets = Vec::with_capacity(n + 1);
        mention_offsets.push(0);
        for (ai, (article, f)) in corpus.articles.iter().zip(facts).enumerate() {
            let ai = ai as u32;
            doc_len.push(f.len);
            let known = |&e: &u32| (e as usize) < n_entities;
            let mut ents = f.entities;
            ents.retain(known);
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

            let mut speakers = f.speakers;
            speakers.retain(known);
            for &e in &speakers {
                speaker_articles[e as usize].push(ai);
            }
            article_speakers.push(speakers);
            quote_counts.push(f.quotes);

            mention_periods.extend(f.periods);
            mention_offsets.push(mention_periods.len() as u32);
        }
        let mention_span = mention_periods
            .iter()
            .map(|p| p.0)
            .min()
            .zip(mention_periods.iter().map(|p| p.1).max());
        let avg_len = if n == 0 {
            1.0
        } else {
            (doc_len.iter().map(|&l| l as f64).sum::<f64>() / n as f64).max(1.0) as f32
        };

        let text_buckets = if text_shards.is_empty() {
            let (terms, _) = pack::invert(&corpus);
            let (terms, postings) = terms.into_iter().unzip();
            let cell = OnceLock::new();
            let _ = cell.set(Bucket { terms, postings });
            vec![cell]
        } else {
            text_shards.iter().map(|_| OnceLock::new()).collect()
        };
        if !body_shards.is_empty()
            && (shard_of.len() != n || shard_of.iter().any(|&s| s as usize >= body_shards.len()))
        {
            return Err("article bodies point at shards that do not exist".into());
        }
        let loaded_bodies = (0..body_shards.len()).map(|_| OnceLock::new()).collect();

        let newest = pack::newest_first(&corpus);
        let by_id = |a: &u32, b: &u32| {
            corpus.articles[*a as usize]
                .id
                .cmp(&corpus.articles[*b as usize].id)
        };
        let date = |a: u32| corpus.articles[a as usize].published;
        let mut oldest: Vec<u32> = (0..n as u32).collect();
        sort::sort_by(&mut oldest, |&a, &b| match (date(a), date(b)) {
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
        let published_bins = DateBins::new(n, date_span, |a| {
            corpus.articles[a as usize].published.map(|d| (d, d))
        });
        let mentioned_bins = DateBins::new(n, mention_span, |a| {
            let (s, e) = (mention_offsets[a as usize], mention_offsets[a as usize + 1]);
            mention_periods[s as usize..e as usize].iter().copied()
        });

        let kind_entities = EntityKind::ALL.map(|kind| {
            (0..corpus.entities.len() as u32)
                .filter(|&e| corpus.entities[e as usize].kind == kind)
                .collect()
        });

        let article_entities = Lists::from(article_entities);
        let article_speakers = Lists::from(article_speakers);
        let dense = [
            DenseSets::new(n, &source_articles),
            DenseSets::new(n, &entity_articles),
            DenseSets::new(n, &speaker_articles),
        ];

        let mut index = Index {
            corpus,
            entity_ids,
            source_ids,
            article_ids,
            text_buckets,
            text_shards,
            body_shards,
            shard_of,
            loaded_bodies,
            quote_counts,
            doc_len,
            avg_len,
            article_entities,
            entity_articles,
            source_articles,
            article_source,
            article_speakers,
            speaker_articles,
            dense,
            mention_periods,
            mention_offsets,
            mention_span,
            newest,
            newest_rank,
            oldest,
            date_span,
            entity_name_rank,
            source_name_rank,
            published_bins,
            mentioned_bins,
            kind_entities,
            corpus_facets: FacetCounts::default(),
        };
        index.corpus_facets =
            facets::count(&index, &Bitset::full(n), [None; 5], &Default::default());
        Ok(index)
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
        self.article_entities.get(article as usize)
    }

    /// Articles mentioning an entity (ascending); empty for an unknown entity.
    pub fn entity_articles(&self, entity: u32) -> &[u32] {
        self.entity_articles.get(entity as usize).map_or(&[], |v| v)
    }

    /// Earliest and latest publication dates in the corpus, if any article is dated.
    pub fn date_span(&self) -> Option<(Date, Date)> {
        self.date_span
    }

    /// The first day of the earliest and the last day of the latest period any
    /// article mentions, if any article has a date mention.
    pub fn mentioned_span(&self) -> Option<(Date, Date)> {
        self.mention_span
    }

    /// Distinct entities quoted in an article (indexes into `Corpus::entities`,
    /// ascending); empty for an unknown article.
    pub fn speakers_in(&self, article: u32) -> &[u32] {
        self.article_speakers.get(article as usize)
    }

    /// The entities a facet of one kind lists (ascending); empty for the source
    /// and speaker facets.
    pub(crate) fn entities_of(&self, facet: Facet) -> &[u32] {
        match facet.kind() {
            Some(EntityKind::Person) => &self.kind_entities[0],
            Some(EntityKind::Organisation) => &self.kind_entities[1],
            Some(EntityKind::Place) => &self.kind_entities[2],
            None => &[],
        }
    }

    /// Articles quoting each entity (ascending), indexed by entity.
    pub(crate) fn speaker_articles(&self) -> &[Vec<u32>] {
        &self.speaker_articles
    }

    /// The periods an article's date mentions name, as inclusive (first, last)
    /// days, merged where they overlap, sorted; empty for an unknown article.
    pub(crate) fn mention_periods(&self, article: u32) -> &[(Date, Date)] {
        let a = article as usize;
        match (self.mention_offsets.get(a), self.mention_offsets.get(a + 1)) {
            (Some(&s), Some(&e)) => &self.mention_periods[s as usize..e as usize],
            _ => &[],
        }
    }

    /// An article's text and marks: `None` for an unknown article, or while its
    /// body shard has not arrived (see [`Index::missing_body_shards`]).
    pub fn body(&self, article: u32) -> Option<BodyRef<'_>> {
        if self.body_shards.is_empty() {
            let a = self.corpus.articles.get(article as usize)?;
            return Some(BodyRef {
                file: &a.file,
                url: a.url.as_deref(),
                paragraphs: &a.paragraphs,
                mentions: &a.mentions,
                date_mentions: &a.date_mentions,
                quotes: &a.quotes,
            });
        }
        let shard = *self.shard_of.get(article as usize)?;
        let bodies = self.loaded_bodies.get(shard as usize)?.get()?;
        let i = bodies.binary_search_by_key(&article, |b| b.article).ok()?;
        let b = &bodies[i];
        Some(BodyRef {
            file: &b.file,
            url: b.url.as_deref(),
            paragraphs: &b.paragraphs,
            mentions: &b.mentions,
            date_mentions: &b.date_mentions,
            quotes: &b.quotes,
        })
    }

    /// Whether article bodies and the text index are fetched rather than embedded.
    pub fn is_sharded(&self) -> bool {
        !self.body_shards.is_empty() || !self.text_shards.is_empty()
    }

    /// The body shards, not yet loaded, that hold these articles, each once, in
    /// first-needed order.
    pub fn missing_body_shards(&self, articles: impl IntoIterator<Item = u32>) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for a in articles {
            if let Some(&s) = self.shard_of.get(a as usize) {
                if self.loaded_bodies[s as usize].get().is_none() && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// The text shards, not yet loaded, that a text query needs.
    pub fn missing_text_shards(&self, q: &TextQuery) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        let terms = q
            .terms
            .iter()
            .chain(q.phrases.iter().flatten())
            .chain(&q.excluded_terms)
            .chain(q.excluded_phrases.iter().flatten());
        for term in terms {
            let b = pack::bucket_of(term, self.text_buckets.len()) as u32;
            if self.text_buckets[b as usize].get().is_none() && !out.contains(&b) {
                out.push(b);
            }
        }
        out
    }

    /// The file behind body shard `i`.
    pub fn body_shard(&self, i: u32) -> Option<&ShardRef> {
        self.body_shards.get(i as usize)
    }

    /// The file behind text shard `i`.
    pub fn text_shard(&self, i: u32) -> Option<&ShardRef> {
        self.text_shards.get(i as usize)
    }

    /// Checks and stores a fetched body shard. Loading one twice is harmless.
    pub fn load_body_shard(&self, i: u32, bytes: &[u8]) -> Result<(), String> {
        let shard = self.body_shard(i).ok_or("no such body shard")?;
        let mut bodies: Vec<Body> = pack::open_shard(shard, bytes)?;
        sort::sort_by_key(&mut bodies, |b| b.article);
        let _ = self.loaded_bodies[i as usize].set(bodies);
        Ok(())
    }

    /// Checks and stores a fetched text shard. Loading one twice is harmless.
    pub fn load_text_shard(&self, i: u32, bytes: &[u8]) -> Result<(), String> {
        let shard = self.text_shard(i).ok_or("no such text shard")?;
        let bucket = pack::decode_bucket(pack::open_shard(shard, bytes)?)?;
        let _ = self.text_buckets[i as usize].set(bucket);
        Ok(())
    }

    /// How many direct quotations an article has (known without its body).
    pub fn quote_count(&self, article: u32) -> u32 {
        self.quote_counts
            .get(article as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Up to `want` direct quotations of the result articles, in the results'
    /// order and then in reading order; only those of the view's speakers when it
    /// selects any (ids not in the corpus are ignored, as in [`Index::search`]).
    /// Stops at the first article with quotations whose body is not loaded:
    /// [`QuoteList::waiting`] lists it and the next few such articles to fetch.
    pub fn quotes(&self, results: &Results, view: &ViewState, want: usize) -> QuoteList {
        let speakers: Vec<u32> = view
            .speakers
            .iter()
            .filter_map(|id| self.entity_by_id(id))
            .collect();
        let mut list = QuoteList::default();
        let quoted = results.hits.iter().map(|h| h.article).filter(|&a| {
            self.quote_count(a) > 0
                && (speakers.is_empty() || self.speakers_in(a).iter().any(|s| speakers.contains(s)))
        });
        for article in quoted {
            if list.quotes.len() >= want {
                list.more = true;
                break;
            }
            if !list.waiting.is_empty() {
                list.more = true;
                if list.waiting.len() >= 16 {
                    break;
                }
                list.waiting.push(article);
                continue;
            }
            let Some(body) = self.body(article) else {
                list.waiting.push(article);
                continue;
            };
            list.quotes.extend(
                body.quotes
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| {
                        speakers.is_empty() || q.speaker.is_some_and(|s| speakers.contains(&s))
                    })
                    .map(|(i, _)| QuoteRef {
                        article,
                        quote: i as u32,
                    }),
            );
        }
        list
    }

    /// The quoted words, quote marks included; a quotation running over several
    /// paragraphs has its pieces joined with a space. Empty for an unknown quote
    /// or an article whose body is not loaded.
    pub fn quote_text(&self, article: u32, quote: u32) -> String {
        let Some(a) = self.body(article) else {
            return String::new();
        };
        let Some(q) = a.quotes.get(quote as usize) else {
            return String::new();
        };
        let (first, last) = (q.paragraph as usize, q.end_paragraph as usize);
        let mut out = String::new();
        for (i, p) in a
            .paragraphs
            .iter()
            .enumerate()
            .take(last.saturating_add(1))
            .skip(first)
        {
            let start = if i == first { q.start as usize } else { 0 };
            let end = if i == last {
                q.end as usize
            } else {
                usize::MAX
            };
            let piece: String = p.chars().take(end).skip(start).collect();
            if !out.is_empty() && !piece.is_empty() {
                out.push(' ');
            }
            out.push_str(&piece);
        }
        out
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
        let mut selected: [Vec<u32>; 5] = Default::default();
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
        let speakers = &mut selected[facet_slot(Facet::Speaker)];
        for id in &view.speakers {
            match self.entity_by_id(id) {
                Some(e) if !speakers.contains(&e) => speakers.push(e),
                Some(_) => {}
                None => notice(format!("Ignored speaker “{id}”: not in this corpus.")),
            }
        }
        if let Some(id) = &view.article {
            if self.article_by_id(id).is_none() {
                notice(format!("Ignored article “{id}”: not in this corpus."));
            }
        }
        let (mut from, mut to) = (view.from, view.to);
        if let Some(s) = view::order_range(&mut from, &mut to, ("from", "to")) {
            notice(s);
        }
        let (mut mfrom, mut mto) = (view.mentioned_from, view.mentioned_to);
        if let Some(s) = view::order_range(&mut mfrom, &mut mto, ("mfrom", "mto")) {
            notice(s);
        }

        let text = TextQuery::parse(&view.q);
        // Until the query's text shards arrive nothing is known to match; the
        // page shows that it is loading rather than "no results".
        let pending = !self.text_ready(&text);
        let text_set = if pending {
            Bitset::empty(n)
        } else {
            self.text_matches(&text)
        };
        let date_set = (from.is_some() || to.is_some()).then(|| self.published_between(from, to));
        let mentioned_set = (mfrom.is_some() || mto.is_some()).then(|| {
            // A range that is one bar of the histogram (what clicking a bar
            // selects) finds exactly the articles that bar counts.
            if let Some(bar) = self.mentioned_bins.articles_in(mfrom, mto) {
                return bar.clone();
            }
            let mut s = Bitset::empty(n);
            // A mention matches when its whole period lies in the range: a day
            // range finds the articles naming that day, not every article that
            // says "this year". Days compared as one number each (year, month,
            // day in descending bits), and the periods read in one pass: this
            // goes through every period of the corpus.
            let day = |d: Date| (d.year as u32) << 16 | (d.month as u32) << 8 | d.day as u32;
            let (lo, hi) = (mfrom.map_or(0, day), mto.map_or(u32::MAX, day));
            let within = |&(first, last): &(Date, Date)| day(first) >= lo && day(last) <= hi;
            let mut periods = self.mention_periods.iter();
            for (a, ends) in self.mention_offsets.windows(2).enumerate() {
                let count = ends[1].saturating_sub(ends[0]) as usize;
                if periods
                    .by_ref()
                    .take(count)
                    .fold(false, |hit, p| hit | within(p))
                {
                    s.insert(a as u32);
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
        // The articles matching every filter except, optionally, one facet and
        // either date range.
        let combine = |skip_facet: Option<usize>, with_dates: bool, with_mentioned: bool| {
            let mut s = text_set.clone();
            if with_dates {
                if let Some(d) = &date_set {
                    s.and_with(d);
                }
            }
            if with_mentioned {
                if let Some(d) = &mentioned_set {
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
        let matching = combine(None, true, true);

        let wider: Vec<Option<Bitset>> = Facet::ALL
            .iter()
            .enumerate()
            .map(|(i, &f)| {
                (facet_sets[i].is_some() && !all_of(f)).then(|| combine(Some(i), true, true))
            })
            .collect();
        let facets = if selected.iter().all(Vec::is_empty) && matching.count() == n {
            self.corpus_facets.clone()
        } else {
            facets::count(
                self,
                &matching,
                std::array::from_fn(|i| wider[i].as_ref()),
                &selected,
            )
        };
        let articles = &self.corpus.articles;
        let histogram = facets::histogram(
            &self.published_bins,
            &combine(None, false, true),
            |a| articles[a as usize].published.map(|d| (d, d)),
            from,
            to,
        );
        let mentioned = facets::histogram(
            &self.mentioned_bins,
            &combine(None, true, false),
            |a| self.mention_periods(a).iter().copied(),
            mfrom,
            mto,
        );

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
        let hits: Vec<Hit> = self
            .in_date_order(&matching, sort == Sort::Oldest)
            .into_iter()
            .map(|a| Hit {
                article: a,
                score: score(a),
            })
            .collect();
        let mut hits = hits;
        if sort == Sort::Relevance {
            // Stable: equal scores keep the newest-first order.
            sort::sort_by(&mut hits, |a, b| b.score.total_cmp(&a.score));
        }

        Results {
            total: hits.len(),
            hits,
            facets,
            histogram,
            mentioned,
            notices,
            text,
            sort,
            pending,
        }
    }

    /// The articles matching one facet's selection.
    fn facet_set(&self, facet: Facet, selected: &[u32], all: bool) -> Bitset {
        let n = self.corpus.articles.len();
        let (lists, dense) = match facet {
            Facet::Source => (&self.source_articles, &self.dense[0]),
            Facet::Speaker => (&self.speaker_articles, &self.dense[2]),
            _ => (&self.entity_articles, &self.dense[1]),
        };
        let mut set = if all {
            Bitset::full(n)
        } else {
            Bitset::empty(n)
        };
        for &v in selected {
            let built;
            let s = match dense.get(v) {
                Some(s) => s,
                None => {
                    built = Bitset::from_sorted(n, lists.get(v as usize).map_or(&[], |l| l));
                    &built
                }
            };
            if all {
                set.and_with(s);
            } else {
                set.or_with(s);
            }
        }
        set
    }

    /// The articles published from `from` to `to` (inclusive; either may be open).
    fn published_between(&self, from: Option<Date>, to: Option<Date>) -> Bitset {
        // `oldest` lists the dated articles first, by date, so the range is one
        // slice of it.
        let date = |a: &u32| self.corpus.articles[*a as usize].published;
        let dated = &self.oldest[..self.oldest.partition_point(|a| date(a).is_some())];
        let start = from.map_or(0, |f| dated.partition_point(|a| date(a) < Some(f)));
        let end = to.map_or(dated.len(), |t| {
            dated.partition_point(|a| date(a) <= Some(t))
        });
        let mut set = Bitset::empty(self.corpus.articles.len());
        for &a in &dated[start..end.max(start)] {
            set.insert(a);
        }
        set
    }

    /// The members of `set` newest first (or oldest first), undated last, ties by id.
    fn in_date_order(&self, set: &Bitset, oldest_first: bool) -> Vec<u32> {
        let n = self.newest.len();
        let size = set.count();
        // Filtering the presorted order costs a bit test per article in the
        // corpus; sorting the members costs some comparisons per member: for a
        // small set, sorting is cheaper.
        if size * (usize::BITS - size.leading_zeros()) as usize * 4 >= n {
            let order = if oldest_first {
                &self.oldest
            } else {
                &self.newest
            };
            // Branch-free: every article is written at the end of the list, which
            // only grows past it when the article is in the set (a branch on
            // membership would be mispredicted for a good share of them).
            let mut members = vec![0; size + 1];
            let mut len = 0;
            for &a in order {
                members[len] = a;
                len += set.contains(a) as usize;
            }
            members.truncate(len);
            return members;
        }
        // Each member as one number that sorts in the order wanted and ends with
        // its newest-first rank, which gives the article back. Oldest first:
        // undated last, then the date; articles of one day are in id order in
        // both presorted lists, so the newest-first rank breaks ties in
        // oldest-first order too.
        let mut keys: Vec<u128> = set
            .iter()
            .map(|a| {
                let rank = self.newest_rank[a as usize] as u128;
                if !oldest_first {
                    return rank;
                }
                let date = self.corpus.articles[a as usize].published;
                let day = date.map_or(1 << 32, |d| {
                    (d.year as u128) << 16 | (d.month as u128) << 8 | d.day as u128
                });
                day << 32 | rank
            })
            .collect();
        sort::sort_numbers(&mut keys);
        keys.into_iter()
            .map(|k| self.newest[k as u32 as usize])
            .collect()
    }

    fn lookup(&self, term: &str) -> Lookup<'_> {
        let b = pack::bucket_of(term, self.text_buckets.len());
        let Some(bucket) = self.text_buckets[b].get() else {
            return Lookup::Pending;
        };
        match bucket.terms.binary_search_by(|t| t.as_str().cmp(term)) {
            Ok(i) => Lookup::Found(&bucket.postings[i]),
            Err(_) => Lookup::Absent,
        }
    }

    /// Whether every bucket the query needs is loaded.
    fn text_ready(&self, q: &TextQuery) -> bool {
        self.missing_text_shards(q).is_empty()
    }

    fn term_set(&self, term: &str) -> Option<Bitset> {
        match self.lookup(term) {
            Lookup::Found(p) => Some(Bitset::from_sorted(self.corpus.articles.len(), &p.docs)),
            _ => None,
        }
    }

    /// The articles of `among` that hold the phrase in their title or one
    /// paragraph, from the terms' word positions.
    fn phrase_set(&self, phrase: &[String], among: &Bitset) -> Bitset {
        let n = self.corpus.articles.len();
        let mut out = Bitset::empty(n);
        let mut lists: Vec<&Postings> = Vec::with_capacity(phrase.len());
        for term in phrase {
            match self.lookup(term) {
                Lookup::Found(p) => lists.push(p),
                _ => return out,
            }
        }
        let Some((first, rest)) = lists.split_first() else {
            return out;
        };
        // A cursor per later term, advanced as articles ascend.
        let mut cursors = vec![0usize; rest.len()];
        'docs: for (i, &a) in first.docs.iter().enumerate() {
            if !among.contains(a) {
                continue;
            }
            let mut at = Vec::with_capacity(rest.len());
            for (k, p) in rest.iter().enumerate() {
                let c = &mut cursors[k];
                *c += p.docs[*c..].partition_point(|&d| d < a);
                if p.docs.get(*c) != Some(&a) {
                    continue 'docs;
                }
                at.push(p.positions_of(*c));
            }
            let found = first.positions_of(i).iter().any(|&start| {
                at.iter()
                    .enumerate()
                    .all(|(k, positions)| positions.binary_search(&(start + k as u32 + 1)).is_ok())
            });
            if found {
                out.insert(a);
            }
        }
        out
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
            set = self.phrase_set(phrase, &set);
        }
        for term in &q.excluded_terms {
            if let Some(s) = self.term_set(term) {
                set.and_not(&s);
            }
        }
        for phrase in &q.excluded_phrases {
            let found = self.phrase_set(phrase, &set);
            set.and_not(&found);
        }
        set
    }

    /// BM25 score per article (indexed by article) of the positive terms, over `among`.
    fn scores(&self, q: &TextQuery, among: &Bitset) -> Vec<f32> {
        let n = self.corpus.articles.len();
        let mut scores = vec![0.0f32; n];
        for term in q.positive_terms() {
            let Lookup::Found(p) = self.lookup(term) else {
                continue;
            };
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
        Facet::Speaker => 4,
    }
}

/// For each item, its position when sorted by folded name, then id.
fn name_ranks<'a>(items: impl Iterator<Item = (&'a String, &'a String)>) -> Vec<u32> {
    let keys: Vec<(String, &String)> = items
        .map(|(name, id)| (text::normalize(name), id))
        .collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    sort::sort_by(&mut order, |&a, &b| keys[a].cmp(&keys[b]));
    let mut rank = vec![0; keys.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}
