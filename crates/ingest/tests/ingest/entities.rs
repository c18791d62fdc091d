//! Named entities: the seed facts a careful reader finds, and the rules on text
//! nobody has seen.

use crate::common::{seed_dir, TempCorpus};
use newsprism_ingest::ingest_dir;
use newsprism_model::{Corpus, Entity, EntityKind};
use std::collections::BTreeSet;

fn seeds() -> Corpus {
    ingest_dir(&seed_dir())
        .expect("the seed corpus ingests")
        .corpus
}

/// The entity that has `alias` among its aliases (exactly one must).
fn entity<'a>(c: &'a Corpus, alias: &str) -> (u32, &'a Entity) {
    let found: Vec<(u32, &Entity)> = c
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.aliases.iter().any(|a| a == alias))
        .map(|(i, e)| (i as u32, e))
        .collect();
    assert_eq!(found.len(), 1, "entities with alias {alias:?}: {found:#?}");
    found[0]
}

/// The three-digit prefixes of the articles that mention entity `i`.
fn articles_of(c: &Corpus, i: u32) -> BTreeSet<String> {
    c.articles
        .iter()
        .filter(|a| a.mentions.iter().any(|m| m.entity == i))
        .map(|a| a.id[..3].to_string())
        .collect()
}

/// Every spelling of every entity.
fn all_aliases(c: &Corpus) -> BTreeSet<&str> {
    c.entities
        .iter()
        .flat_map(|e| e.aliases.iter().map(String::as_str))
        .collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn seed_people_are_merged_across_spellings() {
    let c = seeds();
    let (ablyazov, e) = entity(&c, "Ablyazov");
    assert_eq!(e.name, "Mukhtar Ablyazov");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(articles_of(&c, ablyazov), set(&["000", "001", "004"]));
    assert_eq!(
        entity(&c, "Mukhtar").0,
        ablyazov,
        "the first name alone in 004"
    );

    let (nazarbayev, e) = entity(&c, "Nazarbayev");
    assert_eq!(e.name, "Nursultan Nazarbayev");
    assert_eq!(entity(&c, "Nazerbayev").0, nazarbayev);
    assert_eq!(
        articles_of(&c, nazarbayev),
        set(&["000", "001", "002", "003"])
    );

    let (massimov, e) = entity(&c, "Karim Massimov");
    assert_eq!(entity(&c, "Karim Masimov").0, massimov);
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(articles_of(&c, massimov), set(&["002", "003"]));

    let (tokayev, e) = entity(&c, "Tokayev");
    assert_eq!(e.name, "Kassym-Jomart Tokayev");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(entity(&c, "Kassym-Jomart Tokayev").0, tokayev);
    assert_eq!(articles_of(&c, tokayev).len(), 5);
}

#[test]
fn seed_organisations_are_merged_across_names() {
    let c = seeds();
    let (csto, e) = entity(&c, "CSTO");
    assert_eq!(e.kind, EntityKind::Organisation);
    assert_eq!(
        entity(&c, "Collective Security Treaty Organization").0,
        csto
    );
    assert_eq!(
        entity(&c, "Collective Security Treaty Organisation").0,
        csto
    );
    assert_eq!(articles_of(&c, csto), set(&["002", "003", "004"]));

    let (osce, e) = entity(&c, "OSCE");
    assert_eq!(
        e.name,
        "Organization for Security and Cooperation in Europe"
    );
    assert_eq!(e.kind, EntityKind::Organisation);
    let _ = osce;
    let (nsc, e) = entity(&c, "National Security Committee");
    assert_eq!(e.kind, EntityKind::Organisation);
    assert_eq!(articles_of(&c, nsc), set(&["000", "001", "004"]));
}

#[test]
fn seed_sanity() {
    let c = seeds();
    for place in [
        "Kazakhstan",
        "Almaty",
        "Russia",
        "Moscow",
        "China",
        "Ukraine",
    ] {
        assert_eq!(entity(&c, place).1.kind, EntityKind::Place, "{place}");
    }
    for person in [
        "Vladimir Putin",
        "Antony Blinken",
        "Alexander Cooley",
        "Akezhan Kazhegeldin",
        "Xi",
    ] {
        assert_eq!(entity(&c, person).1.kind, EntityKind::Person, "{person}");
    }
    for org in ["AFP", "International Monetary Fund", "European Council"] {
        assert_eq!(entity(&c, org).1.kind, EntityKind::Organisation, "{org}");
    }
    let junk = [
        "The",
        "But",
        "While",
        "Additionally",
        "Kazakh",
        "Russian",
        "Russians",
        "Kazakhs",
        "Central Asian",
        "President",
        "Thursday",
        "Sunday",
        "January",
        "GMT",
        "West",
        "Western",
        "I",
        "Observers",
        "Authorities",
        "Unrest",
        "Balancing",
        "Internet",
    ];
    for e in &c.entities {
        for alias in &e.aliases {
            assert!(
                !junk.contains(&alias.as_str()),
                "junk entity alias {alias:?} in {e:?}"
            );
            assert!(
                !alias.starts_with("The ") && !alias.starts_with("President "),
                "{alias:?}"
            );
        }
        assert!(e.aliases.contains(&e.name));
    }
    let ids: BTreeSet<&str> = c.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), c.entities.len(), "entity ids are unique");
}

#[test]
fn seed_mentions_slice_to_aliases() {
    let c = seeds();
    for a in &c.articles {
        let mut last = (0u32, 0u32);
        for (k, m) in a.mentions.iter().enumerate() {
            let p: Vec<char> = a.paragraphs[m.paragraph as usize].chars().collect();
            assert!(m.start < m.end && (m.end as usize) <= p.len());
            let s: String = p[m.start as usize..m.end as usize].iter().collect();
            let e = &c.entities[m.entity as usize];
            assert!(
                e.aliases.contains(&s),
                "{}: {s:?} is not an alias of {e:?}",
                a.id
            );
            if k > 0 {
                assert!((m.paragraph, m.start) >= last, "sorted and non-overlapping");
            }
            last = (m.paragraph, m.end);
        }
    }
}

/// A made-up story with names nobody listed: the rules, not lists, must type them.
const UNSEEN: &str = "Gorvian minister quits after protest\n\n\
BELGRADE (Reuters) - Prime Minister Ana Petrovska of Gorvia resigned on Tuesday, the Gorvian Broadcasting Corporation (GBC) reported.\n\n\
Petrovska, 52, told reporters in Belgrade that the National Electoral Commission had failed. \"We will not give up,\" said Marko Dimitrov, a lawyer for the opposition Freedom Party.\n\n\
The Freedom Party has called for protests in Skopje and Sofia. Dimitrov says the GBC was silenced. Meanwhile, Ana met supporters.\n\n\
Activists from Austria and Australia joined the Organisation for Democratic Reform, and Mr. Jovan Petrovski, her cousin, declined to comment. Petrovska\u{2019}s office said the Organization for Democratic Reform would monitor the vote.\n";

