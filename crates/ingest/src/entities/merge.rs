//! Alias merging: deciding which names are one entity. Only names of the same kind
//! merge, and every rule is guarded against joining two different entities:
//!
//! - spelling variants: a normalised key (case, accents, doubled letters, z/s, a `y`
//!   between vowels) equal, or one word of six letters or more within one edit with
//!   the other words equal (for people, only the surname may differ); two different
//!   gazetteer places never merge;
//! - acronyms: a parenthetical definition ("... Organization (CSTO)"), or an acronym
//!   equal to the initials of exactly one organisation's name in the corpus;
//! - surnames and first names: a one-word person name goes to the one full name in the
//!   same article that ends (or, failing that, starts) with it, else to the one full
//!   name in the corpus that ends with it; when two full names share it, it stays apart.
//!
//! Lookups are indexed (hash maps keyed by normalised words and by one-deletion
//! variants), so the work grows with the number of names, not its square.

use crate::text::fold;
use newsprism_model::EntityKind;
use std::collections::HashMap;

/// A disjoint-set forest over name ids.
#[derive(Debug, Default)]
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn add(&mut self) -> usize {
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins two sets; the smaller id stays the root, so the first-seen name leads.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// One word spelled the way variants of it agree: lowercase, accents folded, `z` as
/// `s`, a `y` between vowels dropped (Tokayev/Tokaev), doubled letters single
/// (Massimov/Masimov), apostrophes, dots and hyphens removed.
pub fn normal_word(w: &str) -> String {
    // Russian "ж" is written "zh", "j" or "dzh": Zhomart, Jomart, Dzhomart.
    let folded: Vec<char> = fold(w)
        .replace("dzh", "j")
        .replace("zh", "j")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| if c == 'z' { 's' } else { c })
        .collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let mut out = String::with_capacity(folded.len());
    let mut prev: Option<char> = None;
    for (i, &c) in folded.iter().enumerate() {
        if c == 'y' && i > 0 && vowel(folded[i - 1]) && folded.get(i + 1).is_some_and(|n| vowel(*n))
        {
            continue;
        }
        if Some(c) == prev {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// The normalised key of a whole name.
pub fn normal_name(words: &[String]) -> String {
    words
        .iter()
        .map(|w| normal_word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Levenshtein distance at most one, not counting a plural `s` (Nazarbayevs is the
/// family, not Nazarbayev).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            short
                .iter()
                .zip(long.iter())
                .filter(|(x, y)| x != y)
                .count()
                == 1
        }
        1 => {
            if long.last() == Some(&'s') && long[..long.len() - 1] == short[..] {
                return false;
            }
            let mut i = 0;
            while i < short.len() && short[i] == long[i] {
                i += 1;
            }
            short[i..] == long[i + 1..]
        }
        _ => false,
    }
}

/// A name as the merging rules see it.
#[derive(Debug, Clone)]
pub struct Name {
    pub kind: EntityKind,
    /// Normalised words (see [`normal_word`]); connectors included.
    pub words: Vec<String>,
    /// Set when the lists know the name: a gazetteer place's canonical name, or a
    /// listed organisation's number (see [`super::lexicon::listed_organisation`]),
    /// the same for each name of one place or body.
    pub listed: Option<String>,
}

/// Merges spelling variants among `names` (ids are positions in `names`).
pub fn merge_variants(names: &[Name], uf: &mut UnionFind) {
    // Equal normalised keys.
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        let key = (n.kind, n.words.join(" "));
        match by_key.get(&key) {
            Some(&j) if compatible(&names[i], &names[j]) => uf.union(i, j),
            Some(_) => {}
            None => {
                by_key.insert(key, i);
            }
        }
    }
    // "US", "U.S." and "United States": one gazetteer place by its names; "TTP"
    // and "Tehreek-e-Taliban Pakistan": one listed body.
    let mut by_listing: HashMap<(EntityKind, &str), usize> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        if let Some(g) = &n.listed {
            match by_listing.get(&(n.kind, g.as_str())) {
                Some(&j) => uf.union(i, j),
                None => {
                    by_listing.insert((n.kind, g), i);
                }
            }
        }
    }
    // "Bank of PNG" and "Bank of Papua New Guinea": a body named with a nation's
    // other name.
    let mut by_nation_key: HashMap<String, usize> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        if n.kind != EntityKind::Organisation || n.words.len() < 2 {
            continue;
        }
        let key = with_nations_first_names(&n.words).unwrap_or_else(|| n.words.join(" "));
        match by_nation_key.get(&key) {
            Some(&j) => uf.union(i, j),
            None => {
                by_nation_key.insert(key, i);
            }
        }
    }
    // "Ministry of Interior", "Ministry of the Interior" and "Interior Ministry".
    for (i, n) in names.iter().enumerate() {
        if n.kind != EntityKind::Organisation || n.words.len() < 3 {
            continue;
        }
        let head = n.words[0].as_str();
        if !matches!(head, "ministry" | "department") || n.words[1] != "of" {
            continue;
        }
        let rest: Vec<String> = n.words[2..]
            .iter()
            .filter(|w| *w != "the")
            .cloned()
            .collect();
        if rest.is_empty() || rest.len() > 2 {
            continue;
        }
        let key = (n.kind, format!("{} {head}", rest.join(" ")));
        if let Some(&j) = by_key.get(&key) {
            uf.union(i, j);
        }
    }
    // "Orra City" and "Orra": one town, unless "Orra" is a nation ("Vessaland City"
    // is the capital of Vessaland, not the country). ("City of Orra" is as often the
    // town's council.)
    let nations = &super::lexicon::gazetteer().nations;
    for (i, n) in names.iter().enumerate() {
        if n.kind != EntityKind::Place || n.words.len() < 2 {
            continue;
        }
        let core = match n.words.as_slice() {
            [rest @ .., city] if city == "city" => rest,
            _ => continue,
        };
        let key = (EntityKind::Place, core.join(" "));
        if core.is_empty() || nations.contains(&key.1) {
            continue;
        }
        if let Some(&j) = by_key.get(&key) {
            if !names[j]
                .listed
                .as_ref()
                .is_some_and(|g| nations.contains(&super::lexicon::place_key(g)))
            {
                uf.union(i, j);
            }
        }
    }
    // One word within one edit, the others equal: index every deletion variant.
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        for (pos, w) in n.words.iter().enumerate() {
            let len = w.chars().count();
            if len < 5 || (n.kind == EntityKind::Person && pos + 1 != n.words.len()) {
                continue;
            }
            let mut others = n.words.clone();
            others[pos] = "*".into();
            let prefix = format!("{:?}|{}|{}|", n.kind, pos, others.join(" "));
            let chars: Vec<char> = w.chars().collect();
            buckets.entry(format!("{prefix}{w}")).or_default().push(i);
            // Deletions of six letters or more only: a five-letter word is met by
            // a six-letter word's deletion, not by another five-letter word's.
            for d in (0..chars.len()).filter(|_| len >= 6) {
                let variant: String = chars[..d].iter().chain(chars[d + 1..].iter()).collect();
                buckets
                    .entry(format!("{prefix}{variant}"))
                    .or_default()
                    .push(i);
            }
        }
    }
    for ids in buckets.values() {
        if ids.len() < 2 || ids.len() > 50 {
            continue;
        }
        for (x, &i) in ids.iter().enumerate() {
            for &j in &ids[x + 1..] {
                if i != j
                    && differ_by_one_edit(&names[i], &names[j])
                    && compatible(&names[i], &names[j])
                {
                    uf.union(i, j);
                }
            }
        }
    }
}

