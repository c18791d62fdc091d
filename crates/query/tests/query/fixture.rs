//! A small hand-built corpus about the 2022 Kazakh crisis, with every facet kind,
//! accented text, an undated article, date mentions of every precision and
//! quotations (one over two paragraphs, one by an unnamed speaker).
//!
//! Quote marks were added around existing words only, so the tokens (and so the
//! search tests) are the same as without them.

use newsprism_model::{
    Article, Corpus, Date, DateMention, DateValue, Entity, EntityKind, Mention, Quote, Source,
};
use newsprism_query::Index;

/// Article indexes, in corpus order.
pub const COUP: u32 = 0;
pub const ELECTION: u32 = 1;
pub const UNREST: u32 = 2;
pub const ELYSEE: u32 = 3;
pub const PROFILE: u32 = 4;
pub const TIES: u32 = 5;

pub const TIES_LONG: &str = "Officials in Astana have repeatedly said that the country will not help \
anyone evade sanctions, but traders describe a steady flow of goods across the long border, and a new \
pipeline deal signed in the spring has raised questions in Brussels about how far the government is \
willing to go to keep its powerful northern neighbour on side while courting European investors.";

fn date(s: &str) -> Option<Date> {
    Some(Date::parse(s).unwrap())
}

fn article(
    id: &str,
    source: u32,
    published: Option<Date>,
    title: &str,
    paragraphs: &[&str],
    ents: &[(u32, u32)],
) -> Article {
    Article {
        id: id.into(),
        file: format!("{id}.txt"),
        title: title.into(),
        source,
        wire: None,
        author: None,
        published,
        url: None,
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        // Offsets are not used by the query engine; (entity, paragraph) pairs are.
        mentions: ents
            .iter()
            .map(|&(entity, paragraph)| Mention {
                entity,
                paragraph,
                start: 0,
                end: 1,
            })
            .collect(),
        date_mentions: Vec::new(),
        quotes: Vec::new(),
    }
}

fn entity(id: &str, name: &str, kind: EntityKind) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: vec![name.into()],
    }
}

pub const TOKAYEV: u32 = 0;
pub const NAZARBAYEV: u32 = 1;
pub const ABLYAZOV: u32 = 2;
pub const KNB: u32 = 3;
pub const CSTO: u32 = 4;
pub const KAZAKHSTAN: u32 = 5;
pub const RUSSIA: u32 = 6;
pub const ALMATY: u32 = 7;

pub const AFP: u32 = 0;
pub const REUTERS: u32 = 1;
pub const EURASIANET: u32 = 2;

/// A date mention (offsets are not used by the query engine).
fn mentioned(value: &str) -> DateMention {
    DateMention {
        paragraph: 0,
        start: 0,
        end: 1,
        value: DateValue::parse(value).unwrap(),
    }
}

/// The quotation opening with `open` in paragraph `p` and closing with `close` in
/// paragraph `end_p`, at their character offsets.
fn quote(
    a: &Article,
    (p, open): (u32, &str),
    (end_p, close): (u32, &str),
    speaker: Option<u32>,
    speaker_text: &str,
) -> Quote {
    let chars = |text: &str, needle: &str| {
        let at = text.find(needle).expect("the quote marks are in the text");
        text[..at].chars().count() as u32
    };
    let closing = &a.paragraphs[end_p as usize];
    Quote {
        paragraph: p,
        start: chars(&a.paragraphs[p as usize], open),
        end: chars(closing, close) + close.chars().count() as u32,
        end_paragraph: end_p,
        speaker,
        speaker_text: speaker_text.into(),
    }
}

pub fn corpus() -> Corpus {
    let mut corpus = plain_corpus();
    let dates: [&[&str]; 6] = [
        &["2022-11-17"],
        &["2022-11-20"],
        &["2022-01", "2022-01-05"],
        &[],
        &["2021"],
        // Two days in one month (one bar, counted once) and a whole month.
        &["2022-05-01", "2022-05-20", "2022-02"],
    ];
    for (a, values) in corpus.articles.iter_mut().zip(dates) {
        a.date_mentions = values.iter().map(|v| mentioned(v)).collect();
    }
    let a = &corpus.articles;
    let quotes = [
        (
            COUP,
            vec![quote(
                &a[COUP as usize],
                (1, "“the group"),
                (2, "”"),
                Some(KNB),
                "The National Security Committee",
            )],
        ),
        (
            ELECTION,
            vec![quote(
                &a[ELECTION as usize],
                (1, "“"),
                (1, "”"),
                None,
                "Observers",
            )],
        ),
        (
            UNREST,
            vec![
                quote(
                    &a[UNREST as usize],
                    (0, "“"),
                    (0, "”"),
                    Some(CSTO),
                    "the CSTO",
                ),
                quote(
                    &a[UNREST as usize],
                    (1, "“"),
                    (1, "”"),
                    Some(TOKAYEV),
                    "Tokayev",
                ),
            ],
        ),
        (
            ELYSEE,
            vec![quote(
                &a[ELYSEE as usize],
                (1, "«"),
                (1, "»"),
                Some(TOKAYEV),
                "Tokayev",
            )],
        ),
        (
            PROFILE,
            vec![quote(
                &a[PROFILE as usize],
                (1, "“"),
                (1, "”"),
                Some(ABLYAZOV),
                "He",
            )],
        ),
    ];
    for (article, list) in quotes {
        corpus.articles[article as usize].quotes = list;
    }
    corpus
}