#[test]
fn rules_type_and_merge_names_in_unseen_text() {
    let c = TempCorpus::new("unseen").with("story.txt", UNSEEN);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(corpus.articles[0].wire.as_deref(), Some("Reuters"));
    assert_eq!(kind("Ana Petrovska"), EntityKind::Person);
    assert_eq!(
        entity(corpus, "Petrovska").0,
        entity(corpus, "Ana Petrovska").0
    );
    assert_eq!(
        entity(corpus, "Ana").0,
        entity(corpus, "Ana Petrovska").0,
        "first name alone"
    );
    assert_ne!(
        entity(corpus, "Jovan Petrovski").0,
        entity(corpus, "Ana Petrovska").0
    );
    assert_eq!(kind("Marko Dimitrov"), EntityKind::Person);
    assert_eq!(
        entity(corpus, "Dimitrov").0,
        entity(corpus, "Marko Dimitrov").0
    );
    assert_eq!(
        kind("Gorvian Broadcasting Corporation"),
        EntityKind::Organisation
    );
    assert_eq!(
        entity(corpus, "GBC").0,
        entity(corpus, "Gorvian Broadcasting Corporation").0
    );
    assert_eq!(kind("Freedom Party"), EntityKind::Organisation);
    assert_eq!(
        kind("National Electoral Commission"),
        EntityKind::Organisation
    );
    assert_eq!(
        entity(corpus, "Organization for Democratic Reform").0,
        entity(corpus, "Organisation for Democratic Reform").0
    );
    for place in ["Belgrade", "Skopje", "Sofia", "Austria", "Australia"] {
        assert_eq!(kind(place), EntityKind::Place, "{place}");
    }
    assert_ne!(entity(corpus, "Austria").0, entity(corpus, "Australia").0);
    // A country missing from the gazetteer is not recognised, but it is not taken
    // for a person either.
    assert!(corpus
        .entities
        .iter()
        .all(|e| !(e.aliases.contains(&"Gorvia".to_string()) && e.kind == EntityKind::Person)));
}

/// Written for this test: a wire story with a dateline place in capitals that no
/// gazetteer lists, a name with a particle, organisations known only by the role
/// nouns after them, corporate titles and a sentence-initial common noun.
const UNSEEN_WIRE: &str = "Harbour operator posts record cargo\n\nKELMORA, Mar 3 (XYZ/Reuters) - Tarvik Holdings said on Tuesday its cargo volumes rose, and Brennick Lyle shares climbed.\n\n\u{201c}The quarter was strong,\u{201d} Tarvik Chief Financial Officer Edda Marsh said. Brennick Lyle analyst Joost van Hal said the rise would last, and Orrin Vale spokesman Pim de Wit agreed.\n\nPolice said the harbour was calm. Joost van Hal added that Tarvik had hired staff. Shares of Orrin Vale fell.\n\nThe Latest: Police Chief Ana Ruiz said nothing.\n";

#[test]
fn datelines_particles_and_organisations_known_by_their_role_nouns() {
    let c = TempCorpus::new("unseen-wire").with("wire.txt", UNSEEN_WIRE);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(kind("KELMORA"), EntityKind::Place, "the dateline's place");
    assert_eq!(kind("Joost van Hal"), EntityKind::Person);
    assert_eq!(kind("Pim de Wit"), EntityKind::Person);
    assert_eq!(kind("Brennick Lyle"), EntityKind::Organisation);
    assert_eq!(kind("Orrin Vale"), EntityKind::Organisation);
    assert_eq!(kind("Edda Marsh"), EntityKind::Person);
    let aliases: Vec<&String> = corpus.entities.iter().flat_map(|e| &e.aliases).collect();
    for not_a_name in [
        "Police",
        "Financial",
        "Joost",
        "Hal",
        "Pim",
        "Wit",
        "XYZ",
        "Shares of Orrin Vale",
    ] {
        assert!(
            !aliases.iter().any(|a| *a == not_a_name),
            "{not_a_name} in {aliases:?}"
        );
    }
}

const UNSEEN_PORTFOLIO: &str = "Port tax row deepens\n\nValdoria's Minister of Territorial Affairs Pell Oran Dusk on Friday dismissed a port tax proposed by the shipping lawyer Ilo Vassen Brak.\n\n\u{201c}The tax would empty our harbours,\u{201d} Oran Dusk told reporters. Vassen, a former harbour master, stood by his figures.\n\nThe mining giant Anglo Danish, which backed him, and the giant Central Asian bank said nothing.\n";

#[test]
fn middle_names_name_tails_and_firms_named_by_their_nouns() {
    let c = TempCorpus::new("unseen-portfolio").with("minister.txt", UNSEEN_PORTFOLIO);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let (dusk, e) = entity(corpus, "Pell Oran Dusk");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(entity(corpus, "Oran Dusk").0, dusk, "a name's tail");
    let (brak, _) = entity(corpus, "Ilo Vassen Brak");
    assert_eq!(entity(corpus, "Vassen").0, brak, "a middle name alone");
    let aliases: Vec<&String> = corpus.entities.iter().flat_map(|e| &e.aliases).collect();
    assert!(
        !aliases.iter().any(|a| a.contains("Minister")),
        "{aliases:?}"
    );
    assert_eq!(
        entity(corpus, "Anglo Danish").1.kind,
        EntityKind::Organisation
    );
    assert!(
        !aliases.iter().any(|a| *a == "Central Asian"),
        "{aliases:?}"
    );
}

/// Written for this test: capitalised phrases that are not people (an event, a
/// product, a work, a heading) beside people known only by the evidence around
/// them — a given name, an apposition, a passive said only of people, a list with a
/// person, a surname used alone later, a first name that speaks.
const UNSEEN_EVIDENCE: &str = "Harvest fair opens in the valley\n\nThe Golden Harvest Festival opened on Friday with stalls selling the Silver Arrow Express kettle and copies of Quiet Rivers Run.\n\nAmina Okafor opened the fair. Tarsk Velling, a 61-year-old pharmacist from the valley, sold honey. Orvo Kalbeq was appointed chair of the fair committee. Amina Okafor, Dresh Mallor and Pell Oster sold bread.\n\nVolunteers cheered Kestrin Ludo at the gate. Later, Ludo thanked them.\n\nOssa Trell ran the tombola. \u{201c}We sold out,\u{201d} Ossa said.\n\nMore Local Stories\n";

#[test]
fn a_person_needs_evidence() {
    let c = TempCorpus::new("unseen-evidence").with("fair.txt", UNSEEN_EVIDENCE);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let people: BTreeSet<&str> = corpus
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    for person in [
        "Amina Okafor",
        "Tarsk Velling",
        "Orvo Kalbeq",
        "Pell Oster",
        "Dresh Mallor",
        "Kestrin Ludo",
        "Ossa Trell",
    ] {
        assert!(people.contains(person), "{person} in {people:?}");
    }
    for not_a_person in [
        "Golden Harvest Festival",
        "Silver Arrow Express",
        "Quiet Rivers Run",
        "More Local Stories",
    ] {
        assert!(!people.contains(not_a_person), "{not_a_person}");
    }
}

