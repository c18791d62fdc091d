//! The measures, each a pure function of one article's gold and extraction (alias
//! merging: of the whole corpus). Every miss, false positive and wrong value becomes
//! a [`Finding`] so `--verbose` can say what to fix, not just how much.
//!
//! How each measure matches gold to system is documented on its function and in
//! `eval/README.md`.

use crate::gold::{GoldArticle, GoldDate, Kind};
use crate::system::{SysArticle, SysEntity, SysQuote, System};
use crate::text::{
    contains_words, description_words, find_bounded, name_key, same_outlet, same_title, words,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::{AddAssign, Index, IndexMut};

/// Detection counts: true positives, false positives, misses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub missed: usize,
}

impl Counts {
    /// How many the gold has.
    pub fn gold(&self) -> usize {
        self.tp + self.missed
    }
    /// How many the system found.
    pub fn system(&self) -> usize {
        self.tp + self.fp
    }
    /// `None` when the system found nothing.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.system())
    }
    /// `None` when the gold has nothing.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.gold())
    }
    /// `None` only when neither side has anything; 0 when nothing matched.
    pub fn f1(&self) -> Option<f64> {
        if self.gold() + self.system() == 0 {
            return None;
        }
        Some(2.0 * self.tp as f64 / (self.gold() + self.system()) as f64)
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.missed += o.missed;
    }
}

/// A share of items judged right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub right: usize,
    pub total: usize,
}

impl Ratio {
    pub fn value(&self) -> Option<f64> {
        ratio(self.right, self.total)
    }
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }
}

impl AddAssign for Ratio {
    fn add_assign(&mut self, o: Ratio) {
        self.right += o.right;
        self.total += o.total;
    }
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

/// Counts for each entity kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PerKind(pub [Counts; 3]);

impl PerKind {
    pub fn all(&self) -> Counts {
        let mut c = Counts::default();
        for k in self.0 {
            c += k;
        }
        c
    }
}

impl Index<Kind> for PerKind {
    type Output = Counts;
    fn index(&self, k: Kind) -> &Counts {
        &self.0[k as usize]
    }
}

impl IndexMut<Kind> for PerKind {
    fn index_mut(&mut self, k: Kind) -> &mut Counts {
        &mut self.0[k as usize]
    }
}

impl AddAssign for PerKind {
    fn add_assign(&mut self, o: PerKind) {
        for (a, b) in self.0.iter_mut().zip(o.0) {
            *a += b;
        }
    }
}

/// Which measure a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    Metadata,
    Mention,
    Entity,
    Date,
    Quote,
    /// The gold itself could not be placed in the cleaned text.
    Gold,
}

impl Area {
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Metadata => "metadata",
            Area::Mention => "mention",
            Area::Entity => "entity",
            Area::Date => "date",
            Area::Quote => "quote",
            Area::Gold => "gold",
        }
    }
}

/// What kind of error a finding reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// In the gold, not found.
    Missed,
    /// Found, not in the gold.
    Spurious,
    /// Found, but with the wrong value, speaker or metadata.
    Wrong,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Missed => "missed",
            Verdict::Spurious => "spurious",
            Verdict::Wrong => "wrong",
        }
    }
}

/// One error, said so that an engineer can find it in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub area: Area,
    pub verdict: Verdict,
    pub text: String,
}

fn finding(out: &mut Vec<Finding>, area: Area, verdict: Verdict, text: String) {
    out.push(Finding {
        area,
        verdict,
        text,
    });
}

/// A span of a paragraph with a few words either side, for reading in a terminal.
pub fn context(paragraph: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = paragraph.chars().collect();
    let (start, end) = (start.min(chars.len()), end.min(chars.len()));
    let from = start.saturating_sub(30);
    let to = (end + 30).min(chars.len());
    let s = |a: usize, b: usize| chars[a..b].iter().collect::<String>().replace('\n', " ");
    format!(
        "{}{}[{}]{}{}",
        if from > 0 { "…" } else { "" },
        s(from, start),
        s(start, end),
        s(end, to),
        if to < chars.len() { "…" } else { "" }
    )
}

