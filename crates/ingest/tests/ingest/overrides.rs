//! The editor's `entities.overrides`: each directive, its errors with line numbers,
//! and the notes for overrides that match nothing or contradict each other.

use crate::common::TempCorpus;
use newsprism_ingest::{export_json, ingest_dir, CorpusError, ErrorKind, Ingested};
use newsprism_model::{Corpus, Entity, EntityKind};
use std::collections::HashSet;

const A: &str = "Summit opens in the capital\n\n\
President Kassym-Jomart Tokayev met ministers in Nur-Sultan on Monday, officials said.\n\n\
Tokayev said the Belt and Road Initiative would go on. The banker Mukhtar Ablyazov, who lives in Paris, criticised the meeting.\n\n\
Mukhtar said the summit was a sham.\n\n\
\u{201c}We will not give up,\u{201d} Tokayev said.\n";

const B: &str = "Troops leave the capital\n\n\
The CSTO mission ended in Astana on Tuesday, said Kassym-Jomart Tokayev.\n\n\
Reporters in Almaty watched the troops leave. Tokayev thanked the CSTO.\n";

fn corpus(overrides: &str) -> TempCorpus {
    TempCorpus::new("overrides")
        .with("a.txt", A)
        .with("b.txt", B)
        .with("entities.overrides", overrides)
}

fn ingest(overrides: &str) -> Ingested {
    let c = corpus(overrides);
    let ingested = ingest_dir(&c.dir).unwrap_or_else(|e| panic!("ingests: {e:#?}"));
    check_invariants(&ingested.corpus);
    ingested
}

fn errors(overrides: &str) -> Vec<CorpusError> {
    match ingest_dir(&corpus(overrides).dir) {
        Ok(_) => panic!("overrides {overrides:?} should stop the build"),
        Err(e) => e,
    }
}

/// Entities whose aliases include `alias`, ignoring case.
fn with_alias<'a>(c: &'a Corpus, alias: &str) -> Vec<(u32, &'a Entity)> {
    c.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)))
        .map(|(i, e)| (i as u32, e))
        .collect()
}

fn one<'a>(c: &'a Corpus, alias: &str) -> (u32, &'a Entity) {
    let found = with_alias(c, alias);
    assert_eq!(found.len(), 1, "entities with alias {alias:?}: {found:#?}");
    found[0]
}

fn mentions_of(c: &Corpus, i: u32) -> usize {
    c.articles
        .iter()
        .flat_map(|a| &a.mentions)
        .filter(|m| m.entity == i)
        .count()
}

/// Ids unique, names in the aliases, mentions pointing at entities, sorted and
/// without overlaps, the table sorted by kind and name.
fn check_invariants(c: &Corpus) {
    let ids: HashSet<&str> = c.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), c.entities.len(), "entity ids are unique");
    for e in &c.entities {
        assert!(!e.id.is_empty());
        assert!(
            e.aliases.contains(&e.name),
            "{e:?} has its name as an alias"
        );
    }
    for w in c.entities.windows(2) {
        assert!(
            (w[0].kind, w[0].name.to_lowercase()) <= (w[1].kind, w[1].name.to_lowercase()),
            "entities sorted"
        );
    }
    for a in &c.articles {
        let mut last: Option<(u32, u32)> = None;
        for m in &a.mentions {
            assert!((m.entity as usize) < c.entities.len());
            if let Some((p, end)) = last {
                assert!(
                    m.paragraph > p || (m.paragraph == p && m.start >= end),
                    "{}: mentions sorted and not overlapping",
                    a.id
                );
            }
            last = Some((m.paragraph, m.end));
        }
    }
}

#[test]
fn without_overrides_the_names_are_separate() {
    let ingested = ingest("# only a comment\n\n");
    let c = &ingested.corpus;
    assert_ne!(one(c, "Nur-Sultan").0, one(c, "Astana").0);
    assert_eq!(one(c, "Mukhtar").0, one(c, "Mukhtar Ablyazov").0);
    assert!(
        !ingested
            .report
            .notes
            .iter()
            .any(|n| n.contains("entities.overrides")),
        "a file of comments is silent: {:?}",
        ingested.report.notes
    );
    assert!(
        !ingested.report.notes.iter().any(|n| n.contains("skipped")),
        "the override file is not an unknown file: {:?}",
        ingested.report.notes
    );
}

