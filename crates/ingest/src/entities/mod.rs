//! Step 4, entities: the people, organisations and places the articles name, every
//! mention of them, and their spellings merged into one entity each — with rules, not
//! a trained model, so it runs offline, fast and the same on every machine.
//!
//! 1. [`candidates`]: capitalised runs in each paragraph, cut at titles and between
//!    names, with context cues (a title or role before, a verb of saying beside).
//! 2. Sentence-initial words prove nothing by their capital: a lone one is kept only
//!    if the corpus also writes it capitalised mid-sentence, or its words type it.
//! 3. [`typing`]: words first (gazetteer, head words, acronyms), then cues pooled over
//!    every occurrence of the same name, then "a full name is a person's".
//! 4. [`merge`]: spelling variants, acronyms, then one-word person names resolved to
//!    the full name they abbreviate, in the article first and then in the corpus.
//!
//! No list of any story's people or organisations is involved; the same rules run on
//! articles nobody has seen. The corpus's own outlets and wire agencies (from its
//! metadata) are known organisations.

pub mod candidates;
pub mod lexicon;
pub mod merge;
pub mod typing;

use crate::read::slugify;
use crate::text::fold;
use candidates::Candidate;
use merge::{normal_word, Name, UnionFind};
use newsprism_model::{Article, Entity, EntityKind, Mention};
use std::collections::{BTreeMap, HashMap, HashSet};
use typing::Intrinsic;

/// The entities of a corpus, and notes for the report.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub entities: Vec<Entity>,
    pub notes: Vec<String>,
}

/// A candidate and where it is.
struct Occurrence {
    article: usize,
    cand: Candidate,
    /// Folded surface, the key cues are pooled under.
    key: String,
}

/// What became of an occurrence.
#[derive(Clone, Copy, PartialEq)]
enum Fate {
    Name(usize),
    /// A one-word name that may be a person's surname or first name.
    Pending,
    Dropped,
}