/// Mention-level entity detection, per kind.
///
/// The gold gives, per entity, its spellings and how many times the body names it;
/// the system gives spans. Each system mention is credited to a gold entity of the
/// same kind whose spellings include the mention's text (compared with
/// [`name_key`]: case, possessive and apostrophe style do not matter), up to that
/// entity's gold count: TP = min(gold count, system mentions credited). A system
/// mention that matches no spelling of a gold entity of its kind (wrong span, wrong
/// kind, not a name), or exceeds the count, is a false positive of its kind; the
/// shortfall of each gold entity is missed in the gold kind. Which system entity a
/// mention belongs to does not matter here: that is what the entity-level and
/// alias-merge measures judge.
pub fn score_mentions(
    gold: &GoldArticle,
    sys: &SysArticle,
    entities: &[SysEntity],
    out: &mut Vec<Finding>,
) -> PerKind {
    let mut counts = PerKind::default();
    let keys: Vec<BTreeSet<String>> = gold
        .entities
        .iter()
        .map(|e| e.aliases.iter().map(|a| name_key(a)).collect())
        .collect();
    let mut credited = vec![0usize; gold.entities.len()];
    for m in &sys.mentions {
        let kind = entities[m.entity].kind;
        let key = name_key(&m.surface);
        let spelled: Vec<usize> = (0..gold.entities.len())
            .filter(|&i| keys[i].contains(&key))
            .collect();
        let same_kind: Vec<usize> = spelled
            .iter()
            .copied()
            .filter(|&i| gold.entities[i].kind == kind)
            .collect();
        if let Some(&i) = same_kind
            .iter()
            .find(|&&i| credited[i] < gold.entities[i].mentions)
        {
            credited[i] += 1;
            counts[kind].tp += 1;
            continue;
        }
        counts[kind].fp += 1;
        let at = context(&sys.paragraphs[m.paragraph], m.start, m.end);
        let why = if let Some(&i) = same_kind.first() {
            format!(
                "more mentions of {} than the {} in gold",
                gold.entities[i].name, gold.entities[i].mentions
            )
        } else if let Some(&i) = spelled.first() {
            format!("gold: {} {}", gold.entities[i].kind, gold.entities[i].name)
        } else {
            format!("as {:?}", entities[m.entity].name)
        };
        finding(
            out,
            Area::Mention,
            Verdict::Spurious,
            format!("{kind} \"{}\" ¶{} ({why}): {at}", m.surface, m.paragraph),
        );
    }
    for (i, g) in gold.entities.iter().enumerate() {
        if credited[i] >= g.mentions {
            continue;
        }
        let missed = g.mentions - credited[i];
        counts[g.kind].missed += missed;
        let places = uncovered_occurrences(gold, i, sys, entities);
        let detail = if places.is_empty() {
            String::new()
        } else {
            format!(": {}", places.join(" | "))
        };
        finding(
            out,
            Area::Mention,
            Verdict::Missed,
            format!(
                "{} {}: {} of {} mentions found{detail}",
                g.kind, g.name, credited[i], g.mentions
            ),
        );
    }
    counts
}

/// Where the cleaned text spells gold entity `i` without a system mention of the
/// same kind and spelling covering it, as contexts (a diagnostic for `--verbose`).
fn uncovered_occurrences(
    gold: &GoldArticle,
    i: usize,
    sys: &SysArticle,
    entities: &[SysEntity],
) -> Vec<String> {
    let g = &gold.entities[i];
    // Longest spellings of any gold entity first, so "Tokayev" inside
    // "Kassym-Jomart Tokayev" is not reported twice.
    let mut all: Vec<(usize, &str)> = gold
        .entities
        .iter()
        .enumerate()
        .flat_map(|(j, e)| e.aliases.iter().map(move |a| (j, a.as_str())))
        .collect();
    all.sort_by_key(|(_, a)| std::cmp::Reverse(a.chars().count()));
    let keys: BTreeSet<String> = g.aliases.iter().map(|a| name_key(a)).collect();
    let mut out = Vec::new();
    for (p, para) in sys.paragraphs.iter().enumerate() {
        let chars: Vec<char> = para.chars().collect();
        let mut taken = vec![false; chars.len()];
        for &(j, alias) in &all {
            let needle: Vec<char> = alias.chars().collect();
            for s in find_bounded(&chars, &needle) {
                let e = s + needle.len();
                if taken[s..e].iter().any(|&t| t) {
                    continue;
                }
                taken[s..e].iter_mut().for_each(|t| *t = true);
                if j != i {
                    continue;
                }
                let covered = sys.mentions.iter().any(|m| {
                    m.paragraph == p
                        && m.start < e
                        && s < m.end
                        && entities[m.entity].kind == g.kind
                        && keys.contains(&name_key(&m.surface))
                });
                if !covered {
                    out.push(format!("¶{p} {}", context(para, s, e)));
                }
            }
        }
    }
    out
}

/// Entity-level detection, per kind, within one article.
///
/// The gold entities of the article against the system entities with at least one
/// mention in it. A pair can match when the kinds agree and the system entity's
/// spellings in this article share at least one with the gold entity's aliases;
/// pairs sharing more spellings are matched first, one to one. A gold entity split
/// into two system entities gives one match and one false positive.
pub fn score_entities(
    gold: &GoldArticle,
    sys: &SysArticle,
    entities: &[SysEntity],
    out: &mut Vec<Finding>,
) -> PerKind {
    let mut counts = PerKind::default();
    let mut present: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for m in &sys.mentions {
        present
            .entry(m.entity)
            .or_default()
            .insert(name_key(&m.surface));
    }
    let gold_keys: Vec<BTreeSet<String>> = gold
        .entities
        .iter()
        .map(|e| e.aliases.iter().map(|a| name_key(a)).collect())
        .collect();
    let mut pairs = Vec::new();
    for (gi, g) in gold.entities.iter().enumerate() {
        for (&si, keys) in &present {
            let shared = keys.intersection(&gold_keys[gi]).count();
            if shared > 0 && entities[si].kind == g.kind {
                pairs.push((std::cmp::Reverse(shared), gi, si));
            }
        }
    }
    pairs.sort();
    let mut gold_done = vec![false; gold.entities.len()];
    let mut sys_done = BTreeSet::new();
    for (_, gi, si) in pairs {
        if gold_done[gi] || sys_done.contains(&si) {
            continue;
        }
        gold_done[gi] = true;
        sys_done.insert(si);
        counts[gold.entities[gi].kind].tp += 1;
    }
    for (gi, g) in gold.entities.iter().enumerate() {
        if gold_done[gi] || g.mentions == 0 {
            continue;
        }
        counts[g.kind].missed += 1;
        let other = present
            .iter()
            .find(|(si, keys)| {
                !sys_done.contains(*si) && keys.intersection(&gold_keys[gi]).next().is_some()
            })
            .map(|(&si, _)| format!(" (found as {} {:?})", entities[si].kind, entities[si].name))
            .unwrap_or_default();
        finding(
            out,
            Area::Entity,
            Verdict::Missed,
            format!("{} {}{other}", g.kind, g.name),
        );
    }
    for (si, keys) in &present {
        if sys_done.contains(si) {
            continue;
        }
        let e = &entities[*si];
        counts[e.kind].fp += 1;
        let spelled: Vec<&str> = keys.iter().map(String::as_str).collect();
        finding(
            out,
            Area::Entity,
            Verdict::Spurious,
            format!(
                "{} {:?} (spelled here: {})",
                e.kind,
                e.name,
                spelled.join(", ")
            ),
        );
    }
    counts
}