#[test]
fn merge_makes_both_spellings_one_entity_in_the_json() {
    let ingested = ingest("merge: Astana = nur-sultan\n");
    let c = &ingested.corpus;
    let (i, e) = one(c, "Astana");
    assert_eq!(one(c, "Nur-Sultan").0, i);
    assert_eq!(e.name, "Astana");
    assert_eq!(e.id, "astana");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(mentions_of(c, i), 2);
    let json = export_json(c);
    let entities = json["entities"].as_array().unwrap();
    let astana: Vec<_> = entities
        .iter()
        .filter(|e| {
            e["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == "Nur-Sultan" || a == "Astana")
        })
        .collect();
    assert_eq!(astana.len(), 1, "{astana:#?}");
    assert_eq!(astana[0]["id"], "astana");
    let ids: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["mentions"].as_array().unwrap())
        .filter_map(|m| m["entity"].as_str())
        .filter(|id| id.contains("astana") || id.contains("nur-sultan"))
        .collect();
    assert_eq!(ids, ["astana", "astana"]);
}

#[test]
fn merge_with_a_new_name_and_chains() {
    let c = ingest("merge: Kazakh capital = Astana\nmerge: Astana = Nur-Sultan\n").corpus;
    let (i, e) = one(&c, "Nur-Sultan");
    assert_eq!(one(&c, "Astana").0, i);
    assert_eq!(e.name, "Kazakh capital");
    assert_eq!(e.id, "kazakh-capital");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(mentions_of(&c, i), 2);
}

#[test]
fn rename_changes_name_and_id() {
    let c = ingest("rename: csto -> Collective Security Treaty Organization\n").corpus;
    let (i, e) = one(&c, "CSTO");
    assert_eq!(e.name, "Collective Security Treaty Organization");
    assert_eq!(e.id, "collective-security-treaty-organization");
    assert_eq!(e.aliases[0], e.name);
    assert_eq!(mentions_of(&c, i), 2);
}

#[test]
fn retype_changes_the_kind_only() {
    let c = ingest("retype: Belt and Road Initiative -> place\n").corpus;
    let (_, e) = one(&c, "Belt and Road Initiative");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(e.id, "belt-and-road-initiative");
}

#[test]
fn drop_removes_the_entity_and_its_mentions() {
    let c = ingest("drop: Paris\n").corpus;
    assert!(with_alias(&c, "Paris").is_empty());
    let before = ingest("").corpus;
    let count = |c: &Corpus| c.articles.iter().map(|a| a.mentions.len()).sum::<usize>();
    assert_eq!(count(&c), count(&before) - 1);
    assert_eq!(c.entities.len(), before.entities.len() - 1);
}

#[test]
fn split_takes_a_spelling_and_its_mentions_out() {
    let c = ingest("split: Mukhtar -> person Mukhtar Dzhakishev\n").corpus;
    let (i, e) = one(&c, "Mukhtar");
    assert_eq!(e.name, "Mukhtar Dzhakishev");
    assert_eq!(e.id, "mukhtar-dzhakishev");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(mentions_of(&c, i), 1);
    let (j, ablyazov) = one(&c, "Mukhtar Ablyazov");
    assert_ne!(i, j);
    assert!(!ablyazov.aliases.iter().any(|a| a == "Mukhtar"));
    assert_eq!(ablyazov.id, "mukhtar-ablyazov");
    assert_eq!(mentions_of(&c, j), 1);
}

#[test]
fn split_into_an_existing_entity_and_without_a_name() {
    let c = ingest("split: Mukhtar -> person\n").corpus;
    let (i, e) = one(&c, "Mukhtar");
    assert_eq!(e.name, "Mukhtar");
    assert_ne!(i, one(&c, "Mukhtar Ablyazov").0);
    let c = ingest("split: Mukhtar -> person Kassym-Jomart Tokayev\n").corpus;
    assert_eq!(one(&c, "Mukhtar").0, one(&c, "Tokayev").0);
}

#[test]
fn syntax_errors_name_their_lines() {
    let errs = errors(
        "# fine\nmerge: Astana = Nur-Sultan\ndrop Paris\nrename: CSTO\nretype: CSTO -> company\nfold: Paris\nmerge: Astana\nsplit: Mukhtar -> Mukhtar Dzhakishev\n",
    );
    let lines: Vec<Option<usize>> = errs.iter().map(|e| e.line).collect();
    assert_eq!(
        lines,
        [Some(3), Some(4), Some(5), Some(6), Some(7), Some(8)]
    );
    assert!(errs
        .iter()
        .all(|e| e.path.ends_with("corpus/entities.overrides")));
    assert!(matches!(errs[0].kind, ErrorKind::OverrideSyntax { .. }));
    assert!(errs[0].to_string().contains("put a colon after `drop`"));
    assert!(matches!(errs[2].kind, ErrorKind::UnknownKind(ref k) if k == "company"));
    assert!(matches!(errs[3].kind, ErrorKind::UnknownDirective(ref d) if d == "fold"));
    assert!(matches!(errs[5].kind, ErrorKind::UnknownKind(ref k) if k == "Mukhtar"));
    assert!(errs[2].to_string().ends_with(
        "entities.overrides:5: unknown entity kind `company`. Write person, organisation or place."
    ));
}