/// A URL id for an entity named `name` that is not yet in `used` (and is then
/// added to it): the slug of the name, else the slug with the kind, else with a
/// number. The entities step and the overrides both name entities this way.
pub(crate) fn unique_id(name: &str, kind: EntityKind, used: &mut HashSet<String>) -> String {
    let base = match slugify(name) {
        s if s.is_empty() => "entity".to_string(),
        s => s,
    };
    let mut id = base.clone();
    if used.contains(&id) {
        id = format!("{base}-{}", kind.as_str());
    }
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

/// Finds the entities of all `articles` and fills in their `mentions`.
pub fn extract(articles: &mut [Article], known_organisations: &[String]) -> Found {
    let known: HashSet<String> = known_organisations.iter().map(|s| fold(s)).collect();

    // 1. Candidates.
    let mut occ: Vec<Occurrence> = Vec::new();
    for (ai, article) in articles.iter().enumerate() {
        for (pi, p) in article.paragraphs.iter().enumerate() {
            for cand in candidates::candidates(pi, p) {
                let key = fold(&cand.surface);
                occ.push(Occurrence {
                    article: ai,
                    cand,
                    key,
                });
            }
        }
    }

    // "judicial custody (JC)": that acronym names no entity anywhere in the story.
    let common_acronyms: HashSet<(usize, String)> = occ
        .iter()
        .filter(|o| o.cand.common_acronym)
        .map(|o| (o.article, o.key.clone()))
        .collect();
    if !common_acronyms.is_empty() {
        occ.retain(|o| !common_acronyms.contains(&(o.article, o.key.clone())));
    }

    // 2. Words the corpus capitalises mid-sentence.
    let mut mid_sentence: HashSet<String> = HashSet::new();
    for o in &occ {
        for (k, w) in o.cand.words.iter().enumerate() {
            if (k > 0 || !o.cand.initial) && w.chars().next().is_some_and(char::is_uppercase) {
                mid_sentence.insert(fold(w));
            }
        }
    }

    // 3. Typing: by words, then by cues pooled per name.
    let intrinsic: Vec<Intrinsic> = occ
        .iter()
        .map(|o| typing::intrinsic(&o.cand.words, &o.cand.surface, &known))
        .collect();
    let mut person_cues: HashMap<&str, usize> = HashMap::new();
    let mut place_hints: HashMap<&str, usize> = HashMap::new();
    let mut org_cues: HashMap<&str, usize> = HashMap::new();
    let mut place_cues: HashMap<&str, usize> = HashMap::new();
    let mut strong_person_cues: HashMap<&str, usize> = HashMap::new();
    let mut after_the: HashMap<&str, usize> = HashMap::new();
    // Names written somewhere without "the" right before them.
    let written_without_the: HashSet<&str> = occ
        .iter()
        .filter(|o| !o.cand.after_the)
        .map(|o| o.key.as_str())
        .collect();
    // Names written on their own somewhere (not only before a noun): "the Taliban
    // want", "Taliban's war"; a demonym is not.
    let on_its_own: HashSet<&str> = occ
        .iter()
        .filter(|o| o.cand.alone)
        .map(|o| o.key.as_str())
        .collect();
    for o in &occ {
        if o.cand.body_cue && !on_its_own.contains(o.key.as_str()) {
            continue;
        }
        if o.cand.cue == Some(EntityKind::Place) {
            *place_cues.entry(&o.key).or_default() += 1;
        }
        if o.cand.cue == Some(EntityKind::Organisation) {
            *org_cues.entry(&o.key).or_default() += 1;
        }
        if o.cand.cue == Some(EntityKind::Person) {
            *person_cues.entry(&o.key).or_default() += 1;
            if !o.cand.say_only {
                *strong_person_cues.entry(&o.key).or_default() += 1;
            }
        }
        if o.cand.after_the && o.cand.bare {
            *after_the.entry(&o.key).or_default() += 1;
        }
        if o.cand.place_hint {
            *place_hints.entry(&o.key).or_default() += 1;
        }
    }
    // One-word names of unknown kind in each story (not ordinary words such as
    // "United"): a full name whose last word is among them is referred to by
    // surname, as people are.
    let lone: HashSet<(usize, String)> = occ
        .iter()
        .zip(&intrinsic)
        .filter(|(o, intr)| {
            o.cand.words.len() == 1
                && **intr == Intrinsic::Unknown
                && !org_cues.contains_key(o.key.as_str())
                && !place_cues.contains_key(o.key.as_str())
                && !lexicon::is_common_word(&o.cand.words[0])
        })
        .map(|(o, _)| (o.article, normal_word(&o.cand.words[0])))
        .collect();
    // One-word names the context marks as a person's ("Vassen says"): a full name
    // opening with one of them in the same story is that person's.
    let lone_person: HashSet<(usize, String)> = occ
        .iter()
        .zip(&intrinsic)
        .filter(|(o, intr)| {
            o.cand.words.len() == 1
                && **intr == Intrinsic::Unknown
                && o.cand.cue == Some(EntityKind::Person)
        })
        .map(|(o, _)| (o.article, normal_word(&o.cand.words[0])))
        .collect();
    // "Pell Oran Dusk" ... "Oran Dusk said": the tail of a longer name that opens
    // with a given name or has a person's cue is that person's.
    let joined = |w: &[String]| {
        w.iter()
            .map(|x| normal_word(x))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut tails: HashSet<(usize, String)> = HashSet::new();
    for o in &occ {
        let w = &o.cand.words;
        if w.len() > 2
            && (typing::opens_with_given_name(w) || strong_person_cues.contains_key(o.key.as_str()))
        {
            for k in 1..w.len() - 1 {
                tails.insert((o.article, joined(&w[k..])));
            }
        }
    }
    let person_evidence = |o: &Occurrence| {
        let w = &o.cand.words;
        typing::opens_with_given_name(w)
            || tails.contains(&(o.article, joined(w)))
            || lone.contains(&(o.article, normal_word(&w[w.len() - 1])))
            || lone_person.contains(&(o.article, normal_word(&w[0])))
    };
    let no_cue = |o: &Occurrence| {
        let k = o.key.as_str();
        !person_cues.contains_key(k) && !org_cues.contains_key(k) && !place_cues.contains_key(k)
    };
    let mut kinds: Vec<Option<EntityKind>> = Vec::with_capacity(occ.len());
    let mut fates: Vec<Fate> = Vec::with_capacity(occ.len());
    for (o, intr) in occ.iter().zip(&intrinsic) {
        let single = o.cand.words.len() == 1;
        // "Police said ...", "the Ministry said", "a Bureau spokesperson", "cuts to
        // Government funding": a body's generic noun alone, capitalised or not,
        // stands for a name given elsewhere or nowhere ("Kremlin", "Parliament"
        // name one body and stay).
        let lone_head = single
            && !o.cand.words[0].chars().all(|c| !c.is_lowercase())
            && lexicon::in_list(GENERIC_BODIES, &o.cand.words[0]);
        let (kind, fate) = match intr {
            _ if o.cand.dateline_place => (Some(EntityKind::Place), Fate::Name(0)),
            _ if lone_head => (None, Fate::Dropped),
            // "Plaid Cymru said", "shares of Sberbank": a well-known organisation's
            // name that the words themselves do not type. A one-word name may still
            // turn out to be the surname of someone named in the story.
            Intrinsic::Unknown | Intrinsic::NotAnEntity
                if lexicon::listed_organisation(&o.cand.surface).is_some() =>
            {
                (
                    Some(EntityKind::Organisation),
                    if single { Fate::Pending } else { Fate::Name(0) },
                )
            }
            // "the mining giant Anglo Danish": a noun for a firm outweighs words
            // that are otherwise adjectives.
            Intrinsic::NotAnEntity
                if !single
                    && o.cand.cue == Some(EntityKind::Organisation)
                    && o.cand.bare
                    && !o.cand.initial =>
            {
                (Some(EntityKind::Organisation), Fate::Name(0))
            }
            Intrinsic::NotAnEntity => (None, Fate::Dropped),
            Intrinsic::Kind(k) => (Some(*k), Fate::Name(0)),
            // A town's name opening a sentence, with nothing else said of it, or
            // with only a place's cue ("Kessa and Orra Counties"): a place, unless it
            // turns out to be the surname of someone named in the story.
            Intrinsic::Unknown
                if single
                    && o.cand.initial
                    && !mid_sentence.contains(&fold(&o.cand.words[0]))
                    && (no_cue(o) && lexicon::is_world_place(&o.cand.surface)
                        || place_cues.contains_key(o.key.as_str())
                            && !person_cues.contains_key(o.key.as_str())
                            && !org_cues.contains_key(o.key.as_str())) =>
            {
                (Some(EntityKind::Place), Fate::Pending)
            }
            Intrinsic::Unknown
                if single && o.cand.initial && !mid_sentence.contains(&fold(&o.cand.words[0])) =>
            {
                (None, Fate::Dropped)
            }
            // Context says organisation more often than person, over the corpus. A
            // one-word name may still be the surname of a person named in full ("the
            // Modi government").
            Intrinsic::Unknown
                if org_cues.get(o.key.as_str()).copied().unwrap_or(0)
                    > person_cues.get(o.key.as_str()).copied().unwrap_or(0) =>
            {
                (
                    Some(EntityKind::Organisation),
                    if single && o.cand.defines_acronym_of.is_none() {
                        Fate::Pending
                    } else {
                        Fate::Name(0)
                    },
                )
            }
            Intrinsic::Unknown
                if place_cues.contains_key(o.key.as_str())
                    && !person_cues.contains_key(o.key.as_str()) =>
            {
                (Some(EntityKind::Place), Fate::Name(0))
            }
            // "the Hope Probe", "the Orra Vessa event": a name of two words or more
            // that is only ever written after "the", with no cue that it is a
            // person's, is no person's: a thing's (a craft, a programme, an event),
            // or a body's when it stands alone and no given name opens it (below).
            Intrinsic::Unknown
                if !single
                    && !written_without_the.contains(o.key.as_str())
                    && !strong_person_cues.contains_key(o.key.as_str())
                    && (typing::opens_with_given_name(&o.cand.words)
                        || !after_the.contains_key(o.key.as_str())) =>
            {
                (None, Fate::Dropped)
            }
            // "the Kestrel Trust said": "the" comes before an organisation's name,
            // not a person's. (A lone word after "the" is as often a work or a
            // family: "the Koran", "the Smiths".)
            Intrinsic::Unknown
                if !single
                    && after_the.contains_key(o.key.as_str())
                    && !strong_person_cues.contains_key(o.key.as_str())
                    && !typing::opens_with_given_name(&o.cand.words) =>
            {
                (Some(EntityKind::Organisation), Fate::Name(0))
            }
            Intrinsic::Unknown
                if person_cues.contains_key(o.key.as_str())
                    && (strong_person_cues.contains_key(o.key.as_str())
                        || if single {
                            lexicon::is_given_name(&o.cand.words[0])
                        } else {
                            person_evidence(o)
                        }) =>
            {
                (
                    Some(EntityKind::Person),
                    if single { Fate::Pending } else { Fate::Name(0) },
                )
            }
            // "Northwind said": a verb of saying is all. A one-word name may still
            // turn out to be a person's surname, else it is a company's or a body's
            // (people are named in full first). A full name that speaks is more
            // often a person's than a firm's without a firm's words.
            Intrinsic::Unknown if person_cues.contains_key(o.key.as_str()) => {
                if single && surname_shaped(&o.cand.words[0]) {
                    (Some(EntityKind::Person), Fate::Pending)
                } else if single {
                    (Some(EntityKind::Organisation), Fate::Pending)
                } else if typing::looks_like_full_name(&o.cand.words) {
                    (Some(EntityKind::Person), Fate::Name(0))
                } else {
                    (Some(EntityKind::Organisation), Fate::Name(0))
                }
            }
            Intrinsic::Unknown if single => (
                lexicon::is_world_place(&o.cand.surface).then_some(EntityKind::Place),
                Fate::Pending,
            ),
            Intrinsic::Unknown
                if typing::looks_like_full_name(&o.cand.words) && person_evidence(o) =>
            {
                (Some(EntityKind::Person), Fate::Name(0))
            }
            // "Kafr Qasim", "Ciudad Obregón": a town's name, with no other evidence.
            Intrinsic::Unknown if lexicon::is_world_place(&o.cand.surface) => {
                (Some(EntityKind::Place), Fate::Name(0))
            }
            // Made only of words that are not ordinary English: after "in", a
            // place's name ("in Kafr Orra"); else a person's ("Sadiq Kamarov").
            Intrinsic::Unknown
                if typing::looks_like_full_name(&o.cand.words)
                    && typing::only_name_words(&o.cand.words) =>
            {
                let at = word_before(
                    &articles[o.article].paragraphs[o.cand.paragraph],
                    o.cand.start,
                ) == "at";
                if place_hints.contains_key(o.key.as_str()) || at {
                    (Some(EntityKind::Place), Fate::Name(0))
                } else {
                    (Some(EntityKind::Person), Fate::Name(0))
                }
            }
            Intrinsic::Unknown => (None, Fate::Dropped),
        };
        kinds.push(kind);
        fates.push(fate);
    }

    // "Orra Vessa Province (OVP)": initials in brackets after a place's name are
    // that place's, whatever a word in capitals would otherwise be.
    let mut place_initials: HashSet<(usize, String)> = HashSet::new();
    for i in 0..occ.len() {
        let Some(long) = &occ[i].cand.defines_acronym_of else {
            continue;
        };
        let place = (0..i).rev().take(3).any(|j| {
            occ[j].article == occ[i].article
                && occ[j].cand.surface == *long
                && kinds[j] == Some(EntityKind::Place)
        });
        if place {
            kinds[i] = Some(EntityKind::Place);
            fates[i] = Fate::Name(0);
            place_initials.insert((occ[i].article, occ[i].cand.surface.clone()));
        }
    }
    // ... and so are the same initials later in the story.
    for (i, o) in occ.iter().enumerate() {
        if kinds[i] == Some(EntityKind::Organisation)
            && place_initials.contains(&(o.article, o.cand.surface.clone()))
        {
            kinds[i] = Some(EntityKind::Place);
        }
    }

    // A match report: a town's name, not after "in" or "near", is its club's.
    let football: Vec<bool> = articles
        .iter()
        .map(|a| {
            // Cheap test first: a word hardly used outside football.
            let any_only = a
                .paragraphs
                .iter()
                .any(|p| lexicon::FOOTBALL_ONLY_WORDS.iter().any(|w| p.contains(w)));
            if !any_only {
                return false;
            }
            let mut seen: HashSet<&str> = HashSet::new();
            for p in &a.paragraphs {
                for w in p.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
                    if let Some(f) = lexicon::FOOTBALL_WORDS
                        .iter()
                        .find(|f| f.len() == w.len() && f.eq_ignore_ascii_case(w))
                    {
                        seen.insert(f);
                    }
                }
            }
            // "goals", "penalty" and "scored" alone may be a policy or a court story.
            seen.len() >= 3
                && seen
                    .iter()
                    .any(|w| lexicon::FOOTBALL_ONLY_WORDS.contains(w))
        })
        .collect();
    // (Not a town's name between "the" and a noun it qualifies: "the Orra giants",
    // "the Vessa club", "the Orra audience".)
    for (i, o) in occ.iter().enumerate() {
        if football[o.article]
            && kinds[i] == Some(EntityKind::Place)
            && (!o.cand.after_the || o.cand.alone)
            && !o.cand.place_hint
            && !o.cand.dateline_place
            && !lexicon::gazetteer()
                .nations
                .contains(&lexicon::place_key(&o.cand.surface))
            && !lexicon::in_list(lexicon::PLACE_HEADS, &o.cand.words[o.cand.words.len() - 1])
        {
            kinds[i] = Some(EntityKind::Organisation);
        }
    }

    // A full name without evidence of its own, listed with a person's ("X and Y",
    // "X, Y and Z"), is a person's too.
    let mut unproven: Vec<bool> = (0..occ.len())
        .map(|i| {
            fates[i] == Fate::Dropped
                && intrinsic[i] == Intrinsic::Unknown
                && occ[i].cand.words.len() > 1
                && typing::looks_like_full_name(&occ[i].cand.words)
        })
        .collect();
    let same_list = |a: usize, b: usize| {
        occ[a].article == occ[b].article
            && occ[a].cand.paragraph == occ[b].cand.paragraph
            && occ[b].cand.joined_before
    };
    loop {
        let mut changed = false;
        for i in 0..occ.len() {
            if !unproven[i] {
                continue;
            }
            let person = |j: usize| kinds[j] == Some(EntityKind::Person);
            let before = i > 0 && same_list(i - 1, i) && person(i - 1);
            let after = i + 1 < occ.len() && same_list(i, i + 1) && person(i + 1);
            if before || after {
                kinds[i] = Some(EntityKind::Person);
                fates[i] = Fate::Name(0);
                unproven[i] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // "Orrelton, Vossbury, Tczew Heights and Malbork": a name nothing types, listed
    // with places, is a place (a one-word one may still turn out to be a surname).
    let untyped_name = |i: usize, kinds: &[Option<EntityKind>], fates: &[Fate]| {
        intrinsic[i] == Intrinsic::Unknown
            && kinds[i].is_none()
            && no_cue(&occ[i])
            && match fates[i] {
                Fate::Pending => true,
                Fate::Dropped => {
                    occ[i].cand.words.len() > 1 || !occ[i].cand.initial || occ[i].cand.joined_before
                }
                Fate::Name(_) => false,
            }
    };
    loop {
        let mut changed = false;
        for i in 0..occ.len() {
            if !untyped_name(i, &kinds, &fates) {
                continue;
            }
            // Not a place's possessive: "Orra, Vessa and Malbork's port".
            // (Or a name nothing types that a place's cue opens the list with:
            // "districts like Ablem, Orrikrom and Kwabo".)
            let place = |j: usize| {
                let o = &occ[j];
                (kinds[j] == Some(EntityKind::Place)
                    || o.cand.place_hint && untyped_name(j, &kinds, &fates))
                    && !articles[o.article].paragraphs[o.cand.paragraph]
                        .chars()
                        .skip(o.cand.end)
                        .take(2)
                        .collect::<String>()
                        .starts_with(['\'', '\u{2019}'])
            };
            let before = i > 0 && same_list(i - 1, i) && place(i - 1);
            let after = i + 1 < occ.len() && same_list(i, i + 1) && place(i + 1);
            if before || after {
                kinds[i] = Some(EntityKind::Place);
                if fates[i] == Fate::Dropped {
                    fates[i] = if occ[i].cand.words.len() == 1 {
                        Fate::Pending
                    } else {
                        Fate::Name(0)
                    };
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // "floods in Zhorra, Qilla Vessa, Kohm and Tarn", "areas of Ojo Vessa,
    // Orrinyin and Idumo": a name typed a person's by its form alone is a place
    // when the list it stands in is one of places, or a plural noun for places
    // introduces it.
    {
        let weak_person = |i: usize| {
            let o = &occ[i];
            kinds[i] == Some(EntityKind::Person)
                && intrinsic[i] == Intrinsic::Unknown
                && o.cand.words.len() > 1
                && !person_cues.contains_key(o.key.as_str())
                && !person_evidence(o)
        };
        let mut to_place = Vec::new();
        for i in 0..occ.len() {
            if !weak_person(i) {
                continue;
            }
            let mut places = 0;
            let mut first = i;
            while first > 0 && same_list(first - 1, first) {
                first -= 1;
                places += usize::from(kinds[first] == Some(EntityKind::Place));
            }
            let mut j = i;
            while j + 1 < occ.len() && same_list(j, j + 1) {
                j += 1;
                places += usize::from(kinds[j] == Some(EntityKind::Place));
            }
            let introduced = occ[first].cand.place_hint && j > first;
            if places >= 2 || introduced {
                to_place.push(i);
            }
        }
        for i in to_place {
            kinds[i] = Some(EntityKind::Place);
        }
    }

    // "Hezbollah and Hamas said", "Orrin and Northwind said": a word opening the
    // sentence, not an ordinary word, listed before an organisation is one too;
    // so is a word nothing types listed with one ("Al-Orra, Vessa FC and Brakton").
    for i in 0..occ.len() {
        let o = &occ[i];
        let listed_with_body = |j: usize| kinds[j] == Some(EntityKind::Organisation);
        let next = i + 1 < occ.len() && same_list(i, i + 1) && listed_with_body(i + 1);
        let plain = intrinsic[i] == Intrinsic::Unknown
            && o.cand.words.len() == 1
            && !lexicon::is_common_word(&o.cand.words[0])
            && !lexicon::is_given_name(&o.cand.words[0]);
        if plain && fates[i] == Fate::Dropped && o.cand.initial && next {
            kinds[i] = Some(EntityKind::Organisation);
            fates[i] = Fate::Name(0);
        } else if plain
            && (fates[i] == Fate::Pending || fates[i] == Fate::Dropped && o.cand.initial)
            && kinds[i].is_none()
            && no_cue(o)
        {
            // A list of three names or more, or two bodies besides: "X and Y"
            // alone may pair a firm with its product.
            let (mut bodies, mut others) = (0, 0);
            let mut j = i;
            while j > 0 && same_list(j - 1, j) {
                j -= 1;
                bodies += usize::from(listed_with_body(j));
                others += 1;
            }
            let mut j = i;
            while j + 1 < occ.len() && same_list(j, j + 1) {
                j += 1;
                bodies += usize::from(listed_with_body(j));
                others += 1;
            }
            if bodies == 0 || (bodies < 2 && others < 2) {
                continue;
            }
            kinds[i] = Some(EntityKind::Organisation);
            if fates[i] == Fate::Dropped {
                fates[i] = Fate::Name(0);
            }
        }
    }

    // "Nuvo Karta, the second-largest party" ... "Nuvo Karta will": a name
    // typed in one place of a story is that kind wherever else the story writes it.
    {
        let typed = story_kinds(&occ, |i| {
            matches!(fates[i], Fate::Name(_))
                .then_some(kinds[i])
                .flatten()
        });
        // "Nuvo Karta Party leader ..." ... "Nuvo Karta has": a body's name without
        // its own word ("Party", "Group", a firm's tail word).
        let mut cores: HashSet<(usize, String)> = HashSet::new();
        for (i, o) in occ.iter().enumerate() {
            let w = without_the(&o.cand.words);
            if let (Fate::Name(_), Some(EntityKind::Organisation)) = (fates[i], kinds[i]) {
                let last = &w[w.len() - 1];
                let soft = body_word(&normal_word(last)) || lexicon::in_list(&["party"], last);
                if w.len() > 2 && soft {
                    cores.insert((o.article, joined(&w[..w.len() - 1])));
                }
            }
        }
        for i in 0..occ.len() {
            let o = &occ[i];
            // A name taken for a person's by its form alone ("Nuvo Karta"), or
            // because it speaks ("Nuvo Karta said"), is the body's when the story
            // also writes it with the body's word.
            let weak_person = kinds[i] == Some(EntityKind::Person)
                && intrinsic[i] == Intrinsic::Unknown
                && o.cand.words.len() > 1
                && !strong_person_cues.contains_key(o.key.as_str())
                && !person_evidence(o);
            if weak_person && cores.contains(&(o.article, joined(&o.cand.words))) {
                kinds[i] = Some(EntityKind::Organisation);
                continue;
            }
            if fates[i] == Fate::Dropped
                && intrinsic[i] == Intrinsic::Unknown
                && o.cand.words.len() > 1
            {
                if let Some(kind) = typed.get(&(o.article, o.key.clone())) {
                    kinds[i] = Some(*kind);
                    fates[i] = Fate::Name(0);
                } else if cores.contains(&(o.article, joined(&o.cand.words))) {
                    kinds[i] = Some(EntityKind::Organisation);
                    fates[i] = Fate::Name(0);
                }
            }
        }
    }

    // 4. Names: one per (kind, folded surface); spelling variants and acronyms merged.
    let mut names: Vec<Name> = Vec::new();
    let mut name_of: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut uf = UnionFind::default();
    let gaz = lexicon::gazetteer();
    let mut intern =
        |kind: EntityKind, o: &Occurrence, names: &mut Vec<Name>, uf: &mut UnionFind| -> usize {
            *name_of.entry((kind, o.key.clone())).or_insert_with(|| {
                names.push(Name {
                    kind,
                    // "al-Thani" is "Al Thani" written with a hyphen.
                    words: o
                        .cand
                        .words
                        .iter()
                        .flat_map(|w| match w.split_once('-') {
                            Some((a, b))
                                if lexicon::in_list(&["al", "el"], a)
                                    && b.chars().next().is_some_and(char::is_uppercase) =>
                            {
                                vec![normal_word(a), normal_word(b)]
                            }
                            _ => vec![normal_word(w)],
                        })
                        .collect(),
                    listed: match kind {
                        EntityKind::Place => {
                            let key = lexicon::place_key(&o.cand.surface);
                            gaz.canonical
                                .get(&key)
                                .or_else(|| gaz.places.get(&key))
                                .cloned()
                        }
                        EntityKind::Organisation => {
                            lexicon::listed_organisation(&o.cand.surface).map(|b| b.to_string())
                        }
                        EntityKind::Person => None,
                    },
                });
                uf.add()
            })
        };
    for i in 0..occ.len() {
        if let (Fate::Name(_), Some(kind)) = (fates[i], kinds[i]) {
            fates[i] = Fate::Name(intern(kind, &occ[i], &mut names, &mut uf));
        }
    }
    merge::merge_variants(&names, &mut uf);
    merge_name_tails(&occ, &fates, &names, &mut uf);
    merge_legal_suffixes(&occ, &fates, &names, &mut uf);
    merge_first_words(&occ, &fates, &names, &mut uf);
    merge_acronyms(&occ, &fates, &names, &mut uf);

    // 5. One-word names: surnames and first names of full names, in the article and
    //    then in the corpus; else a name of their own when typed, else dropped.
    let person_roots_by_last = {
        let mut m: HashMap<String, HashSet<usize>> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            if n.kind == EntityKind::Person && n.words.len() > 1 {
                let root = uf.find(i);
                m.entry(n.words[n.words.len() - 1].clone())
                    .or_default()
                    .insert(root);
            }
        }
        m
    };
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, o) in occ.iter().enumerate() {
        by_article.entry(o.article).or_default().push(i);
    }
    // "Pomorskie Region" ... "Pomorskie": the region's name without its region word.
    let region_cores = one_word_cores(&occ, &fates, &names, EntityKind::Place, |w| {
        REGION_WORDS.iter().any(|r| normal_word(r) == w)
    });
    // "Orraco Electronics" ... "Orraco": a one-word firm's name before its tail word.
    let org_cores = one_word_cores(&occ, &fates, &names, EntityKind::Organisation, body_word);
    // The kind each name has where it is typed, per article (one kind only).
    let typed_here = story_kinds(&occ, |i| match fates[i] {
        Fate::Name(n) => Some(names[n].kind),
        _ => None,
    });
    let mut untyped: BTreeMap<String, usize> = BTreeMap::new();
    // People's surnames by the spellings one deletion away (and their own), built
    // when first needed: words one edit apart share one of them.
    let surnames_by_deletion: std::cell::OnceCell<HashMap<String, Vec<&String>>> =
        std::cell::OnceCell::new();
    for ids in by_article.values() {
        // Full person names in this article: (normalised words, root).
        let mut full: Vec<(Vec<String>, usize)> = Vec::new();
        // Where each person named in full is first named.
        let mut first_named: HashMap<usize, (usize, usize)> = HashMap::new();
        for &i in ids {
            if let Fate::Name(n) = fates[i] {
                if names[n].kind == EntityKind::Person && names[n].words.len() > 1 {
                    let root = uf.find(n);
                    if !full.iter().any(|(w, r)| *r == root && *w == names[n].words) {
                        full.push((names[n].words.clone(), root));
                    }
                    let at = (occ[i].cand.paragraph, occ[i].cand.start);
                    let e = first_named.entry(root).or_insert(at);
                    *e = (*e).min(at);
                }
            }
        }
        for &i in ids {
            if fates[i] != Fate::Pending {
                continue;
            }
            let w = normal_word(&occ[i].cand.words[0]);
            let unique =
                |roots: HashSet<usize>| (roots.len() == 1).then(|| *roots.iter().next().unwrap());
            let by_last = |fuzzy: bool| -> HashSet<usize> {
                full.iter()
                    .filter(|(words, _)| {
                        let last = &words[words.len() - 1];
                        *last == w
                            || (fuzzy
                                && w.chars().count() >= 6
                                && last.chars().count() >= 6
                                && merge::within_one_edit(last, &w))
                    })
                    .map(|(_, r)| *r)
                    .collect()
            };
            let by_first: HashSet<usize> = full
                .iter()
                .filter(|(words, _)| words[0] == w)
                .map(|(_, r)| *r)
                .collect();
            // "Amadou Kessely Diallo" ... "Kessely": a middle name used alone.
            let by_middle: HashSet<usize> = full
                .iter()
                .filter(|(words, _)| {
                    words.len() > 2
                        && words[1..words.len() - 1].contains(&w)
                        && w.chars().count() >= 4
                })
                .map(|(_, r)| *r)
                .collect();
            // "Ana Roe ... Roe said ... her brother Ilo Roe ...": before the
            // second person of that surname is named, the surname is the first's.
            let at = (occ[i].cand.paragraph, occ[i].cand.start);
            let named_before = |roots: HashSet<usize>| -> HashSet<usize> {
                roots
                    .into_iter()
                    .filter(|r| first_named.get(r).is_some_and(|&f| f < at))
                    .collect()
            };
            let resolved = unique(by_last(false))
                .or_else(|| unique(named_before(by_last(false))))
                .or_else(|| unique(by_last(true)))
                .or_else(|| unique(by_first))
                .or_else(|| unique(by_middle))
                .or_else(|| person_roots_by_last.get(&w).cloned().and_then(unique));
            // "Nazarbajev" after "Nursultan Nazarbayev" in another story: a person's
            // surname alone, spelled one edit away from one person's in the corpus.
            let spelled_near = || -> Option<usize> {
                if w.chars().count() < 6 {
                    return None;
                }
                let near = surnames_by_deletion.get_or_init(|| {
                    let mut m: HashMap<String, Vec<&String>> = HashMap::new();
                    for last in person_roots_by_last.keys() {
                        if last.chars().count() >= 6 {
                            for v in deletions(last) {
                                m.entry(v).or_default().push(last);
                            }
                        }
                    }
                    m
                });
                let mut roots: HashSet<usize> = HashSet::new();
                for v in deletions(&w) {
                    for last in near.get(&v).into_iter().flatten() {
                        if merge::within_one_edit(last, &w) {
                            roots.extend(person_roots_by_last[*last].iter().copied());
                        }
                    }
                }
                unique(roots)
            };
            // (Only for a surname by its ending: the search runs over every person;
            // and only where nothing above resolved the word.)
            let shaped = resolved.is_none() && surname_shaped(&occ[i].cand.words[0]);
            let resolved = resolved.or_else(|| {
                let person_like =
                    kinds[i] == Some(EntityKind::Person) || kinds[i].is_none() && occ[i].cand.alone;
                (shaped && person_like).then(spelled_near).flatten()
            });
            fates[i] = match (resolved, kinds[i]) {
                (Some(root), _) => Fate::Name(root),
                (None, Some(kind)) => Fate::Name(intern(kind, &occ[i], &mut names, &mut uf)),
                (None, None)
                    if place_hints.contains_key(occ[i].key.as_str())
                        || region_cores.contains(&(occ[i].article, w.clone())) =>
                {
                    Fate::Name(intern(EntityKind::Place, &occ[i], &mut names, &mut uf))
                }
                // "Orraco Electronics said ... Orraco will": a firm's name without its
                // tail word.
                (None, None) if org_cores.contains(&(occ[i].article, w.clone())) => Fate::Name(
                    intern(EntityKind::Organisation, &occ[i], &mut names, &mut uf),
                ),
                // "Vessa-based Orrasoft ... Orrasoft Chief Executive ...": the same
                // name typed elsewhere in the story is that kind here too.
                (None, None) if typed_here.contains_key(&(occ[i].article, occ[i].key.clone())) => {
                    let kind = typed_here[&(occ[i].article, occ[i].key.clone())];
                    Fate::Name(intern(kind, &occ[i], &mut names, &mut uf))
                }
                // "Poroshenko", "Mnatsakanyan": a surname by its ending alone, written
                // as a noun ("Kalashnikov rifles" names a thing).
                (None, None) if shaped && occ[i].cand.alone => {
                    Fate::Name(intern(EntityKind::Person, &occ[i], &mut names, &mut uf))
                }
                (None, None) => {
                    *untyped.entry(occ[i].cand.surface.clone()).or_default() += 1;
                    Fate::Dropped
                }
            };
        }
    }

    // One-word names placed in step 5 ("Orra said" after "the Orra Agency").
    merge_legal_suffixes(&occ, &fates, &names, &mut uf);
    merge_first_words(&occ, &fates, &names, &mut uf);
    merge_region_words(&occ, &fates, &names, &mut uf);

    // 6. Entities: one per root, canonical name the fullest form, ties by frequency.
    struct Cluster {
        kind: EntityKind,
        aliases: Vec<(String, usize, usize)>, // surface, count, first seen
    }
    let mut clusters: BTreeMap<usize, Cluster> = BTreeMap::new();
    for (i, o) in occ.iter().enumerate() {
        if let Fate::Name(n) = fates[i] {
            let root = uf.find(n);
            let c = clusters.entry(root).or_insert_with(|| Cluster {
                kind: names[root].kind,
                aliases: Vec::new(),
            });
            match c.aliases.iter_mut().find(|a| a.0 == o.cand.surface) {
                Some(a) => a.1 += 1,
                None => c.aliases.push((o.cand.surface.clone(), 1, i)),
            }
        }
    }
    let mut built: Vec<(usize, Entity)> = clusters
        .into_iter()
        .map(|(root, c)| {
            let canonical = c
                .aliases
                .iter()
                .max_by(|a, b| {
                    let weight = |s: &str| {
                        s.split(' ')
                            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                            .count()
                    };
                    (weight(&a.0), a.1, std::cmp::Reverse(a.2)).cmp(&(
                        weight(&b.0),
                        b.1,
                        std::cmp::Reverse(b.2),
                    ))
                })
                .map(|a| a.0.clone())
                .expect("a cluster has an alias");
            let mut aliases: Vec<(String, usize, usize)> = c.aliases;
            aliases.sort_by_key(|a| (a.0 != canonical, std::cmp::Reverse(a.1), a.2));
            (
                root,
                Entity {
                    id: String::new(),
                    name: canonical,
                    kind: c.kind,
                    aliases: aliases.into_iter().map(|a| a.0).collect(),
                },
            )
        })
        .collect();
    built.sort_by(|a, b| {
        (a.1.kind, a.1.name.to_lowercase()).cmp(&(b.1.kind, b.1.name.to_lowercase()))
    });
    let mut used: HashSet<String> = HashSet::new();
    for (_, e) in &mut built {
        e.id = unique_id(&e.name, e.kind, &mut used);
    }
    let index_of_root: HashMap<usize, u32> = built
        .iter()
        .enumerate()
        .map(|(i, (root, _))| (*root, i as u32))
        .collect();

    // 7. Mentions, sorted and without overlaps.
    for a in articles.iter_mut() {
        a.mentions.clear();
    }
    for (i, o) in occ.iter().enumerate() {
        if let Fate::Name(n) = fates[i] {
            let entity = index_of_root[&uf.find(n)];
            articles[o.article].mentions.push(Mention {
                entity,
                paragraph: o.cand.paragraph as u32,
                start: o.cand.start as u32,
                end: o.cand.end as u32,
            });
        }
    }
    for a in articles.iter_mut() {
        a.mentions.sort_by_key(|m| (m.paragraph, m.start, m.end));
        let mut last: Option<(u32, u32)> = None;
        a.mentions.retain(|m| {
            let keep = last.is_none_or(|(p, end)| m.paragraph != p || m.start >= end);
            if keep {
                last = Some((m.paragraph, m.end));
            }
            keep
        });
    }

    let mut notes = Vec::new();
    let count = |k: EntityKind| built.iter().filter(|(_, e)| e.kind == k).count();
    notes.push(format!(
        "entities: {} people, {} organisations, {} places, {} mentions",
        count(EntityKind::Person),
        count(EntityKind::Organisation),
        count(EntityKind::Place),
        articles.iter().map(|a| a.mentions.len()).sum::<usize>()
    ));
    if !untyped.is_empty() {
        let mut list: Vec<(&String, &usize)> = untyped.iter().collect();
        list.sort_by_key(|(s, n)| (std::cmp::Reverse(**n), (*s).clone()));
        let shown: Vec<String> = list
            .iter()
            .take(30)
            .map(|(s, n)| format!("{s} ({n})"))
            .collect();
        notes.push(format!(
            "entities: {} capitalised word{} left out, no kind found for {}: {}{}",
            list.len(),
            if list.len() == 1 { "" } else { "s" },
            if list.len() == 1 { "it" } else { "them" },
            shown.join(", "),
            if list.len() > 30 { ", ..." } else { "" }
        ));
    }
    Found {
        entities: built.into_iter().map(|(_, e)| e).collect(),
        notes,
    }
}

/// "Pell Oran Dusk" ... "Oran Dusk": a shorter person's name of two or more words
/// that ends one longer person's name in the same article is that person's.
fn merge_name_tails(occ: &[Occurrence], fates: &[Fate], names: &[Name], uf: &mut UnionFind) {
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, o) in occ.iter().enumerate() {
        if let Fate::Name(n) = fates[i] {
            if names[n].kind == EntityKind::Person && names[n].words.len() > 1 {
                let list = by_article.entry(o.article).or_default();
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
    }
    for list in by_article.values() {
        for &short in list {
            let sw = &names[short].words;
            let longer: HashSet<usize> = list
                .iter()
                .filter(|&&l| {
                    let lw = &names[l].words;
                    lw.len() > sw.len() && lw[lw.len() - sw.len()..] == sw[..]
                })
                .map(|&l| uf.find(l))
                .collect();
            if longer.len() == 1 {
                let l = *longer.iter().next().unwrap();
                uf.union(short, l);
            }
        }
    }
}

/// A name's words without a leading "The": "The Orra Trading Company" is written
/// "Orra Trading" for short.
fn without_the(words: &[String]) -> &[String] {
    match words.split_first() {
        Some((first, rest)) if first.eq_ignore_ascii_case("the") && !rest.is_empty() => rest,
        _ => words,
    }
}

/// "FC Ardel" ... "Ardel", "Harlow & Finch Co." ... "Harlow & Finch": an
/// organisation's name without its club or company suffix is the same organisation
/// in the same article.
fn merge_legal_suffixes(occ: &[Occurrence], fates: &[Fate], names: &[Name], uf: &mut UnionFind) {
    let by_article = names_by_article(occ, fates, names, EntityKind::Organisation);
    for list in by_article.values() {
        for &long in list {
            let w = without_the(&names[long].words);
            if w.len() < 2 {
                continue;
            }
            // "Orra Agency" ... "Orra", "Labour Party" ... "Labour": a body's own
            // word after its name.
            let last = &w[w.len() - 1];
            let soft =
                body_word(last) || ["agency", "party"].iter().any(|t| normal_word(t) == *last);
            // "Vessan Orraco" ... "Orraco": a country's name or adjective before a
            // firm's own.
            let national = national_words().contains(&w[0]);
            let mut cores: Vec<&[String]> = Vec::new();
            if lexicon::in_list(lexicon::LEGAL_SUFFIXES, &w[0]) || national {
                cores.push(&w[1..]);
            }
            // "New York District Attorney's Office" ... "District Attorney's
            // Office": a place of two or three words before a body's own name.
            for p in 2..=3 {
                if w.len() >= p + 2 && multiword_places().contains(&w[..p].join(" ")) {
                    cores.push(&w[p..]);
                }
            }
            if soft {
                cores.push(&w[..w.len() - 1]);
            }
            for core in cores {
                for &short in list {
                    if short != long && names[short].words[..] == core[..] {
                        uf.union(short, long);
                    }
                }
            }
        }
    }
}

/// A word and every spelling of it with one character deleted.
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![word.to_string()];
    for k in 0..chars.len() {
        out.push(chars[..k].iter().chain(&chars[k + 1..]).collect::<String>());
    }
    out
}

/// Whether a word has the ending of a surname of Eastern Europe, the Caucasus or
/// Turkey ("-enko", "-shvili", "-yan", "-oglu", "-ovic"), and is no ordinary word,
/// place or demonym: a person's name when nothing else types it.
fn surname_shaped(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "enko", "shvili", "dze", "yan", "oglu", "ovic", "ović", "evic", "ević", "escu", "ovich",
        "evich", "chuk", "czyk", "yev", "yeva", "ov", "ova", "ev", "eva", "sky", "skiy", "skyi",
        "ski", "ska",
    ];
    let g = lexicon::gazetteer();
    let f = fold(word);
    word.chars().count() >= 6
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(|c| c.is_lowercase())
        && ENDINGS.iter().any(|end| f.ends_with(&fold(end)))
        && !lexicon::is_common_word(word)
        && !g.places.contains_key(&lexicon::place_key(word))
        && !g.adjectives.contains(&f)
        && !lexicon::is_world_place(word)
}

/// "Orrin Space Flight Center" ... "Orrin": a body's first word alone, when that
/// word is no ordinary word, given name or place and opens exactly one body's name
/// in the story. (Its words are as [`normal_word`] writes them.)
fn merge_first_words(occ: &[Occurrence], fates: &[Fate], names: &[Name], uf: &mut UnionFind) {
    let by_article = names_by_article(occ, fates, names, EntityKind::Organisation);
    let g = lexicon::gazetteer();
    for list in by_article.values() {
        for &short in list {
            let w = &names[short].words;
            // (Names keep their words in lower case; a given name is looked up
            // capitalised.)
            let capitalised: String = w[0]
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(w[0].chars().skip(1))
                .collect();
            if w.len() != 1
                || w[0].chars().count() < 4
                || lexicon::is_common_word(&w[0])
                || lexicon::is_given_name(&capitalised)
                || g.places.contains_key(&lexicon::place_key(&w[0]))
                || g.adjectives.contains(&fold(&w[0]))
            {
                continue;
            }
            let mut longer: Vec<usize> = list
                .iter()
                .filter(|&&long| {
                    let l = without_the(&names[long].words);
                    l.len() >= 2 && l[0] == w[0]
                })
                .map(|&long| uf.find(long))
                .collect();
            longer.sort_unstable();
            longer.dedup();
            if let [only] = longer[..] {
                uf.union(short, only);
            }
        }
    }
}

/// The one kind each name has in each story where it is typed: `kind_of(i)` is the
/// kind of occurrence `i`, or `None` where it is not typed. A name typed two ways in
/// one story is left out.
fn story_kinds(
    occ: &[Occurrence],
    kind_of: impl Fn(usize) -> Option<EntityKind>,
) -> HashMap<(usize, String), EntityKind> {
    let mut m: HashMap<(usize, String), Option<EntityKind>> = HashMap::new();
    for (i, o) in occ.iter().enumerate() {
        if let Some(kind) = kind_of(i) {
            m.entry((o.article, o.key.clone()))
                .and_modify(|k| {
                    if *k != Some(kind) {
                        *k = None;
                    }
                })
                .or_insert(Some(kind));
        }
    }
    m.into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

/// (article, first word) of every two-word name of `kind` whose second word
/// `is_tail` accepts: "Orraco Electronics" gives "orraco", "Pomorskie Region"
/// "pomorskie" (words as [`normal_word`] writes them).
fn one_word_cores(
    occ: &[Occurrence],
    fates: &[Fate],
    names: &[Name],
    kind: EntityKind,
    is_tail: impl Fn(&str) -> bool,
) -> HashSet<(usize, String)> {
    occ.iter()
        .zip(fates)
        .filter_map(|(o, f)| match f {
            Fate::Name(n) if names[*n].kind == kind => {
                let w = &names[*n].words;
                (w.len() == 2 && is_tail(&w[1])).then(|| (o.article, w[0].clone()))
            }
            _ => None,
        })
        .collect()
}

/// Whether a word (as [`normal_word`] writes it) is one a body's name ends with: a
/// firm's tail word, a legal suffix, or group, company, corporation.
fn body_word(word: &str) -> bool {
    static W: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        lexicon::ORG_TAILS
            .iter()
            .chain(lexicon::LEGAL_SUFFIXES)
            .chain(&["group", "company", "corporation"])
            .map(|t| normal_word(t))
            .collect()
    })
    .contains(word)
}

/// The gazetteer's one-word places and adjectives, as [`normal_word`] writes them.
/// Gazetteer places of two or more words, their words as [`normal_word`] writes them.
fn multiword_places() -> &'static HashSet<String> {
    static W: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        lexicon::gazetteer()
            .places
            .keys()
            .filter(|a| a.contains(' '))
            .map(|a| a.split(' ').map(normal_word).collect::<Vec<_>>().join(" "))
            .collect()
    })
}

fn national_words() -> &'static HashSet<String> {
    static W: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let g = lexicon::gazetteer();
        g.adjectives
            .iter()
            .chain(g.places.keys())
            .filter(|a| !a.contains(' '))
            .map(|a| normal_word(a))
            .collect()
    })
}