/// Pairwise alias merging over the whole corpus.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merge {
    /// Distinct spellings (by [`name_key`]) both the gold and the system have.
    pub forms: usize,
    /// Pairs of those spellings the system puts in one entity.
    pub system_pairs: usize,
    /// Pairs the gold puts in one entity.
    pub gold_pairs: usize,
    /// Pairs both put in one entity.
    pub both: usize,
}

impl Merge {
    pub fn precision(&self) -> Option<f64> {
        ratio(self.both, self.system_pairs)
    }
    pub fn recall(&self) -> Option<f64> {
        ratio(self.both, self.gold_pairs)
    }
}

/// Alias merging, judged on pairs of spellings.
///
/// Every spelling that is both a gold alias (anywhere in the set) and the text of a
/// system mention (anywhere) takes part; spellings only one side has are detection
/// errors, scored by the mention measure, not here. Two spellings are the same gold
/// entity when some gold entity (by canonical name, across articles) lists both,
/// and the same system entity when some system entity has mentions spelled both
/// ways. Precision: of the pairs the system merges, how many the gold merges;
/// recall: the converse.
pub fn score_merging<'a>(
    pairs: impl IntoIterator<Item = (&'a GoldArticle, &'a SysArticle)>,
    entities: &[SysEntity],
    out: &mut Vec<Finding>,
) -> Merge {
    let mut gold_of: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    let mut sys_of: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (gold, sys) in pairs {
        for e in &gold.entities {
            for a in &e.aliases {
                gold_of.entry(name_key(a)).or_default().insert(&e.name);
            }
        }
        for m in &sys.mentions {
            sys_of
                .entry(name_key(&m.surface))
                .or_default()
                .insert(m.entity);
        }
    }
    let forms: Vec<&String> = gold_of.keys().filter(|k| sys_of.contains_key(*k)).collect();
    let mut merge = Merge {
        forms: forms.len(),
        ..Merge::default()
    };
    for (i, a) in forms.iter().enumerate() {
        for b in &forms[i + 1..] {
            let g = !gold_of[*a].is_disjoint(&gold_of[*b]);
            let s = !sys_of[*a].is_disjoint(&sys_of[*b]);
            merge.gold_pairs += usize::from(g);
            merge.system_pairs += usize::from(s);
            merge.both += usize::from(g && s);
        }
    }
    // Findings grouped by entity, which reads better than a list of pairs: a gold
    // entity whose spellings the system spreads over several entities, and a system
    // entity whose spellings belong to several gold entities.
    let mut by_gold: BTreeMap<&str, BTreeMap<usize, Vec<&str>>> = BTreeMap::new();
    let mut by_sys: BTreeMap<usize, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for f in &forms {
        for &g in &gold_of[*f] {
            for &s in &sys_of[*f] {
                by_gold.entry(g).or_default().entry(s).or_default().push(f);
                by_sys.entry(s).or_default().entry(g).or_default().push(f);
            }
        }
    }
    for (g, split) in by_gold.iter().filter(|(_, s)| s.len() > 1) {
        let parts: Vec<String> = split
            .iter()
            .map(|(s, f)| format!("{:?} {{{}}}", entities[*s].name, f.join(", ")))
            .collect();
        finding(
            out,
            Area::Entity,
            Verdict::Missed,
            format!("merge: gold {g} is split into {}", parts.join(" + ")),
        );
    }
    for (s, merged) in by_sys.iter().filter(|(_, g)| g.len() > 1) {
        let parts: Vec<String> = merged
            .iter()
            .map(|(g, f)| format!("{g} {{{}}}", f.join(", ")))
            .collect();
        finding(
            out,
            Area::Entity,
            Verdict::Wrong,
            format!(
                "merge: system {:?} joins {}",
                entities[*s].name,
                parts.join(" + ")
            ),
        );
    }
    merge
}

