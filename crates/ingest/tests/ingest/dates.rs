//! Date mentions of the seeds, resolved against their publication dates.

use crate::common::{seed_dir, TempCorpus};
use newsprism_ingest::export::span_text;
use newsprism_ingest::ingest_dir;

/// Every date mention of the seed whose id starts with `prefix`, as "text=value".
fn seed_dates(prefix: &str) -> Vec<String> {
    let ingested = ingest_dir(&seed_dir()).expect("the seed corpus ingests");
    let a = ingested
        .corpus
        .articles
        .iter()
        .find(|a| a.id.starts_with(prefix))
        .unwrap();
    a.date_mentions
        .iter()
        .map(|m| format!("{}={}", span_text(a, m.paragraph, m.start, m.end), m.value))
        .collect()
}

#[test]
fn seed_000_a_thursday_before_a_sunday_vote() {
    assert_eq!(
        seed_dates("000"),
        vec![
            "Thursday=2022-11-17",
            "this weekend=2022-11",
            "Sunday=2022-11-20",
            "2019=2019",
            "January=2022-01",
            "Earlier this year=2022",
            "January=2022-01",
            "September=2022-09",
            "December 2024=2024-12",
            "March=2022-03",
            "January=2022-01",
            "Sunday=2022-11-20",
        ]
    );
}

#[test]
fn seed_001_a_saturday() {
    assert_eq!(
        seed_dates("001"),
        vec![
            "Sunday=2022-11-20",
            "this week=2022-11",
            "January=2022-01",
            "the weekend=2022-11",
            "2019=2019",
            "January=2022-01",
            "this year=2022",
            "Sunday=2022-11-20",
            "this month=2022-11",
            "February=2022-02",
        ]
    );
}

#[test]
fn seed_002_a_monday() {
    assert_eq!(
        seed_dates("002"),
        vec![
            "Monday=2022-01-10",
            "Saturday=2022-01-08",
            "last Wednesday=2022-01-05",
            "1990=1990",
            "2019=2019",
            "Saturday=2022-01-08",
            "last Wednesday=2022-01-05",
            "last weekend=2022-01",
            "last Tuesday=2022-01-04",
            "The next day=2022-01-05",
            "Friday=2022-01-07",
            "2019=2019",
        ]
    );
}

#[test]
fn seed_003_the_day_after_the_csto_call() {
    assert_eq!(
        seed_dates("003"),
        vec![
            "yesterday=2022-01-10",
            "last week=2022-01",
            "yesterday=2022-01-10",
            "last week=2022-01",
            "Monday=2022-01-10",
            "Monday=2022-01-10",
            "yesterday=2022-01-10",
            "Wednesday=2022-01-05",
            "Monday=2022-01-10",
            "Sunday=2022-01-09",
            "yesterday=2022-01-10",
            "last week=2022-01",
            "today=2022-01-11",
            "Saturday=2022-01-08",
            "2019=2019",
            "Saturday=2022-01-08",
            "Sunday=2022-01-09",
        ]
    );
}

#[test]
fn seed_004_absolute_days_and_months() {
    assert_eq!(
        seed_dates("004"),
        vec![
            "November 17=2022-11-17",
            "November 20=2022-11-20",
            "the beginning of the year=2022",
            "November 20=2022-11-20",
            "this past September=2022-09",
            "January 2022=2022-01",
        ]
    );
}

#[test]
fn a_date_stamped_before_the_dateline_is_the_publication_date() {
    let c = TempCorpus::new("stamp-before-dateline").with(
        "stamp.txt",
        "Verdict\n\n31-1-2024 (ORRAPOLIS) The Vessa Criminal Court rendered a verdict on Wednesday.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let a = &corpus.articles[0];
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-01-31")
    );
    let dates: Vec<String> = a
        .date_mentions
        .iter()
        .map(|m| format!("{}={}", span_text(a, m.paragraph, m.start, m.end), m.value))
        .collect();
    assert_eq!(dates, vec!["Wednesday=2024-01-31"]);
}
