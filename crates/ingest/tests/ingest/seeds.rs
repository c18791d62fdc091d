//! The seed corpus: metadata as the seeds README gives it, and what inference finds
//! when the sidecars are taken away.

use crate::common::{seed_dir, TempCorpus};
use newsprism_ingest::ingest_dir;

#[test]
fn seed_metadata_is_as_documented() {
    let ingested = ingest_dir(&seed_dir()).expect("the seed corpus ingests");
    let c = &ingested.corpus;
    let got: Vec<String> = c
        .articles
        .iter()
        .map(|a| {
            format!(
                "{} {} {} {} {}",
                &a.id[..3],
                c.sources[a.source as usize].id,
                a.wire.as_deref().unwrap_or("-"),
                a.author.as_deref().unwrap_or("-"),
                a.published.unwrap()
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            "000 unknown AFP - 2022-11-17",
            "001 eurasia-times - - 2022-11-19",
            "002 axios - - 2022-01-10",
            "003 kuwait-times AFP - 2022-01-11",
            "004 medium - The Countermeasure 2022-11-18",
        ]
    );
    assert_eq!(
        c.sources.iter().find(|s| s.id == "unknown").unwrap().name,
        "Unknown outlet"
    );
}

#[test]
fn seeds_are_cleaned_of_their_furniture() {
    let ingested = ingest_dir(&seed_dir()).unwrap();
    let furniture = [
        "Leave a Reply",
        "Akismet",
        "Back to top",
        "Go deeper",
        "Responses (",
        "Related article",
        "Photo:",
        "Picture credit",
        "Follow me",
        "min read",
        "Written by",
        "The Countermeasure",
        "Jan 10, 2022 - World",
        "__",
        "\u{2022}",
        "\u{2013} AFP",
    ];
    for a in &ingested.corpus.articles {
        assert!(!a.paragraphs.is_empty());
        for p in &a.paragraphs {
            for f in furniture {
                assert!(!p.contains(f), "{}: furniture {f:?} left in {p:?}", a.id);
            }
            assert_eq!(p.trim(), p);
            assert!(!p.contains("  ") && !p.contains('\u{a0}'), "{p:?}");
        }
        assert_ne!(
            a.paragraphs[0], a.title,
            "{}: title repeated as paragraph 0",
            a.id
        );
    }
    let by = |p: &str| {
        ingested
            .corpus
            .articles
            .iter()
            .find(|a| a.id.starts_with(p))
            .unwrap()
    };
    assert_eq!(
        by("001").title,
        "Kazakhstan makes coup claims ahead of rubber-stamp election"
    );
    assert_eq!(
        by("003").title,
        "Kazakh president says \u{2018}attempted coup\u{2019} defeated"
    );
    assert_eq!(by("004").title, "A coup in Kazakhstan?");
    // Crossheads and bullets stay as paragraphs, bullets without their bullet.
    assert!(by("000").paragraphs.iter().any(|p| p == "Balancing act"));
    assert!(by("002")
        .paragraphs
        .iter()
        .any(|p| p.starts_with("But the purge of Nazarbayev loyalists")));
    // Hard-wrapped lines are joined.
    assert!(by("000").paragraphs.iter().any(|p| p == "\"A little time has passed and we don't see any real changes yet,\" said pensioner Svetlana Kadysheva."));
    assert!(by("003")
        .paragraphs
        .last()
        .unwrap()
        .ends_with("\u{201c}taking decisions independently\u{201d}."));
}

#[test]
fn inference_without_sidecars() {
    let c = TempCorpus::new("seeds-bare");
    for entry in std::fs::read_dir(seed_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, c.path(path.file_name().unwrap().to_str().unwrap())).unwrap();
        }
    }
    let ingested = ingest_dir(&c.dir).expect("the bare seeds ingest");
    let a = |p: &str| {
        ingested
            .corpus
            .articles
            .iter()
            .find(|a| a.id.starts_with(p))
            .unwrap()
    };
    let date = |p: &str| a(p).published.map(|d| d.to_string());
    assert_eq!(date("002").as_deref(), Some("2022-01-10"));
    assert_eq!(date("004").as_deref(), Some("2022-11-18"));
    // Only relative dates ("Thursday", "yesterday"): not inferable.
    assert_eq!(date("000"), None);
    assert_eq!(date("001"), None);
    assert_eq!(date("003"), None);
    assert_eq!(a("003").wire.as_deref(), Some("AFP"));
    assert_eq!(a("000").wire.as_deref(), Some("AFP"));
    assert_eq!(a("004").author.as_deref(), Some("The Countermeasure"));
    assert!(ingested
        .corpus
        .articles
        .iter()
        .all(|a| ingested.corpus.sources[a.source as usize].id == "unknown"));
    let notes = ingested.report.notes.join("\n");
    assert!(notes.contains("002_83f77ea1a29eb2b2.txt: published 2022-01-10 inferred from dateline \u{201c}Jan 10, 2022 - World\u{201d}"), "{notes}");
    assert!(
        notes.contains("003_ca7350316ca04d92.txt: wire AFP inferred from sign-off"),
        "{notes}"
    );
    assert!(
        notes.contains("000_f676614eb6245469.txt: wire AFP inferred from \u{201c}told AFP\u{201d}"),
        "{notes}"
    );
    assert!(notes.contains("001_51f8f3342259904d.txt: outlet unknown \u{2014} add `source: Name` to corpus/001_51f8f3342259904d.meta"), "{notes}");
    assert!(
        notes.contains("000_f676614eb6245469.txt: publication date unknown"),
        "{notes}"
    );
    assert_eq!(
        ingested.report.inferred["004_2ab3e604147cea57"],
        vec!["title", "published", "author"]
    );
}

#[test]
fn given_metadata_wins_over_inference() {
    let c = TempCorpus::new("wins")
        .with("a.txt", "---\ntitle: Given title\npublished: 2022-01-09\nwire: Reuters\n---\nJan 10, 2022 - World\n\nInferred headline\n\nBody text here. \u{2013} AFP\n");
    let ingested = ingest_dir(&c.dir).unwrap();
    let a = &ingested.corpus.articles[0];
    assert_eq!(a.title, "Given title");
    assert_eq!(a.published.unwrap().to_string(), "2022-01-09");
    assert_eq!(a.wire.as_deref(), Some("Reuters"));
    assert_eq!(a.paragraphs, vec!["Inferred headline", "Body text here."]);
    assert!(ingested.report.notes.iter().any(
        |n| n.contains("given published 2022-01-09 kept, though the text suggests 2022-01-10")
    ));
}