/// Where each gold date sits in the cleaned paragraphs: `(paragraph, start, end)`
/// in characters, or `None` when its text is not there.
///
/// Gold dates are listed in article order, so the k-th gold date with a given text
/// is the k-th occurrence of that text (as a whole word sequence, case-sensitive).
/// Longer texts are placed first and shorter ones skip what they cover, so "On
/// Sunday" and a later "Sunday" find different places.
pub fn locate_dates(
    dates: &[GoldDate],
    paragraphs: &[String],
) -> Vec<Option<(usize, usize, usize)>> {
    let paras: Vec<Vec<char>> = paragraphs.iter().map(|p| p.chars().collect()).collect();
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(dates[i].text.chars().count()));
    let mut claimed: Vec<(usize, usize, usize)> = Vec::new();
    let mut last: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut placed = vec![None; dates.len()];
    for i in order {
        let needle: Vec<char> = dates[i].text.chars().collect();
        let after = last.get(dates[i].text.as_str()).copied();
        'search: for (p, hay) in paras.iter().enumerate() {
            for s in find_bounded(hay, &needle) {
                let e = s + needle.len();
                if after.is_some_and(|a| (p, s) <= a) {
                    continue;
                }
                if claimed
                    .iter()
                    .any(|&(cp, cs, ce)| cp == p && cs < e && s < ce)
                {
                    continue;
                }
                claimed.push((p, s, e));
                last.insert(dates[i].text.as_str(), (p, s));
                placed[i] = Some((p, s, e));
                break 'search;
            }
        }
    }
    placed
}

/// Date detection and calendar values within one article.
///
/// A gold date (placed by [`locate_dates`]) matches a system date in the same
/// paragraph whose span overlaps it, one to one. The value is right when it equals
/// the gold value exactly, precision included ("2022-11" is not "2022-11-20").
pub fn score_dates(
    gold: &GoldArticle,
    sys: &SysArticle,
    out: &mut Vec<Finding>,
) -> (Counts, Ratio) {
    let mut counts = Counts::default();
    let mut values = Ratio::default();
    let mut used = vec![false; sys.dates.len()];
    for (g, place) in gold
        .dates
        .iter()
        .zip(locate_dates(&gold.dates, &sys.paragraphs))
    {
        let Some((p, s, e)) = place else {
            counts.missed += 1;
            finding(
                out,
                Area::Gold,
                Verdict::Missed,
                format!("date \"{}\" is not in the cleaned text", g.text),
            );
            continue;
        };
        let hit = (0..sys.dates.len()).find(|&j| {
            let d = &sys.dates[j];
            !used[j] && d.paragraph == p && d.start < e && s < d.end
        });
        let Some(j) = hit else {
            counts.missed += 1;
            finding(
                out,
                Area::Date,
                Verdict::Missed,
                format!(
                    "\"{}\" = {} ¶{p}: {}",
                    g.text,
                    g.value,
                    context(&sys.paragraphs[p], s, e)
                ),
            );
            continue;
        };
        used[j] = true;
        counts.tp += 1;
        let d = &sys.dates[j];
        values.add(d.value == g.value);
        if d.value != g.value {
            finding(
                out,
                Area::Date,
                Verdict::Wrong,
                format!(
                    "\"{}\" ¶{p}: system {}, gold {}: {}",
                    d.text,
                    d.value,
                    g.value,
                    context(&sys.paragraphs[p], d.start, d.end)
                ),
            );
        }
    }
    for (j, d) in sys.dates.iter().enumerate().filter(|(j, _)| !used[*j]) {
        counts.fp += 1;
        let para = sys.paragraphs.get(d.paragraph).map_or("", String::as_str);
        finding(
            out,
            Area::Date,
            Verdict::Spurious,
            format!(
                "\"{}\" = {} ¶{}: {}",
                d.text,
                d.value,
                d.paragraph,
                context(para, sys.dates[j].start, sys.dates[j].end)
            ),
        );
    }
    (counts, values)
}

/// Quotation detection and speakers within one article.
///
/// A gold quotation matches a system quotation whose text contains the gold's first
/// words as a run (compared by [`words`]: case and punctuation do not matter), one
/// to one; longer gold texts are matched first, each to the shortest such system
/// quotation. The speaker is judged by [`speaker_matches`].
pub fn score_quotes(
    gold: &GoldArticle,
    sys: &SysArticle,
    entities: &[SysEntity],
    out: &mut Vec<Finding>,
) -> (Counts, Ratio) {
    let mut counts = Counts::default();
    let mut speakers = Ratio::default();
    let sys_words: Vec<Vec<String>> = sys.quotes.iter().map(|q| words(&q.text)).collect();
    let mut order: Vec<usize> = (0..gold.quotes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(words(&gold.quotes[i].text).len()));
    let mut used = vec![false; sys.quotes.len()];
    let mut matched = vec![None; gold.quotes.len()];
    for i in order {
        let gw = words(&gold.quotes[i].text);
        matched[i] = (0..sys.quotes.len())
            .filter(|&j| !used[j] && contains_words(&sys_words[j], &gw))
            .min_by_key(|&j| sys_words[j].len());
        if let Some(j) = matched[i] {
            used[j] = true;
        }
    }
    for (g, m) in gold.quotes.iter().zip(&matched) {
        let Some(j) = *m else {
            counts.missed += 1;
            let gw = words(&g.text);
            let in_text = sys
                .paragraphs
                .iter()
                .any(|p| contains_words(&words(p), &gw));
            let (area, note) = if in_text {
                (Area::Quote, "")
            } else {
                (Area::Gold, " (not in the cleaned text)")
            };
            finding(
                out,
                area,
                Verdict::Missed,
                format!("“{}…” by {}{note}", g.text, g.speaker),
            );
            continue;
        };
        counts.tp += 1;
        let q = &sys.quotes[j];
        let right = speaker_matches(gold, &g.speaker, q, sys, entities);
        speakers.add(right);
        if !right {
            finding(
                out,
                Area::Quote,
                Verdict::Wrong,
                format!(
                    "speaker of “{}…” ¶{}: system {}, gold {}",
                    g.text,
                    q.paragraph,
                    describe_speaker(q, entities),
                    g.speaker
                ),
            );
        }
    }
    for (j, q) in sys.quotes.iter().enumerate().filter(|(j, _)| !used[*j]) {
        counts.fp += 1;
        let first: Vec<&str> = q.text.split_whitespace().take(10).collect();
        finding(
            out,
            Area::Quote,
            Verdict::Spurious,
            format!(
                "{} ¶{} by {}",
                first.join(" "),
                sys.quotes[j].paragraph,
                describe_speaker(q, entities)
            ),
        );
    }
    (counts, speakers)
}

