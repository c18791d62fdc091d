//! Every kind of corpus problem is reported, with file and line, all in one run.

use crate::common::{TempCorpus, GOOD};
use newsprism_ingest::{ingest_dir, CorpusError, ErrorKind};

fn errors_of(corpus: &TempCorpus) -> Vec<CorpusError> {
    match ingest_dir(&corpus.dir) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors,
    }
}

fn only_error(corpus: &TempCorpus) -> CorpusError {
    let errors = errors_of(corpus);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn empty_and_whitespace_only_files() {
    let c = TempCorpus::new("empty")
        .with("a.txt", "")
        .with("b.txt", " \n\t\n")
        .with("c.txt", GOOD);
    let errors = errors_of(&c);
    assert_eq!(errors.len(), 2);
    assert!(errors.iter().all(|e| e.kind == ErrorKind::Empty));
    let msg = errors[0].to_string();
    assert!(msg.ends_with("corpus/a.txt: the file is empty (or holds only whitespace). Paste the article's text into it, or delete the file."), "{msg}");
}

#[test]
fn invalid_utf8_names_the_line_of_the_first_bad_byte() {
    let c = TempCorpus::new("utf8").with(
        "a.txt",
        b"Title line\n\nFirst paragraph.\nCaf\xe9 society.\n",
    );
    let e = only_error(&c);
    assert_eq!((e.kind.clone(), e.line), (ErrorKind::NotUtf8, Some(4)));
    assert!(
        e.to_string()
            .contains("a.txt:4: the text is not valid UTF-8"),
        "{e}"
    );
}

#[test]
fn malformed_metadata_lines_are_each_reported() {
    let c = TempCorpus::new("meta")
        .with(
            "a.txt",
            "---\ntitle: A title\nthis is not metadata\ncolour: blue\n---\nBody text here.\n",
        )
        .with("b.txt", GOOD)
        .with(
            "b.meta",
            "# the outlet\nsource: The Paper\nsource: Another Paper\nauthor:\n",
        );
    let errors = errors_of(&c);
    let got: Vec<(String, Option<usize>, ErrorKind)> = errors
        .iter()
        .map(|e| {
            (
                e.path.file_name().unwrap().to_string_lossy().into_owned(),
                e.line,
                e.kind.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "a.txt".into(),
                Some(3),
                ErrorKind::NotKeyValue("this is not metadata".into())
            ),
            (
                "a.txt".into(),
                Some(4),
                ErrorKind::UnknownKey("colour".into())
            ),
            (
                "b.meta".into(),
                Some(3),
                ErrorKind::RepeatedKey("source".into())
            ),
            (
                "b.meta".into(),
                Some(4),
                ErrorKind::EmptyValue("author".into())
            ),
        ]
    );
    let unknown = errors[1].to_string();
    assert!(unknown.contains("a.txt:4: unknown metadata key `colour`. Valid keys are: title, source, wire, author, published, url, id."), "{unknown}");
}

#[test]
fn impossible_dates_are_errors_with_their_line() {
    let c = TempCorpus::new("date")
        .with("a.txt", GOOD)
        .with("a.meta", "source: The Paper\npublished: 2022-02-30\n")
        .with(
            "b.txt",
            "---\npublished: 17/11/2022\n---\nBody text here.\n",
        );
    let errors = errors_of(&c);
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].line, Some(2));
    assert!(errors[0].to_string().contains("a.meta:2: published date `2022-02-30`: no such day in the calendar. Write a real day as YYYY-MM-DD"), "{}", errors[0]);
    assert_eq!(errors[1].line, Some(2));
    assert!(errors[1]
        .to_string()
        .contains("expected a date written YYYY-MM-DD"));
}

#[test]
fn duplicate_ids_name_both_files() {
    let c = TempCorpus::new("dup")
        .with("A.txt", GOOD)
        .with("a.txt", GOOD)
        .with("b.txt", "---\nid: c\n---\nBody text here.\n")
        .with("c.txt", GOOD);
    let errors = errors_of(&c);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for e in &errors {
        assert!(matches!(e.kind, ErrorKind::DuplicateId { .. }));
    }
    let msg = errors[0].to_string();
    assert!(
        msg.contains("a.txt: article id `a` is also the id of") && msg.contains("A.txt"),
        "{msg}"
    );
}

#[test]
fn metadata_without_a_body() {
    let c = TempCorpus::new("nobody")
        .with("a.txt", "---\ntitle: Only metadata\n---\n\n")
        .with("orphan.meta", "source: Nowhere\n")
        .with("b.txt", GOOD);
    let errors = errors_of(&c);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(
        (errors[0].kind.clone(), errors[0].line),
        (ErrorKind::NoBody, Some(3))
    );
    assert_eq!(
        errors[1].kind,
        ErrorKind::OrphanMeta {
            expected: "orphan.txt".into()
        }
    );
    assert!(errors[1].to_string().contains(
        "orphan.meta: this metadata sidecar has no article beside it (expected orphan.txt)"
    ));
}

#[test]
fn unterminated_front_matter() {
    let c = TempCorpus::new("unterminated")
        .with("a.txt", "---\ntitle: Never closed\n\nBody text here.\n");
    let e = only_error(&c);
    assert_eq!(
        (e.kind.clone(), e.line),
        (ErrorKind::UnterminatedFrontMatter, Some(1))
    );
}

#[test]
fn binary_files_and_other_formats() {
    let c = TempCorpus::new("binary")
        .with("scan.pdf", b"%PDF-1.4\n")
        .with("photo.png", b"\x89PNG\r\n\x1a\n\0\0")
        .with("weird.txt", b"Some text\n\0\0\0binary")
        .with("good.txt", GOOD);
    let errors = errors_of(&c);
    let kinds: Vec<ErrorKind> = errors.iter().map(|e| e.kind.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            ErrorKind::NotText("png".into()),
            ErrorKind::NotText("pdf".into()),
            ErrorKind::Binary
        ]
    );
    for e in &errors {
        assert!(
            e.to_string()
                .contains("Convert it to plain text .txt or move it out of corpus/"),
            "{e}"
        );
    }
    assert_eq!(errors[2].line, Some(2));
}

#[test]
fn all_errors_come_in_one_run() {
    let c = TempCorpus::new("many")
        .with("a.txt", "")
        .with("b.pdf", b"%PDF")
        .with("c.txt", GOOD)
        .with("c.meta", "published: 2023-02-29\n");
    assert_eq!(errors_of(&c).len(), 3);
}

#[test]
fn an_empty_directory_has_no_articles() {
    let c = TempCorpus::new("none").with(".gitkeep", "");
    let e = only_error(&c);
    assert_eq!(e.kind, ErrorKind::NoArticles);
}

#[test]
fn every_other_file_is_noted() {
    let c = TempCorpus::new("notes")
        .with(".gitkeep", "")
        .with("notes.md", "# curator's notes\n")
        .with("My Article!.txt", GOOD)
        .with(
            "My Article!.meta",
            "source: The Paper\npublished: 2021-03-04\n",
        );
    let ingested = ingest_dir(&c.dir).unwrap();
    let notes = ingested.report.notes.join("\n");
    assert!(
        notes.contains("corpus/.gitkeep: hidden file skipped"),
        "{notes}"
    );
    assert!(notes.contains("corpus/notes.md: skipped"), "{notes}");
    assert_eq!(ingested.corpus.articles[0].id, "my-article");
    assert!(
        notes.contains("id `my-article` made from the file name"),
        "{notes}"
    );
    assert_eq!(ingested.corpus.sources[0].id, "the-paper");
}
