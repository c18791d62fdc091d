//! What the build hands the page: the corpus prepared for querying, and how large
//! corpora are split so the page can show results before it has every byte.
//!
//! `build.rs` ingests `corpus/`, then calls [`Pack::build`]: every per-article
//! fact the filters need is computed natively at build time, and so, for a large
//! corpus, is the inverted index with word positions.
//!
//! Two layouts, chosen by the build ([`Layout`]):
//! - **Embedded**: everything in one blob inside the WebAssembly module. The page
//!   works from the single build with nothing else to fetch. Right for small
//!   corpora, where one request beats many. The inverted index is not shipped but
//!   built at start-up from the embedded text ([`invert`]): for the seed corpus it
//!   would add 11 kB of gzip to the page (measured), while building it takes a
//!   few milliseconds, and at most ~1 MB of text is ever embedded.
//! - **Sharded**: the blob keeps what the first screen needs (article metadata,
//!   sources, entities, facet and date facts, each article's indexed length); the
//!   rest goes into content-addressed static files next to the page, fetched from
//!   the same origin only when needed:
//!   - *body shards* hold article text with its entity, date and quotation marks
//!     (and the file name and link, which only the reader shows),
//!     grouped newest first (the default order), so the first page of results
//!     needs one shard;
//!   - *text shards* hold the inverted index, split by a hash of the term, so a
//!     search fetches only the shards of its own words.
//!
//! A shard's file name is a hash of its bytes ([`content_name`]): files never
//! change under a name, so they can be cached forever, and a stale or truncated
//! file is detected on arrival instead of being decoded.

use crate::text;
use newsprism_model::{Corpus, Date, DateMention, Mention, Quote};
use serde::{Deserialize, Serialize};

/// How much more a title occurrence counts than a body occurrence.
pub(crate) const TITLE_BOOST: u32 = 3;

/// Roughly how many bytes one shard holds before it is closed. Small enough that
/// opening an article downloads little more than the article; large enough that a
/// 100k-article corpus is a few thousand files, not a hundred thousand.
pub const SHARD_BYTES: usize = 128 * 1024;

/// Where article bodies and the text index go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Everything inside the page's blob.
    Embedded,
    /// Bodies and text index in fetched shards.
    Sharded,
}

/// The prepared corpus, as embedded in the page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pack {
    /// Articles, sources and entities. With [`Layout::Sharded`] each article's
    /// paragraphs, mentions, date mentions and quotes are empty here and live in
    /// the body shards.
    pub corpus: Corpus,
    /// Per-article facts the filters, counts and ranking need, one per article.
    pub facts: Vec<Facts>,
    /// The text index's shards, one per bucket of [`bucket_of`] a term, in
    /// bucket order, each holding a delta-encoded [`Bucket`]. Empty when the
    /// index is built at start-up from the embedded article text, as one bucket.
    pub text_shards: Vec<ShardRef>,
    /// The body shards, each holding a `Vec<Body>` sorted by article. Empty when
    /// the bodies are in `corpus`.
    pub body_shards: Vec<ShardRef>,
    /// The body shard of each article; empty when the bodies are in `corpus`.
    pub shard_of: Vec<u32>,
    // Plain lists, empty for the embedded layout, rather than an enum per
    // store: the page decodes no enum (0.3 KB less gzipped, measured).
}

/// What the index needs to know about an article without its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Distinct entities mentioned, ascending.
    pub entities: Vec<u32>,
    /// Distinct entities quoted, ascending.
    pub speakers: Vec<u32>,
    /// The distinct periods its date mentions name, as inclusive day ranges
    /// sorted by first day.
    pub periods: Vec<(Date, Date)>,
    /// Indexed length: body tokens + [`TITLE_BOOST`] × title tokens (for BM25).
    pub len: u32,
    /// How many direct quotations it has.
    pub quotes: u32,
}

/// One fetched file: its name under `shards/` and its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardRef {
    /// [`content_name`] of the bytes; the file is `shards/<name>.bin`.
    pub name: String,
    pub bytes: u32,
}

