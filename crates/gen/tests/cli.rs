//! The generator as a user runs it: same seed and size give the same bytes, and a
//! directory with files in it is not overwritten by accident.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("newsprism-gen-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn generate(dir: &Path, articles: &str, seed: &str, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_newsprism-gen"))
        .args(["--articles", articles, "--seed", seed, "--out"])
        .arg(dir)
        .args(extra)
        .output()
        .expect("the generator runs")
}

fn read_corpus(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn same_seed_and_size_give_identical_bytes() {
    let (a, b, c) = (scratch("a"), scratch("b"), scratch("c"));
    assert!(generate(&a, "400", "42", &[]).status.success());
    assert!(generate(&b, "400", "42", &[]).status.success());
    assert!(generate(&c, "400", "43", &[]).status.success());
    let (ca, cb, cc) = (read_corpus(&a), read_corpus(&b), read_corpus(&c));
    assert_eq!(ca.len(), 400);
    assert!(ca == cb, "two runs with seed 42 differ");
    assert!(ca != cc, "seeds 42 and 43 gave the same corpus");
    for d in [a, b, c] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn articles_have_metadata_or_a_dateline_and_realistic_length() {
    let dir = scratch("shape");
    assert!(generate(&dir, "300", "7", &[]).status.success());
    let corpus = read_corpus(&dir);
    let mut with_front_matter = 0;
    for (name, bytes) in &corpus {
        let text = std::str::from_utf8(bytes).expect("UTF-8");
        assert!(name.ends_with(".txt"));
        if text.starts_with("---\n") {
            with_front_matter += 1;
            assert!(
                text.contains("\ntitle: ") && text.contains("\nsource: "),
                "{name}"
            );
        }
        let words = text.split_whitespace().count();
        assert!((40..4000).contains(&words), "{name}: {words} words");
    }
    assert!(
        with_front_matter > 150 && with_front_matter < 300,
        "{with_front_matter}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn refuses_a_non_empty_directory_without_force() {
    let dir = scratch("busy");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("mine.txt"), "keep me").unwrap();
    let out = generate(&dir, "5", "1", &[]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not empty"));
    assert_eq!(std::fs::read(dir.join("mine.txt")).unwrap(), b"keep me");
    assert!(generate(&dir, "5", "1", &["--force"]).status.success());
    assert_eq!(read_corpus(&dir).len(), 5);
    std::fs::remove_dir_all(dir).unwrap();
}
