//! `newsprism-eval <dir> [--json] [--verbose]`: scores the ingest against the
//! hand-annotated set in `<dir>` (`corpus/` and `gold/`, normally `eval/`).

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: newsprism-eval <eval-dir> [--json] [--verbose]

Runs the ingest on <eval-dir>/corpus and scores it against <eval-dir>/gold.
  --json      print the figures as JSON instead of a table
  --verbose   after the table, list every miss, false positive and wrong value per article";

fn main() -> ExitCode {
    let mut dir = None;
    let (mut json, mut verbose) = (false, false);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--verbose" | "-v" => verbose = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with('-') => {
                eprintln!("newsprism-eval: unknown option {a}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            a if dir.is_none() => dir = Some(PathBuf::from(a)),
            a => {
                eprintln!("newsprism-eval: one directory only (also got {a})\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let eval = match newsprism_eval::run(&dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("newsprism-eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    if json {
        let mut v = newsprism_eval::report::json(&eval);
        if verbose {
            v["findings"] = newsprism_eval::report::findings_json(&eval);
        }
        println!("{}", serde_json::to_string_pretty(&v).expect("plain JSON"));
    } else {
        print!("{}", newsprism_eval::report::table(&eval, &dir));
        if verbose {
            print!("\n{}", newsprism_eval::report::verbose(&eval));
        }
    }
    ExitCode::SUCCESS
}