/// An article's text and marks, as stored in a body shard, with the metadata
/// only the reader shows (so the embedded part stays small).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// Index into `Corpus::articles`.
    pub article: u32,
    /// `Article::file`.
    pub file: String,
    /// `Article::url`.
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
    pub mentions: Vec<Mention>,
    pub date_mentions: Vec<DateMention>,
    pub quotes: Vec<Quote>,
}

/// The terms of one bucket, sorted, each with its postings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    pub terms: Vec<String>,
    pub postings: Vec<Postings>,
}

/// Where one term occurs. Stored delta-encoded (see [`Postings::encode`]) so that
/// postcard's variable-length integers keep most numbers to one byte.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Postings {
    /// Article indexes, ascending.
    pub docs: Vec<u32>,
    /// For each of `docs`: body occurrences + [`TITLE_BOOST`] × title occurrences.
    pub tf: Vec<u32>,
    /// For each of `docs`, the end of its positions in `positions` (so article
    /// `i`'s are `positions[ends[i - 1]..ends[i]]`).
    pub ends: Vec<u32>,
    /// Token positions, ascending per article. The title and every paragraph are
    /// numbered in one sequence with a gap of one between them, so a phrase never
    /// matches across a paragraph break.
    pub positions: Vec<u32>,
}

impl Postings {
    /// The positions of the `i`-th article of `docs`.
    pub(crate) fn positions_of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        let end = self.ends.get(i).map_or(start, |&e| e as usize);
        self.positions.get(start..end).unwrap_or(&[])
    }

    /// Replaces ascending runs by their differences (docs across the list, ends
    /// across the list, positions within each article).
    fn encode(&mut self) {
        delta(&mut self.docs);
        let mut start = 0usize;
        for &end in &self.ends {
            delta(&mut self.positions[start..end as usize]);
            start = end as usize;
        }
        delta(&mut self.ends);
    }

    /// Undoes [`Postings::encode`]; fails on lists that do not fit together.
    fn decode(&mut self) -> Result<(), String> {
        undelta(&mut self.docs)?;
        undelta(&mut self.ends)?;
        let n = self.docs.len();
        if self.tf.len() != n
            || self.ends.len() != n
            || self.ends.last().map_or(0, |&e| e as usize) != self.positions.len()
        {
            return Err("posting lists of different lengths".into());
        }
        let mut start = 0usize;
        for &end in &self.ends {
            undelta(&mut self.positions[start..end as usize])?;
            start = end as usize;
        }
        Ok(())
    }
}

fn delta(v: &mut [u32]) {
    for i in (1..v.len()).rev() {
        v[i] -= v[i - 1];
    }
}

fn undelta(v: &mut [u32]) -> Result<(), String> {
    for i in 1..v.len() {
        v[i] = v[i]
            .checked_add(v[i - 1])
            .ok_or_else(|| "posting list overflows".to_string())?;
    }
    Ok(())
}

/// FNV-1a, 64 bits. Not a cryptographic hash: shards come from the page's own
/// origin, and the name only has to change whenever the bytes do.
fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The file name (without `.bin`) for a shard's bytes: 16 lowercase hex digits.
pub fn content_name(bytes: &[u8]) -> String {
    let h = fnv64(bytes);
    let mut s = String::with_capacity(16);
    for i in (0..16).rev() {
        let d = ((h >> (i * 4)) & 0xf) as u8;
        s.push(char::from(if d < 10 { b'0' + d } else { b'a' + d - 10 }));
    }
    s
}

/// Which of `buckets` buckets a term's postings are in (FNV-1a of its bytes).
pub fn bucket_of(term: &str, buckets: usize) -> usize {
    if buckets <= 1 {
        return 0;
    }
    (fnv64(term.as_bytes()) % buckets as u64) as usize
}

/// Checks a fetched shard against its reference and decodes it.
pub(crate) fn open_shard<T: for<'de> Deserialize<'de>>(
    shard: &ShardRef,
    bytes: &[u8],
) -> Result<T, String> {
    if bytes.len() != shard.bytes as usize || content_name(bytes) != shard.name {
        return Err(format!(
            "shards/{}.bin is not the file this page was built with ({} bytes received, {} expected); rebuild and redeploy the page",
            shard.name,
            bytes.len(),
            shard.bytes
        ));
    }
    postcard::from_bytes(bytes).map_err(|e| format!("shards/{}.bin: {e}", shard.name))
}