/// Generic nouns for a body, which alone after "the" or "a" describe it ("the
/// Ministry") rather than name it ("the Kremlin", "the Senate" are names).
const GENERIC_BODIES: &[&str] = &[
    "union",
    "ministry",
    "ministries",
    "bureau",
    "council",
    "committee",
    "department",
    "office",
    "agency",
    "commission",
    "government",
    "board",
    "authority",
    "company",
    "corporation",
    "group",
    "directorate",
    "secretariat",
    "administration",
    "service",
    "association",
    "federation",
    "institute",
    "foundation",
    "court",
    "tribunal",
    "hospital",
    "school",
    "university",
    "college",
    "club",
    "team",
    "division",
    "embassy",
    "police",
    "army",
    "navy",
    "military",
    "forces",
    "force",
    "services",
    "cabinet",
    "party",
    "parties",
    "organisation",
    "organization",
    "news",
    "media",
];

/// The word before character `at` of `paragraph`, lowercased ("" at the start).
fn word_before(paragraph: &str, at: usize) -> String {
    let before: String = paragraph.chars().take(at).collect();
    before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The names of `kind` each article has, by article.
fn names_by_article(
    occ: &[Occurrence],
    fates: &[Fate],
    names: &[Name],
    kind: EntityKind,
) -> BTreeMap<usize, Vec<usize>> {
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, o) in occ.iter().enumerate() {
        if let Fate::Name(n) = fates[i] {
            if names[n].kind == kind {
                let list = by_article.entry(o.article).or_default();
                if !list.contains(&n) {
                    list.push(n);
                }
            }
        }
    }
    by_article
}

