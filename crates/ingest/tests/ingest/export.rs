//! The JSON export's schema, checked on the seeds.

use crate::common::seed_dir;
use newsprism_ingest::{export_json, ingest_dir};
use std::collections::HashSet;

#[test]
fn seed_export_has_the_documented_schema() {
    let ingested = ingest_dir(&seed_dir()).unwrap();
    let json = export_json(&ingested.corpus);
    let top: HashSet<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(top, HashSet::from(["articles", "entities", "sources"]));

    let entity_ids: HashSet<&str> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let keys: HashSet<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, HashSet::from(["id", "name", "kind", "aliases"]));
            assert!(["person", "organisation", "place"].contains(&e["kind"].as_str().unwrap()));
            e["id"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        entity_ids.len(),
        json["entities"].as_array().unwrap().len(),
        "entity ids are unique"
    );
    for s in json["sources"].as_array().unwrap() {
        assert!(s["id"].is_string() && s["name"].is_string());
    }
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for a in articles {
        let keys: HashSet<&str> = a.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            HashSet::from([
                "id",
                "file",
                "title",
                "source",
                "wire",
                "author",
                "published",
                "url",
                "paragraphs",
                "mentions",
                "date_mentions",
                "quotes"
            ])
        );
        assert!(a["source"]["id"].is_string() && a["source"]["name"].is_string());
        let published = a["published"].as_str().unwrap();
        assert!(newsprism_model::Date::parse(published).is_ok());
        assert!(a["file"].as_str().unwrap().starts_with("corpus/"));
        let paragraphs: Vec<Vec<char>> = a["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().chars().collect())
            .collect();
        for m in a["mentions"].as_array().unwrap() {
            assert!(entity_ids.contains(m["entity"].as_str().unwrap()), "{m}");
            let p = m["paragraph"].as_u64().unwrap() as usize;
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert!(
                p < paragraphs.len() && start < end && end <= paragraphs[p].len(),
                "{m}"
            );
        }
        for m in a["date_mentions"].as_array().unwrap() {
            let keys: HashSet<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                keys,
                HashSet::from(["paragraph", "start", "end", "text", "value"])
            );
            let p = m["paragraph"].as_u64().unwrap() as usize;
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let text: String = paragraphs[p][start..end].iter().collect();
            assert_eq!(m["text"].as_str().unwrap(), text);
            assert!(newsprism_model::DateValue::parse(m["value"].as_str().unwrap()).is_ok());
        }
        for q in a["quotes"].as_array().unwrap() {
            let keys: HashSet<&str> = q.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                keys,
                HashSet::from([
                    "paragraph",
                    "start",
                    "end",
                    "speaker",
                    "speaker_text",
                    "continued"
                ])
            );
            let p = q["paragraph"].as_u64().unwrap() as usize;
            let (start, end) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            assert!(start < end && end <= paragraphs[p].len(), "{q}");
            assert!(q["speaker"].is_null() || entity_ids.contains(q["speaker"].as_str().unwrap()));
        }
    }
}
