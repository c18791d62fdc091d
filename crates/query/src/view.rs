//! The reader's view as URL state: parsing and writing the query string.
//!
//! The whole view lives in the query string so that a link reproduces it and
//! back/forward work. Parsing never fails: a link may have been typed, truncated or
//! written by an older version, so whatever cannot be used is dropped and reported
//! as a human-readable notice for the page to show.

use crate::sort;
use newsprism_model::{Date, DateError, EntityKind};

/// Facets the reader can filter on. URL spelling: `source`, `person`,
/// `organisation`, `place`, `speaker`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Source,
    Person,
    Organisation,
    Place,
    /// Entities quoted directly: an article matches when one of its quotes is
    /// attributed to the entity, whatever else it mentions.
    Speaker,
}

impl Facet {
    /// Every facet, in display and URL order.
    pub const ALL: [Facet; 5] = [
        Facet::Source,
        Facet::Person,
        Facet::Organisation,
        Facet::Place,
        Facet::Speaker,
    ];

    /// The URL spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Source => "source",
            Facet::Person => "person",
            Facet::Organisation => "organisation",
            Facet::Place => "place",
            Facet::Speaker => "speaker",
        }
    }

    /// Reads the URL spelling (also accepts `organization`).
    pub fn parse(s: &str) -> Option<Facet> {
        match s {
            "source" => Some(Facet::Source),
            "person" => Some(Facet::Person),
            "organisation" | "organization" => Some(Facet::Organisation),
            "place" => Some(Facet::Place),
            "speaker" => Some(Facet::Speaker),
            _ => None,
        }
    }

    /// The facet that lists entities of this kind.
    pub fn of_kind(kind: EntityKind) -> Facet {
        match kind {
            EntityKind::Person => Facet::Person,
            EntityKind::Organisation => Facet::Organisation,
            EntityKind::Place => Facet::Place,
        }
    }

    /// The entity kind this facet lists; `None` for [`Facet::Source`] and
    /// [`Facet::Speaker`] (speakers may be of any kind).
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            Facet::Source | Facet::Speaker => None,
            Facet::Person => Some(EntityKind::Person),
            Facet::Organisation => Some(EntityKind::Organisation),
            Facet::Place => Some(EntityKind::Place),
        }
    }
}

/// How results are ordered. `Auto` = relevance while the text query has a positive term, else newest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Auto,
    Newest,
    Oldest,
    Relevance,
}

impl Sort {
    /// The URL spelling (`auto` is never written: it is the default).
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Auto => "auto",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Relevance => "relevance",
        }
    }

    /// Reads the URL spelling.
    pub fn parse(s: &str) -> Option<Sort> {
        match s {
            "auto" => Some(Sort::Auto),
            "newest" => Some(Sort::Newest),
            "oldest" => Some(Sort::Oldest),
            "relevance" => Some(Sort::Relevance),
            _ => None,
        }
    }
}

/// Which list the page shows for the results. URL: `view=quotes`; absent = articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Articles,
    /// Every direct quotation in the results, with its speaker.
    Quotes,
}

impl Tab {
    /// The URL spelling (`articles` is never written: it is the default).
    pub fn as_str(self) -> &'static str {
        match self {
            Tab::Articles => "articles",
            Tab::Quotes => "quotes",
        }
    }

    /// Reads the URL spelling.
    pub fn parse(s: &str) -> Option<Tab> {
        match s {
            "articles" => Some(Tab::Articles),
            "quotes" => Some(Tab::Quotes),
            _ => None,
        }
    }
}

/// The whole view, as carried by the URL query string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// The search box, as typed.
    pub q: String,
    /// Selected entity ids, in the order they were selected, without repeats.
    pub entities: Vec<String>,
    /// Selected source ids, in the order they were selected, without repeats.
    pub sources: Vec<String>,
    /// Selected speakers (entity ids), in the order they were selected, without repeats.
    pub speakers: Vec<String>,
    /// First publication day shown, inclusive.
    pub from: Option<Date>,
    /// Last publication day shown, inclusive.
    pub to: Option<Date>,
    /// First day of the period the text talks about (`mfrom`), inclusive: an
    /// article matches when the whole period of one of its date mentions lies in
    /// the range (a day range does not match "this year").
    pub mentioned_from: Option<Date>,
    /// Last day of that period (`mto`), inclusive.
    pub mentioned_to: Option<Date>,
    /// The article open in the reader.
    pub article: Option<String>,
    /// Entity facets whose selections must all match (default: any). Sorted, no
    /// repeats, never [`Facet::Source`] when parsed from a URL.
    pub all_of: Vec<Facet>,
    pub sort: Sort,
    /// Articles or quotations.
    pub tab: Tab,
}

