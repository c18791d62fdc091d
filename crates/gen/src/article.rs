//! Writing one article: headline, paragraphs of templated sentences about its story's
//! entities, quotations, relative dates, and the file around it (front matter or a
//! dateline, bylines, wire credits, page furniture, hard-wrapped lines).

use crate::date::{MONTHS, WEEKDAYS};
use crate::lexicon::{self, Verb, THEMES};
use crate::rng::{derive, Rng};
use crate::world::{PlaceKind, Plan, World};

/// The vocabulary, inflected once and shared by all writers.
pub struct Words {
    nouns: Vec<(String, String)>,
    actors: Vec<&'static str>,
    adjectives: Vec<&'static str>,
    adverbs: Vec<&'static str>,
    verbs: Vec<Verb>,
    intransitive: Vec<Verb>,
    theme_nouns: Vec<Vec<(String, String)>>,
    theme_verbs: Vec<Vec<Verb>>,
}

impl Words {
    pub fn new() -> Words {
        Words {
            nouns: lexicon::nouns(lexicon::NOUNS),
            actors: lexicon::words(lexicon::ACTORS),
            adjectives: lexicon::words(lexicon::ADJECTIVES),
            adverbs: lexicon::words(lexicon::ADVERBS),
            verbs: lexicon::verbs(lexicon::VERBS),
            intransitive: lexicon::verbs(lexicon::INTRANSITIVE),
            theme_nouns: THEMES.iter().map(|t| lexicon::nouns(t.nouns)).collect(),
            theme_verbs: THEMES.iter().map(|t| lexicon::verbs(t.verbs)).collect(),
        }
    }
}

/// What money is spent on, in `$4.2 billion in loans`.
const MONEY: &[&str] = &[
    "loans",
    "aid",
    "funding",
    "investment",
    "damages",
    "contracts",
    "subsidies",
    "bonds",
    "assets",
    "debt",
    "fines",
    "revenue",
];

/// What happens to people counted in the news.
const CASUALTY: &[&str] = &[
    "killed",
    "injured",
    "arrested",
    "detained",
    "evacuated",
    "displaced",
    "questioned",
    "hurt",
    "rescued",
    "released",
];

/// Which entity, for first-mention bookkeeping.
#[derive(Clone, Copy, PartialEq)]
enum Ent {
    Person(usize),
    Org(usize),
    Place(usize),
}

/// A sentence being built: words separated by spaces, punctuation attached.
struct Sentence {
    text: String,
    words: usize,
}

impl Sentence {
    fn new() -> Self {
        Sentence {
            text: String::with_capacity(200),
            words: 0,
        }
    }
    fn w(&mut self, s: &str) {
        if !self.text.is_empty() && !self.text.ends_with(['“', '‘', '(']) {
            self.text.push(' ');
        }
        self.text.push_str(s);
        self.words += s.split_whitespace().count();
    }
    fn p(&mut self, s: &str) {
        self.text.push_str(s);
    }
    fn finish(mut self) -> String {
        if let Some(c) = self.text.chars().next() {
            if c.is_lowercase() {
                let upper: String = c.to_uppercase().collect();
                self.text.replace_range(..c.len_utf8(), &upper);
            }
        }
        self.text
    }
}

fn an(word: &str) -> &'static str {
    let first = word.chars().next().unwrap_or('x').to_ascii_lowercase();
    let vowel_sound = matches!(first, 'a' | 'e' | 'i' | 'o')
        || (first == 'u' && !word.starts_with("uni") && !word.starts_with("usu"))
        || word.starts_with("hour");
    if vowel_sound {
        "an"
    } else {
        "a"
    }
}

/// Writes an article's text; one per article, seeded from the article index.
pub struct Writer<'a> {
    world: &'a World,
    words: &'a Words,
    rng: Rng,
    plan: &'a Plan,
    /// Whose spelling conventions apply: the outlet, or the agency for wire copy.
    style_key: u64,
    honorifics: bool,
    american: bool,
    introduced: Vec<Ent>,
    /// Entities named beyond the story's own, drawn once per article.
    extra: Vec<Ent>,
    /// Whether the protagonist's background sentence has been written.
    told_background: bool,
}

