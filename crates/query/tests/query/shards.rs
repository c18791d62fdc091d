//! The sharded layout answers exactly as the embedded one once its shards are
//! loaded, says what it is waiting for before, and refuses files that are not the
//! ones it was built with.

use crate::fixture::*;
use newsprism_query::pack::{Layout, Pack, ShardFile};
use newsprism_query::{Index, ViewState};

fn sharded() -> (Index, Vec<ShardFile>) {
    sharded_with(newsprism_query::pack::SHARD_BYTES)
}

fn sharded_with(shard_bytes: usize) -> (Index, Vec<ShardFile>) {
    let (pack, files) = Pack::build_with(corpus(), Layout::Sharded, shard_bytes);
    // Through the same bytes the page decodes.
    let bytes = postcard::to_allocvec(&pack).unwrap();
    let pack: Pack = postcard::from_bytes(&bytes).unwrap();
    (Index::from_pack(pack).unwrap(), files)
}

fn file<'a>(files: &'a [ShardFile], name: &str) -> &'a [u8] {
    &files.iter().find(|f| f.name == name).unwrap().bytes
}

fn load_all(ix: &Index, files: &[ShardFile]) {
    let mut i = 0;
    while let Some(s) = ix.text_shard(i) {
        ix.load_text_shard(i, file(files, &s.name)).unwrap();
        i += 1;
    }
    let mut i = 0;
    while let Some(s) = ix.body_shard(i) {
        ix.load_body_shard(i, file(files, &s.name)).unwrap();
        i += 1;
    }
}

const VIEWS: &[&str] = &[
    "",
    "q=tokayev",
    "q=%22collective+security%22",
    "q=protests+-almaty",
    "q=kassym-jomart",
    "entity=kazakhstan&sort=oldest",
    "view=quotes&speaker=kassym-jomart-tokayev",
    "mfrom=2022-01-01&mto=2022-01-31",
];

#[test]
fn sharded_and_embedded_give_the_same_answers() {
    for shard_bytes in [newsprism_query::pack::SHARD_BYTES, 400, 1] {
        same_answers(shard_bytes);
    }
}

fn same_answers(shard_bytes: usize) {
    let embedded = index();
    let (ix, files) = sharded_with(shard_bytes);
    if shard_bytes == 1 {
        // One article per body shard, and more text shards than terms.
        assert!(ix.body_shard(5).is_some() && ix.text_shard(100).is_some());
    }
    assert!(ix.is_sharded() && !embedded.is_sharded());
    assert!(!files.is_empty());
    load_all(&ix, &files);
    for qs in VIEWS {
        let (view, _) = ViewState::from_query_string(qs);
        let (a, b) = (embedded.search(&view), ix.search(&view));
        assert_eq!(a, b, "{qs}");
        assert!(!b.pending);
        assert_eq!(
            embedded.quotes(&a, &view, usize::MAX),
            ix.quotes(&b, &view, usize::MAX),
            "{qs}"
        );
        for h in &a.hits {
            assert_eq!(
                embedded.snippet(h.article, &a.text, 160),
                ix.snippet(h.article, &b.text, 160)
            );
        }
    }
}

#[test]
fn before_its_shards_arrive_a_search_says_it_is_pending() {
    let (ix, files) = sharded();
    let (view, _) = ViewState::from_query_string("q=tokayev");
    let r = ix.search(&view);
    assert!(r.pending);
    assert_eq!(r.total, 0);
    let missing = ix.missing_text_shards(&r.text);
    assert_eq!(missing.len(), 1);
    let shard = ix.text_shard(missing[0]).unwrap().clone();
    ix.load_text_shard(missing[0], file(&files, &shard.name))
        .unwrap();
    assert!(ix.missing_text_shards(&r.text).is_empty());
    let r = ix.search(&view);
    assert!(!r.pending);
    assert!(r.total > 0);

    // Facets and dates need no shard at all.
    let (view, _) = ViewState::from_query_string("entity=kazakhstan");
    assert!(!ix.search(&view).pending);

    // Bodies: none until their shard is loaded.
    let first = r.hits[0].article;
    assert!(ix.body(first).is_none());
    assert!(ix.snippet(first, &r.text, 100).is_none());
    let wanted = ix.missing_body_shards([first]);
    assert_eq!(wanted.len(), 1);
    let shard = ix.body_shard(wanted[0]).unwrap().clone();
    ix.load_body_shard(wanted[0], file(&files, &shard.name))
        .unwrap();
    assert!(ix.body(first).is_some_and(|b| !b.paragraphs.is_empty()));
    assert!(ix.missing_body_shards([first]).is_empty());
}

#[test]
fn quotations_wait_for_their_articles() {
    let (ix, files) = sharded();
    let (view, _) = ViewState::from_query_string("view=quotes");
    let r = ix.search(&view);
    let list = ix.quotes(&r, &view, 100);
    assert!(list.quotes.is_empty());
    assert!(!list.waiting.is_empty() && list.more);
    load_all(&ix, &files);
    let list = ix.quotes(&r, &view, 100);
    assert!(list.waiting.is_empty() && !list.more);
    assert_eq!(list.quotes.len(), 6);
}

#[test]
fn a_wrong_or_damaged_shard_is_refused() {
    let (ix, files) = sharded();
    let body = ix.body_shard(0).unwrap().clone();
    let mut bytes = file(&files, &body.name).to_vec();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    let err = ix.load_body_shard(0, &bytes).unwrap_err();
    assert!(err.contains(&body.name) && err.contains("rebuild"), "{err}");
    assert!(ix.load_body_shard(0, &bytes[..last]).is_err());
    let text = ix.text_shard(0).unwrap().clone();
    assert!(ix.load_text_shard(0, file(&files, &body.name)).is_err() || text.name == body.name);
    assert!(ix.body(0).is_none());
}

#[test]
fn shard_names_are_their_content_hashes() {
    let (_, files) = sharded();
    for f in &files {
        assert_eq!(f.name, newsprism_query::pack::content_name(&f.bytes));
        assert_eq!(f.name.len(), 16);
    }
    let (_, again) = sharded();
    let names = |v: &[ShardFile]| v.iter().map(|f| f.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&files), names(&again), "the build is deterministic");
}