impl ViewState {
    /// Parses `?q=..&entity=..`; never fails: what it cannot use is reported as notices.
    pub fn from_query_string(qs: &str) -> (ViewState, Vec<String>) {
        let mut v = ViewState::default();
        let mut notices = Notices::default();
        let qs = qs.strip_prefix('?').unwrap_or(qs);
        let mut seen_single: Vec<&'static str> = Vec::new();
        let mut single = |key: &'static str, notices: &mut Notices, changed: bool| {
            if seen_single.contains(&key) {
                if changed {
                    notices.push(format!(
                        "“{key}” was given more than once; used the last value."
                    ));
                }
            } else {
                seen_single.push(key);
            }
        };
        for pair in qs.split('&') {
            if pair.is_empty() {
                continue;
            }
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key, &mut notices);
            let value = decode(raw_value, &mut notices);
            match key.as_str() {
                "q" => {
                    if !value.is_empty() {
                        single("q", &mut notices, v.q != value);
                        v.q = value;
                    }
                }
                "entity" | "source" | "speaker" => {
                    let id = value.trim();
                    let list = match key.as_str() {
                        "entity" => &mut v.entities,
                        "source" => &mut v.sources,
                        _ => &mut v.speakers,
                    };
                    if !id.is_empty() && !list.iter().any(|x| x == id) {
                        list.push(id.to_string());
                    }
                }
                "from" | "to" | "mfrom" | "mto" => {
                    let text = value.trim();
                    if text.is_empty() {
                        continue;
                    }
                    match Date::parse(text) {
                        Ok(d) => {
                            let (k, slot) = match key.as_str() {
                                "from" => ("from", &mut v.from),
                                "to" => ("to", &mut v.to),
                                "mfrom" => ("mfrom", &mut v.mentioned_from),
                                _ => ("mto", &mut v.mentioned_to),
                            };
                            single(k, &mut notices, *slot != Some(d));
                            *slot = Some(d);
                        }
                        Err(e) => notices.push(format!(
                            "Ignored “{key}={value}”: {}.",
                            date_problem(text, &e)
                        )),
                    }
                }
                "article" => {
                    let id = value.trim();
                    if !id.is_empty() {
                        single("article", &mut notices, v.article.as_deref() != Some(id));
                        v.article = Some(id.to_string());
                    }
                }
                "all" => {
                    let name = value.trim();
                    match Facet::parse(name) {
                        _ if name.is_empty() => {}
                        Some(Facet::Source) => notices.push(
                            "Ignored “all=source”: an article has only one source, so sources always combine with “any of”."
                                .to_string(),
                        ),
                        Some(f) => {
                            if !v.all_of.contains(&f) {
                                v.all_of.push(f);
                            }
                        }
                        None => notices.push(format!(
                            "Ignored “all={value}”: expected person, organisation, place or speaker."
                        )),
                    }
                }
                "sort" => {
                    let name = value.trim();
                    match Sort::parse(name) {
                        _ if name.is_empty() => {}
                        Some(s) => {
                            single("sort", &mut notices, v.sort != s);
                            v.sort = s;
                        }
                        None => notices.push(format!(
                            "Ignored “sort={value}”: expected newest, oldest or relevance."
                        )),
                    }
                }
                "view" => {
                    let name = value.trim();
                    match Tab::parse(name) {
                        _ if name.is_empty() => {}
                        Some(t) => {
                            single("view", &mut notices, v.tab != t);
                            v.tab = t;
                        }
                        None => notices.push(format!(
                            "Ignored “view={value}”: expected articles or quotes."
                        )),
                    }
                }
                "" => {}
                _ => notices.push(format!("Ignored unknown parameter “{key}”.")),
            }
        }
        sort::sort(&mut v.all_of);
        for (f, t, names) in [
            (&mut v.from, &mut v.to, ("from", "to")),
            (&mut v.mentioned_from, &mut v.mentioned_to, ("mfrom", "mto")),
        ] {
            if let Some(notice) = order_range(f, t, names) {
                notices.push(notice);
            }
        }
        (v, notices.0)
    }

    /// `""` for the default view, else `?`-prefixed, canonical order, percent-encoded.
    ///
    /// Order: `q`, `entity`*, `source`*, `speaker`*, `from`, `to`, `mfrom`, `mto`,
    /// `all`*, `sort`, `view`, `article`.
    pub fn to_query_string(&self) -> String {
        let mut out = String::new();
        let mut put = |k: &str, v: &str| {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            encode_into(v, &mut out);
        };
        if !self.q.is_empty() {
            put("q", &self.q);
        }
        for e in &self.entities {
            put("entity", e);
        }
        for s in &self.sources {
            put("source", s);
        }
        for s in &self.speakers {
            put("speaker", s);
        }
        for (k, d) in [
            ("from", self.from),
            ("to", self.to),
            ("mfrom", self.mentioned_from),
            ("mto", self.mentioned_to),
        ] {
            if let Some(d) = d {
                put(k, &d.to_string());
            }
        }
        let mut all = self.all_of.clone();
        sort::sort(&mut all);
        all.dedup();
        for f in all {
            if f != Facet::Source {
                put("all", f.as_str());
            }
        }
        if self.sort != Sort::Auto {
            put("sort", self.sort.as_str());
        }
        if self.tab != Tab::Articles {
            put("view", self.tab.as_str());
        }
        if let Some(a) = &self.article {
            put("article", a);
        }
        out
    }

    /// Selects the entity if it is not selected, else deselects it.
    pub fn toggle_entity(&mut self, id: &str) {
        toggle(&mut self.entities, id);
    }

    /// Selects the source if it is not selected, else deselects it.
    pub fn toggle_source(&mut self, id: &str) {
        toggle(&mut self.sources, id);
    }

    /// Selects the speaker (an entity id) if it is not selected, else deselects it.
    pub fn toggle_speaker(&mut self, id: &str) {
        toggle(&mut self.speakers, id);
    }

    /// Whether the facet's selections must all match.
    pub fn is_all_of(&self, facet: Facet) -> bool {
        self.all_of.contains(&facet)
    }

    /// Makes the facet's selections combine with all-of (`true`) or any-of.
    /// No effect for [`Facet::Source`]: an article has one source.
    pub fn set_all_of(&mut self, facet: Facet, all: bool) {
        self.all_of.retain(|&f| f != facet);
        if all && facet != Facet::Source {
            self.all_of.push(facet);
            sort::sort(&mut self.all_of);
        }
    }

    /// Clears the search box, selections, both date ranges and all-of choices;
    /// keeps the sort order, the tab and the open article.
    pub fn clear_filters(&mut self) {
        self.q.clear();
        self.entities.clear();
        self.sources.clear();
        self.speakers.clear();
        self.from = None;
        self.to = None;
        self.mentioned_from = None;
        self.mentioned_to = None;
        self.all_of.clear();
    }

    /// Whether anything narrows the results (text, selections or either date range).
    pub fn has_filters(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.entities.is_empty()
            || !self.sources.is_empty()
            || !self.speakers.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || self.mentioned_from.is_some()
            || self.mentioned_to.is_some()
    }
}