#[test]
fn unmatched_overrides_are_reported() {
    let ingested = ingest("\n\n\ndrop: Foo\nmerge: Astana = Nowhere\ndrop: Bar\n");
    let notes = &ingested.report.notes;
    assert!(
        notes.contains(
            &"corpus/entities.overrides:4: `drop: Foo` matches no entity — check the spelling, or remove the line"
                .to_string()
        ),
        "{notes:#?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with(
            "corpus/entities.overrides:5: `Nowhere` in `merge: Astana = Nowhere` matches no entity"
        )),
        "{notes:#?}"
    );
    let ours: Vec<&String> = notes
        .iter()
        .filter(|n| n.starts_with("corpus/entities.overrides:"))
        .collect();
    assert!(
        ours[0].contains(":4:") && ours[1].contains(":5:") && ours[2].contains(":6:"),
        "in line order: {ours:#?}"
    );
}

#[test]
fn a_drop_wins_over_other_lines_with_a_warning() {
    let ingested = ingest("rename: Paris -> City of Light\ndrop: paris\n");
    assert!(with_alias(&ingested.corpus, "Paris").is_empty());
    assert!(with_alias(&ingested.corpus, "City of Light").is_empty());
    assert!(
        ingested.report.notes.iter().any(|n| n.starts_with(
            "corpus/entities.overrides:1: `rename: Paris -> City of Light` is about paris, which line 2 drops — the drop wins"
        )),
        "{:#?}",
        ingested.report.notes
    );
}

#[test]
fn contradictions_stop_the_build_with_both_lines() {
    let line_of = |overrides: &str| {
        let errs = errors(overrides);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert!(matches!(errs[0].kind, ErrorKind::OverrideConflict(_)));
        (errs[0].line.unwrap(), errs[0].to_string())
    };
    // Merged into two different entities.
    let (line, msg) = line_of("merge: Astana = Nur-Sultan\nmerge: Almaty = Nur-Sultan\n");
    assert_eq!(line, 2);
    assert!(msg.contains("line 1 merges it into astana"), "{msg}");
    // Two names for one entity.
    let (line, msg) = line_of("rename: CSTO -> Treaty\n\nrename: csto -> Alliance\n");
    assert_eq!(line, 3);
    assert!(msg.contains("line 1 names it `Treaty`"), "{msg}");
    // Two kinds.
    let (line, _) = line_of("retype: Paris -> person\nretype: Paris -> organisation\n");
    assert_eq!(line, 2);
    // A rename to a name another entity of that kind has.
    let (line, msg) = line_of("rename: Almaty -> Astana\n");
    assert_eq!(line, 1);
    assert!(
        msg.contains("write `merge: astana = almaty` instead"),
        "{msg}"
    );
    // Renaming an entity merged into another.
    let (line, _) = line_of("merge: Astana = Nur-Sultan\nrename: Nur-Sultan -> Akmola\n");
    assert_eq!(line, 2);
    // A circle of merges.
    let (line, msg) = line_of("merge: Astana = Nur-Sultan\nmerge: Nur-Sultan = Astana\n");
    assert_eq!(line, 1);
    assert!(msg.contains("circle"), "{msg}");
}

#[test]
fn errors_in_the_override_file_come_with_the_corpus_errors() {
    let c = corpus("drop Paris\n").with("empty.txt", "  \n");
    let errs = ingest_dir(&c.dir).unwrap_err();
    assert_eq!(errs.len(), 2, "{errs:#?}");
}

#[test]
fn quote_speakers_use_the_overridden_entities() {
    let c = ingest("rename: Tokayev -> President Tokayev\n").corpus;
    let (i, e) = one(&c, "Tokayev");
    assert_eq!(e.name, "President Tokayev");
    let speakers: Vec<Option<u32>> = c.articles[0].quotes.iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [Some(i)]);
    let c = ingest("split: Tokayev -> person Tokayev junior\n").corpus;
    let (j, _) = one(&c, "Tokayev");
    assert_ne!(j, one(&c, "Kassym-Jomart Tokayev").0);
    let speakers: Vec<Option<u32>> = c.articles[0].quotes.iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [Some(j)]);
}