fn describe_speaker(q: &SysQuote, entities: &[SysEntity]) -> String {
    match q.speaker {
        Some(s) => format!("{:?} (entity; text {:?})", entities[s].name, q.speaker_text),
        None if q.speaker_text.is_empty() => "nobody".to_string(),
        None => format!("{:?} (text)", q.speaker_text),
    }
}

/// Whether a system quotation's speaker is the gold speaker.
///
/// When the gold speaker is one of the article's gold entities: a system speaker
/// entity is right when its name, one of its aliases, or one of its spellings in
/// this article is among the gold entity's name and aliases; with no speaker entity,
/// the speaker text is right when it contains one of those as a run of words. When
/// the gold speaker is a description: right when the system links no entity and one
/// of the two descriptions contains the other as a run of words, ignoring a leading
/// article ("the government" and "Kazakhstan’s government").
pub fn speaker_matches(
    gold: &GoldArticle,
    speaker: &str,
    q: &SysQuote,
    sys: &SysArticle,
    entities: &[SysEntity],
) -> bool {
    match gold.speaker_entity(speaker) {
        Some(g) => {
            let keys: BTreeSet<String> = g
                .aliases
                .iter()
                .chain(std::iter::once(&g.name))
                .map(|a| name_key(a))
                .collect();
            match q.speaker {
                Some(s) => {
                    let e = &entities[s];
                    keys.contains(&name_key(&e.name))
                        || e.aliases.iter().any(|a| keys.contains(&name_key(a)))
                        || sys
                            .mentions
                            .iter()
                            .any(|m| m.entity == s && keys.contains(&name_key(&m.surface)))
                }
                None => {
                    let said = words(&q.speaker_text);
                    keys.iter().any(|k| contains_words(&said, &words(k)))
                }
            }
        }
        None => {
            if q.speaker.is_some() {
                return false;
            }
            let (a, b) = (
                description_words(speaker),
                description_words(&q.speaker_text),
            );
            !b.is_empty() && (contains_words(&a, &b) || contains_words(&b, &a))
        }
    }
}

/// Title, outlet and publication date, each right or wrong; the title is `None`
/// (not scored) when the text prints no headline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: Option<bool>,
    pub source: bool,
    pub published: bool,
}

/// Titles compare exactly up to whitespace; outlets ignoring case and a leading
/// "The", the unknown outlet being right only when the gold has none; dates exactly.
pub fn score_metadata(gold: &GoldArticle, sys: &SysArticle, out: &mut Vec<Finding>) -> Metadata {
    let title = gold.title.as_ref().map(|t| same_title(t, &sys.title));
    let source = match (&gold.source, &sys.source) {
        (None, None) => true,
        (Some(a), Some(b)) => same_outlet(a, b),
        _ => false,
    };
    let published = gold.published == sys.published;
    if title == Some(false) {
        let g = gold.title.as_deref().unwrap_or_default();
        finding(
            out,
            Area::Metadata,
            Verdict::Wrong,
            format!("title: system {:?}, gold {g:?}", sys.title),
        );
    }
    if !source {
        finding(
            out,
            Area::Metadata,
            Verdict::Wrong,
            format!("outlet: system {:?}, gold {:?}", sys.source, gold.source),
        );
    }
    if !published {
        finding(
            out,
            Area::Metadata,
            Verdict::Wrong,
            format!(
                "published: system {:?}, gold {:?}",
                sys.published, gold.published
            ),
        );
    }
    Metadata {
        title,
        source,
        published,
    }
}

/// Every measure for one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleScore {
    pub id: String,
    pub mentions: PerKind,
    pub entities: PerKind,
    pub dates: Counts,
    pub date_values: Ratio,
    pub quotes: Counts,
    pub speakers: Ratio,
    pub metadata: Metadata,
    pub findings: Vec<Finding>,
}

/// The whole evaluation: per article, and the corpus-wide alias merging.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evaluation {
    pub articles: Vec<ArticleScore>,
    pub merge: Merge,
    pub merge_findings: Vec<Finding>,
    pub dates_extracted: bool,
    pub quotes_extracted: bool,
}

/// Totals over all articles.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub mentions: PerKind,
    pub entities: PerKind,
    pub dates: Counts,
    pub date_values: Ratio,
    pub quotes: Counts,
    pub speakers: Ratio,
    pub title: Ratio,
    pub source: Ratio,
    pub published: Ratio,
}