/// A name's normalised words with a nation's other name ("PNG", "US") written as
/// the gazetteer's first one; `None` when it names no nation so.
fn with_nations_first_names(words: &[String]) -> Option<String> {
    let g = super::lexicon::gazetteer();
    for len in (1..=4.min(words.len())).rev() {
        for i in 0..=words.len() - len {
            let span = words[i..i + len].join(" ");
            let Some(first) = g.canonical.get(&super::lexicon::place_key(&span)) else {
                continue;
            };
            let first: Vec<String> = first.split(' ').map(normal_word).collect();
            if first[..] == words[i..i + len] {
                continue;
            }
            let mut out = words[..i].to_vec();
            out.extend(first);
            out.extend_from_slice(&words[i + len..]);
            return Some(out.join(" "));
        }
    }
    None
}

fn differ_by_one_edit(a: &Name, b: &Name) -> bool {
    if a.kind != b.kind || a.words.len() != b.words.len() {
        return false;
    }
    let diffs: Vec<usize> = (0..a.words.len())
        .filter(|&k| a.words[k] != b.words[k])
        .collect();
    match diffs.as_slice() {
        [] => true,
        // "Orra Airline Pilot Association", "... Pilots Association": in a body's
        // name a plural is a variant too (a five-letter word may meet a six-letter
        // one); in a person's, "Orrins" is the family.
        [k] => {
            let (x, y) = (&a.words[*k], &b.words[*k]);
            let (n, m) = (x.chars().count(), y.chars().count());
            let plural = a.kind == EntityKind::Organisation
                && (x.strip_suffix('s') == Some(y.as_str())
                    || y.strip_suffix('s') == Some(x.as_str()));
            n.min(m) >= 5 && n.max(m) >= 6 && (within_one_edit(x, y) || plural)
        }
        _ => false,
    }
}