/// The articles, sources and entities, before date mentions and quotes.
fn plain_corpus() -> Corpus {
    Corpus {
        sources: vec![
            Source { id: "afp".into(), name: "AFP".into() },
            Source { id: "reuters".into(), name: "Reuters".into() },
            Source { id: "eurasianet".into(), name: "Eurasianet".into() },
            Source { id: "unknown".into(), name: "Unknown source".into() },
        ],
        entities: vec![
            entity("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", EntityKind::Person),
            entity("nursultan-nazarbayev", "Nursultan Nazarbayev", EntityKind::Person),
            entity("mukhtar-ablyazov", "Mukhtar Ablyazov", EntityKind::Person),
            entity("knb", "National Security Committee", EntityKind::Organisation),
            entity("csto", "CSTO", EntityKind::Organisation),
            entity("kazakhstan", "Kazakhstan", EntityKind::Place),
            entity("russia", "Russia", EntityKind::Place),
            entity("almaty", "Almaty", EntityKind::Place),
        ],
        articles: vec![
            article(
                "coup-plot",
                AFP,
                date("2022-11-17"),
                "Kazakhstan says it foiled coup plot",
                &[
                    "Kazakhstan said Thursday it had prevented a coup attempt by supporters of an exiled opposition figure.",
                    "The National Security Committee said “the group planned to organize riots and a coup.",
                    "Weapons including Kalashnikovs and Molotov cocktails were confiscated.”",
                ],
                &[(KAZAKHSTAN, 0), (KNB, 1), (ABLYAZOV, 1), (KAZAKHSTAN, 1)],
            ),
            article(
                "snap-election",
                REUTERS,
                date("2022-11-20"),
                "Tokayev wins snap presidential election",
                &[
                    "Kassym-Jomart Tokayev won Sunday's snap presidential election in Kazakhstan with 81% of the vote.",
                    "Observers said “the vote lacked competition”; Nazarbayev's allies were sidelined.",
                ],
                &[(TOKAYEV, 0), (KAZAKHSTAN, 0), (NAZARBAYEV, 1)],
            ),
            article(
                "january-unrest",
                EURASIANET,
                date("2022-01-10"),
                "Riots shake Almaty",
                &[
                    "Riots spread across Almaty as the CSTO sent troops at “Tokayev's request”.",
                    "“More than 230 people died in the unrest”, the country's deadliest since independence.",
                ],
                &[(ALMATY, 0), (CSTO, 0), (TOKAYEV, 0), (KAZAKHSTAN, 1), (RUSSIA, 1)],
            ),
            article(
                "elysee-visit",
                AFP,
                date("2022-11-30"),
                "Tokayev à l'Élysée",
                &[
                    "Le président Tokayev a été reçu à l’Élysée par Emmanuel Macron.",
                    "« Les deux pays ont signé des accords sur l'énergie. »",
                ],
                &[(TOKAYEV, 0)],
            ),
            article(
                "ablyazov-profile",
                REUTERS,
                None,
                "Profile: Mukhtar Ablyazov",
                &[
                    "Ablyazov, a former energy minister and bank chairman, lives in France.",
                    "He has “encouraged protests” in several countries.",
                ],
                &[(ABLYAZOV, 0)],
            ),
            article(
                "russia-ties",
                EURASIANET,
                date("2022-06-15"),
                "Ukraine war strains ties between Kazakhstan and Russia",
                &["Kazakhstan has refused to recognise the separatist republics.", TIES_LONG],
                &[(KAZAKHSTAN, 0), (RUSSIA, 0)],
            ),
        ],
    }
}

pub fn index() -> Index {
    Index::new(corpus())
}
