//! The made-up world a corpus reports on: people, organisations and places with their
//! spellings, the outlets that cover them, and the events and stories they cover.
//!
//! Everything here is drawn once from the seed, in order, before any article is
//! written; articles then only read it, so they can be written in parallel.

use crate::date::Day;
use crate::lexicon::{self, THEMES};
use crate::rng::{derive, Rng, Zipf};
use std::collections::HashSet;

/// A person, with every spelling the outlets use: index 0 is the canonical one.
#[derive(Debug, Clone)]
pub struct Person {
    /// (first name, surname) per spelling.
    pub spellings: Vec<(String, String)>,
    /// Written before the name (`President`), empty for most people.
    pub title: &'static str,
    /// What the person is, for appositions (`the finance minister`).
    pub role: &'static str,
    pub female: bool,
    /// The country the person belongs to (an index into `places`).
    pub country: usize,
    pub born: i64,
    /// The year the person took up their role, before the corpus's first year.
    pub since: i64,
}

/// An organisation: full-name spellings (British, American), and an acronym when it
/// goes by one.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub spellings: Vec<String>,
    pub acronym: Option<String>,
    /// Companies take no article: `Dorvak Petroleum said`, not `the Dorvak Petroleum`.
    pub takes_the: bool,
    /// What a later mention may call it: `the committee`.
    pub generic: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Region,
    Town,
}

/// A country, region or town with its transliterations.
#[derive(Debug, Clone)]
pub struct Place {
    pub spellings: Vec<String>,
    pub kind: PlaceKind,
    /// The country it lies in (itself for a country).
    pub country: usize,
    /// For a country, its adjective (`Varnian`), which is not a place name.
    pub adjective: Option<String>,
}

/// An outlet and its house style.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub slug: String,
    /// Writes `Mr Surname` on later mentions.
    pub honorifics: bool,
    /// American spelling of organisation names (`Organization`, `Defense`).
    pub american: bool,
    /// Headlines In Title Case.
    pub title_case: bool,
    /// Share of its articles that are agency copy.
    pub wire_share: f64,
    /// Share of its articles copied with page furniture.
    pub furniture: f64,
    /// Share of its articles whose lines are hard-wrapped.
    pub wrapped: f64,
    /// Share of its articles given without front matter.
    pub bare: f64,
    /// Staff bylines.
    pub staff: Vec<String>,
}

/// A period that many stories cluster around: the bursts in the date histogram.
#[derive(Debug, Clone)]
pub struct Event {
    pub day: Day,
    pub theme: usize,
    pub place: usize,
    pub person: usize,
    pub org: usize,
}

/// Several articles from different outlets about the same happening, sharing entities.
#[derive(Debug, Clone)]
pub struct Story {
    pub day: Day,
    pub theme: usize,
    pub people: Vec<usize>,
    pub orgs: Vec<usize>,
    pub places: Vec<usize>,
}

/// One article to write: which story, which outlet, when, and whether it is wire copy.
#[derive(Debug, Clone)]
pub struct Plan {
    pub story: usize,
    pub source: usize,
    pub published: Day,
    pub wire: Option<usize>,
}

