//! The command as an engineer runs it, on the project's own evaluation set: it
//! completes and every rate it prints is a rate. The values themselves are not
//! asserted; extraction is being improved against them.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn eval_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../eval")
}

fn rates(v: &Value, path: &str, out: &mut Vec<(String, f64)>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let p = format!("{path}.{k}");
                match (k.as_str(), v) {
                    ("precision" | "recall" | "f1" | "accuracy", Value::Number(n)) => {
                        out.push((p, n.as_f64().unwrap()));
                    }
                    ("precision" | "recall" | "f1" | "accuracy", other) => {
                        assert!(other.is_null(), "{p} is {other}");
                    }
                    _ => rates(v, &p, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| rates(v, path, out)),
        _ => {}
    }
}

#[test]
fn scores_the_evaluation_set_with_rates_in_range() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsprism-eval"))
        .arg(eval_dir())
        .args(["--json", "--verbose"])
        .output()
        .expect("the command runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert!(v["articles"].as_u64().unwrap() >= 5);
    let mut found = Vec::new();
    rates(&v, "", &mut found);
    assert!(found.len() >= 20, "only {} rates: {found:?}", found.len());
    for (path, r) in found {
        assert!((0.0..=1.0).contains(&r), "{path} = {r}");
    }
    assert!(v["findings"]["articles"].is_object());
}

#[test]
fn prints_every_section_of_the_table() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsprism-eval"))
        .arg(eval_dir())
        .output()
        .expect("the command runs");
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    for section in [
        "Entities, mention level",
        "Entities, entity level",
        "Alias merging",
        "Dates",
        "calendar value accuracy",
        "Quotations",
        "speaker accuracy",
        "title",
        "outlet",
        "publication date",
    ] {
        assert!(table.contains(section), "no {section:?} in\n{table}");
    }
}

#[test]
fn a_directory_without_gold_is_an_error_not_a_score() {
    let out = Command::new(env!("CARGO_BIN_EXE_newsprism-eval"))
        .arg(std::env::temp_dir().join("newsprism-eval-no-such-dir"))
        .output()
        .expect("the command runs");
    assert!(!out.status.success());
    assert!(!out.stderr.is_empty());
}