impl<'a> Writer<'a> {
    fn new(world: &'a World, words: &'a Words, plan: &'a Plan, body_seed: u64) -> Self {
        let source = &world.sources[plan.source];
        let (style_key, honorifics, american) = match plan.wire {
            Some(w) => (1_000_000 + w as u64, w % 3 == 0, w % 2 == 0),
            None => (plan.source as u64, source.honorifics, source.american),
        };
        let mut rng = Rng::new(body_seed);
        let mut extra = Vec::new();
        for _ in 0..rng.range(1, 5) {
            extra.push(match rng.below(3) {
                0 => Ent::Person(world.people_zipf.sample(&mut rng)),
                1 => Ent::Org(world.org_zipf.sample(&mut rng)),
                _ => Ent::Place(world.countries[world.country_zipf.sample(&mut rng)]),
            });
        }
        Writer {
            world,
            words,
            rng,
            plan,
            style_key,
            honorifics,
            american,
            introduced: Vec::new(),
            extra,
            told_background: false,
        }
    }

    fn story(&self) -> &'a crate::world::Story {
        &self.world.stories[self.plan.story]
    }

    /// The spelling an outlet consistently uses for an entity: mostly the canonical
    /// one, but fixed per (outlet, entity) so one article does not mix spellings.
    fn variant(&self, kind: u64, id: usize, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let h = derive(self.style_key, "spelling", &[kind, id as u64]);
        if h % 100 < 70 {
            0
        } else {
            1 + (h as usize / 100) % (n - 1)
        }
    }

    fn first_time(&mut self, e: Ent) -> bool {
        if self.introduced.contains(&e) {
            false
        } else {
            self.introduced.push(e);
            true
        }
    }

    fn person(&mut self, id: usize) -> String {
        let p = &self.world.people[id];
        let (first, surname) = &p.spellings[self.variant(0, id, p.spellings.len())];
        if self.first_time(Ent::Person(id)) {
            if !p.title.is_empty() && self.rng.chance(0.6) {
                let country = self.place_name(p.country);
                if p.title == "President" && self.rng.chance(0.4) {
                    return format!("{country} President {first} {surname}");
                }
                return format!("{} {first} {surname}", p.title);
            }
            return format!("{first} {surname}");
        }
        match self.rng.below(10) {
            0 if !p.title.is_empty() => format!("{} {surname}", p.title),
            0..=4 if self.honorifics => {
                format!("{} {surname}", if p.female { "Ms" } else { "Mr" })
            }
            _ => surname.clone(),
        }
    }

    /// A person with an apposition on first mention, for the start of a clause.
    fn person_subject(&mut self, id: usize) -> String {
        let first = !self.introduced.contains(&Ent::Person(id));
        let name = self.person(id);
        let p = &self.world.people[id];
        if first && p.title.is_empty() && self.rng.chance(0.6) {
            format!("{name}, {} {},", an(p.role), p.role)
        } else {
            name
        }
    }

    fn org(&mut self, id: usize) -> String {
        let o = &self.world.orgs[id];
        let spelling = if self.american {
            o.spellings.last()
        } else {
            o.spellings.first()
        };
        let name = spelling.map(String::as_str).unwrap_or("");
        let the = if o.takes_the { "the " } else { "" };
        if self.first_time(Ent::Org(id)) {
            return match &o.acronym {
                Some(a) => format!("{the}{name} ({a})"),
                None => format!("{the}{name}"),
            };
        }
        match (&o.acronym, self.rng.below(6)) {
            (Some(a), 0..=3) => format!("{the}{a}"),
            (_, 4) if o.takes_the => format!("the {}", o.generic),
            _ => format!("{the}{name}"),
        }
    }

    fn place_name(&self, id: usize) -> String {
        let p = &self.world.places[id];
        p.spellings[self.variant(2, id, p.spellings.len())].clone()
    }

    fn place(&mut self, id: usize) -> String {
        let name = self.place_name(id);
        let p = &self.world.places[id];
        if self.first_time(Ent::Place(id)) && p.kind != PlaceKind::Country && self.rng.chance(0.5) {
            let country = self.place_name(p.country);
            return match p.kind {
                PlaceKind::Town if self.rng.chance(0.5) => format!("the town of {name}"),
                _ => format!("{name}, {country},"),
            };
        }
        name
    }

    fn pick_entity(&mut self) -> Ent {
        if !self.extra.is_empty() && self.rng.chance(0.15) {
            return self.rng.choose(&self.extra);
        }
        let s = self.story();
        match self.rng.weighted(&[5, 3, 3]) {
            0 => Ent::Person(self.rng.choose(&s.people)),
            1 => Ent::Org(self.rng.choose(&s.orgs)),
            _ => Ent::Place(self.rng.choose(&s.places)),
        }
    }

    fn story_person(&mut self) -> usize {
        let people = &self.story().people;
        // The first person of a story is its protagonist.
        if self.rng.chance(0.5) {
            people[0]
        } else {
            self.rng.choose(people)
        }
    }

    fn story_place(&mut self) -> usize {
        let places = &self.story().places;
        self.rng.choose(places)
    }

    fn noun(&mut self) -> (String, String) {
        let theme = self.story().theme;
        if self.rng.chance(0.35) {
            self.rng.pick(&self.words.theme_nouns[theme]).clone()
        } else {
            self.rng.pick(&self.words.nouns).clone()
        }
    }

    fn verb(&mut self) -> &'a Verb {
        let theme = self.story().theme;
        if self.rng.chance(0.2) {
            self.rng.pick(&self.words.theme_verbs[theme])
        } else {
            self.rng.pick(&self.words.verbs)
        }
    }

    fn adj(&mut self) -> &'static str {
        self.rng.choose(&self.words.adjectives)
    }

    fn number(&mut self) -> String {
        match self.rng.below(6) {
            0 => format!("{}", self.rng.range(2, 9)),
            1 => format!("{}", self.rng.range(10, 99)),
            2 => format!("{}", self.rng.range(100, 999)),
            3 => format!("{},{:03}", self.rng.range(1, 99), self.rng.below(200) * 5),
            4 => format!("{}", self.rng.range(2, 12) * 50),
            _ => format!("{}", self.rng.range(11, 40)),
        }
    }

    /// A singular or plural noun phrase: `the new budget`, `more than 230 workers`.
    fn np(&mut self, s: &mut Sentence) {
        let (sg, pl) = self.noun();
        match self.rng.below(9) {
            0..=2 => {
                s.w("the");
                if self.rng.chance(0.4) {
                    s.w(self.adj());
                }
                s.w(&sg);
            }
            3 | 4 => {
                let adj = self.rng.chance(0.5).then(|| self.adj());
                let first = adj.unwrap_or(&sg);
                s.w(an(first));
                if let Some(a) = adj {
                    s.w(a);
                }
                s.w(&sg);
            }
            5 => {
                let q = match self.rng.below(5) {
                    0 => format!("more than {}", self.number()),
                    1 => "dozens of".to_string(),
                    2 => "several".to_string(),
                    3 => format!("at least {}", self.number()),
                    _ => self.number(),
                };
                s.w(&q);
                s.w(&pl);
            }
            6 => {
                s.w(["its", "their", "the", "his", "her"][self.rng.below(5)]);
                s.w(&pl);
            }
            7 => {
                s.w("the");
                s.w(&sg);
                s.w("of");
                let (sg2, pl2) = self.noun();
                if self.rng.chance(0.5) {
                    s.w("the");
                    s.w(&sg2);
                } else {
                    s.w(&pl2);
                }
            }
            _ => {
                let _ = pl;
                s.w(&format!(
                    "${}.{} {}",
                    self.rng.range(1, 40),
                    self.rng.below(10),
                    ["billion", "million"][self.rng.below(2)]
                ));
                s.w("in");
                s.w(MONEY[self.rng.below(MONEY.len())]);
            }
        }
    }

    /// A subject: an entity, people in the plural, or a definite noun phrase.
    fn subject(&mut self, s: &mut Sentence) -> bool {
        match self.rng.below(10) {
            0..=3 => {
                let id = self.story_person();
                let t = self.person_subject(id);
                s.w(&t);
                false
            }
            4 | 5 => {
                let e = self.pick_entity();
                let t = self.entity(e);
                s.w(&t);
                false
            }
            6 | 7 => {
                let a = self.rng.choose(&self.words.actors);
                s.w(a);
                if self.rng.chance(0.5) {
                    s.w("in");
                    let p = self.story_place();
                    let t = self.place(p);
                    s.w(&t);
                }
                true
            }
            _ => {
                let p = self.story_place();
                let place = &self.world.places[p];
                let country = place.country;
                match &self.world.places[country].adjective {
                    Some(adj) if self.rng.chance(0.6) => {
                        s.w("the");
                        s.w(adj);
                        s.w(
                            ["government", "authorities", "military", "foreign ministry"]
                                [self.rng.below(4)],
                        );
                        true
                    }
                    _ => {
                        s.w("the");
                        let (sg, _) = self.noun();
                        s.w(&sg);
                        false
                    }
                }
            }
        }
    }

    fn entity(&mut self, e: Ent) -> String {
        match e {
            Ent::Person(i) => self.person(i),
            Ent::Org(i) => self.org(i),
            Ent::Place(i) => self.place(i),
        }
    }

    /// `on Monday`, `last week`, `in March`: when something happened, relative to the
    /// publication date, the way copy says it.
    fn when(&mut self, s: &mut Sentence) {
        let published = self.plan.published;
        // Copy refers to the story's day and to the days around it.
        let happened = self.story().day.plus(-(self.rng.geometric(0.3, 5) as i64));
        let gap = published.0 - happened.0;
        let text = match self.rng.below(10) {
            0..=4 => match gap {
                0 if self.rng.chance(0.5) => format!("on {}", WEEKDAYS[happened.weekday()]),
                0 => "today".to_string(),
                1 => "yesterday".to_string(),
                2..=6 => format!("on {}", WEEKDAYS[happened.weekday()]),
                7..=13 => "last week".to_string(),
                _ => format!("on {}", happened.month_day()),
            },
            5 if (0..7).contains(&gap) => format!("on {} night", WEEKDAYS[happened.weekday()]),
            5 | 6 => ["earlier", "recently", "last month", "on Thursday"][self.rng.below(4)]
                .replace("Thursday", WEEKDAYS[published.plus(-3).weekday()]),
            7 => {
                let m = (published.ymd().1 as usize + 12 - 1 - self.rng.range(1, 5)) % 12;
                format!("in {}", MONTHS[m])
            }
            8 => [
                "earlier this month",
                "this week",
                "last month",
                "last year",
                "late last year",
            ][self.rng.below(5)]
            .to_string(),
            _ => [
                "next week",
                "by the end of the year",
                "this weekend",
                "in the coming days",
            ][self.rng.below(4)]
            .to_string(),
        };
        s.w(&text);
    }

    fn where_(&mut self, s: &mut Sentence) {
        s.w(self.rng.choose(lexicon::PREPOSITIONS));
        let p = self.story_place();
        let t = self.place(p);
        s.w(&t);
    }

    /// `rejected the proposal`, `has approved new rules`, `would block a deal`.
    fn predicate(&mut self, s: &mut Sentence, plural: bool) {
        if self.rng.chance(0.2) {
            let v = self.rng.pick(&self.words.intransitive);
            s.w(&v.past);
            if self.rng.chance(0.4) {
                s.w(self.rng.choose(&self.words.adverbs));
            }
            return;
        }
        let v = self.verb();
        match self.rng.below(8) {
            0 => {
                s.w(if plural { "have" } else { "has" });
                s.w(&v.participle);
            }
            1 => {
                s.w("would");
                s.w(&v.base);
            }
            2 => {
                s.w(if plural { "are" } else { "is" });
                s.w("expected to");
                s.w(&v.base);
            }
            3 => {
                s.w(self.rng.choose(&self.words.adverbs));
                s.w(&v.past);
            }
            _ => s.w(&v.past),
        }
        self.np(s);
    }

    fn clause(&mut self, s: &mut Sentence) {
        let plural = self.subject(s);
        self.predicate(s, plural);
    }

    fn speaker(&mut self) -> String {
        match self.rng.below(10) {
            0..=6 => {
                let id = self.story_person();
                self.person(id)
            }
            7 | 8 => {
                let e = self.story().orgs[0];
                let o = self.org(e);
                format!("a spokesperson for {o}")
            }
            _ => {
                let a = self.rng.choose(&self.words.actors);
                format!("one of the {a}")
            }
        }
    }

    fn quote_body(&mut self, s: &mut Sentence) {
        match self.rng.below(6) {
            0 => {
                s.w("We will not");
                let v = self.verb();
                s.w(&v.base);
                self.np(s);
            }
            1 => {
                s.w("This is");
                let adj = self.adj();
                s.w(an(adj));
                s.w(adj);
                let (sg, _) = self.noun();
                s.w(&sg);
                s.w("for");
                self.np(s);
            }
            2 => {
                s.w("There is no");
                let (sg, _) = self.noun();
                s.w(&sg);
                s.w("and no");
                let (sg, _) = self.noun();
                s.w(&sg);
            }
            3 => {
                s.w("I have never seen");
                self.np(s);
                s.w("like this");
            }
            4 => {
                s.w("The");
                let (sg, _) = self.noun();
                s.w(&sg);
                s.w("has");
                let v = self.verb();
                s.w(&v.participle);
                self.np(s);
            }
            _ => {
                s.w("We");
                let v = self.verb();
                s.w(&v.base);
                self.np(s);
                s.w("and we will");
                let v = self.verb();
                s.w(&v.base);
                self.np(s);
            }
        }
    }

    fn quotation(&mut self, s: &mut Sentence) {
        let verb = self.rng.choose(lexicon::SPEECH);
        match self.rng.below(4) {
            0 | 1 => {
                s.w("“");
                self.quote_body(s);
                s.p(",”");
                let who = self.speaker();
                if self.rng.chance(0.5) {
                    s.w(&who);
                    s.w(verb);
                } else {
                    s.w("said");
                    s.w(&who);
                }
            }
            2 => {
                let who = self.speaker();
                s.w(&who);
                s.w(verb);
                s.p(":");
                s.w("“");
                self.quote_body(s);
                s.p(".”");
                return;
            }
            _ => {
                s.w("“");
                self.quote_body(s);
                s.p(",”");
                s.w("according to");
                let who = self.speaker();
                s.w(&who);
            }
        }
        s.p(".");
    }

    /// One sentence of 10–30 words.
    fn sentence(&mut self, lead: bool) -> String {
        for attempt in 0..8 {
            let mut s = Sentence::new();
            let kind = if lead {
                self.rng.below(3)
            } else {
                self.rng.below(14)
            };
            match kind {
                0 | 3 => {
                    self.clause(&mut s);
                    if self.rng.chance(0.6) {
                        self.when(&mut s);
                    }
                    if self.rng.chance(0.4) {
                        self.where_(&mut s);
                    }
                    s.p(".");
                }
                1 | 4 => {
                    self.clause(&mut s);
                    self.when(&mut s);
                    s.p(",");
                    s.w(["saying", "adding that", "in a move that", "after"][self.rng.below(4)]);
                    self.np(&mut s);
                    s.w(["would", "could", "might", "will"][self.rng.below(4)]);
                    let v = self.verb();
                    s.w(&v.base);
                    self.np(&mut s);
                    s.p(".");
                }
                2 | 5 => {
                    let who = self.speaker();
                    s.w(&who);
                    s.w(self.rng.choose(&lexicon::SPEECH[..4]));
                    self.when(&mut s);
                    s.w("that");
                    self.clause(&mut s);
                    s.p(".");
                }
                6 => {
                    s.w("According to");
                    let e = self.pick_entity();
                    let t = self.entity(e);
                    s.w(&t);
                    s.p(",");
                    self.clause(&mut s);
                    s.p(".");
                }
                7 | 8 => self.quotation(&mut s),
                9 if !self.told_background => {
                    self.told_background = true;
                    let id = self.story_person();
                    let name = self.person(id);
                    let p = &self.world.people[id];
                    let age = self.plan.published.year() - p.born;
                    let since = p.since;
                    s.w(&name);
                    s.p(&format!(", {age},"));
                    s.w(&format!(
                        "became {} {} in {since} and has",
                        an(p.role),
                        p.role
                    ));
                    let v = self.verb();
                    s.w(&v.participle);
                    self.np(&mut s);
                    s.w("since then.");
                }
                10 => {
                    s.w(["More than", "At least", "About", "Nearly"][self.rng.below(4)]);
                    s.w(&self.number());
                    s.w([
                        "people",
                        "people",
                        "civilians",
                        "residents",
                        "protesters",
                        "workers",
                    ][self.rng.below(6)]);
                    s.w("were");
                    s.w(CASUALTY[self.rng.below(CASUALTY.len())]);
                    self.where_(&mut s);
                    self.when(&mut s);
                    s.p(",");
                    s.w("according to");
                    let e = self.story().orgs[0];
                    let t = self.org(e);
                    s.w(&t);
                    s.p(".");
                }
                11 => {
                    self.clause(&mut s);
                    s.p(",");
                    s.w(["but", "while", "although", "and"][self.rng.below(4)]);
                    self.clause(&mut s);
                    s.p(".");
                }
                12 => {
                    s.w("The");
                    let (sg, _) = self.noun();
                    s.w(&sg);
                    s.p(",");
                    s.w("which");
                    self.predicate(&mut s, false);
                    s.p(",");
                    let v = self.verb();
                    s.w(&v.past);
                    self.np(&mut s);
                    s.p(".");
                }
                _ => {
                    self.np(&mut s);
                    s.w(["was", "had been", "will be"][self.rng.below(3)]);
                    let v = self.verb();
                    s.w(&v.participle);
                    s.w("by");
                    let e = self.pick_entity();
                    let t = self.entity(e);
                    s.w(&t);
                    self.when(&mut s);
                    s.p(".");
                }
            }
            if (10..=30).contains(&s.words) || attempt == 7 {
                return s.finish();
            }
        }
        unreachable!("the last attempt always returns")
    }

    fn paragraphs(&mut self, n: usize) -> Vec<String> {
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let sentences = if i == 0 {
                self.rng.range(1, 2)
            } else {
                self.rng.range(1, 4)
            };
            let mut p = String::new();
            for j in 0..sentences {
                if j > 0 {
                    p.push(' ');
                }
                p.push_str(&self.sentence(i == 0 && j == 0));
            }
            out.push(p);
        }
        out
    }

    /// A headline: short, present tense, no final full stop.
    fn headline(&mut self) -> String {
        let theme = &THEMES[self.story().theme];
        let saved = std::mem::take(&mut self.introduced);
        // Headlines use short forms and do not count as first mentions.
        let person_id = self.story_person();
        let p = &self.world.people[person_id];
        let surname = p.spellings[self.variant(0, person_id, p.spellings.len())]
            .1
            .clone();
        let place_id = self.story().places[0];
        let place = self.place_name(place_id);
        let (sg, pl) = self.noun();
        let v = self.verb();
        let adj = self.adj();
        let text = match self.rng.below(7) {
            0 => format!("{surname} {}", self.rng.pick(theme.headline)),
            1 => format!("{place} {}", self.rng.pick(theme.headline)),
            2 => format!("{place} {sg} {} {adj} {pl}", v.third),
            3 => format!("{surname} says ‘{adj} {sg}’ {}", v.participle),
            4 => {
                let org = self.story().orgs[0];
                let o = &self.world.orgs[org];
                let short = o.acronym.clone().unwrap_or_else(|| o.spellings[0].clone());
                format!("{short} to {} {pl} in {place}", v.base)
            }
            5 => {
                let n = self.number();
                format!(
                    "{adj} {sg} in {place} leaves {n} {}",
                    self.rng
                        .pick(&["dead", "homeless", "without power", "injured"])
                )
            }
            _ => {
                let (sg2, _) = self.noun();
                format!("{surname} {} {pl} as {sg2} grows", v.third)
            }
        };
        self.introduced = saved;
        let mut t = Sentence::new();
        t.w(&text);
        let t = t.finish();
        if self.world.sources[self.plan.source].title_case {
            title_case(&t)
        } else {
            t
        }
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if matches!(
                w,
                "a" | "an" | "the" | "of" | "in" | "to" | "as" | "and" | "for"
            ) {
                w.to_string()
            } else {
                let mut c = w.chars();
                match c.next() {
                    Some('‘') => {
                        let rest: String = c.collect();
                        format!("‘{}", title_case(&rest))
                    }
                    Some(f) => f.to_uppercase().chain(c).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How an article's file presents its metadata.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Format {
    /// Front matter with title, source and date (wire, author, url on some).
    Full,
    /// Front matter with title and source; the date is in a dateline in the text.
    SourceOnly,
    /// No front matter: headline, then `Jan 10, 2022 - World`.
    Dateline,
    /// No front matter: headline, author, `3 min read · Nov 18, 2022` (blog style).
    ReadingTime,
    /// No front matter: `MOSCOW (Reuters) -` in the lead and `Updated 10 January 2022`.
    WireDateline,
    /// No front matter and no date anywhere: the ingest report must say so.
    Undated,
}

/// Wraps a paragraph at about `width` characters, as text copied from some pages is.
fn wrap(p: &str, width: usize) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut col = 0;
    for word in p.split(' ') {
        let len = word.chars().count();
        if col > 0 && col + 1 + len > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += len;
    }
    out
}

/// The complete text of article `index`.
pub fn write(world: &World, words: &Words, seed: u64, index: usize) -> String {
    let plan = &world.plans[index];
    let source = &world.sources[plan.source];
    let mut rng = Rng::new(derive(seed, "article", &[index as u64]));

    // Agency copy of one story is the same text wherever it runs, so the body comes
    // from a stream shared by every outlet carrying that agency's version.
    let body_seed = match plan.wire {
        Some(w) => derive(seed, "wire", &[plan.story as u64, w as u64]),
        None => derive(seed, "body", &[index as u64]),
    };
    let mut writer = Writer::new(world, words, plan, body_seed);
    let n_paragraphs = writer.rng.range(4, 15);
    let mut paragraphs = writer.paragraphs(n_paragraphs);
    if plan.wire.is_some() && paragraphs.len() > 5 && rng.chance(0.5) {
        // Outlets cut agency copy from the bottom.
        let keep = rng.range(4, paragraphs.len());
        paragraphs.truncate(keep);
    }
    // The headline is the outlet's own.
    writer.rng = Rng::new(derive(seed, "headline", &[index as u64]));
    writer.introduced.clear();
    let title = writer.headline();
    let wire = plan.wire.map(|w| lexicon::WIRES[w]);

    let format = match rng.chance(source.bare) {
        false if rng.chance(0.1) => Format::SourceOnly,
        false => Format::Full,
        true => match rng.weighted(&[40, 20, 30, 10]) {
            0 => Format::Dateline,
            1 => Format::ReadingTime,
            2 if wire.is_some() => Format::WireDateline,
            2 => Format::Dateline,
            _ => Format::Undated,
        },
    };
    let author = (!source.staff.is_empty() && rng.chance(if wire.is_some() { 0.1 } else { 0.45 }))
        .then(|| rng.pick(&source.staff).clone());
    let published = plan.published;

    let mut out = String::with_capacity(4096);
    let mut lines: Vec<String> = Vec::new();
    if matches!(format, Format::Full | Format::SourceOnly) {
        out.push_str("---\n");
        out.push_str(&format!("title: {title}\n"));
        out.push_str(&format!("source: {}\n", source.name));
        if format == Format::Full {
            if let Some(w) = wire {
                out.push_str(&format!("wire: {w}\n"));
            }
            if let Some(a) = &author {
                out.push_str(&format!("author: {a}\n"));
            }
            out.push_str(&format!("published: {}\n", published.iso()));
            if rng.chance(0.3) {
                let (y, m, d) = published.ymd();
                let slug = crate::world::slug(&title);
                out.push_str(&format!(
                    "url: https://{}.example/{y}/{m:02}/{d:02}/{slug}\n",
                    source.slug
                ));
            }
        }
        out.push_str("---\n");
        // Copied pages often repeat the headline above the text.
        if rng.chance(0.3) {
            lines.push(title.clone());
        }
    } else {
        lines.push(title.clone());
        if rng.chance(0.15) {
            lines.push(format!("{title}  "));
        }
    }

    let furnished = rng.chance(source.furniture);
    if furnished && rng.chance(0.5) {
        lines.push("Share this article".to_string());
    }
    match format {
        Format::SourceOnly | Format::Dateline => {
            let section = rng.pick(lexicon::SECTIONS);
            lines.push(match rng.below(3) {
                0 => format!("{} - {section}", published.short_us()),
                1 => format!("Updated {}", published.long_uk()),
                _ => format!("{} | {section}", published.long_us()),
            });
            if let (Format::Dateline, Some(a)) = (format, &author) {
                lines.push(format!("By {a}"));
            }
        }
        Format::ReadingTime => {
            lines.push(
                author
                    .clone()
                    .unwrap_or_else(|| rng.pick(&source.staff).clone()),
            );
            let minutes = 1 + paragraphs.len() / 3;
            lines.push(format!("{minutes} min read · {}", published.short_us()));
            lines.push("--".to_string());
        }
        Format::WireDateline => {
            lines.push(format!("Updated {}", published.long_uk()));
        }
        Format::Full | Format::Undated => {}
    }
    if furnished && rng.chance(0.4) {
        let who = &world.people[world.stories[plan.story].people[0]].spellings[0];
        let credit = wire.unwrap_or("Getty Images");
        lines.push(format!(
            "{} {} at a news conference. Photo: {}/{credit}",
            who.0, who.1, world.sources[plan.source].staff[0]
        ));
    }

    // Agency copy opens with its dateline: `VARNSK (Reuters) - ` or `VARNSK, Varnia: `.
    if let Some(w) = wire {
        let story = &world.stories[plan.story];
        let place = &world.places[story.places[0]];
        let city = place.spellings[0].to_uppercase();
        if format == Format::WireDateline || rng.chance(0.4) {
            paragraphs[0] = format!("{city} ({w}) - {}", paragraphs[0]);
        } else if rng.chance(0.3) {
            let country = &world.places[place.country].spellings[0];
            paragraphs[0] = if place.kind == PlaceKind::Country {
                format!("{city}: {}", paragraphs[0])
            } else {
                format!("{city}, {country}: {}", paragraphs[0])
            };
        }
        if format != Format::Full && rng.chance(0.5) {
            if let Some(last) = paragraphs.last_mut() {
                last.push_str(&format!(" – {w}"));
            }
        }
    }

    let related_at = (furnished && paragraphs.len() > 4 && rng.chance(0.6))
        .then(|| rng.range(2, paragraphs.len() - 1));
    let subhead_at = (paragraphs.len() > 8 && rng.chance(0.15)).then(|| rng.range(3, 7));
    let bullets_from = (paragraphs.len() > 6 && rng.chance(0.05)).then(|| rng.range(3, 5));
    let wrapped = rng.chance(source.wrapped);
    let width = rng.range(88, 100);
    for (i, p) in paragraphs.iter().enumerate() {
        if Some(i) == related_at {
            let other = rng.below(world.plans.len());
            let mut w2 = Writer::new(world, words, &world.plans[other], rng.next_u64());
            lines.push(format!("Related article: {}", w2.headline()));
        }
        if Some(i) == subhead_at {
            let adj = writer.adj();
            let (sg, _) = writer.noun();
            let mut s = Sentence::new();
            s.w(&format!("‘{adj} {sg}’"));
            lines.push(s.finish());
        }
        let text = if bullets_from.is_some_and(|b| i >= b && i < b + 2) {
            format!("  • {p}")
        } else {
            p.clone()
        };
        lines.push(if wrapped { wrap(&text, width) } else { text });
    }
    if furnished {
        match rng.below(4) {
            0 => {
                lines.push("Leave a Reply".to_string());
                lines.push(
                    "Your email address will not be published. Required fields are marked *"
                        .to_string(),
                );
            }
            1 => lines.push(format!("Comments ({})", rng.below(200))),
            2 => lines.push(format!(
                "Follow us on Twitter for more from {}!",
                source.name
            )),
            _ => lines.push(format!(
                "© {} {}. All rights reserved.",
                published.year(),
                source.name
            )),
        }
    }

    out.push_str(&lines.join("\n\n"));
    out.push('\n');
    out
}