/// Words that follow a region's name without changing what it names.
const REGION_WORDS: &[&str] = &[
    "region",
    "province",
    "oblast",
    "governorate",
    "prefecture",
    "district",
    "county",
];

/// "Mangystau Region" ... "Mangystau", "Kherson oblast" ... "Kherson": a region's
/// name with and without its region word is one place in the same article. So is a
/// state's formal name and its short one: "Republic of Orra" ... "Orra".
fn merge_region_words(occ: &[Occurrence], fates: &[Fate], names: &[Name], uf: &mut UnionFind) {
    let by_article = names_by_article(occ, fates, names, EntityKind::Place);
    for list in by_article.values() {
        for &long in list {
            let w = &names[long].words;
            let core = if w.len() >= 2
                && REGION_WORDS
                    .iter()
                    .any(|r| normal_word(r) == w[w.len() - 1])
            {
                &w[..w.len() - 1]
            } else if let Some(k) = typing::formal_state_core(w) {
                &w[k..]
            } else {
                continue;
            };
            for &short in list {
                if short != long && names[short].words[..] == core[..] {
                    uf.union(short, long);
                }
            }
        }
    }
}

/// "Collective Security Treaty Organization (CSTO)" and initials: the acronym joins
/// the one organisation whose name it abbreviates.
fn merge_acronyms(occ: &[Occurrence], fates: &[Fate], names: &[Name], uf: &mut UnionFind) {
    let org = |i: usize| match fates[i] {
        Fate::Name(n) if names[n].kind == EntityKind::Organisation => Some(n),
        _ => None,
    };
    let mut by_surface: HashMap<&str, usize> = HashMap::new();
    let mut by_initials: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut acronyms: Vec<(usize, &str)> = Vec::new();
    for (i, o) in occ.iter().enumerate() {
        let Some(n) = org(i) else { continue };
        by_surface.insert(&o.cand.surface, n);
        if o.cand.words.len() > 1 {
            if let Some(ini) = merge::initials(&o.cand.words) {
                by_initials.entry(ini).or_default().insert(n);
            }
            // "Orra Vessa FC" is also "OVFC".
            if let Some(ini) = merge::initials_keeping_acronyms(&o.cand.words) {
                by_initials.entry(ini).or_default().insert(n);
            }
            // "Harlow & Finch Co." is also "H&F": the initials without the suffix.
            let w = &o.cand.words;
            if lexicon::in_list(
                lexicon::LEGAL_SUFFIXES,
                w[w.len() - 1].trim_end_matches('.'),
            ) {
                if let Some(ini) = merge::initials(&w[..w.len() - 1]) {
                    by_initials.entry(ini).or_default().insert(n);
                }
            }
        } else if candidates::is_acronym(&o.cand.surface) {
            acronyms.push((n, o.cand.surface.as_str()));
        }
    }
    // Initials defined in brackets join the name before them: a body's, or a
    // place's ("Orra Vessa Province (OVP)").
    let place = |i: usize| match fates[i] {
        Fate::Name(n) if names[n].kind == EntityKind::Place => Some(n),
        _ => None,
    };
    let places_by_surface: HashMap<&str, usize> = (0..occ.len())
        .filter_map(|i| place(i).map(|n| (occ[i].cand.surface.as_str(), n)))
        .collect();
    for (i, o) in occ.iter().enumerate() {
        let Some(long) = &o.cand.defines_acronym_of else {
            continue;
        };
        let found = match (org(i), place(i)) {
            (Some(n), _) => by_surface.get(long.as_str()).map(|&m| (n, m)),
            (None, Some(n)) => places_by_surface.get(long.as_str()).map(|&m| (n, m)),
            (None, None) => None,
        };
        if let Some((n, m)) = found {
            uf.union(n, m);
        }
    }
    for (n, acronym) in acronyms {
        let key: String = acronym.chars().filter(|c| c.is_alphanumeric()).collect();
        if let Some(set) = by_initials.get(&key) {
            let roots: HashSet<usize> = set.iter().map(|&m| uf.find(m)).collect();
            if roots.len() == 1 {
                let m = *set.iter().next().unwrap();
                uf.union(n, m);
            }
        }
    }
}