/// Written for this test: names whose only cue is a verb of saying, which firms and
/// bodies get as often as people: a lone word that resolves to no person is a
/// firm's or body's; a full name stays a person's.
const UNSEEN_SAYING: &str = "Grain prices rise\n\nPrices of grain rose on Monday, Kelvaro said. Harrow Mills said supplies were short.\n\nThe minister, Pell Orrin Vask, spoke in the morning. \u{201c}We are ready,\u{201d} Orrin Vask said. Later, Tavish said demand was high, and Amina said nothing.\n\nTavish Berron farms near the river.\n";

#[test]
fn a_verb_of_saying_alone_does_not_make_a_person() {
    let c = TempCorpus::new("unseen-saying").with("grain.txt", UNSEEN_SAYING);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(kind("Kelvaro"), EntityKind::Organisation);
    // A full name that speaks, with no firm's words, stays a person's.
    assert_eq!(kind("Harrow Mills"), EntityKind::Person);
    let (vask, e) = entity(corpus, "Pell Orrin Vask");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(entity(corpus, "Orrin Vask").0, vask, "the tail of a name");
    assert_eq!(
        kind("Tavish"),
        EntityKind::Person,
        "a first name that speaks"
    );
    assert_eq!(
        entity(corpus, "Tavish").0,
        entity(corpus, "Tavish Berron").0
    );
    assert_eq!(kind("Amina"), EntityKind::Person, "a given name");
}

/// Written for this test: organisations known by "the" before them, by what they own
/// and by an acronym defined after them.
const UNSEEN_ORGS: &str = "Port deal agreed\n\nThe Kestrel Marrow said on Monday that it would buy the harbour. Ilven Dray's shares rose after Tarrow Quay Lindel (TQL) approved the sale.\n\nShares of Ilven Dray have doubled this year.\n";

#[test]
fn organisations_known_by_the_words_around_them() {
    let c = TempCorpus::new("unseen-orgs").with("port.txt", UNSEEN_ORGS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(kind("Kestrel Marrow"), EntityKind::Organisation);
    assert_eq!(kind("Ilven Dray"), EntityKind::Organisation);
    assert_eq!(kind("Tarrow Quay Lindel"), EntityKind::Organisation);
    assert_eq!(
        entity(corpus, "TQL").0,
        entity(corpus, "Tarrow Quay Lindel").0
    );
}

/// Written for this test: people known only by the form of their names.
const UNSEEN_FORMS: &str = "Harbour plan approved\n\nThe plan was backed by Tarsk J. Velling and opposed by Ilo van Brak at a meeting chaired by the mayor.\n";

#[test]
fn middle_initials_and_particles_make_people() {
    let c = TempCorpus::new("unseen-forms").with("plan.txt", UNSEEN_FORMS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(kind("Tarsk J. Velling"), EntityKind::Person);
    assert_eq!(kind("Ilo van Brak"), EntityKind::Person);
}

/// Written for this test: an ordinary word used alone later is no surname.
const UNSEEN_ECHO: &str = "Shop opens\n\nVask Bright Lantern opened a shop on Friday. Buyers liked Lantern, staff said. Tavi Orrel Brakken also opened a stall, and buyers liked Brakken too.\n";

#[test]
fn an_ordinary_word_alone_is_no_surname() {
    let c = TempCorpus::new("unseen-echo").with("shop.txt", UNSEEN_ECHO);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let people: Vec<&str> = corpus
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert!(!people.iter().any(|p| p.contains("Lantern")), "{people:?}");
    assert!(people.contains(&"Tavi Orrel Brakken"), "{people:?}");
}

const UNSEEN_MATCH: &str = "Late winner lifts Ardel\n\nBristol's Tomas Vrell made sure of the points with a late goal in a 2-1 win over Leicester on Saturday at St Anne's Stadium.\n\nThe midfielder, a substitute, scored in stoppage time after Leicester striker Ilo Brak had levelled from the penalty spot.\n\nBristol had not won in five games. Vrell joined from Nantes last year. Leicester FC fans booed. The Cardiff giants lost too.\n";

#[test]
fn a_match_report_names_clubs_after_their_towns() {
    let c = TempCorpus::new("unseen-match").with("match.txt", UNSEEN_MATCH);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let kind = |alias: &str| entity(&corpus, alias).1.kind;
    assert_eq!(kind("Bristol"), EntityKind::Organisation);
    assert_eq!(kind("Leicester"), EntityKind::Organisation);
    assert_eq!(kind("Nantes"), EntityKind::Organisation);
    assert_eq!(kind("St Anne's Stadium"), EntityKind::Place);
    // A town's name before a noun it qualifies stays a place.
    assert_eq!(kind("Cardiff"), EntityKind::Place);
    assert_eq!(
        entity(&corpus, "Leicester FC").0,
        entity(&corpus, "Leicester").0,
        "a club's name without its suffix"
    );
}

const UNSEEN_LOCAL: &str = "Man held after break-in\n\nHARWICK TWP. \u{2014} A Dunmore County deputy arrested a man on Friday.\n\nDeputy Sheriff Olek Vrana found him on Ardel Drive. The suspect, a resident of Brannock, who was drunk, was taken to the Dunmore County Jail.\n\nAnyone with information may call the Dunmore County Sheriff's Office. The case was raised at the Harwick Safety Conference, and FC Harwick said Harwick would help.\n";

#[test]
fn local_news_places_titles_and_events() {
    let c = TempCorpus::new("unseen-local").with("local.txt", UNSEEN_LOCAL);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let kind = |alias: &str| entity(&corpus, alias).1.kind;
    assert_eq!(kind("Olek Vrana"), EntityKind::Person, "after two titles");
    assert_eq!(kind("Ardel Drive"), EntityKind::Place);
    assert_eq!(kind("Brannock"), EntityKind::Place, "a resident of");
    assert_eq!(kind("Dunmore County Jail"), EntityKind::Place);
    assert_eq!(
        kind("Dunmore County Sheriff's Office"),
        EntityKind::Organisation
    );
    assert_eq!(entity(&corpus, "Dunmore County").1.kind, EntityKind::Place);
    let aliases: Vec<&String> = corpus.entities.iter().flat_map(|e| &e.aliases).collect();
    for not_a_name in [
        "A Dunmore County",
        "Harwick Safety Conference",
        "Sheriff Olek Vrana",
    ] {
        assert!(
            !aliases.iter().any(|a| *a == not_a_name),
            "{not_a_name} in {aliases:?}"
        );
    }
}

const UNSEEN_REGIME: &str = "Talks resume\n\nPrime Minister Arun Vosk said the Vosk government would talk to the Harrani, a movement that ran the Harrani government until 2001.\n\nHarrani fighters left the hills on Monday, and the Harrani want a deal. The Ardelian government said nothing.\n";

#[test]
fn a_government_or_fighters_after_a_name_make_it_a_body() {
    let c = TempCorpus::new("unseen-regime").with("regime.txt", UNSEEN_REGIME);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Harrani").1.kind, EntityKind::Organisation);
    // A demonym before "government" is no organisation.
    let aliases: Vec<&String> = corpus.entities.iter().flat_map(|e| &e.aliases).collect();
    assert!(!aliases.iter().any(|a| *a == "Ardelian"), "{aliases:?}");
    // A person's surname before "government" stays the person's.
    assert_eq!(entity(&corpus, "Vosk").0, entity(&corpus, "Arun Vosk").0);
}

#[test]
fn a_date_inside_an_organisation_name_is_no_date() {
    let c = TempCorpus::new("unseen-dated").with(
        "dated.txt",
        "Protest planned\n\nThe May 9 Youth Front has said its members will march on 12 June 2023.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "May 9 Youth Front").1.kind,
        EntityKind::Organisation
    );
    let a = &corpus.articles[0];
    let texts: Vec<String> = a
        .date_mentions
        .iter()
        .map(|d| {
            a.paragraphs[d.paragraph as usize]
                .chars()
                .skip(d.start as usize)
                .take((d.end - d.start) as usize)
                .collect()
        })
        .collect();
    assert_eq!(texts, vec!["12 June 2023"]);
}

#[test]
fn a_sentence_opening_word_listed_with_an_organisation_is_one() {
    let c = TempCorpus::new("unseen-listed").with(
        "listed.txt",
        "Offices stay open\n\nThe strike went on for a week.\n\nQuantrix and Orrin said their offices would stay open.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Quantrix").1.kind, EntityKind::Organisation);
}

#[test]
fn an_acronym_of_a_firm_without_its_suffix() {
    let c = TempCorpus::new("unseen-firm").with(
        "firm.txt",
        "Shares fall\n\nTarrow & Quill Co. shares fell on Monday after T&Q cut its outlook.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "T&Q").0,
        entity(&corpus, "Tarrow & Quill Co.").0
    );
}

#[test]
fn a_policy_story_with_goals_and_penalties_keeps_its_towns() {
    let c = TempCorpus::new("unseen-policy").with(
        "policy.txt",
        "Bank fined\n\nBristol regulators imposed a penalty on the bank, which scored badly on its climate goals.\n\nBristol officials said the goals were clear.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Bristol").1.kind, EntityKind::Place);
}