/// Decodes a bucket from a shard or the embedded blob.
pub(crate) fn decode_bucket(mut bucket: Bucket) -> Result<Bucket, String> {
    if bucket.terms.len() != bucket.postings.len() {
        return Err("a text bucket has terms and postings of different lengths".into());
    }
    for p in &mut bucket.postings {
        p.decode()?;
    }
    Ok(bucket)
}

/// A file the build writes next to the page.
pub struct ShardFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Pack {
    /// Prepares an ingested corpus. With [`Layout::Sharded`], also returns the
    /// shard files to publish under `shards/`.
    pub fn build(corpus: Corpus, layout: Layout) -> (Pack, Vec<ShardFile>) {
        Pack::build_with(corpus, layout, SHARD_BYTES)
    }

    /// [`Pack::build`] with shards closed at about `shard_bytes` instead of
    /// [`SHARD_BYTES`] (tests use tiny shards to get many).
    pub fn build_with(
        mut corpus: Corpus,
        layout: Layout,
        shard_bytes: usize,
    ) -> (Pack, Vec<ShardFile>) {
        let n_entities = corpus.entities.len();
        let (terms, lens) = invert(&corpus);
        let mut facts = Vec::with_capacity(corpus.articles.len());
        for (article, len) in corpus.articles.iter().zip(lens) {
            let known = |&e: &u32| (e as usize) < n_entities;
            let mut entities: Vec<u32> = article.mentions.iter().map(|m| m.entity).collect();
            entities.retain(known);
            entities.sort_unstable();
            entities.dedup();
            let mut speakers: Vec<u32> = article.quotes.iter().filter_map(|q| q.speaker).collect();
            speakers.retain(known);
            speakers.sort_unstable();
            speakers.dedup();
            facts.push(Facts {
                entities,
                speakers,
                periods: periods_of(&article.date_mentions),
                len,
                quotes: article.quotes.len() as u32,
            });
        }

        let mut files = Vec::new();
        let mut publish = |bytes: Vec<u8>| {
            let shard = ShardRef {
                name: content_name(&bytes),
                bytes: bytes.len() as u32,
            };
            files.push(ShardFile {
                name: shard.name.clone(),
                bytes,
            });
            shard
        };
        let text_shards = match layout {
            Layout::Embedded => Vec::new(),
            Layout::Sharded => {
                // About 1 byte per delta-encoded number.
                let weight = |p: &Postings| p.docs.len() * 3 + p.positions.len() + 8;
                let total: usize = terms.iter().map(|(t, p)| t.len() + weight(p)).sum();
                let n_buckets = total.div_ceil(shard_bytes.max(1)).max(1);
                let mut buckets = vec![Bucket::default(); n_buckets];
                for (term, mut p) in terms {
                    p.encode();
                    let b = &mut buckets[bucket_of(&term, n_buckets)];
                    b.terms.push(term);
                    b.postings.push(p);
                }
                buckets
                    .iter()
                    .map(|b| publish(postcard::to_allocvec(b).expect("buckets serialise")))
                    .collect()
            }
        };
        let (body_shards, shard_of) = match layout {
            Layout::Embedded => (Vec::new(), Vec::new()),
            Layout::Sharded => {
                let order = newest_first(&corpus);
                let mut shard_of = vec![0u32; corpus.articles.len()];
                let mut shards = Vec::new();
                let mut current: Vec<Body> = Vec::new();
                let mut size = 0usize;
                let mut flush = |current: &mut Vec<Body>, shards: &mut Vec<ShardRef>| {
                    current.sort_by_key(|b| b.article);
                    let bytes = postcard::to_allocvec(&*current).expect("bodies serialise");
                    shards.push(publish(bytes));
                    current.clear();
                };
                for a in order {
                    let article = &mut corpus.articles[a as usize];
                    let body = Body {
                        article: a,
                        file: std::mem::take(&mut article.file),
                        url: article.url.take(),
                        paragraphs: std::mem::take(&mut article.paragraphs),
                        mentions: std::mem::take(&mut article.mentions),
                        date_mentions: std::mem::take(&mut article.date_mentions),
                        quotes: std::mem::take(&mut article.quotes),
                    };
                    size += body.paragraphs.iter().map(String::len).sum::<usize>()
                        + 8 * (body.mentions.len() + body.date_mentions.len())
                        + 12 * body.quotes.len();
                    shard_of[a as usize] = shards.len() as u32;
                    current.push(body);
                    if size >= shard_bytes {
                        flush(&mut current, &mut shards);
                        size = 0;
                    }
                }
                if !current.is_empty() {
                    flush(&mut current, &mut shards);
                }
                (shards, shard_of)
            }
        };
        let pack = Pack {
            corpus,
            facts,
            text_shards,
            body_shards,
            shard_of,
        };
        (pack, files)
    }
}