/// Two different listed places or bodies are two, however alike their names.
fn compatible(a: &Name, b: &Name) -> bool {
    a.kind == b.kind
        && match (&a.listed, &b.listed) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// The initials of an organisation's capitalised words: "Organization for Security
/// and Cooperation in Europe" → "OSCE".
pub fn initials(surface_words: &[String]) -> Option<String> {
    let caps: Vec<char> = surface_words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .flat_map(|w| {
            w.split('-')
                .filter_map(|p| p.chars().next())
                .collect::<Vec<_>>()
        })
        .collect();
    (caps.len() >= 2).then(|| caps.into_iter().flat_map(char::to_uppercase).collect())
}

/// Initials in which a word already in capitals counts whole: "Orra FC" → "OFC",
/// "JL Vessa Office" → "JLVO". `None` when that is no different from [`initials`].
pub fn initials_keeping_acronyms(surface_words: &[String]) -> Option<String> {
    let acronym = |w: &String| {
        (2..=4).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
    };
    if !surface_words.iter().any(acronym) {
        return None;
    }
    let letters: String = surface_words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .flat_map(|w| {
            if acronym(w) {
                w.chars().collect::<Vec<_>>()
            } else {
                w.split('-').filter_map(|p| p.chars().next()).collect()
            }
        })
        .flat_map(char::to_uppercase)
        .collect();
    (letters.len() >= 3).then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `merge_variants` joins the first two organisations' names and keeps
    /// the third apart.
    fn joins_first_two(names: [&str; 3]) -> bool {
        let names: Vec<Name> = names
            .iter()
            .map(|n| name(EntityKind::Organisation, n))
            .collect();
        let mut uf = UnionFind::default();
        for _ in &names {
            uf.add();
        }
        merge_variants(&names, &mut uf);
        uf.find(1) == uf.find(0) && uf.find(2) != uf.find(0)
    }

    #[test]
    fn ministry_of_x_is_the_x_ministry() {
        assert!(joins_first_two([
            "Interior Ministry",
            "Ministry of the Interior",
            "Ministry of Health",
        ]));
    }

    #[test]
    fn a_body_named_with_a_nations_other_name() {
        assert!(joins_first_two([
            "Vessa Trust of the UK",
            "Vessa Trust of the United Kingdom",
            "Vessa Trust of Kenya",
        ]));
    }

    fn name(kind: EntityKind, s: &str) -> Name {
        Name {
            kind,
            words: s.split(' ').map(normal_word).collect(),
            listed: None,
        }
    }

    #[test]
    fn normal_words_agree_on_variants() {
        assert_eq!(normal_word("Massimov"), normal_word("Masimov"));
        assert_eq!(normal_word("Tokayev"), normal_word("Tokaev"));
        assert_eq!(normal_word("Zhanibek"), normal_word("Janibek"));
        assert_eq!(normal_word("Dzhumabek"), normal_word("Jumabek"));
        assert_eq!(normal_word("Organization"), normal_word("Organisation"));
        assert_ne!(normal_word("Nazarbayev"), normal_word("Nazerbayev"));
        assert!(within_one_edit(
            &normal_word("Nazarbayev"),
            &normal_word("Nazerbayev")
        ));
        assert!(!within_one_edit("austria", "australia"));
        assert!(!within_one_edit("nasarbaevs", "nasarbaev"));
    }

    #[test]
    fn merging_is_guarded() {
        use EntityKind::*;
        let names = vec![
            name(Person, "Nursultan Nazarbayev"),
            name(Person, "Nursultan Nazerbayev"),
            name(Person, "Alexander Smithson"),
            name(Person, "Alexandra Smithson"),
            name(Place, "Austria"),
            name(Place, "Australia"),
            name(Organisation, "Collective Security Treaty Organization"),
            name(Organisation, "Collective Security Treaty Organisation"),
            name(Person, "Karim Massimov"),
            name(Person, "Karim Masimov"),
        ];
        let mut uf = UnionFind::default();
        for _ in &names {
            uf.add();
        }
        merge_variants(&names, &mut uf);
        assert_eq!(uf.find(1), uf.find(0));
        assert_ne!(uf.find(2), uf.find(3), "different first names stay apart");
        assert_ne!(uf.find(4), uf.find(5));
        assert_eq!(uf.find(6), uf.find(7));
        assert_eq!(uf.find(8), uf.find(9));
    }

    #[test]
    fn a_town_and_its_name_with_city_but_not_a_nation_and_its_capital() {
        use EntityKind::*;
        let names = vec![
            name(Place, "Orrapolis City"),
            name(Place, "Orrapolis"),
            name(Place, "Kuwait City"),
            name(Place, "Kuwait"),
        ];
        let mut uf = UnionFind::default();
        for _ in &names {
            uf.add();
        }
        merge_variants(&names, &mut uf);
        assert_eq!(uf.find(0), uf.find(1));
        assert_ne!(uf.find(2), uf.find(3));
    }

    #[test]
    fn a_plural_in_a_bodys_name_is_a_variant_but_not_in_a_persons() {
        use EntityKind::*;
        let names = vec![
            name(Organisation, "Vessa Airline Pilots Association"),
            name(Organisation, "Vessa Airline Pilot Association"),
            name(Organisation, "Orra Blasters FC"),
            name(Organisation, "Orra Blaster FC"),
            name(Person, "Ilo Brakovs"),
            name(Person, "Ilo Brakov"),
        ];
        let mut uf = UnionFind::default();
        for _ in &names {
            uf.add();
        }
        merge_variants(&names, &mut uf);
        assert_eq!(uf.find(0), uf.find(1));
        assert_eq!(uf.find(2), uf.find(3));
        assert_ne!(uf.find(4), uf.find(5));
    }

    #[test]
    fn initials_of_names() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            initials(&w("Organization for Security and Cooperation in Europe")).as_deref(),
            Some("OSCE")
        );
        assert_eq!(
            initials(&w("Collective Security Treaty Organization")).as_deref(),
            Some("CSTO")
        );
        assert_eq!(
            initials_keeping_acronyms(&w("Orra Vessa FC")).as_deref(),
            Some("OVFC")
        );
        assert_eq!(
            initials_keeping_acronyms(&w("JL Family Office")).as_deref(),
            Some("JLFO")
        );
        assert_eq!(initials_keeping_acronyms(&w("Family Office")), None);
    }
}