/// Towns nobody on the project listed, named without a cue: the GeoNames list
/// types them, but a person's surname in the story comes first.
const UNSEEN_TOWNS: &str = "Floods reach northern towns\n\n\
Tczew was flooded on Monday after days of rain, and volunteers drove pumps up from Malbork.\n\n\
The regional governor, Piotr Kwidzyn, toured the Pomorskie Region by boat. Kwidzyn promised help for Tczew and for Pomorskie.\n\n\
Pumps also went to Kartuzy County, and Kartuzy thanked the volunteers.\n";

#[test]
fn towns_of_the_world_are_places_unless_a_surname() {
    let c = TempCorpus::new("unseen-towns").with("floods.txt", UNSEEN_TOWNS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let (tczew, e) = entity(corpus, "Tczew");
    assert_eq!(e.kind, EntityKind::Place, "a town opening a sentence");
    assert_eq!(e.aliases, vec!["Tczew"]);
    assert_eq!(entity(corpus, "Malbork").1.kind, EntityKind::Place);
    let (kwidzyn, e) = entity(corpus, "Piotr Kwidzyn");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(
        entity(corpus, "Kwidzyn").0,
        kwidzyn,
        "the surname, not the town"
    );
    assert_ne!(tczew, kwidzyn);
    let (region, e) = entity(corpus, "Pomorskie Region");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(
        entity(corpus, "Pomorskie").0,
        region,
        "a region with and without its region word"
    );
    assert_eq!(
        entity(corpus, "Kartuzy").0,
        entity(corpus, "Kartuzy County").0,
        "a county with and without its word"
    );
}

/// Titles before names after "and" or a place, a demonym before a ministry, a
/// body's own word dropped, and names that are not entities.
const UNSEEN_TITLES: &str = "Vote count goes on\n\n\
The race is between Jana Orrel and President Ilo Brakov of the Union Party. Brakov said the count was fair.\n\n\
Ambassador in Malbork Piotr Vessel was summoned to the Danish Foreign Ministry, the Orra Agency reported. Orra said the talks were short.\n\n\
\"They broke the law,\" said Magistrate Ana Vell. Union finance minister Tomas Pell opened the 'Safe Hands Drive' as COVID-19 cases fell.\n\n\
Grain comes from the Seed Institute of Denmark and Vaxorin. Vessa FC in the Northern League won again.\n";

#[test]
fn titles_demonyms_and_non_names() {
    let c = TempCorpus::new("unseen-titles").with("vote.txt", UNSEEN_TITLES);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let aliases = all_aliases(corpus);
    for name in [
        "Ilo Brakov",
        "Piotr Vessel",
        "Malbork",
        "Ana Vell",
        "Tomas Pell",
        "Foreign Ministry",
        "Seed Institute of Denmark",
        "Vessa FC",
    ] {
        assert!(aliases.contains(name), "{name} in {aliases:?}");
    }
    for not in [
        "President Ilo Brakov",
        "Malbork Piotr Vessel",
        "Magistrate Ana Vell",
        "Danish Foreign Ministry",
        "Union",
        "COVID-19",
        "Safe Hands Drive",
        "Vessa FC in the Northern League",
        "Seed Institute of Denmark and Vaxorin",
    ] {
        assert!(!aliases.contains(not), "{not} in {aliases:?}");
    }
    assert_eq!(entity(corpus, "Orra").0, entity(corpus, "Orra Agency").0);
    assert!(!aliases.iter().any(|a| a.contains("Vaxorin")), "a product");
}

/// Places listed together, two places joined by "and", a body's generic noun,
/// a councillor's title and a dateline with its date and a horizontal bar.
const UNSEEN_LISTS: &str = " date 2021-03-03 ORRELTON, Mar 3 \u{2015} Storms hit Tczew, Vossbury, Kelmar Heights and Dunmarrow on Monday, the Bureau said.\n\n\
Warnings cover Redvale City and Sunhaven Coast. \"The Ministry is ready,\" said Councillor Jana Orrel.\n\n\
Shareholders include Vessacorp, Orrindale and Malbork's port authority.\n";

#[test]
fn places_in_lists_and_generic_bodies() {
    let c = TempCorpus::new("unseen-lists").with("storms.txt", UNSEEN_LISTS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    for place in [
        "ORRELTON",
        "Tczew",
        "Vossbury",
        "Kelmar Heights",
        "Dunmarrow",
        "Redvale City",
        "Sunhaven Coast",
    ] {
        assert_eq!(kind(place), EntityKind::Place, "{place}");
    }
    assert_eq!(kind("Jana Orrel"), EntityKind::Person);
    for name in ["Vessacorp", "Orrindale"] {
        assert!(
            corpus
                .entities
                .iter()
                .all(|e| !e.aliases.iter().any(|a| a == name) || e.kind != EntityKind::Place),
            "{name} is listed only with a place's possessive"
        );
    }
    let aliases = all_aliases(corpus);
    for not in [
        "Bureau",
        "Ministry",
        "Councillor Jana Orrel",
        "Redvale City and Sunhaven Coast",
    ] {
        assert!(!aliases.contains(not), "{not} in {aliases:?}");
    }
    let a = &corpus.articles[0];
    let dates: Vec<String> = a
        .date_mentions
        .iter()
        .map(|d| newsprism_ingest::export::span_text(a, d.paragraph, d.start, d.end))
        .collect();
    assert_eq!(dates, vec!["Monday"], "the dateline's date is no mention");
}

#[test]
fn platforms_and_federal_states() {
    let c = TempCorpus::new("unseen-platforms").with(
        "post.txt",
        "Governor posts\n\nThe governor of Kessa State wrote on Instagram that Vessa State had sent help. Islamic State fighters were not seen.\n",
    );
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(kind("Instagram"), EntityKind::Organisation);
    assert_eq!(kind("Kessa State"), EntityKind::Place);
    assert_eq!(kind("Vessa State"), EntityKind::Place);
    assert!(corpus
        .entities
        .iter()
        .all(|e| e.name != "Islamic State" || e.kind != EntityKind::Place));
}

/// Currencies, a person and a body joined by "and", weekdays after names,
/// qualified titles, particles inside hyphenated names, "People's" parties and
/// one kind per name per story.
const UNSEEN_MARKETS: &str = "Markets\n\n\
Vessa-based Orrasoft said it earned US$40 million (A$61 million), or KRW 3.2 trillion.\n\n\
President Ilo Brakov and Granite Trade Fund Deputy Managing Director Jana Orrel met Thursday. Orrasoft Interim Chief Executive Officer Mira Tolvey attended.\n\n\
Cleric Tahir-ul-Vessani and the People's Unity Party marched. Police said the march was calm. The Kremlin said nothing.\n";

#[test]
fn currencies_joined_names_and_one_kind_per_story() {
    let c = TempCorpus::new("unseen-markets").with("markets.txt", UNSEEN_MARKETS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let aliases = all_aliases(corpus);
    for name in [
        "Ilo Brakov",
        "Granite Trade Fund",
        "Jana Orrel",
        "Mira Tolvey",
        "Tahir-ul-Vessani",
        "People's Unity Party",
        "Kremlin",
    ] {
        assert!(aliases.contains(name), "{name} in {aliases:?}");
    }
    for not in [
        "US",
        "A",
        "KRW",
        "Jana Orrel Thursday",
        "Police",
        "Orrasoft Interim",
        "Tahir",
    ] {
        assert!(!aliases.contains(not), "{not} in {aliases:?}");
    }
    let (_, e) = entity(corpus, "Orrasoft");
    assert_eq!(e.kind, EntityKind::Organisation);
}

/// Korean given names, a two-word name typed once, "at" before a place's name,
/// and a firm's name with and without a country or its tail word.
const UNSEEN_FIRMS: &str = "Chip profits\n\n\
Danish Orraco Electronics said profit rose, an analyst, Kim Sung-hee, said. Orraco Electronics expects more. Orraco will invest in Vessa.\n\n\
The coalition is led by Nuvo Karta. Nuvo Karta Party leader Ilo Brak spoke. Nuvo Karta needs more votes. Envoys met at Casa Velorra on Monday.\n\n\
Kessan-led talks and Malbork-based firms went on.\n";

#[test]
fn firms_korean_names_and_one_kind_per_story() {
    let c = TempCorpus::new("unseen-firms").with("chips.txt", UNSEEN_FIRMS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let kind = |alias: &str| entity(corpus, alias).1.kind;
    assert_eq!(kind("Kim Sung-hee"), EntityKind::Person);
    assert_eq!(kind("Casa Velorra"), EntityKind::Place);
    let (firm, _) = entity(corpus, "Orraco Electronics");
    assert_eq!(entity(corpus, "Orraco").0, firm, "without its tail word");
    let (party, e) = entity(corpus, "Nuvo Karta");
    assert_eq!(e.kind, EntityKind::Organisation);
    assert_eq!(entity(corpus, "Nuvo Karta Party").0, party);
    assert_eq!(
        corpus.articles[0]
            .mentions
            .iter()
            .filter(|m| m.entity == party)
            .count(),
        3,
        "typed once as a party, every mention"
    );
    // "-led", "-based" stay modifiers.
    assert!(corpus.entities.iter().all(|e| e
        .aliases
        .iter()
        .all(|a| !a.contains("-led") && !a.contains("-based"))));
}

/// A firm named in full with "The", then by its short name as it speaks; "New"
/// before a post; a post "of the" body; a state's formal name; generic nouns alone.
const UNSEEN_POSTS: &str = "Trading news\n\n\
A subsidiary of The Orvo Trading Company will buy a port. Orvo Trading said in a statement it was pleased.\n\n\
New Orrair CEO Ana Berg may apologise to staff. Orrair said on Monday it would reply.\n\n\
The Director of Public Affairs of the Vessa Police Service, Superintendent Ilo Brakov, spoke. \u{201c}We will find them,\u{201d} Police said.\n\n\
He was sworn in as president of the Republic of Zimbabwe. Zimbabwe voted. News of the vote spread and Media reports followed, despite cuts to Government funding. Envoys from the US met United States officials.\n";

#[test]
fn short_names_posts_and_generic_nouns() {
    let c = TempCorpus::new("unseen-posts").with("posts.txt", UNSEEN_POSTS);
    let ingested = ingest_dir(&c.dir).unwrap();
    let corpus = &ingested.corpus;
    let (firm, e) = entity(corpus, "Orvo Trading");
    assert_eq!(e.kind, EntityKind::Organisation);
    assert_eq!(entity(corpus, "The Orvo Trading Company").0, firm);
    let (_, e) = entity(corpus, "Orrair");
    assert_eq!(e.kind, EntityKind::Organisation);
    assert!(!all_aliases(corpus).contains("New Orrair"));
    let (police, e) = entity(corpus, "Vessa Police Service");
    assert_eq!(e.kind, EntityKind::Organisation);
    let (state, e) = entity(corpus, "Zimbabwe");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(entity(corpus, "Republic of Zimbabwe").0, state);
    // A nation's names in the gazetteer are one place.
    assert_eq!(entity(corpus, "US").0, entity(corpus, "United States").0);
    let aliases = all_aliases(corpus);
    for not in ["Police", "News", "Media", "Government"] {
        assert!(!aliases.contains(not), "{not} in {aliases:?}");
    }
    assert!(aliases.iter().all(|a| !a.starts_with("Director")));
    // "Police said" is the one police body the story names.
    let q = &corpus.articles[0].quotes;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, Some(police));
}

/// A ruler's honorifics and two posts, a district attorney, a body named after a
/// place and then without it.
const UNSEEN_HONOURS: &str = "Probe approved\n\n\
Work starts after His Highness Sheikh Orran bin Vessa Al Tallin, Vice-President and Prime Minister of the Orran Emirates and Ruler of Dubai, gave his approval.\n\n\
Sheikh Orran bin Vessa al-Tallin later thanked the engineers.\n\n\
Manhattan District Attorney Ilo Brakov said the New York District Attorney\u{2019}s Office would return the pieces. District Attorney Brakov thanked the District Attorney\u{2019}s Office staff.\n";

#[test]
fn honorifics_two_posts_and_a_body_named_without_its_place() {
    let c = TempCorpus::new("unseen-honours").with("honours.txt", UNSEEN_HONOURS);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let (ruler, e) = entity(&corpus, "Orran bin Vessa Al Tallin");
    assert_eq!(e.kind, EntityKind::Person);
    // The Arabic article with or without its hyphen is one name.
    assert_eq!(
        e.aliases,
        vec![
            "Orran bin Vessa Al Tallin".to_string(),
            "Orran bin Vessa al-Tallin".to_string()
        ]
    );
    let (da, e) = entity(&corpus, "Ilo Brakov");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(entity(&corpus, "Brakov").0, da);
    assert_ne!(ruler, da);
    assert_eq!(entity(&corpus, "Manhattan").1.kind, EntityKind::Place);
    let (office, e) = entity(&corpus, "New York District Attorney\u{2019}s Office");
    assert_eq!(e.kind, EntityKind::Organisation);
    assert_eq!(
        entity(&corpus, "District Attorney\u{2019}s Office").0,
        office
    );
    let aliases = all_aliases(&corpus);
    for not in ["Prime Minister", "Ruler", "Highness", "District Attorney"] {
        assert!(
            aliases
                .iter()
                .all(|a| !a.starts_with(&format!("{not} ")) && *a != not && !a.contains("Sheikh")),
            "{not} in {aliases:?}"
        );
    }
}

const UNSEEN_AREAS: &str = "Flood\n\n\
The flood rocked parts of Vessa, Aroro Tallin, and Olodo areas on Sunday. A resident in Vessa, Orrin Local Government Area of the state, said the bridge fell. In the Aroro Tallin area, people waded.\n";

#[test]
fn areas_after_names_make_them_places() {
    let c = TempCorpus::new("unseen-areas").with("areas.txt", UNSEEN_AREAS);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for place in [
        "Vessa",
        "Aroro Tallin",
        "Olodo",
        "Orrin Local Government Area",
    ] {
        assert_eq!(entity(&corpus, place).1.kind, EntityKind::Place, "{place}");
    }
}

const UNSEEN_CRAFT: &str = "Probe\n\n\
The Mira Probe will orbit the planet, and the Orra Vessa event drew crowds. The firm took an investment from the Ilo Brakov family this year.\n";

#[test]
fn a_name_only_ever_after_the_is_no_persons() {
    let c = TempCorpus::new("unseen-craft").with("craft.txt", UNSEEN_CRAFT);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let aliases = all_aliases(&corpus);
    assert!(!aliases.contains("Mira Probe"), "{aliases:?}");
    assert!(!aliases.contains("Orra Vessa"), "{aliases:?}");
    // "the" before "family" is the family's.
    assert_eq!(entity(&corpus, "Ilo Brakov").1.kind, EntityKind::Person);
}

const UNSEEN_REGIONS: &str = "Talks\n\n\
WASHINGTON - Envoys from the Asia-Pacific and the Horn of Africa met in Washington D.C. on Monday.\n";

#[test]
fn world_regions_and_a_capital_written_two_ways() {
    let c = TempCorpus::new("unseen-regions").with("regions.txt", UNSEEN_REGIONS);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Asia-Pacific").1.kind, EntityKind::Place);
    assert_eq!(entity(&corpus, "Horn of Africa").1.kind, EntityKind::Place);
    assert_eq!(
        entity(&corpus, "WASHINGTON").0,
        entity(&corpus, "Washington D.C.").0
    );
}

const UNSEEN_SHARED_SURNAME: &str = "Extradition\n\n\
The United States has asked for the extradition of former president Ilo Marrovan Vessek.\n\n\
Police surrounded Vessek's house on Monday, and Vessek said he would go voluntarily.\n\n\
His brother Tarik Vessek was sentenced in 2021.\n\n\
Kretsch told tabloid Orrbild that the case was closed.\n";

#[test]
fn a_shared_surname_before_the_second_bearer_is_named_and_media_nouns() {
    let c = TempCorpus::new("unseen-surname").with("surname.txt", UNSEEN_SHARED_SURNAME);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    // Before the brother is named, "Vessek" can only be the former president.
    let (president, e) = entity(&corpus, "Ilo Marrovan Vessek");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(entity(&corpus, "Vessek").0, president);
    assert_ne!(entity(&corpus, "Tarik Vessek").0, president);
    // "tabloid" before a name makes it a publication's.
    assert_eq!(entity(&corpus, "Orrbild").1.kind, EntityKind::Organisation);
}

const UNSEEN_CLUBS: &str = "Transfer\n\n\
PARIS: Orran football team Al-Orrad have signed a winger.\n\n\
The fund named the biggest teams of the league: Al-Vessim, Al-Brakko, Al-Orrad, and Al-Tarrim.\n\n\
Covishine made by Orra Biotech and Vaxaline by Brakko Labs were approved.\n";

#[test]
fn a_team_cue_a_list_of_clubs_and_a_colon_dateline() {
    let c = TempCorpus::new("unseen-clubs").with("clubs.txt", UNSEEN_CLUBS);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for club in ["Al-Orrad", "Al-Vessim", "Al-Brakko", "Al-Tarrim"] {
        assert_eq!(
            entity(&corpus, club).1.kind,
            EntityKind::Organisation,
            "{club}"
        );
    }
    // A product listed with one firm stays untyped.
    assert!(!all_aliases(&corpus).contains("Vaxaline"));
}

const UNSEEN_PLACE_LISTS: &str = "Floods\n\n\
Flash floods hit Leeds, Qilla Vessamun, Bradford and York on Monday.\n\n\
The pumps will drain areas of Ojo Vessigo, Orrinyin and Idumtar in the city.\n\n\
Vaccination lags in urban districts like Ablekor, Ofirrom and Kwabrin.\n";

#[test]
fn lists_of_places_and_lists_a_plural_place_noun_opens() {
    let c = TempCorpus::new("unseen-place-lists").with("lists.txt", UNSEEN_PLACE_LISTS);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for place in [
        "Qilla Vessamun",
        "Ojo Vessigo",
        "Orrinyin",
        "Idumtar",
        "Ablekor",
        "Ofirrom",
        "Kwabrin",
    ] {
        assert_eq!(entity(&corpus, place).1.kind, EntityKind::Place, "{place}");
    }
}

const UNSEEN_PLURAL_VERB: &str = "Motion\n\n\
Tarrow Vessa want an election next week, and the motion by Tarrow Vessa was tabled on Monday.\n\n\
Ana Berglund and Ilo Brakov have left. Relief centres in Kessaland have closed.\n";

#[test]
fn a_name_that_takes_a_plural_verb_is_a_bodys() {
    let c = TempCorpus::new("unseen-plural-verb").with("plural.txt", UNSEEN_PLURAL_VERB);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "Tarrow Vessa").1.kind,
        EntityKind::Organisation
    );
    // Not two people listed, nor a place after a preposition.
    assert_eq!(entity(&corpus, "Ilo Brakov").1.kind, EntityKind::Person);
    assert_ne!(
        entity(&corpus, "Kessaland").1.kind,
        EntityKind::Organisation
    );
}

const UNSEEN_FIRST_WORD: &str = "Shutdown\n\n\
Staff returned to the Vornak Space Flight Center on Tuesday. The shutdown affected every mission, and Vornak employees lost two weeks.\n";

#[test]
fn a_bodys_first_word_alone_is_that_body() {
    let c = TempCorpus::new("unseen-first-word").with("first.txt", UNSEEN_FIRST_WORD);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "Vornak").0,
        entity(&corpus, "Vornak Space Flight Center").0
    );
}