/// The inverted index of a corpus's titles and text: every term with its
/// postings (not delta-encoded), sorted by term, and each article's indexed
/// length (body tokens + [`TITLE_BOOST`] × title tokens).
pub(crate) fn invert(corpus: &Corpus) -> (Vec<(String, Postings)>, Vec<u32>) {
    // Each term's position in `terms`. Fx rather than std's hasher, and a map
    // to a number rather than to the postings: this also runs in the page
    // (embedded layout), where the index's id maps are this same type, so one
    // copy of the hash map code serves both.
    let mut ids: rustc_hash::FxHashMap<String, u32> = Default::default();
    let mut terms: Vec<(String, Postings)> = Vec::new();
    let mut lens = Vec::with_capacity(corpus.articles.len());
    for (ai, article) in corpus.articles.iter().enumerate() {
        let ai = ai as u32;
        let mut len = 0u32;
        let mut pos = 0u32;
        let mut add = |term: &str, weight: u32, pos: u32| {
            // Articles are visited in order, so a term's list ends with this
            // article exactly when the term was already seen in it.
            let i = match ids.get(term) {
                Some(&i) => i as usize,
                None => {
                    ids.entry(term.to_string()).or_insert(terms.len() as u32);
                    terms.push((term.to_string(), Postings::default()));
                    terms.len() - 1
                }
            };
            let p = &mut terms[i].1;
            if p.docs.last() != Some(&ai) {
                p.docs.push(ai);
                p.tf.push(0);
                p.ends.push(p.positions.len() as u32);
            }
            if let Some(f) = p.tf.last_mut() {
                *f += weight;
            }
            p.positions.push(pos);
            if let Some(e) = p.ends.last_mut() {
                *e += 1;
            }
            len += weight;
        };
        let fields = std::iter::once(&article.title).chain(&article.paragraphs);
        for (f, field) in fields.enumerate() {
            // A gap of one position between fields: no phrase spans a break.
            if f > 0 {
                pos += 1;
            }
            let weight = if f == 0 { TITLE_BOOST } else { 1 };
            text::for_each_token(field, |t, _| {
                add(t, weight, pos);
                pos += 1;
            });
        }
        lens.push(len);
    }
    crate::sort::sort_by(&mut terms, |a, b| a.0.cmp(&b.0));
    (terms, lens)
}

/// Articles newest first, undated last, ties by id.
pub(crate) fn newest_first(corpus: &Corpus) -> Vec<u32> {
    let mut order: Vec<u32> = (0..corpus.articles.len() as u32).collect();
    let a = &corpus.articles;
    crate::sort::sort_by(&mut order, |&x, &y| {
        let (x, y) = (&a[x as usize], &a[y as usize]);
        match (x.published, y.published) {
            (Some(dx), Some(dy)) => dy.cmp(&dx),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| x.id.cmp(&y.id))
    });
    order
}

/// The distinct periods date mentions name, as inclusive day ranges sorted by
/// first day. Mentions of impossible periods are skipped.
fn periods_of(mentions: &[DateMention]) -> Vec<(Date, Date)> {
    let valid = |d: Date| Date::new(d.year, d.month, d.day).is_some();
    let mut periods: Vec<(Date, Date)> = mentions
        .iter()
        .map(|m| (m.value.first_day(), m.value.last_day()))
        .filter(|&(f, l)| valid(f) && valid(l) && f <= l)
        .collect();
    periods.sort_unstable();
    periods.dedup();
    periods
}