impl Evaluation {
    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for a in &self.articles {
            t.mentions += a.mentions;
            t.entities += a.entities;
            t.dates += a.dates;
            t.date_values += a.date_values;
            t.quotes += a.quotes;
            t.speakers += a.speakers;
            if let Some(right) = a.metadata.title {
                t.title.add(right);
            }
            t.source.add(a.metadata.source);
            t.published.add(a.metadata.published);
        }
        t
    }
}

/// Scores `system` against gold files named by article stem. Every gold file needs
/// its article and every article its gold file.
pub fn evaluate(
    gold: &BTreeMap<String, GoldArticle>,
    system: &System,
) -> Result<Evaluation, String> {
    let mut problems = Vec::new();
    let by_stem: BTreeMap<&str, &SysArticle> = system
        .articles
        .iter()
        .map(|a| (a.stem.as_str(), a))
        .collect();
    for stem in gold.keys() {
        if !by_stem.contains_key(stem.as_str()) {
            problems.push(format!("gold/{stem}.json has no article corpus/{stem}.txt"));
        }
    }
    for stem in by_stem.keys() {
        if !gold.contains_key(*stem) {
            problems.push(format!(
                "corpus/{stem}.txt has no gold file gold/{stem}.json"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let mut eval = Evaluation {
        dates_extracted: system.dates_extracted,
        quotes_extracted: system.quotes_extracted,
        ..Evaluation::default()
    };
    for (stem, g) in gold {
        let s = by_stem[stem.as_str()];
        let mut findings = Vec::new();
        let metadata = score_metadata(g, s, &mut findings);
        let mentions = score_mentions(g, s, &system.entities, &mut findings);
        let entities = score_entities(g, s, &system.entities, &mut findings);
        let (dates, date_values) = score_dates(g, s, &mut findings);
        let (quotes, speakers) = score_quotes(g, s, &system.entities, &mut findings);
        eval.articles.push(ArticleScore {
            id: stem.clone(),
            mentions,
            entities,
            dates,
            date_values,
            quotes,
            speakers,
            metadata,
            findings,
        });
    }
    eval.merge = score_merging(
        gold.iter().map(|(stem, g)| (g, by_stem[stem.as_str()])),
        &system.entities,
        &mut eval.merge_findings,
    );
    Ok(eval)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::{GoldEntity, GoldQuote};
    use crate::system::{SysDate, SysMention};

    fn person(name: &str, aliases: &[&str], mentions: usize) -> GoldEntity {
        entity(name, Kind::Person, aliases, mentions)
    }

    fn entity(name: &str, kind: Kind, aliases: &[&str], mentions: usize) -> GoldEntity {
        GoldEntity {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            mentions,
        }
    }

    fn sys_entity(id: &str, kind: Kind) -> SysEntity {
        SysEntity {
            id: id.into(),
            name: id.into(),
            kind,
            aliases: vec![id.into()],
        }
    }

    /// An article of one paragraph whose mentions are given as (entity, text) and
    /// located at the text's first free occurrence.
    fn article(paragraph: &str, mentions: &[(usize, &str)]) -> SysArticle {
        let chars: Vec<char> = paragraph.chars().collect();
        let mut taken: Vec<usize> = Vec::new();
        let mentions = mentions
            .iter()
            .map(|&(entity, text)| {
                let needle: Vec<char> = text.chars().collect();
                let start = find_bounded(&chars, &needle)
                    .into_iter()
                    .find(|s| !taken.contains(s))
                    .expect("mention text in paragraph");
                taken.push(start);
                SysMention {
                    entity,
                    paragraph: 0,
                    start,
                    end: start + needle.len(),
                    surface: text.into(),
                }
            })
            .collect();
        SysArticle {
            id: "a".into(),
            stem: "a".into(),
            paragraphs: vec![paragraph.into()],
            mentions,
            ..SysArticle::default()
        }
    }

    const TEXT: &str = "Tokayev met Nazarbayev. Mr Tokayev’s aide, Tokaev, spoke in Almaty.";

    fn gold() -> GoldArticle {
        GoldArticle {
            entities: vec![
                person("Kassym-Jomart Tokayev", &["Tokayev", "Tokaev"], 3),
                person("Nursultan Nazarbayev", &["Nazarbayev"], 1),
                entity("Almaty", Kind::Place, &["Almaty"], 1),
            ],
            ..GoldArticle::default()
        }
    }

    #[test]
    fn mention_counts_credit_spellings_up_to_the_gold_count() {
        let ents = [
            sys_entity("t", Kind::Person),
            sys_entity("almaty", Kind::Organisation),
        ];
        // Tokayev found twice (possessive included), Tokaev missed, Nazarbayev
        // missed, Almaty typed as an organisation, and a stray "Mr" mention.
        let sys = article(
            TEXT,
            &[(0, "Tokayev"), (0, "Tokayev’s"), (1, "Almaty"), (0, "Mr")],
        );
        let mut f = Vec::new();
        let c = score_mentions(&gold(), &sys, &ents, &mut f);
        assert_eq!(
            c[Kind::Person],
            Counts {
                tp: 2,
                fp: 1,
                missed: 2
            }
        );
        assert_eq!(
            c[Kind::Organisation],
            Counts {
                tp: 0,
                fp: 1,
                missed: 0
            }
        );
        assert_eq!(
            c[Kind::Place],
            Counts {
                tp: 0,
                fp: 0,
                missed: 1
            }
        );
        assert!(f.iter().any(|f| f.text.contains("gold: place Almaty")));
        assert!(f
            .iter()
            .any(|f| f.text.contains("2 of 3") && f.text.contains("[Tokaev]")));
    }

    #[test]
    fn mentions_beyond_the_gold_count_are_false_positives() {
        let g = GoldArticle {
            entities: vec![person("Kassym-Jomart Tokayev", &["Tokayev"], 1)],
            ..GoldArticle::default()
        };
        let sys = article("Tokayev and Tokayev", &[(0, "Tokayev"), (0, "Tokayev")]);
        let c = score_mentions(&g, &sys, &[sys_entity("t", Kind::Person)], &mut Vec::new());
        assert_eq!(
            c[Kind::Person],
            Counts {
                tp: 1,
                fp: 1,
                missed: 0
            }
        );
    }

    #[test]
    fn entity_level_matches_one_to_one_by_shared_spelling_and_kind() {
        // The system splits Tokayev in two and types Almaty as an organisation.
        let ents = [
            sys_entity("t1", Kind::Person),
            sys_entity("t2", Kind::Person),
            sys_entity("n", Kind::Person),
            sys_entity("almaty", Kind::Organisation),
        ];
        let sys = article(
            TEXT,
            &[
                (0, "Tokayev"),
                (1, "Tokaev"),
                (2, "Nazarbayev"),
                (3, "Almaty"),
            ],
        );
        let mut f = Vec::new();
        let c = score_entities(&gold(), &sys, &ents, &mut f);
        assert_eq!(
            c[Kind::Person],
            Counts {
                tp: 2,
                fp: 1,
                missed: 0
            }
        );
        assert_eq!(
            c[Kind::Place],
            Counts {
                tp: 0,
                fp: 0,
                missed: 1
            }
        );
        assert_eq!(
            c[Kind::Organisation],
            Counts {
                tp: 0,
                fp: 1,
                missed: 0
            }
        );
        assert!(f.iter().any(|f| f.text.contains("found as organisation")));
    }

    #[test]
    fn merging_is_scored_on_pairs_of_spellings_both_sides_have() {
        let g1 = GoldArticle {
            entities: vec![
                person("Kassym-Jomart Tokayev", &["Tokayev", "Tokaev"], 2),
                person("Nursultan Nazarbayev", &["Nazarbayev"], 1),
            ],
            ..GoldArticle::default()
        };
        let g2 = GoldArticle {
            entities: vec![person("Kassym-Jomart Tokayev", &["Tokajev"], 1)],
            ..GoldArticle::default()
        };
        // System: {Tokayev, Nazarbayev} wrongly one entity, Tokaev alone, Tokajev
        // with Tokaev (right). Gold pairs among the four spellings: Tokayev–Tokaev,
        // Tokayev–Tokajev, Tokaev–Tokajev = 3. System pairs: Tokayev–Nazarbayev,
        // Tokaev–Tokajev = 2, of which 1 right.
        let ents = [sys_entity("x", Kind::Person), sys_entity("y", Kind::Person)];
        let s1 = article(
            "Tokayev, Tokaev, Nazarbayev",
            &[(0, "Tokayev"), (1, "Tokaev"), (0, "Nazarbayev")],
        );
        let s2 = article("Tokajev", &[(1, "Tokajev")]);
        let mut f = Vec::new();
        let m = score_merging([(&g1, &s1), (&g2, &s2)], &ents, &mut f);
        assert_eq!(
            m,
            Merge {
                forms: 4,
                system_pairs: 2,
                gold_pairs: 3,
                both: 1
            }
        );
        assert_eq!(m.precision(), Some(0.5));
        assert_eq!(m.recall(), Some(1.0 / 3.0));
        assert!(f.iter().any(|f| f.text.contains("is split")));
        assert!(f.iter().any(|f| f.text.contains("joins")));
    }

    #[test]
    fn gold_dates_are_placed_in_order_longest_first() {
        let paras = vec![
            "On Sunday the vote; Sunday again.".to_string(),
            "Sunday, and Sundays.".to_string(),
        ];
        let dates = [
            GoldDate {
                text: "On Sunday".into(),
                value: "2022-11-20".into(),
            },
            GoldDate {
                text: "Sunday".into(),
                value: "2022-11-20".into(),
            },
            GoldDate {
                text: "Sunday".into(),
                value: "2022-11-27".into(),
            },
            GoldDate {
                text: "Monday".into(),
                value: "2022-11-21".into(),
            },
        ];
        assert_eq!(
            locate_dates(&dates, &paras),
            [Some((0, 0, 9)), Some((0, 20, 26)), Some((1, 0, 6)), None]
        );
    }

    #[test]
    fn dates_match_by_overlap_and_values_exactly() {
        let g = GoldArticle {
            dates: vec![
                GoldDate {
                    text: "last Wednesday".into(),
                    value: "2022-01-05".into(),
                },
                GoldDate {
                    text: "this weekend".into(),
                    value: "2022-11".into(),
                },
                GoldDate {
                    text: "in March".into(),
                    value: "2022-03".into(),
                },
            ],
            ..GoldArticle::default()
        };
        let date = |start, end, text: &str, value: &str| SysDate {
            paragraph: 0,
            start,
            end,
            text: text.into(),
            value: value.into(),
        };
        let mut sys = article(
            "Ousted last Wednesday, back this weekend, gone in March. Soon.",
            &[],
        );
        sys.dates = vec![
            date(12, 21, "Wednesday", "2022-01-05"),
            date(27, 39, "this weekend", "2022-11-20"),
            date(57, 61, "Soon", "2022"),
        ];
        let mut f = Vec::new();
        let (c, v) = score_dates(&g, &sys, &mut f);
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 1,
                missed: 1
            }
        );
        assert_eq!(v, Ratio { right: 1, total: 2 });
        assert_eq!(f.iter().filter(|f| f.verdict == Verdict::Wrong).count(), 1);
    }

    fn quote(text: &str, speaker: Option<usize>, speaker_text: &str) -> SysQuote {
        SysQuote {
            paragraph: 0,
            start: 0,
            end: 0,
            text: text.into(),
            speaker,
            speaker_text: speaker_text.into(),
        }
    }

    #[test]
    fn quotes_match_by_first_words_and_speakers_by_entity_or_description() {
        let g = GoldArticle {
            entities: vec![person(
                "Kassym-Jomart Tokayev",
                &["Kassym-Jomart Tokayev", "Tokayev"],
                2,
            )],
            quotes: vec![
                GoldQuote {
                    text: "It was an attempted coup".into(),
                    speaker: "Kassym-Jomart Tokayev".into(),
                },
                GoldQuote {
                    text: "soon".into(),
                    speaker: "Kassym-Jomart Tokayev".into(),
                },
                GoldQuote {
                    text: "technical mistake".into(),
                    speaker: "the information ministry".into(),
                },
                GoldQuote {
                    text: "rally around".into(),
                    speaker: "Nazarbayev’s press secretary".into(),
                },
                GoldQuote {
                    text: "never quoted".into(),
                    speaker: "nobody".into(),
                },
            ],
            ..GoldArticle::default()
        };
        let ents = [
            sys_entity("Tokayev", Kind::Person),
            sys_entity("Nursultan Nazarbayev", Kind::Person),
        ];
        let mut sys = article("x", &[]);
        sys.quotes = vec![
            quote("“It was an attempted coup d’etat,”", Some(0), "Tokayev"),
            quote(
                "“soon”",
                None,
                "Kazakhstan’s President Kassym-Jomart Tokayev",
            ),
            quote("“technical mistake”", None, "Information ministry"),
            quote("“rally around”", Some(1), "Nazarbayev"),
            quote("“a crosshead”", None, ""),
        ];
        let mut f = Vec::new();
        let (c, s) = score_quotes(&g, &sys, &ents, &mut f);
        assert_eq!(
            c,
            Counts {
                tp: 4,
                fp: 1,
                missed: 1
            }
        );
        assert_eq!(s, Ratio { right: 3, total: 4 });
        assert!(f
            .iter()
            .any(|f| f.verdict == Verdict::Wrong && f.text.contains("rally around")));
    }

    #[test]
    fn a_short_gold_quote_takes_the_shortest_system_quote_containing_it() {
        let g = GoldArticle {
            quotes: vec![
                GoldQuote {
                    text: "soon".into(),
                    speaker: "Aslan".into(),
                },
                GoldQuote {
                    text: "we will leave soon".into(),
                    speaker: "Bota".into(),
                },
            ],
            ..GoldArticle::default()
        };
        let mut sys = article("x", &[]);
        sys.quotes = vec![
            quote("“we will leave soon”", None, "Bota"),
            quote("“soon”", None, "Aslan"),
        ];
        let (c, s) = score_quotes(&g, &sys, &[], &mut Vec::new());
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 0,
                missed: 0
            }
        );
        assert_eq!(s, Ratio { right: 2, total: 2 });
    }

    #[test]
    fn metadata_is_exact_and_unknown_outlets_match_only_none() {
        let g = GoldArticle {
            title: Some("A coup in Kazakhstan?".into()),
            source: None,
            published: Some("2022-11-18".into()),
            ..GoldArticle::default()
        };
        let mut sys = article("x", &[]);
        sys.title = "A coup in  Kazakhstan?".into();
        sys.published = Some("2022-11-18".into());
        let mut f = Vec::new();
        assert_eq!(
            score_metadata(&g, &sys, &mut f),
            Metadata {
                title: Some(true),
                source: true,
                published: true
            }
        );
        sys.source = Some("Medium".into());
        sys.title = "A coup in Kazakhstan".into();
        let m = score_metadata(&g, &sys, &mut f);
        assert_eq!((m.title, m.source), (Some(false), false));
        let untitled = GoldArticle { title: None, ..g };
        assert_eq!(score_metadata(&untitled, &sys, &mut f).title, None);
    }

    #[test]
    fn rates_are_undefined_only_without_anything_to_divide_by() {
        let none = Counts::default();
        assert_eq!(
            (none.precision(), none.recall(), none.f1()),
            (None, None, None)
        );
        let unextracted = Counts {
            tp: 0,
            fp: 0,
            missed: 4,
        };
        assert_eq!(unextracted.precision(), None);
        assert_eq!(unextracted.recall(), Some(0.0));
        assert_eq!(unextracted.f1(), Some(0.0));
        let c = Counts {
            tp: 3,
            fp: 1,
            missed: 2,
        };
        assert_eq!(c.precision(), Some(0.75));
        assert_eq!(c.recall(), Some(0.6));
        assert!((c.f1().unwrap() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    }
}