const UNSEEN_SURNAMES: &str = "Contacts\n\n\
Media cited Peskarov's interview on Monday. \"I never said that,\" Peskarov told reporters.\n\n\
The meetings with Porovenko were not public, and Porovenko denied them.\n\n\
Weapons including Orrashnikov rifles were seized.\n";

#[test]
fn a_surname_by_its_ending_but_not_a_thing_named_after_one() {
    let c = TempCorpus::new("unseen-surnames").with("surnames.txt", UNSEEN_SURNAMES);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Peskarov").1.kind, EntityKind::Person);
    assert_eq!(entity(&corpus, "Porovenko").1.kind, EntityKind::Person);
    assert!(!all_aliases(&corpus).contains("Orrashnikov"));
}

#[test]
fn a_surname_spelled_one_edit_away_from_a_person_named_elsewhere() {
    let c = TempCorpus::new("unseen-near-surname")
        .with(
            "a.txt",
            "Talks\n\nFormer president Vessan Orrabayev met envoys on Monday.\n",
        )
        .with(
            "b.txt",
            "Talks again\n\nThe envoys said Orrabajev had agreed to meet again.\n",
        );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "Orrabajev").0,
        entity(&corpus, "Vessan Orrabayev").0
    );
}

const UNSEEN_LISTED_BODIES: &str = "Markets\n\n\
Shares of Sberbank fell on Monday. Plaid Cymru said the vote would be close, and Komeito agreed.\n\n\
Who will pay? Tomas Nintendo, a shopkeeper in Orravale, said Nintendo had raised his rent.\n\n\
Tehreek-e-Taliban Pakistan denied the claim, and a TTP commander said so again.\n\n\
Rio Tinto shares fell, and Crystal Palace lost at home.\n";