pub struct World {
    pub people: Vec<Person>,
    pub orgs: Vec<Organisation>,
    pub places: Vec<Place>,
    pub countries: Vec<usize>,
    pub sources: Vec<Source>,
    pub stories: Vec<Story>,
    pub plans: Vec<Plan>,
    pub people_zipf: Zipf,
    pub org_zipf: Zipf,
    pub country_zipf: Zipf,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A pronounceable root of `min_syllables..=max_syllables` syllables.
fn root(rng: &mut Rng, min_syllables: usize, max_syllables: usize) -> String {
    let syllables = rng.range(min_syllables, max_syllables);
    let mut s = String::new();
    for i in 0..syllables {
        s.push_str(rng.choose(lexicon::ONSETS));
        s.push_str(rng.choose(lexicon::VOWELS));
        if i + 1 == syllables || rng.chance(0.3) {
            s.push_str(rng.choose(lexicon::CODAS));
        }
    }
    capitalise(&s)
}

fn ends_with_vowel(s: &str) -> bool {
    s.ends_with(['a', 'e', 'i', 'o', 'u'])
}

fn join_root(root: &str, ending: &str) -> String {
    if ending.starts_with(['a', 'e', 'i', 'o', 'u']) && ends_with_vowel(root) {
        format!("{}{ending}", &root[..root.len() - 1])
    } else {
        format!("{root}{ending}")
    }
}

/// Other romanisations of a name, the way agencies and outlets differ: `kh`/`h`,
/// `zh`/`j`, `ai`/`ay`, `k`/`q`, a doubled consonant, `-iv`/`-ov`.
fn transliterations(name: &str) -> Vec<String> {
    // In `North Varn` or `Varn Region` only the name word is romanised differently.
    if let Some(word) = name
        .split(' ')
        .find(|w| !matches!(*w, "North" | "Region" | "Province" | "Oblast"))
        .filter(|w| w.len() < name.len())
    {
        return transliterations(word)
            .into_iter()
            .map(|v| name.replacen(word, &v, 1))
            .collect();
    }
    let mut out = Vec::new();
    let lower_rules: [(&str, &str); 5] = [
        ("kh", "h"),
        ("zh", "j"),
        ("ai", "ay"),
        ("ia", "iya"),
        ("ei", "ey"),
    ];
    let lower = name.to_lowercase();
    for (from, to) in lower_rules {
        if lower.contains(from) {
            out.push(capitalise(&lower.replacen(from, to, 1)));
            break;
        }
    }
    // A single consonant between vowels, doubled: Masimov → Massimov.
    let b = name.as_bytes();
    for i in 1..b.len().saturating_sub(1) {
        let c = b[i];
        if c.is_ascii_lowercase()
            && !b"aeiouyhw".contains(&c)
            && b"aeiou".contains(&b[i - 1])
            && b"aeiou".contains(&b[i + 1])
        {
            let mut v = name[..=i].to_string();
            v.push(c as char);
            v.push_str(&name[i + 1..]);
            out.push(v);
            break;
        }
    }
    if let Some(stem) = name.strip_suffix("iv") {
        out.push(format!("{stem}ov"));
    }
    out.truncate(2);
    out
}

/// Other spellings of a first name: accents dropped, Russian `-i`/`-y`, `ks`/`x`.
fn first_name_variants(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let folded: String = name
        .chars()
        .map(|c| match c {
            'á' | 'à' => 'a',
            'é' | 'è' | 'É' => {
                if c == 'É' {
                    'E'
                } else {
                    'e'
                }
            }
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'ş' => 's',
            c => c,
        })
        .collect();
    if folded != name {
        out.push(folded);
    } else if name.contains('ü') {
        out.push(name.replace('ü', "ue"));
    } else if let Some(stem) = name.strip_suffix("ei") {
        out.push(format!("{stem}ey"));
    } else if let Some(stem) = name.strip_suffix("ai") {
        out.push(format!("{stem}ay"));
    } else if name.ends_with("ri") || name.ends_with("ti") || name.ends_with("di") {
        out.push(format!("{}y", &name[..name.len() - 1]));
    } else if name.contains("ks") {
        out.push(name.replacen("ks", "x", 1));
    }
    out
}

fn make_people(rng: &mut Rng, n: usize, countries: &[usize]) -> Vec<Person> {
    let male = lexicon::words(lexicon::MALE_FIRST);
    let female = lexicon::words(lexicon::FEMALE_FIRST);
    let male_zipf = Zipf::new(male.len(), 0.7);
    let female_zipf = Zipf::new(female.len(), 0.7);
    let country_zipf = Zipf::new(countries.len(), 0.9);
    let mut seen = HashSet::new();
    let mut people = Vec::with_capacity(n);
    while people.len() < n {
        let endings = rng.pick(lexicon::SURNAME_ENDINGS);
        let r = if endings[0].is_empty() {
            root(rng, 2, 3)
        } else {
            root(rng, 1, 2)
        };
        let surname = join_root(&r, endings[0]);
        let female_name = rng.chance(0.35);
        let first = if female_name {
            female[female_zipf.sample(rng)]
        } else {
            male[male_zipf.sample(rng)]
        };
        if surname.len() < 4 || !seen.insert(format!("{first} {surname}")) {
            continue;
        }
        let mut surnames = vec![surname.clone()];
        surnames.extend(endings[1..].iter().map(|e| join_root(&r, e)));
        surnames.extend(transliterations(&surname));
        let mut firsts = vec![first.to_string()];
        firsts.extend(first_name_variants(first));
        let mut spellings = vec![(firsts[0].clone(), surnames[0].clone())];
        for s in &surnames[1..] {
            spellings.push((firsts[0].clone(), s.clone()));
        }
        for f in &firsts[1..] {
            spellings.push((f.clone(), surnames[0].clone()));
        }
        spellings.dedup();
        // Few people hold high office; most quoted people are not titled.
        let (title, role) = if rng.chance(0.3) {
            rng.choose(&lexicon::PERSON_TITLES[..12])
        } else {
            rng.choose(&lexicon::PERSON_TITLES[12..])
        };
        people.push(Person {
            spellings,
            title,
            role,
            female: female_name,
            country: countries[country_zipf.sample(rng)],
            born: 1940 + rng.below(40) as i64,
            since: 2000 + rng.below(15) as i64,
        });
    }
    people
}

/// British and American spellings of an organisation name.
fn org_spellings(name: &str) -> Vec<String> {
    let american = name
        .replace("Organisation", "Organization")
        .replace("Defence", "Defense")
        .replace("Labour", "Labor")
        .replace("Centre", "Center");
    if american == name {
        vec![name.to_string()]
    } else {
        vec![name.to_string(), american]
    }
}

fn acronym(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

const PARTY_WORDS: &[&str] = &[
    "Choice",
    "Renewal",
    "Future",
    "Path",
    "Hope",
    "Dawn",
    "Homeland",
    "Action",
    "Forward",
    "Solidarity",
    "Voice",
    "Revival",
    "Progress",
    "Light",
    "Order",
    "Harmony",
];

fn make_orgs(
    rng: &mut Rng,
    n: usize,
    places: &[Place],
    countries: &[usize],
    towns: &[usize],
) -> Vec<Organisation> {
    let mut seen_names = HashSet::new();
    let mut seen_acronyms = HashSet::new();
    let mut orgs = Vec::with_capacity(n);
    let mut attempts = 0usize;
    while orgs.len() < n {
        attempts += 1;
        let pattern = rng.weighted(&[30, 12, 10, 14, 22, 12]);
        let adj = rng.choose(lexicon::ORG_ADJECTIVES);
        let topic = rng.choose(lexicon::ORG_TOPICS);
        let kind = rng.choose(lexicon::ORG_TYPES);
        let country = &places[rng.choose(countries)].spellings[0];
        let town = &places[rng.choose(towns)].spellings[0];
        let (name, generic, wants_acronym, takes_the) = match pattern {
            0 => (
                format!("{adj} {topic} {kind}"),
                kind.to_lowercase(),
                true,
                true,
            ),
            1 => (
                format!("{adj} {kind} of {country}"),
                kind.to_lowercase(),
                true,
                true,
            ),
            2 => {
                let other = rng.choose(lexicon::ORG_TOPICS);
                let name = if other != topic && rng.chance(0.3) {
                    format!("Ministry of {topic} and {other}")
                } else {
                    format!("Ministry of {topic}")
                };
                (name, "ministry".to_string(), false, true)
            }
            3 => (
                format!("{adj} {} Party", rng.pick(PARTY_WORDS)),
                "party".to_string(),
                true,
                true,
            ),
            4 => {
                let r = root(rng, 2, 3);
                (
                    format!("{r} {}", rng.pick(lexicon::COMPANY_KINDS)),
                    "company".to_string(),
                    rng.chance(0.15),
                    false,
                )
            }
            _ => (
                format!("{town} {topic} {kind}"),
                kind.to_lowercase(),
                rng.chance(0.3),
                true,
            ),
        };
        if !seen_names.insert(name.clone()) {
            if attempts > n * 50 {
                break;
            }
            continue;
        }
        let acr = acronym(&name);
        let acronym = (wants_acronym
            && (2..=5).contains(&acr.chars().count())
            && seen_acronyms.insert(acr.clone()))
        .then_some(acr);
        orgs.push(Organisation {
            spellings: org_spellings(&name),
            acronym,
            takes_the,
            generic,
        });
    }
    orgs
}

const COUNTRY_ENDINGS: &[&str] = &["ia", "stan", "land", "a", "ia", "ar", "istan", "ovia"];
const REGION_FORMS: &[&str] = &[
    "{} Region",
    "{} Province",
    "{}",
    "{} Oblast",
    "North {}",
    "{}",
];
const TOWN_ENDINGS: &[&str] = &[
    "sk", "grad", "burg", "ville", "ton", "abad", "pur", "ovo", "ino", "ford", "port", "iv", "ar",
    "an", "a", "ey", "", "", "", "",
];

fn make_places(rng: &mut Rng, counts: [usize; 3]) -> Vec<Place> {
    let mut seen = HashSet::new();
    let mut places: Vec<Place> = Vec::new();
    let mut fresh = |rng: &mut Rng, make: &dyn Fn(&mut Rng) -> (String, String)| loop {
        let (name, stem) = make(rng);
        if name.len() >= 4 && seen.insert(name.clone()) {
            return (name, stem);
        }
    };
    for _ in 0..counts[0] {
        let (name, stem) = fresh(rng, &|rng| {
            let r = root(rng, 1, 2);
            let e = rng.choose(COUNTRY_ENDINGS);
            (join_root(&r, e), r)
        });
        let stan_stem = name.trim_end_matches("istan").trim_end_matches("stan");
        let adjective = if name.ends_with("stan") && stan_stem.len() >= 3 {
            format!("{stan_stem}i")
        } else if name.ends_with("stan") {
            format!("{name}i")
        } else if name.ends_with("land") {
            format!("{stem}ish")
        } else if name.ends_with('a') {
            format!("{name}n")
        } else {
            format!("{name}ian")
        };
        let i = places.len();
        let mut spellings = vec![name.clone()];
        spellings.extend(transliterations(&name).into_iter().take(1));
        places.push(Place {
            spellings,
            kind: PlaceKind::Country,
            country: i,
            adjective: Some(adjective),
        });
    }
    let n_countries = counts[0];
    let country_zipf = Zipf::new(n_countries, 0.8);
    for _ in 0..counts[1] {
        let (name, _) = fresh(rng, &|rng| {
            let r = root(rng, 2, 3);
            (rng.pick(REGION_FORMS).replace("{}", &r), r)
        });
        let mut spellings = vec![name.clone()];
        spellings.extend(transliterations(&name).into_iter().take(1));
        places.push(Place {
            spellings,
            kind: PlaceKind::Region,
            country: country_zipf.sample(rng),
            adjective: None,
        });
    }
    for _ in 0..counts[2] {
        let (name, _) = fresh(rng, &|rng| {
            let r = root(rng, 1, 3);
            let name = join_root(&r, rng.choose(TOWN_ENDINGS));
            (name, r)
        });
        let mut spellings = vec![name.clone()];
        spellings.extend(transliterations(&name));
        places.push(Place {
            spellings,
            kind: PlaceKind::Town,
            country: country_zipf.sample(rng),
            adjective: None,
        });
    }
    places
}

/// A URL-safe lowercase form of a name.
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_string()
}

fn make_sources(rng: &mut Rng, n: usize, places: &[Place], countries: &[usize]) -> Vec<Source> {
    let mut seen = HashSet::new();
    let mut sources = Vec::with_capacity(n);
    let male = lexicon::words(lexicon::MALE_FIRST);
    let female = lexicon::words(lexicon::FEMALE_FIRST);
    while sources.len() < n {
        let country = &places[rng.choose(countries)];
        let place_name = if rng.chance(0.5) {
            country.spellings[0].clone()
        } else {
            root(rng, 2, 3)
        };
        let name = match rng.weighted(&[35, 20, 10, 15, 10, 10]) {
            0 => format!("The {place_name} {}", rng.pick(lexicon::PAPER_WORDS)),
            1 => format!("{place_name} {}", rng.pick(lexicon::OUTLET_WORDS)),
            2 => format!("Radio {place_name}"),
            3 => format!(
                "The {} {}",
                rng.pick(lexicon::ORG_ADJECTIVES),
                rng.pick(lexicon::PAPER_WORDS)
            ),
            4 => format!(
                "{} {}",
                country.adjective.as_deref().unwrap_or(&place_name),
                rng.pick(lexicon::PAPER_WORDS)
            ),
            _ => format!("{} {}", root(rng, 2, 2), rng.pick(lexicon::OUTLET_WORDS)),
        };
        if !seen.insert(name.clone()) {
            continue;
        }
        let staff = (0..rng.range(1, 12))
            .map(|_| {
                let first = if rng.chance(0.45) {
                    rng.pick(&female)
                } else {
                    rng.pick(&male)
                };
                let endings = rng.pick(lexicon::SURNAME_ENDINGS);
                format!("{first} {}", join_root(&root(rng, 2, 2), endings[0]))
            })
            .collect();
        sources.push(Source {
            slug: slug(&name),
            name,
            honorifics: rng.chance(0.3),
            american: rng.chance(0.4),
            title_case: rng.chance(0.3),
            wire_share: [0.0, 0.1, 0.3, 0.7][rng.below(4)],
            furniture: [0.02, 0.1, 0.3][rng.below(3)],
            wrapped: if rng.chance(0.15) { 0.7 } else { 0.02 },
            bare: [0.05, 0.15, 0.4][rng.weighted(&[6, 3, 1])],
            staff,
        });
    }
    sources
}

/// How big a corpus's world is: scaled with the article count so small corpora are not
/// all singletons and large ones still repeat names.
fn sizes(articles: usize) -> ([usize; 3], usize, usize, usize) {
    let scale = |lo: usize, hi: usize, per: usize| (articles / per).clamp(lo, hi);
    (
        [
            scale(40, 180, 100),
            scale(150, 900, 20),
            scale(500, 4000, 4),
        ],
        scale(500, 5000, 3),
        scale(300, 3500, 4),
        scale(150, 320, 5),
    )
}

impl World {
    pub fn new(seed: u64, articles: usize) -> World {
        let mut rng = Rng::new(derive(seed, "world", &[]));
        let (place_counts, n_people, n_orgs, n_sources) = sizes(articles);
        let places = make_places(&mut rng, place_counts);
        let by_kind = |k: PlaceKind| -> Vec<usize> {
            (0..places.len()).filter(|i| places[*i].kind == k).collect()
        };
        let countries = by_kind(PlaceKind::Country);
        let regions = by_kind(PlaceKind::Region);
        let towns = by_kind(PlaceKind::Town);
        let people = make_people(&mut rng, n_people, &countries);
        let orgs = make_orgs(&mut rng, n_orgs, &places, &countries, &towns);
        let sources = make_sources(&mut rng, n_sources, &places, &countries);

        let first_day = Day::from_ymd(2015, 1, 1);
        let last_day = Day::from_ymd(2024, 12, 31);
        let span = (last_day.0 - first_day.0) as usize;

        let people_zipf = Zipf::new(people.len(), 1.0);
        let org_zipf = Zipf::new(orgs.len(), 1.0);
        let country_zipf = Zipf::new(countries.len(), 1.0);
        let region_zipf = Zipf::new(regions.len(), 1.0);
        let town_zipf = Zipf::new(towns.len(), 1.0);
        let source_zipf = Zipf::new(sources.len(), 0.9);

        let n_events = (articles / 200).clamp(20, 500);
        let events: Vec<Event> = (0..n_events)
            .map(|_| Event {
                // Early enough that the stories after it still fall inside the span.
                day: first_day.plus(rng.below(span - 150) as i64),
                theme: rng.below(THEMES.len()),
                place: countries[country_zipf.sample(&mut rng)],
                person: people_zipf.sample(&mut rng),
                org: org_zipf.sample(&mut rng),
            })
            .collect();
        let event_zipf = Zipf::new(events.len(), 0.8);

        let mut stories = Vec::new();
        let mut plans = Vec::with_capacity(articles);
        while plans.len() < articles {
            let event = rng
                .chance(0.55)
                .then(|| &events[event_zipf.sample(&mut rng)]);
            let (day, theme, size) = match event {
                Some(e) => {
                    let offset = rng.geometric(0.93, 120) as i64;
                    let theme = if rng.chance(0.7) {
                        e.theme
                    } else {
                        rng.below(THEMES.len())
                    };
                    (e.day.plus(offset), theme, 1 + rng.geometric(0.82, 40))
                }
                None => (
                    first_day.plus(rng.below(span) as i64),
                    rng.below(THEMES.len()),
                    1 + rng.geometric(0.7, 25),
                ),
            };
            let day = day.min(last_day);
            let mut people_in = Vec::new();
            let mut orgs_in = Vec::new();
            let mut places_in = Vec::new();
            if let Some(e) = event {
                people_in.push(e.person);
                orgs_in.push(e.org);
                places_in.push(e.place);
            }
            for _ in 0..rng.range(1, 3) {
                people_in.push(people_zipf.sample(&mut rng));
            }
            for _ in 0..rng.range(1, 2) {
                orgs_in.push(org_zipf.sample(&mut rng));
            }
            let main_place = match rng.weighted(&[45, 20, 35]) {
                0 => countries[country_zipf.sample(&mut rng)],
                1 => regions[region_zipf.sample(&mut rng)],
                _ => towns[town_zipf.sample(&mut rng)],
            };
            places_in.push(main_place);
            places_in.push(places[main_place].country);
            if rng.chance(0.4) {
                places_in.push(towns[town_zipf.sample(&mut rng)]);
            }
            // A person's country is named alongside them.
            places_in.push(people[people_in[0]].country);
            people_in.dedup();
            orgs_in.dedup();
            let mut seen = HashSet::new();
            places_in.retain(|p| seen.insert(*p));
            let story = stories.len();
            stories.push(Story {
                day,
                theme,
                people: people_in,
                orgs: orgs_in,
                places: places_in,
            });
            // Each outlet covers a story once; the wire copy of one agency recurs.
            let story_wire = rng.below(lexicon::WIRES.len());
            let mut used = Vec::new();
            for _ in 0..size {
                if plans.len() == articles {
                    break;
                }
                let mut source = source_zipf.sample(&mut rng);
                for _ in 0..6 {
                    if !used.contains(&source) {
                        break;
                    }
                    source = source_zipf.sample(&mut rng);
                }
                used.push(source);
                let lag = if rng.chance(0.6) {
                    0
                } else {
                    rng.geometric(0.6, 20) as i64
                };
                let wire = rng.chance(sources[source].wire_share).then(|| {
                    if rng.chance(0.8) {
                        story_wire
                    } else {
                        rng.below(lexicon::WIRES.len())
                    }
                });
                plans.push(Plan {
                    story,
                    source,
                    published: day.plus(lag).min(last_day),
                    wire,
                });
            }
        }

        World {
            people,
            orgs,
            places,
            countries,
            sources,
            stories,
            plans,
            people_zipf,
            org_zipf,
            country_zipf,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_look_like_transliterations() {
        assert!(transliterations("Masimov").contains(&"Massimov".to_string()));
        assert_eq!(transliterations("Kharkiv")[0], "Harkiv");
        assert_eq!(transliterations("North Zhaman")[0], "North Jaman");
        assert_eq!(first_name_variants("José"), vec!["Jose"]);
        assert_eq!(first_name_variants("Sergei"), vec!["Sergey"]);
        assert_eq!(acronym("National Security Committee"), "NSC");
        assert_eq!(acronym("Central Bank of Varnia"), "CBV");
    }

    #[test]
    fn world_has_thousands_of_each_kind_and_hundreds_of_sources() {
        let w = World::new(1, 100_000);
        assert!(w.people.len() >= 3000);
        assert!(w.orgs.len() >= 3000);
        assert!(w.places.len() >= 3000);
        assert!(w.sources.len() >= 300);
        assert_eq!(w.plans.len(), 100_000);
        let multi = w.people.iter().filter(|p| p.spellings.len() > 1).count();
        assert!(multi * 2 > w.people.len());
    }
}