/// Puts a reversed date range the right way round; the notice says so.
pub(crate) fn order_range(
    from: &mut Option<Date>,
    to: &mut Option<Date>,
    (from_key, to_key): (&str, &str),
) -> Option<String> {
    match (*from, *to) {
        (Some(f), Some(t)) if f > t => {
            (*from, *to) = (Some(t), Some(f));
            Some(format!(
                "Swapped “{from_key}” and “{to_key}”: {f} is after {t}."
            ))
        }
        _ => None,
    }
}

fn toggle(list: &mut Vec<String>, id: &str) {
    if let Some(i) = list.iter().position(|x| x == id) {
        list.remove(i);
    } else {
        list.push(id.to_string());
    }
}

/// Notices in order, without repeats.
#[derive(Default)]
struct Notices(Vec<String>);

impl Notices {
    fn push(&mut self, s: String) {
        if !self.0.contains(&s) {
            self.0.push(s);
        }
    }
}

fn date_problem(text: &str, e: &DateError) -> &'static str {
    let b = text.as_bytes();
    let two = |i: usize| (b[i] - b'0') * 10 + (b[i + 1] - b'0');
    // Date::parse says "impossible" for any well-shaped string; a month of 13 is
    // still "not a date" to a reader, only 30 February is "no such day".
    if *e == DateError::Impossible && (1..=12).contains(&two(5)) && (1..=31).contains(&two(8)) {
        "there is no such day"
    } else {
        "not a date (use YYYY-MM-DD)"
    }
}

/// Percent-decodes a query-string component (`+` is a space). Malformed escapes
/// are kept literally and invalid UTF-8 is replaced, each with a notice.
fn decode(s: &str, notices: &mut Notices) -> String {
    if !s.contains(['%', '+']) {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut malformed = false;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => match (b.get(i + 1).and_then(hex), b.get(i + 2).and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => {
                    malformed = true;
                    out.push(b'%');
                }
            },
            c => out.push(c),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(text) => {
            if malformed {
                notices.push(format!("Kept a stray “%” in “{text}” as it is."));
            }
            text
        }
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            notices.push(format!(
                "Some characters in “{text}” could not be decoded and were replaced with “\u{FFFD}”."
            ));
            text
        }
    }
}

fn hex(c: &u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn encode_into(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~') {
            out.push(c as char);
        } else {
            out.push('%');
            out.push(HEX[(c >> 4) as usize] as char);
            out.push(HEX[(c & 15) as usize] as char);
        }
    }
}