#[test]
fn well_known_bodies_by_name_but_not_a_surname_nor_a_question() {
    let c = TempCorpus::new("unseen-listed").with("listed.txt", UNSEEN_LISTED_BODIES);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for name in ["Sberbank", "Plaid Cymru", "Komeito"] {
        assert_eq!(
            entity(&corpus, name).1.kind,
            EntityKind::Organisation,
            "{name}"
        );
    }
    // A listed one-word name is the surname of someone named in the story.
    assert_eq!(
        entity(&corpus, "Nintendo").0,
        entity(&corpus, "Tomas Nintendo").0
    );
    assert!(!all_aliases(&corpus).contains("Who"));
    // A listed name of several words is a body's, whatever its words say of a
    // place ("Rio", "Palace").
    for name in ["Rio Tinto", "Crystal Palace"] {
        assert_eq!(
            entity(&corpus, name).1.kind,
            EntityKind::Organisation,
            "{name}"
        );
    }
    // Two listed names of one body are one entity.
    assert_eq!(
        entity(&corpus, "TTP").0,
        entity(&corpus, "Tehreek-e-Taliban Pakistan").0
    );
}

const UNSEEN_POST_OF_A_BODY: &str = "Verdict\n\n\
The court convicted Ilo Brak (Chairman of Orrado Group) on Monday.\n\n\
\"We will comply,\" said Tam Vessant, the Group Managing Director and CEO of Vessaland Airways.\n\n\
The ministry's Head of Public Communication and Information Bureau, Ana Orrin, confirmed it.\n";

#[test]
fn a_post_then_of_then_a_bodys_name() {
    let c = TempCorpus::new("unseen-post-of").with("post.txt", UNSEEN_POST_OF_A_BODY);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for name in [
        "Orrado Group",
        "Vessaland Airways",
        "Public Communication and Information Bureau",
    ] {
        assert_eq!(
            entity(&corpus, name).1.kind,
            EntityKind::Organisation,
            "{name}"
        );
    }
    let names = all_aliases(&corpus);
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Chairman") || n.contains("CEO") || n.contains("Head")),
        "{names:?}"
    );
}

const UNSEEN_BUILDINGS: &str = "Visit\n\n\
The premier met envoys at Orrado Mansion on Monday, then walked to the Vessa Theatre and Kessan Market.\n\n\
Ana Hall, a guide, said the tour would end at Brakka Cathedral. Anna Plant ran the Orra Power Plant.\n";

#[test]
fn named_buildings_are_places_but_not_a_surname_that_is_a_buildings_word() {
    let c = TempCorpus::new("unseen-buildings").with("visit.txt", UNSEEN_BUILDINGS);
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for name in [
        "Orrado Mansion",
        "Vessa Theatre",
        "Kessan Market",
        "Brakka Cathedral",
    ] {
        assert_eq!(entity(&corpus, name).1.kind, EntityKind::Place, "{name}");
    }
    assert_eq!(entity(&corpus, "Ana Hall").1.kind, EntityKind::Person);
    assert_eq!(entity(&corpus, "Anna Plant").1.kind, EntityKind::Person);
    assert_eq!(
        entity(&corpus, "Orra Power Plant").1.kind,
        EntityKind::Place
    );
}

#[test]
fn the_place_a_post_is_held_in_is_no_persons_name() {
    let c = TempCorpus::new("unseen-post-in").with(
        "post.txt",
        "Sworn in\n\nAna Orrin was sworn in on Monday. \"It was great to start my first day as Mayor in Kessavale and Orrapoint,\" she said.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Kessavale").1.kind, EntityKind::Place);
}

#[test]
fn a_language_is_no_place() {
    let c = TempCorpus::new("unseen-languages").with(
        "lang.txt",
        "Broadcast\n\nThe Orravale channel will air the show in Hindi and in Swahili from Monday, and a Tamil version later.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let names = all_aliases(&corpus);
    for language in ["Hindi", "Swahili", "Tamil"] {
        assert!(!names.contains(language), "{names:?}");
    }
}

#[test]
fn a_countrys_divisions_are_places() {
    // Two counties from the generated list of first-level divisions, listed together.
    let c = TempCorpus::new("unseen-regions").with(
        "regions.txt",
        "Harvest\n\nFarmers from Trans Nzoia and Homa Bay met in Orravale on Monday.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Trans Nzoia").1.kind, EntityKind::Place);
    assert_eq!(entity(&corpus, "Homa Bay").1.kind, EntityKind::Place);
}

#[test]
fn abbreviations_of_things_are_no_bodies() {
    let c = TempCorpus::new("unseen-abbreviations").with(
        "abbr.txt",
        "Season\n\nCO2 output at the Orravale plant rose, the firm said. Ilo Brak missed the ODI series and two T20 games, and the MoU with Vessa Corp was signed.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let names = all_aliases(&corpus);
    for thing in ["CO2", "ODI", "T20", "MoU"] {
        assert!(!names.contains(thing), "{names:?}");
    }
    assert!(names.contains("Vessa Corp"), "{names:?}");
}

#[test]
fn a_programme_is_no_body_unless_a_body_runs_it() {
    let c = TempCorpus::new("unseen-programmes").with(
        "missions.txt",
        "Launch\n\nThe Orra Mars Mission launched on Monday, and the Vessa Precipitation Project ended. The UN Mission said it was ready, and the Orra Council Mission visited.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let names = all_aliases(&corpus);
    assert!(!names.contains("Orra Mars Mission"), "{names:?}");
    assert!(!names.contains("Vessa Precipitation Project"), "{names:?}");
    assert_eq!(
        entity(&corpus, "UN Mission").1.kind,
        EntityKind::Organisation
    );
    assert_eq!(
        entity(&corpus, "Orra Council Mission").1.kind,
        EntityKind::Organisation
    );
}

#[test]
fn a_post_of_a_place_in_lower_case_then_the_holders_name() {
    let c = TempCorpus::new("unseen-mayor-of").with(
        "mayor.txt",
        "Race\n\nTwo of them, the mayor of Ulaanbaatar Ana Orrin and the governor of Kessa Province Maria Brak, withdrew on Monday.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Ulaanbaatar").1.kind, EntityKind::Place);
    assert_eq!(entity(&corpus, "Ana Orrin").1.kind, EntityKind::Person);
    assert_eq!(entity(&corpus, "Kessa Province").1.kind, EntityKind::Place);
    assert_eq!(entity(&corpus, "Maria Brak").1.kind, EntityKind::Person);
}

#[test]
fn a_given_name_that_is_also_an_ordinary_word_opens_the_name() {
    let c = TempCorpus::new("unseen-ordinary-given").with(
        "names.txt",
        "Rally\n\nThe opposition leader, Maria Elena Orrin, who was barred from running, spoke on Monday with Rose Mary Vessant.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "Maria Elena Orrin").1.kind,
        EntityKind::Person
    );
    assert_eq!(
        entity(&corpus, "Rose Mary Vessant").1.kind,
        EntityKind::Person
    );
}

#[test]
fn a_listed_firm_then_a_capitalised_noun_for_its_workers() {
    let c = TempCorpus::new("unseen-workers").with(
        "workers.txt",
        "Arrests\n\nPolice arrested two men for attacking another Sberbank Driver, Ana Orrin, on Monday.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Sberbank").1.kind, EntityKind::Organisation);
    assert!(!all_aliases(&corpus).contains("Sberbank Driver"));
}

#[test]
fn a_town_then_its_state_without_a_comma_after_in() {
    let c = TempCorpus::new("unseen-two-places").with(
        "plant.txt",
        "Plant\n\nThe firm opened a plant in Winnipeg Manitoba on Monday, and Denver Orrin, its manager, said more would follow.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Winnipeg").1.kind, EntityKind::Place);
    assert_eq!(entity(&corpus, "Manitoba").1.kind, EntityKind::Place);
    assert_eq!(entity(&corpus, "Denver Orrin").1.kind, EntityKind::Person);
}

#[test]
fn a_prefix_before_a_name_and_a_special_envoys_body() {
    let c = TempCorpus::new("unseen-prefixes").with(
        "prefix.txt",
        "Talks\n\nThen-NATO Secretary Ana Orrin met the ex-Sberbank chief, and anti-Komeito protesters gathered. The High Anti-Graft Court sat on Monday.\n\nThe UN Special Envoy for the talks, Ilo Brak, said a date was set.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for name in ["NATO", "Sberbank", "Komeito", "High Anti-Graft Court", "UN"] {
        assert_eq!(
            entity(&corpus, name).1.kind,
            EntityKind::Organisation,
            "{name}"
        );
    }
    let names = all_aliases(&corpus);
    assert!(!names.iter().any(|n| n.contains("Special")), "{names:?}");
}

#[test]
fn a_sports_desk_is_a_body() {
    let c = TempCorpus::new("unseen-sport").with(
        "desk.txt",
        "Race\n\n\"I came here to win,\" the runner told Orra Sport on Monday.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "Orra Sport").1.kind,
        EntityKind::Organisation
    );
}

#[test]
fn a_nation_then_a_portfolio_before_a_ministers_title() {
    let c = TempCorpus::new("unseen-nation-portfolio").with(
        "oil.txt",
        "Output\n\nKuwait Oil Minister Ilo Brak and Chilean Energy Minister Ana Orrin met Lagos State Commissioner Tam Vessant on Monday.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(entity(&corpus, "Kuwait").1.kind, EntityKind::Place);
    let names = all_aliases(&corpus);
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Oil") || n.contains("Energy")),
        "{names:?}"
    );
    assert!(names.contains("Lagos State"), "{names:?}");
}

#[test]
fn words_that_open_or_end_a_places_name() {
    let c = TempCorpus::new("unseen-place-words").with(
        "flood.txt",
        "Flood\n\nResidents of Taman Orra Jaya and Kampung Vessa fled to Loch Kessan on Monday, and the River Orran flooded the Vessa Nuclear Power Plant in Orrato Prefecture.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    for name in [
        "Taman Orra Jaya",
        "Kampung Vessa",
        "Loch Kessan",
        "River Orran",
        "Vessa Nuclear Power Plant",
        "Orrato Prefecture",
    ] {
        assert_eq!(entity(&corpus, name).1.kind, EntityKind::Place, "{name}");
    }
}

#[test]
fn a_places_initials_in_brackets_are_that_place() {
    let c = TempCorpus::new("unseen-place-initials").with(
        "initials.txt",
        "Trains\n\nThe train reached the Orra Vessa Terminus (OVT) on Monday. The OVT was closed later that day.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    let (id, e) = entity(&corpus, "OVT");
    assert_eq!(e.kind, EntityKind::Place);
    assert_eq!(id, entity(&corpus, "Orra Vessa Terminus").0);
}

#[test]
fn a_bodys_name_then_the_street_or_place_it_stands_in() {
    let c = TempCorpus::new("unseen-body-on-street").with(
        "street.txt",
        "Service\n\nHe prayed at the Orra Worship Centre on Vessa Street on Sunday, and she studied at the Kessan Institute in Ulaanbaatar.\n",
    );
    let corpus = ingest_dir(&c.dir).unwrap().corpus;
    assert_eq!(
        entity(&corpus, "Orra Worship Centre").1.kind,
        EntityKind::Organisation
    );
    assert_eq!(entity(&corpus, "Vessa Street").1.kind, EntityKind::Place);
    assert_eq!(
        entity(&corpus, "Kessan Institute").1.kind,
        EntityKind::Organisation
    );
    assert_eq!(entity(&corpus, "Ulaanbaatar").1.kind, EntityKind::Place);
}
