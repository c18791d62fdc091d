//! Step 6, quotes: the direct quotations of each article and who said them.
//!
//! A quotation is text between double quotes, straight (`"…"`) or curly (`“…”`), or
//! between single curly quotes (`‘…’`, British copy) where the `‘` opens a word and the
//! `’` closes one (so "Kazakhstan’s" is an apostrophe). Straight single quotes are
//! never taken for quotation marks: they are apostrophes far too often. A quotation
//! left open at the end of a paragraph runs on when the next paragraph opens with a
//! quote mark, as in print. Quotes nested in a quotation are part of it.
//!
//! The speaker is looked for, in this order: a reporting verb right after the
//! quotation (`…," X said.` / `…," said X.` / `…," said my supervisor, X.`);
//! "according to X" in the sentence; the nearest reporting verb before it in the
//! sentence (`X said: “…”`, `X told AFP that “…”`; `Y quoted X as saying`, `X was
//! quoted as saying` and `Y quoted him:` name the one quoted); a reporting verb later
//! in the sentence (`…, Cooley says.`). The subject of
//! the verb is the nearest person or organisation mention before it (after an
//! appositive, the name it describes; after "who", the name before); a pronoun ("he
//! said") is the person the text last spoke of; a coordinated or participial verb
//! ("and said", "adding") takes the sentence's subject. Without any verb: the speaker
//! of the paragraph's previous quotation; for a paragraph that is all quotation, the
//! previous paragraph's speaker or the person it introduces ("X was more optimistic."
//! / "X had a strong message:"); for a quotation opening its sentence, whoever the
//! sentence before it reports (`X replied ... . “…”`); for a partial quotation of
//! four words or more, the sentence's subject.
//!
//! A role that stands for one person ("the former Ardel United player", "the ex-minister")
//! is, when no earlier name fits it, the person quoted just before; a title written
//! without its name before anyone is quoted by name ("Norvian Prime Minister
//! announced") is the person quoted next.
//!
//! The speaker is the entity when a person or organisation mention heads the words
//! naming it (by the mention spans of the entities step, else by an alias of an entity
//! of the article), and otherwise the words as written ("a retired resident of the
//! country's economic capital", "Tokayev’s spokesman").
//!
//! Not quotations: quotes of one to three words with no reporting verb in their
//! sentence (scare quotes such as “realistic” or "attempted coup", and names such as
//! "Nur-Sultan"), which are skipped; and a paragraph that is nothing but a short quote
//! without a full stop, which is a subheading.

use crate::tokens::{tokenize, Kind, Token};
#[cfg(test)]
use newsprism_model::Mention;
use newsprism_model::{Article, Entity, EntityKind, Quote};

/// Verbs that report speech, in every form that introduces a quotation.
const REPORTING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "state",
    "states",
    "stated",
    "stating",
    "note",
    "notes",
    "noted",
    "noting",
    "write",
    "writes",
    "wrote",
    "writing",
    "tweeted",
    "posted",
    "ask",
    "asks",
    "asked",
    "explain",
    "explains",
    "explained",
    "explaining",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "warn",
    "warns",
    "warned",
    "warning",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "contend",
    "contends",
    "contended",
    "argue",
    "argues",
    "argued",
    "arguing",
    "declare",
    "declares",
    "declared",
    "announce",
    "announces",
    "announced",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "promise",
    "promises",
    "promised",
    "reply",
    "replies",
    "replied",
    "respond",
    "responded",
    "continue",
    "continues",
    "continued",
    "conclude",
    "concluded",
    "recall",
    "recalls",
    "recalled",
    "remark",
    "remarked",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
    "confirm",
    "confirms",
    "confirmed",
    "deny",
    "denies",
    "denied",
    "report",
    "reports",
    "reported",
    "criticize",
    "criticized",
    "criticise",
    "criticised",
    "urge",
    "urges",
    "urged",
    "stress",
    "stressed",
    "emphasised",
    "emphasized",
    "comment",
    "commented",
    "suggest",
    "suggested",
    "predict",
    "predicted",
    "pledge",
    "pledged",
    "describe",
    "described",
    "accuse",
    "accused",
    "blamed",
    "blaming",
    "assert",
    "asserted",
    "maintain",
    "maintained",
    "quipped",
    "shouted",
    "told",
    "testified",
    "concede",
    "conceded",
    // A document's words ("The tweet reads, ..."), and other verbs of saying.
    "reads",
    "denounced",
    "reiterated",
    "reiterates",
    "observed",
    "lamented",
    "revealed",
    "disclosed",
    "assured",
    "affirmed",
    "indicated",
    "underlined",
    "underscored",
    "cautioned",
    "complained",
    "joked",
    "boasted",
    "wondered",
    "recounted",
    "exclaimed",
    "mentioned",
    "clarified",
    "countered",
    "retorted",
    "protested",
    "pleaded",
    "demanded",
];

/// Words that may stand between a subject and its verb ("Tokayev has also said").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "are",
    "also",
    "later",
    "previously",
    "earlier",
    "then",
    "again",
    "yesterday",
    "today",
    "reportedly",
    "repeatedly",
    "once",
    "further",
    "recently",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
    "last",
    "week",
    "night",
    "morning",
    "publicly",
    "separately",
    "himself",
    "herself",
    "only",
    "simply",
    "just",
    "has also",
    "would",
    "will",
    "could",
    "did",
    "not",
    // "went on to say", "continued to insist"
    "to",
    "went",
    "goes",
    "go",
    "continued",
    "continues",
    "decided",
    "wanted",
    "refused",
];

/// Words that end the subject of a verb, looking back from it.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "and", "but", "while", "which", "as", "when", "because", "after", "before", "if",
    "who", "whom", "where", "although", "though", "since", "so", "or",
];

/// Words after which a mention is a modifier, not the head of the speaker's words.
const PREPOSITIONS: &[&str] = &[
    "of", "from", "at", "for", "with", "in", "on", "by", "about", "to", "into", "under", "near",
    "between", "among", "against", "over", "than",
];

const PRONOUNS: &[&str] = &["he", "she"];

/// Nouns for a written statement, whose author may follow: "a statement issued by".
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "message",
    "post",
    "tweet",
    "note",
    "memo",
    "email",
];

/// Words that open a participle's phrase after the sentence's verb: "beyond saying",
/// "before adding", "without naming".
const PARTICIPLE_LEADS: &[&str] = &[
    "beyond", "before", "after", "while", "without", "by", "despite", "besides", "when", "instead",
    "also",
];

/// Nouns for a record of words ("according to the excerpts", "the transcript"):
/// where a quotation was read, not who spoke it.
const RECORD_NOUNS: &[&str] = &[
    "excerpts",
    "excerpt",
    "transcript",
    "transcripts",
    "recording",
    "recordings",
    "video",
    "footage",
    "clip",
    "broadcast",
    "filing",
    "documents",
    "document",
    "minutes",
];

/// Bodies that speak for the organisation that sent them.
const GROUP_NOUNS: &[&str] = &[
    "observers",
    "monitors",
    "mission",
    "delegation",
    "inspectors",
];

/// Who said a quotation.
#[derive(Debug, Clone, PartialEq)]
struct Speaker {
    entity: Option<u32>,
    text: String,
    person: bool,
}

/// A quotation found by its marks, before attribution.
#[derive(Debug, Clone)]
struct Span {
    paragraph: usize,
    start: usize,
    end_paragraph: usize,
    end: usize,
    /// Words inside.
    words: usize,
}

/// How a speaker was found: reporting verbs make a quotation, inheritance does not
/// rescue a scare quote.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Found {
    Verb,
    Context,
}

/// One paragraph, tokenised with its quotations masked.
struct Para<'a> {
    tokens: Vec<Token<'a>>,
    /// Per token: inside a quotation (quote marks included).
    inside: Vec<bool>,
    /// Mentions of the paragraph: (start, end, entity).
    mentions: Vec<(usize, usize, u32)>,
}

/// Words of time or sequence that open a sentence before its subject ("Later the
/// minister said").
const TIME_OPENERS: &[&str] = &[
    "later",
    "earlier",
    "meanwhile",
    "separately",
    "previously",
    "afterwards",
    "afterward",
    "subsequently",
    "then",
    "now",
    "today",
    "yesterday",
    "also",
    "however",
    "still",
    "finally",
    "last",
    "this",
];

/// Honorifics written between a role and a name ("minister Dr Ana Roe").
const HONORIFICS: &[&str] = &[
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
];

/// The quotations of `article`, whose `mentions` index `entities`.
pub fn extract(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    let spans = find_spans(&article.paragraphs);
    // Character ranges inside quotations, per paragraph.
    let mut masks: Vec<Vec<(usize, usize)>> = vec![Vec::new(); article.paragraphs.len()];
    for s in &spans {
        let parts = masks
            .iter_mut()
            .zip(&article.paragraphs)
            .enumerate()
            .take(s.end_paragraph + 1)
            .skip(s.paragraph);
        for (p, (mask, text)) in parts {
            let from = if p == s.paragraph { s.start } else { 0 };
            let to = if p == s.end_paragraph {
                s.end
            } else {
                text.chars().count()
            };
            mask.push((from, to));
        }
    }
    let paras: Vec<Para> = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(pi, text)| {
            let mask = &masks[pi];
            let quoted = |c: usize| mask.iter().any(|&(a, b)| c >= a && c < b);
            let tokens = tokenize(text, &quoted);
            let inside = tokens.iter().map(|t| quoted(t.start)).collect();
            let mentions = article
                .mentions
                .iter()
                .filter(|m| m.paragraph as usize == pi)
                .map(|m| (m.start as usize, m.end as usize, m.entity))
                .collect();
            Para {
                tokens,
                inside,
                mentions,
            }
        })
        .collect();
    let ctx = Context {
        paras: &paras,
        entities,
        article,
        last_quoted: std::cell::Cell::new(None),
    };

    let mut out: Vec<Quote> = Vec::new();
    let mut last_person: Option<(usize, Speaker)> = None;
    let mut previous: Option<(usize, usize, Option<Speaker>)> = None;
    for span in &spans {
        let pi = span.paragraph;
        let para = &paras[pi];
        let Some(open) = para.tokens.iter().position(|t| t.start == span.start) else {
            continue;
        };
        let sentence = para.tokens[open].sentence;
        // (A full stop after the closing mark, “…”., still ends it.)
        let whole_paragraph = open == 0
            && (span.end_paragraph > pi
                || para
                    .tokens
                    .iter()
                    .filter(|t| t.start >= span.end)
                    .all(|t| t.kind == Kind::Punct));
        let mut found = ctx.by_verb(span, open, last_person.as_ref().map(|(_, s)| s));
        if found.is_none() {
            // Context: the paragraph's previous quotation, the previous paragraph, the
            // sentence's subject.
            let inherited = match &previous {
                Some((pp, pend, Some(s))) if *pend == pi || *pp == pi => Some(s.clone()),
                _ => None,
            };
            let speaker = inherited
                .or_else(|| {
                    // "X replied ... . “…”": a quotation opening its sentence, said by
                    // whoever the sentence before it reports.
                    (!whole_paragraph
                        && opens_sentence(para, open)
                        && !verb_in_sentence(para, sentence))
                    .then(|| {
                        ctx.reported_in(
                            pi,
                            sentence.checked_sub(1)?,
                            last_person.as_ref().map(|p| &p.1),
                        )
                    })
                    .flatten()
                })
                .or_else(|| {
                    whole_paragraph
                        .then(|| {
                            let last = last_person.as_ref().map(|p| &p.1);
                            ctx.introduced_before(pi, &previous, last).or_else(|| {
                                // "She added that ...", then a paragraph of quotation:
                                // whoever the paragraph before reports.
                                let prev = pi.checked_sub(1)?;
                                let s = ctx.paras[prev].tokens.last()?.sentence;
                                ctx.reported_in(prev, s, last_person.as_ref().map(|p| &p.1))
                                    .filter(|s| s.entity.is_some())
                            })
                        })
                        .flatten()
                })
                .or_else(|| {
                    (!whole_paragraph && span.words >= 4)
                        .then(|| {
                            ctx.sentence_subject(pi, sentence, last_person.as_ref().map(|p| &p.1))
                        })
                        .flatten()
                });
            found = speaker.map(|s| (s, Found::Context));
        }
        if span.words <= 3 && !matches!(found, Some((_, Found::Verb))) {
            continue;
        }
        // "a "Buy" rating", "a “shoot to kill” order": a short quoted label between
        // a determiner and the noun it qualifies.
        if span.words <= 3 && span.end_paragraph == pi && is_label(para, open, span.end) {
            continue;
        }
        let mut speaker = found
            .map(|(s, _)| s)
            .filter(|s| s.entity.is_some() || !s.text.trim().is_empty());
        // "..., it said": the body or the description that spoke last, within a
        // paragraph or two.
        if speaker
            .as_ref()
            .is_some_and(|s| s.entity.is_none() && s.text.eq_ignore_ascii_case("it"))
        {
            if let Some((_, pend, Some(prev))) = &previous {
                if !prev.person && pi <= pend + 2 {
                    speaker = Some(prev.clone());
                }
            }
        }
        // "The Orra Office said ... ¶ “...,” it added": else the body that the last
        // sentences reporting speech name, within this paragraph and the two before.
        if speaker
            .as_ref()
            .is_some_and(|s| s.entity.is_none() && s.text.eq_ignore_ascii_case("it"))
        {
            let sentence = para
                .tokens
                .iter()
                .find(|t| t.start >= open)
                .map(|t| t.sentence);
            if let Some(body) = ctx.body_reported_before(pi, sentence.unwrap_or(0)) {
                speaker = Some(body);
            }
        }
        if let Some(s) = speaker.as_ref().filter(|s| s.person) {
            last_person = Some((pi, s.clone()));
        }
        previous = Some((pi, span.end_paragraph, speaker.clone()));
        ctx.last_quoted
            .set(speaker.as_ref().filter(|s| s.person).and_then(|s| s.entity));
        out.push(Quote {
            paragraph: pi as u32,
            start: span.start as u32,
            end: span.end as u32,
            end_paragraph: span.end_paragraph as u32,
            speaker: speaker.as_ref().and_then(|s| s.entity),
            speaker_text: speaker.map(|s| s.text).unwrap_or_default(),
        });
    }
    // "Norvian Prime Minister announced ..." before anyone is quoted by name: the
    // first person quoted by name after it.
    for i in 0..out.len() {
        // Only a title written as one, every word capitalised ("Norvian Prime
        // Minister"): "Police spokesman" or "the official" may be someone else.
        let text = &out[i].speaker_text;
        let titled = text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if out[i].speaker.is_some() || !titled || !role_description(text) {
            continue;
        }
        let is_person = |q: &Quote| {
            q.speaker
                .and_then(|e| entities.get(e as usize))
                .is_some_and(|e| e.kind == EntityKind::Person)
        };
        if out[..i].iter().any(is_person) {
            continue;
        }
        if let Some(e) = out[i + 1..]
            .iter()
            .find(|q| is_person(q))
            .and_then(|q| q.speaker)
        {
            out[i].speaker = Some(e);
        }
    }
    out
}

/// Whether sentence `s` of `para` has a reporting verb outside its quotations.
fn verb_in_sentence(para: &Para, s: usize) -> bool {
    (0..para.tokens.len())
        .any(|v| para.tokens[v].sentence == s && !para.inside[v] && reporting_at(&para.tokens, v))
}

/// Whether the token at `open` starts its sentence.
fn opens_sentence(para: &Para, open: usize) -> bool {
    open == 0 || para.tokens[open - 1].sentence != para.tokens[open].sentence
}

/// Quotation marks paired within and across paragraphs.
fn find_spans(paragraphs: &[String]) -> Vec<Span> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Straight,
        Curly,
        Single,
    }
    let mut spans = Vec::new();
    // An open quotation: (paragraph, start, mark, words so far).
    let mut open: Option<(usize, usize, Mark)> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let chars: Vec<char> = p.chars().collect();
        let first = chars.iter().position(|c| !c.is_whitespace());
        // A quotation left open runs on only into a paragraph that opens with a quote.
        if let Some((op, os, mark)) = open {
            let continues = first.is_some_and(|f| match mark {
                Mark::Straight => chars[f] == '"',
                Mark::Curly => chars[f] == '\u{201c}',
                Mark::Single => chars[f] == '\u{2018}',
            });
            if !continues {
                let prev = &paragraphs[pi - 1];
                let end = prev.chars().count();
                spans.push(make_span(paragraphs, op, os, pi - 1, end));
                open = None;
            }
        }
        let mut i = 0;
        if open.is_some() {
            i = first.map_or(0, |f| f + 1);
        }
        while i < chars.len() {
            let c = chars[i];
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            match (open, c) {
                (None, '"') => open = Some((pi, i, Mark::Straight)),
                (None, '\u{201c}') => open = Some((pi, i, Mark::Curly)),
                (None, '\u{2018}')
                    if before.is_none_or(|b| !b.is_alphanumeric())
                        && after.is_some_and(char::is_alphanumeric) =>
                {
                    open = Some((pi, i, Mark::Single))
                }
                (Some((op, os, Mark::Straight)), '"')
                | (Some((op, os, Mark::Curly)), '\u{201d}') => {
                    spans.push(make_span(paragraphs, op, os, pi, i + 1));
                    open = None;
                }
                // “…," or "…”: a mark of the other kind closes the quotation when
                // it ends a word and no word runs on after it.
                (Some((op, os, Mark::Curly)), '"')
                | (Some((op, os, Mark::Straight)), '\u{201d}')
                    if before.is_some_and(|b| !b.is_whitespace())
                        && after.is_none_or(|a| !a.is_alphanumeric()) =>
                {
                    spans.push(make_span(paragraphs, op, os, pi, i + 1));
                    open = None;
                }
                (Some((op, os, Mark::Single)), '\u{2019}')
                    if before.is_some_and(|b| !b.is_whitespace())
                        && after.is_none_or(|a| !a.is_alphanumeric()) =>
                {
                    spans.push(make_span(paragraphs, op, os, pi, i + 1));
                    open = None;
                }
                _ => {}
            }
            i += 1;
        }
    }
    if let Some((op, os, _)) = open {
        let last = paragraphs.len() - 1;
        spans.push(make_span(
            paragraphs,
            op,
            os,
            last,
            paragraphs[last].chars().count(),
        ));
    }
    // A subheading that is only a short quote is not a quotation.
    spans.retain(|s| {
        let p = &paragraphs[s.paragraph];
        let n = p.chars().count();
        let whole = s.paragraph == s.end_paragraph && s.start == 0 && s.end == n;
        !(whole && s.words <= 6 && !crate::text::ends_sentence(p))
    });
    spans
}

fn make_span(paragraphs: &[String], p: usize, start: usize, q: usize, end: usize) -> Span {
    let mut words = 0;
    for (k, text) in paragraphs.iter().enumerate().take(q + 1).skip(p) {
        let from = if k == p { start } else { 0 };
        let to = if k == q { end } else { usize::MAX };
        let slice: String = text
            .chars()
            .skip(from)
            .take(to.saturating_sub(from))
            .collect();
        words += crate::text::words(&slice).len();
    }
    Span {
        paragraph: p,
        start,
        end_paragraph: q,
        end,
        words,
    }
}

struct Context<'a> {
    paras: &'a [Para<'a>],
    entities: &'a [Entity],
    article: &'a Article,
    /// The person entity who spoke the quotation just before, if a named person did.
    last_quoted: std::cell::Cell<Option<u32>>,
}

fn is_reporting(t: &Token) -> bool {
    t.kind == Kind::Word
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && REPORTING.contains(&t.text)
}

/// Whether the quotation opening at token `open` and closing at character `end` is a
/// capitalised label between a determiner and a following lowercase noun.
fn is_label(para: &Para, open: usize, end: usize) -> bool {
    const FUNCTION: &[&str] = &[
        "to", "in", "on", "at", "of", "for", "with", "by", "and", "or", "but", "that", "which",
        "who", "from", "as", "after", "before", "over", "against", "during", "is", "was", "were",
        "are", "will", "would", "could", "has", "had", "have", "be", "been", "if", "than", "into",
        "about", "since", "until", "while", "when",
    ];
    let determiner = open
        .checked_sub(1)
        .and_then(|k| para.tokens.get(k))
        .is_some_and(|t| {
            t.kind == Kind::Word
                && matches!(
                    t.lower().as_str(),
                    "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
                )
        });
    let Some(close) = para
        .tokens
        .iter()
        .position(|t| t.start + 1 >= end && t.end >= end)
    else {
        return false;
    };
    let noun = para.tokens.get(close + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && t.space_before
            && t.text.chars().next().is_some_and(char::is_lowercase)
            && !FUNCTION.contains(&t.text)
            && !is_reporting(t)
    });
    // "a “productive” phone call" quotes the speaker's word; a capital marks a label.
    let capital = para
        .tokens
        .get(open + 1)
        .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase));
    determiner && noun && capital
}

/// Words that make a following "reports", "claims" or "states" a noun.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "these", "those", "this", "that", "its", "his", "her", "their", "our",
    "media", "news", "two", "three", "several", "many", "some", "such", "other", "member",
];
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should",
];

/// Whether the token at `j` is a reporting verb in its context: not a noun after a
/// determiner ("media reports", "the two states") or before an auxiliary.
fn reporting_at(tokens: &[Token], j: usize) -> bool {
    let t = &tokens[j];
    if !is_reporting(t) {
        return false;
    }
    // "the current state of talks", "a claim", "its report": a noun after a
    // determiner (or an adjective after one), not the verb.
    let after_determiner = |k: usize| {
        k.checked_sub(1).is_some_and(|p| {
            DETERMINERS.contains(&tokens[p].lower().as_str())
                || p > 0
                    && tokens[p].kind == Kind::Word
                    && DETERMINERS.contains(&tokens[p - 1].lower().as_str())
                    && !is_reporting(&tokens[p])
                    && !AUXILIARIES.contains(&tokens[p].lower().as_str())
        })
    };
    let noun_too = [
        "state",
        "claim",
        "report",
        "comment",
        "note",
        "warning",
        "reply",
        "tweet",
        "post",
        "answer",
        "response",
        "statement",
        "remark",
        "word",
    ];
    if noun_too.iter().any(|n| t.is(n)) && after_determiner(j) {
        return false;
    }
    if t.text.ends_with('s') && t.text != "says" {
        // "media reports", "according to reports", "in reports": a noun.
        let det = j.checked_sub(1).is_some_and(|p| {
            let w = tokens[p].lower();
            DETERMINERS.contains(&w.as_str())
                || matches!(w.as_str(), "to" | "in" | "from" | "of" | "by" | "with")
        });
        let aux = tokens
            .get(j + 1)
            .is_some_and(|n| AUXILIARIES.contains(&n.lower().as_str()));
        if det || aux {
            return false;
        }
    }
    true
}

impl Context<'_> {
    /// The speaker named with a reporting verb in the quotation's sentence.
    fn by_verb(
        &self,
        span: &Span,
        open: usize,
        last_person: Option<&Speaker>,
    ) -> Option<(Speaker, Found)> {
        let pi = span.paragraph;
        let para = &self.paras[pi];
        let sentence = para.tokens[open].sentence;
        let outside = |j: usize| !para.inside[j] && para.tokens[j].sentence == sentence;
        // Right after the quotation, in the paragraph where it closes: "…," X said
        // (also before "according to a statement").
        let ep = span.end_paragraph;
        let epara = &self.paras[ep];
        if let Some(close) = epara.tokens.iter().rposition(|t| t.end == span.end) {
            if let Some(s) = self.after_close(ep, close, last_person) {
                return Some((s, Found::Verb));
            }
        }
        // "according to X".
        let mut according: Option<Speaker> = None;
        for j in 0..para.tokens.len().saturating_sub(2) {
            // "..., according to reports": the report is where the words were read,
            // not who said them.
            let hearsay = para.tokens.get(j + 2).is_some_and(|t| {
                matches!(
                    t.lower().as_str(),
                    "reports" | "media" | "local" | "press" | "news" | "unconfirmed" | "published"
                )
            });
            if outside(j)
                && para.tokens[j].is("according")
                && para.tokens[j + 1].is("to")
                && !hearsay
            {
                // "According to him, ...": the person last named.
                if matches!(para.tokens[j + 2].lower().as_str(), "him" | "her") {
                    if let Some(s) = self.resolve_pronoun(pi, j + 2, last_person) {
                        return Some((s, Found::Verb));
                    }
                }
                if let Some(s) = self.phrase_after(pi, j + 2, last_person) {
                    // "saying “…” according to the excerpts": a record of the
                    // words; the verb before names who spoke them, if any does.
                    let record = s.entity.is_none()
                        && s.text
                            .split(' ')
                            .next_back()
                            .is_some_and(|w| RECORD_NOUNS.contains(&w.to_lowercase().as_str()));
                    if !record {
                        return Some((s, Found::Verb));
                    }
                    according = according.or(Some(s));
                }
            }
        }
        // Before it, nearest first.
        for v in (0..open).rev() {
            if !outside(v) {
                continue;
            }
            // "Y quoted X as saying", "X was quoted (by Y) as saying": the one quoted.
            if para.tokens[v].is("saying") && v >= 2 && para.tokens[v - 1].is("as") {
                let q = (0..v - 1)
                    .rev()
                    .take_while(|&k| outside(k))
                    .find(|&k| matches!(para.tokens[k].text, "quoted" | "quotes" | "quoting"));
                if let Some(q) = q {
                    let passive = para.tokens[q + 1].is("by") || q + 1 == v - 1;
                    let found = if passive {
                        self.subject_of(pi, q, last_person)
                    } else if v - 1 == q + 2
                        && matches!(para.tokens[q + 1].lower().as_str(), "him" | "her")
                    {
                        self.resolve_pronoun(pi, q + 1, last_person)
                    } else {
                        self.speaker_in(pi, q + 1, v - 1, last_person)
                    };
                    if let Some(s) = found {
                        return Some((s, Found::Verb));
                    }
                }
            }
            // "The Daily Times quoted him:", "AFP quoted an official as saying": the
            // one quoted is the speaker.
            if matches!(para.tokens[v].text, "quoted" | "quotes" | "quoting") {
                let object = para.tokens.get(v + 1).filter(|_| outside(v + 1));
                if let Some(o) = object {
                    if matches!(o.lower().as_str(), "him" | "her") {
                        if let Some(s) = self.resolve_pronoun(pi, v + 1, last_person) {
                            return Some((s, Found::Verb));
                        }
                    } else if let Some(s) = self.phrase_after(pi, v + 1, last_person) {
                        return Some((s, Found::Verb));
                    }
                }
            }
            if reporting_at(&para.tokens, v) {
                if let Some(s) = self.subject_of(pi, v, last_person) {
                    return Some((s, Found::Verb));
                }
            }
        }
        // Later in the sentence ("…, Cooley says.").
        let close = if ep == pi {
            para.tokens
                .iter()
                .rposition(|t| t.end == span.end)
                .unwrap_or(open)
        } else {
            para.tokens.len()
        };
        for v in close + 1..para.tokens.len() {
            if para.tokens[v].sentence != sentence {
                break;
            }
            if outside(v) && reporting_at(&para.tokens, v) {
                if let Some(s) = self.subject_of(pi, v, last_person) {
                    return Some((s, Found::Verb));
                }
            }
        }
        according.map(|s| (s, Found::Verb))
    }

    /// `," X said` or `," said X` right after the closing mark at token `close`.
    fn after_close(&self, pi: usize, close: usize, last: Option<&Speaker>) -> Option<Speaker> {
        let para = &self.paras[pi];
        let mut sentence = para.tokens[close].sentence;
        let mut j = close + 1;
        while j < para.tokens.len() && para.tokens[j].is_punct(',') {
            j += 1;
        }
        let first = para.tokens.get(j)?;
        // "“How will they pay?” Orrin told reporters": a question or an
        // exclamation closing the quotation does not end the sentence that
        // attributes it.
        let asked = close > 0
            && (para.tokens[close - 1].is_punct('?') || para.tokens[close - 1].is_punct('!'));
        if asked && first.sentence == sentence + 1 {
            sentence = first.sentence;
        }
        if first.sentence != sentence || para.inside[j] {
            return None;
        }
        if reporting_at(&para.tokens, j) && !first.text.ends_with("ing") {
            return self.phrase_after(pi, j + 1, last);
        }
        // "X said" within a few words, X not a prepositional phrase; a relative
        // clause inside X ("an officer who asked not to be named told") is skipped.
        if PREPOSITIONS.contains(&first.lower().as_str()) {
            return None;
        }
        let mut relative: Option<usize> = None;
        let mut skip_verb = false;
        // "…," Ana Roe, who runs the Orra truck division, said: a name and
        // its appositive may run long.
        let appositive = para.mentions.iter().any(|&(ms, me, _)| {
            ms == first.start
                && para
                    .tokens
                    .iter()
                    .find(|t| t.start >= me)
                    .is_some_and(|t| t.is_punct(','))
        });
        for v in j..(j + if appositive { 24 } else { 16 }).min(para.tokens.len()) {
            let t = &para.tokens[v];
            if t.sentence != sentence || para.inside[v] || t.is_punct('.') {
                break;
            }
            if t.is("who") || t.is("whom") {
                relative = relative.or(Some(v));
                skip_verb = true;
                continue;
            }
            // "X, who is also deputy leader, told": the comma closes the clause.
            if relative.is_some() && t.is_punct(',') {
                skip_verb = false;
                continue;
            }
            if reporting_at(&para.tokens, v) {
                if skip_verb {
                    // The relative clause's own verb.
                    skip_verb = false;
                    continue;
                }
                if v == j {
                    return None;
                }
                // "…" and said: a coordinated verb, whose subject is the sentence's.
                if CLAUSE_OPENERS.contains(&first.lower().as_str()) {
                    return self.subject_of(pi, v, last);
                }
                let mut end = relative.unwrap_or(v);
                while end > j && para.tokens[end - 1].is_punct(',') {
                    end -= 1;
                }
                return self
                    .speaker_in(pi, j, end, last)
                    .or_else(|| self.subject_of(pi, v, last));
            }
            // "a spokesperson for the Federal Agency (FA) said": a description
            // opening with an article may run longer.
            let reach = if appositive {
                22
            } else if matches!(first.lower().as_str(), "a" | "an" | "the") {
                13
            } else {
                8
            };
            if v >= j + reach && relative.is_none() {
                break;
            }
        }
        // "“…,” Ana Roe, deputy head of the Orra agency.": no verb at all, a
        // person's name and post after the quotation are its speaker.
        if appositive {
            let &(ms, me, entity) = para.mentions.iter().find(|m| m.0 == first.start)?;
            let person = self
                .entities
                .get(entity as usize)
                .is_some_and(|e| e.kind == EntityKind::Person);
            let verbless = !(j..para.tokens.len()).any(|v| {
                para.tokens[v].sentence == sentence
                    && !para.inside[v]
                    && para.tokens[v].kind == Kind::Word
                    && looks_like_verb(&para.tokens[v])
            });
            if person && verbless {
                return Some(Speaker {
                    entity: Some(entity),
                    text: slice(&self.article.paragraphs[pi], ms, me),
                    person: true,
                });
            }
        }
        None
    }

    /// The speaker named by the words from token `j` to the next comma or clause.
    fn phrase_after(&self, pi: usize, j: usize, last: Option<&Speaker>) -> Option<Speaker> {
        let para = &self.paras[pi];
        let sentence = para.tokens.get(j)?.sentence;
        // Whether a person's name starts at the token.
        let person_at = |n: &Token| {
            para.mentions.iter().any(|m| {
                m.0 == n.start
                    && self
                        .entities
                        .get(m.2 as usize)
                        .is_some_and(|e| e.kind == EntityKind::Person)
            })
        };
        let mut end = j;
        while end < para.tokens.len() {
            let t = &para.tokens[end];
            if t.sentence != sentence || para.inside[end] {
                break;
            }
            // "said R.A. Orrin": the full stop of an initial.
            let initial = t.is_punct('.')
                && !t.space_before
                && end > j
                && para.tokens[end - 1].kind == Kind::Word
                && para.tokens[end - 1].text.chars().count() == 1;
            // "said the deputy director (banking) Ana Roe": a short aside in
            // brackets, then the person's name.
            let aside_then_name = t.is_punct('(')
                && (end + 1..(end + 8).min(para.tokens.len()))
                    .find(|&c| para.tokens[c].is_punct(')'))
                    .and_then(|c| para.tokens.get(c + 1))
                    .is_some_and(|n| n.sentence == sentence && person_at(n));
            if aside_then_name {
                while !para.tokens[end].is_punct(')') {
                    end += 1;
                }
            } else if t.kind == Kind::Punct && !t.is_punct('\'') && !t.is_punct('\u{2019}') {
                if !t.is_punct('-') && !initial {
                    break;
                }
            } else if t.kind == Kind::Word
                && end > j
                && (CLAUSE_OPENERS.contains(&t.lower().as_str())
                    || (is_reporting(t) && !t.capitalised()))
            {
                // "said Orra Motors Chairman and CEO Ana Roe": two posts of the
                // person named next.
                let posts_then_name = t.is("and")
                    && para.tokens[end + 1..]
                        .iter()
                        .take_while(|n| {
                            n.sentence == sentence && n.kind == Kind::Word && n.capitalised()
                        })
                        .any(person_at);
                if !posts_then_name {
                    break;
                }
            }
            end += 1;
        }
        let speaker = self.speaker_in(pi, j, end, last)?;
        // "said my shift supervisor, Nurlan": the name in apposition.
        if speaker.entity.is_none() && para.tokens.get(end).is_some_and(|t| t.is_punct(',')) {
            if let Some(next) = para.tokens.get(end + 1).filter(|t| t.sentence == sentence) {
                let named = para
                    .mentions
                    .iter()
                    .find(|m| m.0 == next.start)
                    .and_then(|m| {
                        let e = self.entities.get(m.2 as usize)?;
                        (e.kind == EntityKind::Person).then(|| Speaker {
                            entity: Some(m.2),
                            text: slice(&self.article.paragraphs[pi], m.0, m.1),
                            person: true,
                        })
                    });
                if let Some(s) = named {
                    return Some(s);
                }
            }
        }
        Some(speaker)
    }

    /// The subject of the reporting verb at token `v`.
    fn subject_of(&self, pi: usize, v: usize, last: Option<&Speaker>) -> Option<Speaker> {
        let para = &self.paras[pi];
        let sentence = para.tokens[v].sentence;
        // Back over auxiliaries and adverbs to the subject's last word.
        let mut end = v;
        while end > 0 {
            let t = &para.tokens[end - 1];
            if t.sentence != sentence || para.inside[end - 1] {
                break;
            }
            if t.kind == Kind::Word && BETWEEN_SUBJECT_AND_VERB.contains(&t.lower().as_str()) {
                end -= 1;
            } else {
                break;
            }
        }
        let mut start = end;
        while start > 0 {
            let t = &para.tokens[start - 1];
            if t.sentence != sentence || para.inside[start - 1] {
                break;
            }
            let boundary = match t.kind {
                Kind::Punct => !(t.is_punct('\'') || t.is_punct('\u{2019}') || t.is_punct('-')),
                // "and" inside a name ("Organization for Security and ...") joins it.
                Kind::Word => {
                    (CLAUSE_OPENERS.contains(&t.lower().as_str())
                        && !para.mentions.iter().any(|m| m.0 < t.start && t.end < m.1))
                        || (is_reporting(t) && start - 1 != v)
                }
                Kind::Number => false,
            };
            if boundary {
                break;
            }
            start -= 1;
        }
        // "Later the minister said", "Earlier this week the mayor said": words of
        // time opening the sentence are no part of the subject.
        if start + 1 < end
            && para.tokens[start].capitalised()
            && TIME_OPENERS.contains(&para.tokens[start].lower().as_str())
        {
            start = (start + 1..end.min(start + 5))
                .find(|&k| matches!(para.tokens[k].lower().as_str(), "the" | "a" | "an"))
                .unwrap_or(start + 1);
        }
        // "Writing to the minister he said": a phrase before the pronoun subject.
        if end >= start + 2
            && para.tokens[end - 1].kind == Kind::Word
            && PRONOUNS.contains(&para.tokens[end - 1].lower().as_str())
        {
            start = end - 1;
        }
        let boundary = start.checked_sub(1).map(|b| &para.tokens[b]);
        // "..., saying", "beyond saying", "before adding": a participle's subject is
        // the sentence's, not a name just before its comma.
        let participle = para.tokens[v].kind == Kind::Word
            && para.tokens[v].text.ends_with("ing")
            && !para.tokens[v].capitalised();
        // "X took to the site to tell fans": an infinitive's subject is the
        // sentence's.
        let infinitive = v > 0 && para.tokens[v - 1].is("to") && !para.inside[v - 1];
        if infinitive && start < end {
            return self.sentence_subject(pi, sentence, last);
        }
        if participle
            && (start == end
                || (end == start + 1
                    && PARTICIPLE_LEADS.contains(&para.tokens[start].lower().as_str())))
        {
            return self.sentence_subject(pi, sentence, last);
        }
        if start == end {
            // "X spokesman, Sgt. Jane Roe, tweeted": the person in apposition.
            if boundary.is_some_and(|b| b.is_punct(',')) {
                if let Some(s) = self.mention_ending_at(pi, start - 1).filter(|s| s.person) {
                    return Some(s);
                }
            }
            // "X, who said": the name before "who".
            if boundary.is_some_and(|b| b.is("who")) {
                let mut k = start - 1;
                while k > 0 && para.tokens[k - 1].is_punct(',') {
                    k -= 1;
                }
                if let Some(s) = self.mention_ending_at(pi, k) {
                    return Some(s);
                }
            }
            // "and said", "adding": the sentence's subject.
            return self.sentence_subject(pi, sentence, last);
        }
        let speaker = self.speaker_in(pi, start, end, last)?;
        // "X, a former prime minister, claims": the name the description is about.
        if speaker.entity.is_none() && boundary.is_some_and(|b| b.is_punct(',')) {
            let mut k = start - 1;
            for _ in 0..3 {
                if let Some(s) = self.mention_ending_at(pi, k) {
                    return Some(s);
                }
                // Back to the previous comma.
                let Some(prev) = (0..k)
                    .rev()
                    .find(|&b| para.tokens[b].is_punct(',') && para.tokens[b].sentence == sentence)
                else {
                    break;
                };
                k = prev;
            }
        }
        Some(speaker)
    }

    /// The speaker of the last reporting verb outside quotations in sentence `s` of
    /// paragraph `pi`.
    fn reported_in(&self, pi: usize, s: usize, last: Option<&Speaker>) -> Option<Speaker> {
        let para = &self.paras[pi];
        let v = (0..para.tokens.len()).rev().find(|&v| {
            para.tokens[v].sentence == s && !para.inside[v] && reporting_at(&para.tokens, v)
        })?;
        self.subject_of(pi, v, last)
    }

    /// The organisation that the nearest earlier sentence reporting speech names as
    /// its speaker: sentences of paragraph `pi` before `sentence`, then those of the
    /// two paragraphs before, last first.
    fn body_reported_before(&self, pi: usize, sentence: usize) -> Option<Speaker> {
        let body = |p: usize, s: usize| {
            self.reported_in(p, s, None).filter(|found| {
                found
                    .entity
                    .and_then(|e| self.entities.get(e as usize))
                    .is_some_and(|e| e.kind == EntityKind::Organisation)
            })
        };
        if let Some(found) = (0..sentence).rev().find_map(|s| body(pi, s)) {
            return Some(found);
        }
        (pi.saturating_sub(2)..pi).rev().find_map(|p| {
            let n = self.paras[p].tokens.last().map_or(0, |t| t.sentence + 1);
            (0..n).rev().find_map(|s| body(p, s))
        })
    }

    /// The person or organisation mention whose last token is right before `k`.
    fn mention_ending_at(&self, pi: usize, k: usize) -> Option<Speaker> {
        let para = &self.paras[pi];
        let end = para.tokens.get(k.checked_sub(1)?)?.end;
        let &(s, e, entity) = para.mentions.iter().find(|m| m.1 == end)?;
        let kind = self.entities.get(entity as usize)?.kind;
        (kind != EntityKind::Place).then(|| Speaker {
            entity: Some(entity),
            text: slice(&self.article.paragraphs[pi], s, e),
            person: kind == EntityKind::Person,
        })
    }

    /// The speaker named by tokens `start..end`.
    fn speaker_in(
        &self,
        pi: usize,
        start: usize,
        end: usize,
        last: Option<&Speaker>,
    ) -> Option<Speaker> {
        let para = &self.paras[pi];
        let toks = &para.tokens[start..end];
        let first = toks.first()?;
        let text_of = |a: usize, b: usize| slice(&self.article.paragraphs[pi], a, b);
        if toks.len() == 1 && PRONOUNS.contains(&first.lower().as_str()) {
            return self.resolve_pronoun(pi, start, last);
        }
        let (cs, ce) = (first.start, toks.last()?.end);
        // Mentions inside, with what comes right after each.
        let mut person: Option<Speaker> = None;
        let mut organisation: Option<Speaker> = None;
        let mut place: Option<Speaker> = None;
        for &(ms, me, entity) in para.mentions.iter().filter(|m| m.0 >= cs && m.1 <= ce) {
            let after = para.tokens.iter().position(|t| t.start >= me);
            let possessive = after.is_some_and(|a| {
                (para.tokens[a].is_punct('\'') || para.tokens[a].is_punct('\u{2019}'))
                    && para.tokens.get(a + 1).is_some_and(|t| t.is("s"))
            });
            if possessive {
                continue;
            }
            let Some(e) = self.entities.get(entity as usize) else {
                continue;
            };
            // A mention after a preposition modifies the head ("observers from the
            // OSCE"), unless it is a person ("Secretary of State Antony Blinken").
            let after_preposition = toks
                .iter()
                .take_while(|t| t.start < ms)
                .any(|t| PREPOSITIONS.contains(&t.lower().as_str()));
            let found = Speaker {
                entity: Some(entity),
                text: text_of(ms, me),
                person: e.kind == EntityKind::Person,
            };
            // An organisation or place is the speaker only as the head of the words,
            // not as a modifier ("a former KNB officer").
            let head = me == ce
                || para
                    .tokens
                    .iter()
                    .find(|t| t.start >= me)
                    .is_some_and(|t| t.is_punct('(') || t.is_punct(','));
            match e.kind {
                EntityKind::Person => person = Some(found),
                _ if !head => {}
                EntityKind::Organisation if !after_preposition && organisation.is_none() => {
                    organisation = Some(found)
                }
                EntityKind::Place if !after_preposition && place.is_none() => place = Some(found),
                _ => {}
            }
        }
        let any_mention = para.mentions.iter().any(|m| m.0 >= cs && m.1 <= ce);
        if let Some(s) = person.or(organisation) {
            return Some(s);
        }
        // "the X's observers", "monitors from X": a body that speaks for X.
        if let Some(s) = self.group_of_organisation(pi, toks) {
            return Some(s);
        }
        // A name the entities step did not mark: an alias of one of the article's
        // entities.
        let words: Vec<&Token> = toks.iter().filter(|t| t.kind == Kind::Word).collect();
        if let Some(last_word) = words.last().filter(|w| w.capitalised() && !any_mention) {
            if let Some(s) = self.alias(last_word.text) {
                return Some(s);
            }
        }
        // A place alone ("Kazakhstan said") speaks for its government.
        if let Some(p) = place {
            if words.len() == 1 {
                return Some(p);
            }
        }
        let text = text_of(cs, ce);
        let text = text.trim_matches(|c: char| c == ',' || c.is_whitespace());
        // Mentions left here only modify the words ("the former Ardel United player").
        if let Some(entity) = self.described_person(pi, cs, text, last) {
            return Some(Speaker {
                entity: Some(entity),
                text: text.to_string(),
                person: true,
            });
        }
        if let Some(entity) = self.described_organisation(pi, cs, text) {
            return Some(Speaker {
                entity: Some(entity),
                text: text.to_string(),
                person: false,
            });
        }
        (!text.is_empty()).then(|| Speaker {
            entity: None,
            text: text.to_string(),
            person: false,
        })
    }

    /// "the ministry", "the Danish ministry statement", "the company", "Police":
    /// the one organisation named so far in the article whose name has that head
    /// word ("the Foreign Ministry", "Orra Mining Company", "Orra Police Service").
    fn described_organisation(&self, pi: usize, at: usize, text: &str) -> Option<u32> {
        let lower = text.to_lowercase();
        let rest = lower
            .strip_prefix("the ")
            .or_else(|| lower.strip_prefix("its "))
            .or_else(|| (!lower.contains(' ')).then_some(lower.as_str()))?;
        let head = rest
            .split(' ')
            .find(|w| crate::entities::lexicon::in_list(crate::entities::lexicon::ORG_HEADS, w))?;
        let fits = |e: u32| {
            self.entities.get(e as usize).is_some_and(|x| {
                x.kind == EntityKind::Organisation
                    && x.name.split(' ').any(|w| w.eq_ignore_ascii_case(head))
            })
        };
        // "the Orra union ... The union said": the body named before its noun.
        let noun_after = |p: usize, me: usize, e: u32| {
            self.entities
                .get(e as usize)
                .is_some_and(|x| x.kind == EntityKind::Organisation)
                && self.paras[p]
                    .tokens
                    .iter()
                    .find(|t| t.start >= me)
                    .is_some_and(|t| t.lower() == head)
        };
        let mut found: Vec<u32> = Vec::new();
        for (p, para) in self.paras.iter().enumerate().take(pi + 1) {
            for &(ms, me, e) in &para.mentions {
                if !(p == pi && ms >= at)
                    && (fits(e) || noun_after(p, me, e) || self.called(p, ms, e, head))
                {
                    found.push(e);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        if found.is_empty() && pi == 0 {
            // "The union representing the workers said ..." opening the story, the
            // union named in the next paragraph: the first such body named after.
            return self.paras.iter().take(2).find_map(|para| {
                para.mentions
                    .iter()
                    .find(|&&(ms, _, e)| ms >= at && fits(e))
                    .map(|m| m.2)
            });
        }
        (found.len() == 1).then(|| found[0])
    }

    /// Whether the organisation `e`, mentioned at `ms` in paragraph `p`, is called by
    /// the noun `head` there: right before its name ("the anti-graft court Orravan"), or as the speaker of its sentence when it is the
    /// only organisation the sentence names ("Firms came to Orra through Vessa
    /// Invest, the state development agency said").
    fn called(&self, p: usize, ms: usize, e: u32, head: &str) -> bool {
        let para = &self.paras[p];
        let is_org = |x: u32| {
            self.entities
                .get(x as usize)
                .is_some_and(|x| x.kind == EntityKind::Organisation)
        };
        if !is_org(e) {
            return false;
        }
        let Some(at) = para.tokens.iter().position(|t| t.start >= ms) else {
            return false;
        };
        if para.inside[at] {
            return false;
        }
        if at > 0 && para.tokens[at - 1].kind == Kind::Word && para.tokens[at - 1].lower() == head {
            return true;
        }
        let sentence = para.tokens[at].sentence;
        // "the State development agency said": the phrase, from "the" to the noun
        // before the verb (the words between may name something).
        let phrase = (1..para.tokens.len().saturating_sub(1)).find_map(|j| {
            let t = &para.tokens[j];
            let noun = t.sentence == sentence
                && !para.inside[j]
                && t.kind == Kind::Word
                && t.lower() == head
                && reporting_at(&para.tokens, j + 1);
            let the = (j.saturating_sub(4)..j)
                .rev()
                .take_while(|&i| para.tokens[i].kind == Kind::Word)
                .find(|&i| para.tokens[i].is("the"))?;
            noun.then(|| (para.tokens[the].start, t.end))
        });
        let Some((from, to)) = phrase else {
            return false;
        };
        if ms >= from && ms < to {
            return false;
        }
        // The only other organisation the sentence names.
        !para.mentions.iter().any(|&(s, _, x)| {
            x != e
                && is_org(x)
                && !(s >= from && s < to)
                && para
                    .tokens
                    .iter()
                    .find(|t| t.start >= s)
                    .is_some_and(|t| t.sentence == sentence)
        })
    }

    /// The person a definite description stands for, when only one fits: "the
    /// president" → the one person the article has titled "President" so far; "the
    /// 81-year-old" → the one person named in the nearest earlier text that names
    /// people (the sentence so far, else the previous paragraph that names any).
    fn described_person(
        &self,
        pi: usize,
        at: usize,
        text: &str,
        last: Option<&Speaker>,
    ) -> Option<u32> {
        let lower = text.to_lowercase();
        // "opposition politician Ana Vessovic": a name the entities step did not
        // mark ends the words; they are no description of someone else.
        let name_word = |w: &str| {
            let l = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && !crate::entities::lexicon::TITLES.contains(&l.as_str())
                && !crate::entities::lexicon::ROLE_NOUNS.contains(&l.as_str())
                && !crate::entities::lexicon::gazetteer()
                    .adjectives
                    .contains(&l)
                && !crate::entities::lexicon::in_list(crate::entities::lexicon::ORG_HEADS, w)
        };
        let tail: Vec<&str> = text.split_whitespace().rev().take(2).collect();
        if text.split_whitespace().count() >= 3
            && tail.len() == 2
            && tail.iter().all(|w| name_word(w))
        {
            return None;
        }
        if let Some(e) = self.named_role(&lower, (pi, at)) {
            return Some(e);
        }
        // "the former Ardel United player said", "Norvian Prime Minister announced": a role
        // that no earlier name fits is the person last quoted.
        // Only right after that person's own quotation: after a quotation by
        // someone unnamed, "the official" may well be that someone.
        let fallback = || {
            last.filter(|s| s.person && role_description(text))
                .and_then(|s| s.entity)
                .filter(|&e| self.last_quoted.get() == Some(e))
        };
        let Some(rest) = lower.strip_prefix("the ") else {
            return fallback();
        };
        let is_person = |e: u32| {
            self.entities
                .get(e as usize)
                .is_some_and(|x| x.kind == EntityKind::Person)
        };
        let unique = |found: Vec<u32>| -> Option<u32> {
            let mut found = found;
            found.sort_unstable();
            found.dedup();
            (found.len() == 1).then(|| found[0])
        };
        if crate::entities::lexicon::TITLES.contains(&rest) {
            let mut titled = Vec::new();
            for (p, para) in self.paras.iter().enumerate().take(pi + 1) {
                let chars: Vec<char> = self.article.paragraphs[p].chars().collect();
                for &(ms, _, e) in &para.mentions {
                    if !is_person(e) || (p == pi && ms >= at) {
                        continue;
                    }
                    let before: String = chars[..ms].iter().collect::<String>().to_lowercase();
                    let before = before.trim_end();
                    let boundary = before.len() == rest.len()
                        || before[..before.len().saturating_sub(rest.len())]
                            .ends_with(|c: char| !c.is_alphanumeric());
                    if before.ends_with(rest) && boundary {
                        titled.push(e);
                    }
                }
            }
            return if titled.is_empty() {
                fallback()
            } else {
                unique(titled)
            };
        }
        // "the 81-year-old", "the opposition politician": a word for the person
        // the story has just named.
        const BACK_NOUNS: &[&str] = &[
            "politician",
            "lawmaker",
            "singer",
            "actor",
            "actress",
            "player",
            "star",
            "veteran",
            "activist",
            "billionaire",
            "businessman",
            "businesswoman",
            "tycoon",
            "rapper",
            "musician",
            "author",
            "novelist",
        ];
        let aged = rest
            .strip_suffix("-year-old")
            .is_some_and(|age| !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()));
        let back = rest
            .split(' ')
            .next_back()
            .is_some_and(|w| BACK_NOUNS.contains(&w))
            && rest.split(' ').count() <= 3;
        if !aged && !back {
            return if rest.ends_with("-year-old") {
                None
            } else {
                fallback()
            };
        }
        let here: Vec<u32> = self.paras[pi]
            .mentions
            .iter()
            .filter(|m| m.1 <= at && is_person(m.2))
            .map(|m| m.2)
            .collect();
        if !here.is_empty() {
            return unique(here);
        }
        (0..pi).rev().find_map(|p| {
            let named: Vec<u32> = self.paras[p]
                .mentions
                .iter()
                .filter(|m| is_person(m.2))
                .map(|m| m.2)
                .collect();
            (!named.is_empty()).then(|| unique(named))
        })?
    }

    /// "A Swedish prosecutor" → the one person the article names right after that
    /// role noun anywhere ("The prosecutor, Ilo Brak, said"): the description's
    /// last word, then the name, with or without a comma between.
    fn named_role(&self, lower: &str, here: (usize, usize)) -> Option<u32> {
        let rest = ["a ", "an ", "the "]
            .iter()
            .find_map(|d| lower.strip_prefix(d))?;
        let noun = rest.split(' ').next_back()?;
        if !crate::entities::lexicon::ROLE_NOUNS.contains(&noun)
            && !crate::entities::lexicon::TITLES.contains(&noun)
        {
            return None;
        }
        // The whole role first ("the labour minister" → "labour minister Dr Ana
        // Roe", not "Prime Minister Ilo Brak"), then its last word alone.
        // Each with whether it is named before the description.
        let mut by_phrase: Vec<(u32, bool)> = Vec::new();
        let mut by_noun: Vec<(u32, bool)> = Vec::new();
        for (p, para) in self.paras.iter().enumerate() {
            let chars: Vec<char> = self.article.paragraphs[p].chars().collect();
            for &(ms, _, e) in &para.mentions {
                let person = self
                    .entities
                    .get(e as usize)
                    .is_some_and(|x| x.kind == EntityKind::Person);
                if !person {
                    continue;
                }
                let before: String = chars[ms.saturating_sub(rest.chars().count() + 12)..ms]
                    .iter()
                    .collect::<String>()
                    .to_lowercase();
                let mut before = before.trim_end().trim_end_matches(',').trim_end();
                // "minister Dr Ana Roe": an honorific between the role and the name.
                for honorific in HONORIFICS {
                    if let Some(head) = before.strip_suffix(honorific) {
                        if head.ends_with(' ') {
                            before = head.trim_end();
                            break;
                        }
                    }
                }
                let ends_with = |word: &str| {
                    before.strip_suffix(word).is_some_and(|head| {
                        head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric())
                    })
                };
                if ends_with(rest) {
                    by_phrase.push((e, (p, ms) < here));
                }
                if ends_with(noun) || self.role_of_body_before(&chars[..ms], noun) {
                    by_noun.push((e, (p, ms) < here));
                }
            }
        }
        // One person fits, or one named before the description: "the minister
        // said" after "the Minister of Health, Ana Roe" stays hers though "the
        // chief minister, Ilo Brak" is named later.
        for found in [by_phrase, by_noun] {
            if found.is_empty() {
                continue;
            }
            for keep in [|_: bool| true, |before: bool| before] {
                let mut ids: Vec<u32> = found.iter().filter(|f| keep(f.1)).map(|f| f.0).collect();
                ids.sort_unstable();
                ids.dedup();
                if ids.len() == 1 {
                    return Some(ids[0]);
                }
            }
            return None;
        }
        None
    }

    fn role_of_body_before(&self, before: &[char], noun: &str) -> bool {
        let from = before.len().saturating_sub(90);
        let text: String = before[from..].iter().collect();
        let mut text = text.trim_end();
        // "…, Dr. Ana Roe": an honorific between the comma and the name.
        if let Some((head, last)) = text.rsplit_once(' ') {
            if HONORIFICS.contains(&last.to_lowercase().as_str()) {
                text = head.trim_end();
            }
        }
        let Some(text) = text.strip_suffix(',') else {
            return false;
        };
        let words: Vec<&str> = text.split_whitespace().collect();
        let Some(k) = words.iter().rposition(|w| w.eq_ignore_ascii_case(noun)) else {
            return false;
        };
        let tail = &words[k + 1..];
        // "the governor of the central bank, Dr. Ana Roe": a short field in
        // ordinary words will do as well.
        tail.len() >= 2
            && matches!(tail[0], "for" | "of")
            && (tail.len() <= 5 && tail.iter().all(|w| w.chars().all(char::is_alphabetic))
                || tail[1..].iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || matches!(*w, "the" | "and" | "of" | "for" | "on" | "&")
                }))
    }

    /// The organisation whose observers, monitors or mission the words `toks` name:
    /// "the Granite League's election observers", "monitors from the Granite League".
    fn group_of_organisation(&self, pi: usize, toks: &[Token]) -> Option<Speaker> {
        let para = &self.paras[pi];
        let words: Vec<&Token> = toks.iter().filter(|t| t.kind == Kind::Word).collect();
        let preposition = words
            .iter()
            .position(|t| matches!(t.lower().as_str(), "from" | "of"));
        let head = match preposition {
            Some(0) | None => words.last()?,
            Some(k) => words[k - 1],
        };
        if !GROUP_NOUNS.contains(&head.lower().as_str()) {
            return None;
        }
        let (cs, ce) = (toks.first()?.start, toks.last()?.end);
        para.mentions
            .iter()
            .filter(|m| m.0 >= cs && m.1 <= ce)
            .find_map(|&(ms, me, entity)| {
                let e = self.entities.get(entity as usize)?;
                let placed = match preposition {
                    Some(k) if k > 0 => ms > words[k].start,
                    _ => me <= head.start,
                };
                (e.kind == EntityKind::Organisation && placed).then(|| Speaker {
                    entity: Some(entity),
                    text: slice(&self.article.paragraphs[pi], ms, me),
                    person: false,
                })
            })
    }

    /// A person or organisation of the article with `word` as an alias.
    fn alias(&self, word: &str) -> Option<Speaker> {
        self.article.mentions.iter().find_map(|m| {
            let e = self.entities.get(m.entity as usize)?;
            (e.kind != EntityKind::Place && e.aliases.iter().any(|a| a == word)).then(|| Speaker {
                entity: Some(m.entity),
                text: word.to_string(),
                person: e.kind == EntityKind::Person,
            })
        })
    }

    /// "he": a person named earlier in the sentence, else the first person of the
    /// nearest earlier sentence that names one, else the last person quoted.
    fn resolve_pronoun(&self, pi: usize, at: usize, last: Option<&Speaker>) -> Option<Speaker> {
        let para = &self.paras[pi];
        let sentence = para.tokens[at].sentence;
        let before = para.tokens[at].start;
        if let Some(s) =
            self.first_person(pi, |t: &Token| t.sentence == sentence && t.start < before)
        {
            return Some(s);
        }
        // Earlier sentences of this paragraph, then the two before. A sentence whose
        // subject is itself "he" ("He congratulated X") names only its object, so it
        // is passed over, and the search goes one paragraph further back for it.
        let pronoun_subject = |p: usize, s: usize| {
            let para = &self.paras[p];
            para.tokens
                .iter()
                .zip(&para.inside)
                .find(|(t, inside)| t.sentence == s && !**inside && t.kind == Kind::Word)
                .is_some_and(|(t, _)| PRONOUNS.contains(&t.lower().as_str()))
        };
        // A sentence reporting speech ("The union boss said that Orra ...") stands
        // for whoever speaks in it, not for the people it speaks of.
        let reporter = |p: usize, s: usize| {
            self.reported_in(p, s, last)
                .filter(|found| found.entity.is_some() && found.person)
        };
        for s in (0..sentence).rev() {
            if pronoun_subject(pi, s) {
                continue;
            }
            if let Some(found) =
                reporter(pi, s).or_else(|| self.first_person(pi, |t: &Token| t.sentence == s))
            {
                return Some(found);
            }
        }
        let mut reach = 2;
        let mut p = pi;
        while p > 0 && reach > 0 {
            p -= 1;
            reach -= 1;
            let n = self.paras[p].tokens.last().map_or(0, |t| t.sentence + 1);
            for s in (0..n).rev() {
                if pronoun_subject(p, s) {
                    reach = reach.max(1);
                    continue;
                }
                if let Some(found) =
                    reporter(p, s).or_else(|| self.first_person(p, |t: &Token| t.sentence == s))
                {
                    return Some(found);
                }
            }
        }
        last.cloned()
    }

    /// The first person mention outside quotations among the tokens `keep` selects.
    fn first_person(&self, pi: usize, keep: impl Fn(&Token) -> bool) -> Option<Speaker> {
        let para = &self.paras[pi];
        para.mentions.iter().find_map(|&(ms, me, entity)| {
            let e = self.entities.get(entity as usize)?;
            let k = para.tokens.iter().position(|t| t.start == ms)?;
            (e.kind == EntityKind::Person && !para.inside[k] && keep(&para.tokens[k])).then(|| {
                Speaker {
                    entity: Some(entity),
                    text: slice(&self.article.paragraphs[pi], ms, me),
                    person: true,
                }
            })
        })
    }

    /// The subject of a sentence: its words up to the first verb, after any opening
    /// phrase set off by a comma or colon.
    fn sentence_subject(
        &self,
        pi: usize,
        sentence: usize,
        last: Option<&Speaker>,
    ) -> Option<Speaker> {
        let para = &self.paras[pi];
        let idx: Vec<usize> = (0..para.tokens.len())
            .filter(|&j| para.tokens[j].sentence == sentence)
            .collect();
        let mut start = *idx.first()?;
        // "When asked on Monday, Orrin said ...": a clause opening the sentence
        // comes before its subject.
        const SUBORDINATORS: &[&str] = &[
            "when",
            "while",
            "after",
            "before",
            "as",
            "if",
            "although",
            "though",
            "since",
            "because",
            "once",
            "until",
            "asked",
            "speaking",
            "responding",
        ];
        if SUBORDINATORS.contains(&para.tokens[start].lower().as_str()) {
            if let Some(&c) = idx
                .iter()
                .find(|&&j| para.tokens[j].is_punct(',') && !para.inside[j])
            {
                start = c + 1;
            }
        }
        let mut end = start;
        let first = start;
        for &j in idx.iter().filter(|&&j| j >= first) {
            let t = &para.tokens[j];
            if para.inside[j] {
                break;
            }
            if t.kind == Kind::Word && looks_like_verb(t) {
                break;
            }
            if t.is_punct(',') || t.is_punct(':') {
                // A name then an appositive: keep the name.
                if j > start && self.mention_ending_at(pi, j).is_some() {
                    return self.mention_ending_at(pi, j);
                }
                // "The commissioner, who toured the site, said": the words before
                // the relative clause.
                if j > start
                    && t.is_punct(',')
                    && para
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.is("who") || n.is("whom"))
                {
                    break;
                }
                start = j + 1;
            }
            end = j + 1;
        }
        // "The minister also recalled": an adverb before the verb is no part of
        // the subject.
        while end > start
            && para.tokens[end - 1].kind == Kind::Word
            && BETWEEN_SUBJECT_AND_VERB.contains(&para.tokens[end - 1].lower().as_str())
        {
            end -= 1;
        }
        if start >= end {
            return None;
        }
        // "A statement released by club chairman Ana Roe read:": the one whose
        // statement it is.
        if STATEMENT_NOUNS.contains(&para.tokens[end - 1].lower().as_str()) {
            let mut k = end;
            if para.tokens.get(k).is_some_and(|t| looks_like_verb(t)) {
                k += 1;
            }
            if para
                .tokens
                .get(k)
                .is_some_and(|t| t.is("by") || t.is("from"))
            {
                let stop = (k + 1..para.tokens.len())
                    .find(|&j| {
                        para.tokens[j].sentence != sentence
                            || para.inside[j]
                            || para.tokens[j].is_punct(',')
                            || para.tokens[j].is_punct(':')
                    })
                    .unwrap_or(para.tokens.len());
                if stop > k + 1 {
                    if let Some(found) = self
                        .speaker_in(pi, k + 1, stop, last)
                        .filter(|f| f.entity.is_some())
                    {
                        return Some(found);
                    }
                }
            }
        }
        self.speaker_in(pi, start, end, last)
    }

    /// For a paragraph that is all quotation: the speaker of the previous paragraph's
    /// last quotation, or whoever its last sentence reports ("The union boss said
    /// that Orra ...": the boss, not Orra), or the person it introduces.
    fn introduced_before(
        &self,
        pi: usize,
        previous: &Option<(usize, usize, Option<Speaker>)>,
        last: Option<&Speaker>,
    ) -> Option<Speaker> {
        let mut prev = pi.checked_sub(1)?;
        // A crosshead between ("Plants not productive enough") is skipped.
        let crosshead = |p: &Para| {
            p.tokens.len() <= 10
                && !p.inside.iter().any(|&q| q)
                && !p
                    .tokens
                    .last()
                    .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
        };
        while prev > 0 && crosshead(&self.paras[prev]) {
            prev -= 1;
        }
        let para = &self.paras[prev];
        let last_sentence = para.tokens.last()?.sentence;
        let quoted_last = para
            .tokens
            .iter()
            .zip(&para.inside)
            .any(|(t, inside)| *inside && t.sentence == last_sentence);
        let previous_speaker = match previous {
            Some((_, pend, Some(s))) if *pend == prev => Some(s.clone()),
            _ => None,
        };
        if quoted_last {
            if let Some(s) = previous_speaker {
                return Some(s);
            }
        }
        if let Some(s) = self
            .reported_in(prev, last_sentence, last)
            .filter(|s| s.entity.is_some())
        {
            return Some(s);
        }
        self.first_person(prev, |t: &Token| t.sentence == last_sentence)
            .or(previous_speaker)
    }
}

/// Whether a speaker's words are a role that stands for one person: "the former
/// Ardel United player", "the ex-minister", "Norvian Prime Minister" (a title without its
/// name). Not an indefinite one ("a former officer", someone unnamed), not one
/// that belongs to a name ("Tokayev's spokesman") or a body ("the government").
fn role_description(text: &str) -> bool {
    use crate::entities::lexicon::{ROLE_NOUNS, TITLES};
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let definite = first.eq_ignore_ascii_case("the");
    let bare_title = first.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            first.to_lowercase().as_str(),
            "a" | "an" | "one" | "some" | "another"
        );
    if !(definite || bare_title) || words.len() > 6 {
        return false;
    }
    if text.contains("'s ") || text.contains("\u{2019}s ") {
        return false;
    }
    if words[1..].iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "for" | "from" | "at" | "and" | "who" | "with"
        )
    }) {
        return false;
    }
    let last = words[words.len() - 1].to_lowercase();
    let head = last
        .strip_prefix("ex-")
        .or_else(|| last.strip_prefix("former-"))
        .unwrap_or(&last);
    words.len() > 1 && (ROLE_NOUNS.contains(&head) || TITLES.contains(&head))
}

/// Whether a word is a verb that ends a sentence's subject.
fn looks_like_verb(t: &Token) -> bool {
    let l = t.lower();
    if !t.text.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    matches!(
        l.as_str(),
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "do"
    ) || REPORTING.contains(&l.as_str())
        || IRREGULAR_PAST.contains(&l.as_str())
        || (l.len() > 4 && l.ends_with("ed"))
}

/// Common verbs whose past tense does not end in "-ed" ("The singer took to
/// Instagram"), none of them also a common noun.
const IRREGULAR_PAST: &[&str] = &[
    "took", "went", "made", "gave", "came", "met", "saw", "got", "held", "led", "sent", "kept",
    "won", "began", "became", "ran", "brought", "thought", "spoke", "wrote", "chose", "fell",
    "rose", "paid", "sold", "built", "spent", "felt", "found", "stood", "struck", "drove", "flew",
    "sought", "taught", "caught", "knew", "grew", "threw", "drew", "forgot", "withdrew",
];

/// Characters `a..b` of `text`.
fn slice(text: &str, a: usize, b: usize) -> String {
    text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each quotation span found in `paragraphs`, "¶" between parts.
    fn spans(paragraphs: &[&str]) -> Vec<String> {
        let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        find_spans(&owned)
            .iter()
            .map(|s| {
                (s.paragraph..=s.end_paragraph)
                    .map(|p| {
                        let from = if p == s.paragraph { s.start } else { 0 };
                        let to = if p == s.end_paragraph {
                            s.end
                        } else {
                            owned[p].chars().count()
                        };
                        slice(&owned[p], from, to)
                    })
                    .collect::<Vec<_>>()
                    .join("¶")
            })
            .collect()
    }

    #[test]
    fn marks_pair_within_and_across_paragraphs() {
        assert_eq!(
            spans(&[
                "“It was a coup,” he said. “We stopped it.",
                "“Nobody will try again.”",
                "Then \"more\" and ‘British quotes’ but Kazakhstan’s and the protesters’ cars.",
            ]),
            vec![
                "“It was a coup,”",
                "“We stopped it.¶“Nobody will try again.”",
                "\"more\"",
                "‘British quotes’",
            ]
        );
        // Left open with no continuation: the quotation ends with its paragraph.
        assert_eq!(
            spans(&["He said “it is over.", "Next story."]),
            vec!["“it is over."]
        );
    }

    /// An article of `paragraphs` whose mentions are every occurrence of each
    /// entity's name; returns the speaker names of its quotations.
    fn speakers(paragraphs: &[&str], entities: &[(&str, EntityKind)]) -> Vec<String> {
        let mut mentions = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            for (ei, (name, _)) in entities.iter().enumerate() {
                for (byte, _) in p.match_indices(name) {
                    let start = p[..byte].chars().count() as u32;
                    mentions.push(Mention {
                        entity: ei as u32,
                        paragraph: pi as u32,
                        start,
                        end: start + name.chars().count() as u32,
                    });
                }
            }
        }
        mentions.sort_by_key(|m| (m.paragraph, m.start));
        let article = Article {
            id: "a".into(),
            file: "a.txt".into(),
            title: "A".into(),
            source: 0,
            wire: None,
            author: None,
            published: None,
            url: None,
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            mentions,
            date_mentions: Vec::new(),
            quotes: Vec::new(),
        };
        let entities: Vec<Entity> = entities
            .iter()
            .map(|(name, kind)| Entity {
                id: name.to_lowercase(),
                name: name.to_string(),
                kind: *kind,
                aliases: vec![name.to_string()],
            })
            .collect();
        extract(&article, &entities)
            .into_iter()
            .map(|q| match q.speaker {
                Some(e) => entities[e as usize].name.clone(),
                None => q.speaker_text,
            })
            .collect()
    }

    #[test]
    fn pronoun_chains_appositions_and_roles_named_later() {
        use EntityKind::{Organisation, Person};
        // A sentence reporting speech stands for its speaker, not for the person it
        // speaks of: "he" after "The union boss said that Vessa ..." is the boss.
        assert_eq!(
            speakers(
                &[
                    "\u{201c}She was keen to talk,\u{201d} said Ilo Brakov.",
                    "The union boss said, however, that Mira Vessa will also need to act.",
                    "\u{201c}It has got to be more than words,\u{201d} he said.",
                    "\u{201c}Jobs were cut for years and nobody wants them now.\u{201d}",
                ],
                &[("Ilo Brakov", Person), ("Mira Vessa", Person)]
            ),
            vec!["Ilo Brakov", "Ilo Brakov", "Ilo Brakov"]
        );
        // "it added" after a sentence in which a body reports is that body; "he"
        // is never a place that "reports" something.
        assert_eq!(
            speakers(
                &[
                    "The Orran Foreign Office said Ilo Brakov would visit.",
                    "\u{201c}The visit will be an opportunity for both sides,\u{201d} it added.",
                ],
                &[
                    ("Ilo Brakov", Person),
                    ("Orran Foreign Office", Organisation)
                ]
            ),
            vec!["Orran Foreign Office"]
        );
        assert_eq!(
            speakers(
                &[
                    "Mira Vessa told the paper that Orra had promised jobs.",
                    "Flooding: Orra reports 150 new cases",
                    "\u{201c}We received more complaints after the flood,\u{201d} he said.",
                ],
                &[("Mira Vessa", Person), ("Orra", EntityKind::Place)]
            ),
            vec!["Mira Vessa"]
        );
        // A description opening the story stands for the body the next paragraph
        // names.
        assert_eq!(
            speakers(
                &[
                    "The union representing ferry workers has said it will strike \u{201c}until further notice\u{201d} unless a deal is reached.",
                    "The Orra Ferry Workers Union told reporters on Wednesday that its members will walk out.",
                ],
                &[("Orra Ferry Workers Union", Organisation)]
            ),
            vec!["Orra Ferry Workers Union"]
        );
        // A clause opening the sentence comes before its subject.
        assert_eq!(
            speakers(
                &["When reminded of the costs on Saturday, Orrin did not back down, saying he \u{201c}not only believes but knows\u{201d} that costs will rise."],
                &[("Orrin", Person)]
            ),
            vec!["Orrin"]
        );
        // "According to him": the person last named.
        assert_eq!(
            speakers(
                &["President Ilo Brakov earlier accused the opposition. According to him, the government has no time for \u{201c}skirmishes\u{201d} with the opposition."],
                &[("Ilo Brakov", Person)]
            ),
            vec!["Ilo Brakov"]
        );
        // "The opposition politician" is the one person the story just named.
        assert_eq!(
            speakers(
                &["Prosecutors announced the detention of Orrin. The opposition politician himself stated that he \u{201c}does not intend to give up\u{201d} under pressure."],
                &[("Orrin", Person)]
            ),
            vec!["Orrin"]
        );
        // "The union" is the body named before the noun "union".
        assert_eq!(
            speakers(
                &[
                    "Members of the Vessal union at Orra Council are striking.",
                    "The union said workers would not accept a \u{201c}real terms pay cut\u{201d} this year.",
                ],
                &[("Vessal", Organisation), ("Orra Council", Organisation)]
            ),
            vec!["Vessal"]
        );
        // A question closing the quotation, then its attribution.
        assert_eq!(
            speakers(
                &["\u{201c}But who will pay? How will they keep it up?\u{201d} Brakov told reporters on Monday."],
                &[("Brakov", Person)]
            ),
            vec!["Brakov"]
        );
        // No verb at all: a person's name and post after the quotation.
        assert_eq!(
            speakers(
                &["\u{201c}We are on schedule,\u{201d} Ilo Brakov, deputy head of science at the Orra Centre. \u{201c}The design work is complete and building will soon start.\u{201d}"],
                &[("Ilo Brakov", Person), ("Orra Centre", Organisation)]
            ),
            vec!["Ilo Brakov", "Ilo Brakov"]
        );
        // "it said" after a body's quotation is that body; "the current state" is
        // no verb of saying.
        assert_eq!(
            speakers(
                &[
                    "In a statement, the Vessan foreign ministry said the pullout was \u{201c}carried out in full view of everyone.\u{201d}",
                    "\u{201c}We condemn the claims made against us this week,\u{201d} it said.",
                    "Asked about talks, Ilo Brak described the current state of negotiations as a \u{201c}long and unhappy pause\u{201d}.",
                ],
                &[("Ilo Brak", Person)]
            ),
            vec![
                "the Vessan foreign ministry",
                "the Vessan foreign ministry",
                "Ilo Brak"
            ]
        );
        // A speaker named with joined initials.
        assert_eq!(
            speakers(
                &["\u{201c}It is a long season and we know it,\u{201d} said R.A. Orrin, the starter."],
                &[("R.A. Orrin", Person)]
            ),
            vec!["R.A. Orrin"]
        );
        // "went on to say", and a phrase before the pronoun that speaks.
        assert_eq!(
            speakers(
                &[
                    "Home Secretary Ilo Brakov said: \u{201c}Everyone may protest.\u{201d}",
                    "The Home Secretary went on to say that commuters were stuck.",
                    "\u{201c}I expect the police to act firmly and within the law.\u{201d}",
                    "The mayor, Mira Vessa, has said that police are stretched.",
                    "Writing to the minister she said: \u{201c}Cuts have made policing much harder.\u{201d}",
                ],
                &[("Ilo Brakov", Person), ("Mira Vessa", Person)]
            ),
            vec!["Ilo Brakov", "Ilo Brakov", "Mira Vessa"]
        );
        // "He" opening a sentence refers back past the person that sentence names.
        assert_eq!(
            speakers(
                &[
                    "Governor Ilsa Varn on Monday opened the new bridge.",
                    "He thanked Odo Prell for the design.",
                    "\u{201c}This bridge joins two towns at last,\u{201d} he said.",
                ],
                &[("Ilsa Varn", Person), ("Odo Prell", Person)]
            ),
            vec!["Ilsa Varn"]
        );
        // An organisation's spokesman named in apposition before the verb.
        assert_eq!(
            speakers(
                &["Harbour Police spokesman, Sgt. Tam Oryx, tweeted \u{201c}The suspect is in custody now.\u{201d}"],
                &[("Harbour Police", Organisation), ("Tam Oryx", Person)]
            ),
            vec!["Tam Oryx"]
        );
        // "A prosecutor says ..." and the prosecutor named in the next paragraph.
        assert_eq!(
            speakers(
                &[
                    "A local prosecutor says the man faces charges \u{201c}of fraud on a very large scale\u{201d} after the raid.",
                    "The prosecutor, Pia Lund, said a hearing is due.",
                ],
                &[("Pia Lund", Person)]
            ),
            vec!["Pia Lund"]
        );
        // A capitalised rating is a label, not a quotation.
        assert!(speakers(
            &["Brokers gave the bank a \"Sell\" grade after the results, saying it was weak."],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn words_of_time_opening_the_sentence_are_no_part_of_the_speaker() {
        let people = [("Anna Berg", EntityKind::Person)];
        assert_eq!(
            speakers(
                &[
                    "Later the minister said it \u{201c}was a mistake from the start\u{201d}.",
                    "Earlier this week a spokesman said \u{201c}we will not resign over this\u{201d}.",
                    "Meanwhile Anna Berg said \u{201c}we need more money for the schools\u{201d}.",
                ],
                &people
            ),
            vec!["the minister", "a spokesman", "Anna Berg"]
        );
    }

    #[test]
    fn descriptions_resolve_only_when_one_person_fits() {
        use EntityKind::Person;
        let people = [("Anna Berg", Person), ("Olaf Lind", Person)];
        // A role named with its field in ordinary words and an honorific before
        // the name: "the governor" later is that person.
        assert_eq!(
            speakers(
                &[
                    "According to the governor of the central bank, Dr. Anna Berg, two lenders failed.",
                    "On the second bank, the governor said it \u{201c}misused its licence for years on end\u{201d}.",
                ],
                &people
            ),
            vec!["Anna Berg"]
        );
        // A short aside in brackets between the post and the name.
        assert_eq!(
            speakers(
                &["\"We will find the cause,\" said the bank's deputy director (banking and insurance) Olaf Lind."],
                &people
            ),
            vec!["Olaf Lind"]
        );
        // One person titled "President" so far: "the president" is that person.
        assert_eq!(
            speakers(
                &[
                    "President Anna Berg met Olaf Lind on Friday.",
                    "After lunch, the president said \"we will build the bridge this year\" to a crowd.",
                ],
                &people
            ),
            vec!["Anna Berg"]
        );
        // Two presidents: the description stays a description.
        assert_eq!(
            speakers(
                &[
                    "President Anna Berg met President Olaf Lind on Friday.",
                    "After lunch, the president said \"we will build the bridge this year\" to a crowd.",
                ],
                &people
            ),
            vec!["the president"]
        );
        // An age: the one person of the previous paragraph that names people.
        assert_eq!(
            speakers(
                &[
                    "The veteran singer Olaf Lind appeared on television yesterday.",
                    "\"I am not retiring, not this year and not next,\" the 74-year-old said.",
                ],
                &people
            ),
            vec!["Olaf Lind"]
        );
        assert_eq!(
            speakers(
                &[
                    "Olaf Lind and Anna Berg appeared on television yesterday.",
                    "\"I am not retiring, not this year and not next,\" the 74-year-old said.",
                ],
                &people
            ),
            vec!["the 74-year-old"]
        );
    }

    #[test]
    fn participles_relative_clauses_records_and_statements() {
        use EntityKind::Person;
        let people = &[("Orra Vessel", Person), ("Ilo Brakken", Person)];
        // A participle's subject is the sentence's, not the name before its comma;
        // a record of the words ("the excerpts") is not who spoke them; "he" then
        // stays with the one quoted.
        assert_eq!(
            speakers(
                &[
                    "Orra Vessel met the host Ilo Brakken on Monday.",
                    "Orra Vessel also repeated his warnings during the interview with Ilo Brakken, saying \u{201c}robots are more dangerous than bad cars\u{201d} according to the excerpts.",
                    "\u{201c}It has the potential of destruction,\u{201d} he said.",
                    "He would not discuss security at the plant, beyond saying it was \"well developed\".",
                ],
                people
            ),
            vec!["Orra Vessel", "Orra Vessel", "Orra Vessel"]
        );
        // A relative clause after the subject; the role named with the body it
        // serves; an adverb before the verb.
        assert_eq!(
            speakers(
                &[
                    "The Vessa State Commissioner for the Environment and Water Resources, Orra Vessel, urged residents to stop dumping refuse.",
                    "The commissioner, who toured the drains on Thursday, said the state would pay \u{201c}special attention\u{201d} to them.",
                ],
                people
            ),
            vec!["Orra Vessel"]
        );
        assert_eq!(
            speakers(
                &[
                    "Foreign Minister Ilo Brakken spoke today.",
                    "The Foreign Minister also recalled the deal, noting that \u{201c}it is an example of the trust we enjoy.\u{201d}",
                ],
                people
            ),
            vec!["Ilo Brakken"]
        );
        // A subject ends at an irregular past verb; two posts joined by "and"
        // before the name.
        assert_eq!(
            speakers(
                &[
                    "The singer Orra Vessel cancelled the show.",
                    "The super-fit singer took to a website to tell fans that he needed to give his body \"a second to rest and heal.\"",
                    "\"We are excited to bring these jobs here,\" said Vessa Motors Chairman and CEO Ilo Brakken, adding that more would come.",
                ],
                people
            ),
            vec!["Orra Vessel", "Ilo Brakken"]
        );
        // A quotation opened with one kind of mark and closed with the other; a
        // name the entities step missed ends the speaker's words.
        assert_eq!(
            speakers(
                &[
                    "\"We will not be silent,\" said student Orra Vessel.",
                    "\u{201c}We have hundreds of complaints,\" said opposition politician Marta Ilvesko.",
                    "The tweet reads, \"The tribunal condemns the raid on its offices.\"",
                ],
                people
            ),
            vec!["Orra Vessel", "opposition politician Marta Ilvesko", "The tweet"]
        );
        // A statement's author, then paragraphs of the statement ending “…”.
        assert_eq!(
            speakers(
                &[
                    "A statement released by club chairman Orra Vessel, read: \u{201c}Dear all, Sunday was wholly unacceptable. The fault is mine\u{201d}.",
                    "\u{201c}Our coach will leave his current role along with his staff. We wish him well\u{201d}.",
                ],
                people
            ),
            vec!["Orra Vessel", "Orra Vessel"]
        );
    }

    #[test]
    fn roles_and_quoting_verbs_name_the_person() {
        use EntityKind::{Organisation, Person};
        // A definite role after a named speaker is that speaker.
        assert_eq!(
            speakers(
                &[
                    "\"We were lucky today,\" Odo Prell told reporters.",
                    "\"I am so tired,\" said the former Harbour striker.",
                ],
                &[("Odo Prell", Person)]
            ),
            vec!["Odo Prell", "Odo Prell"]
        );
        // The quoting verb's object is the speaker; a pronoun is resolved.
        assert_eq!(
            speakers(
                &[
                    "Talks will go on, said Ilsa Varn, a former minister.",
                    "The Valley Post quoted him: \u{201c}We met twice in May and will meet again.\u{201d}",
                ],
                &[("Ilsa Varn", Person), ("Valley Post", Organisation)]
            ),
            vec!["Ilsa Varn"]
        );
        // A quotation opening its sentence, after a sentence that reports speech.
        assert_eq!(
            speakers(
                &[
                    "\"We will win,\" Ilsa Varn said.",
                    "Asked about the vote, the ex-minister replied firmly. \u{201c}The party wants to end this now.\u{201d}",
                ],
                &[("Ilsa Varn", Person)]
            ),
            vec!["Ilsa Varn", "Ilsa Varn"]
        );
        // "Y quoted X as saying", "X was quoted by Y as saying".
        assert_eq!(
            speakers(
                &[
                    "The Valley Post quoted Ilsa Varn as saying: \"We met twice in May.\"",
                    "Ilsa Varn was quoted by the Valley Post as saying: \"We will meet again.\"",
                ],
                &[("Ilsa Varn", Person), ("Valley Post", Organisation)]
            ),
            vec!["Ilsa Varn", "Ilsa Varn"]
        );
        // A relative clause closed by its comma before the verb.
        assert_eq!(
            speakers(
                &["\"Nobody wants this,\" Ilsa Varn, who is also deputy leader, told the Valley Post."],
                &[("Ilsa Varn", Person), ("Valley Post", Organisation)]
            ),
            vec!["Ilsa Varn"]
        );
        // A title without its name, before anyone is quoted by name: the person
        // quoted next.
        assert_eq!(
            speakers(
                &[
                    "Valdorian Prime Minister announced on Saturday that talks \"have gone badly\" this week.",
                    "Anna Berg said at the summit, \"We can still reach a deal soon.\"",
                ],
                &[("Anna Berg", Person)]
            ),
            vec!["Anna Berg", "Anna Berg"]
        );
        // After an unnamed speaker's quotation, "the official" is that speaker.
        assert_eq!(
            speakers(
                &[
                    "\"We will win,\" Ilsa Varn said.",
                    "\"It was a mess,\" said a police official.",
                    "\"Nobody was hurt,\" the official said.",
                ],
                &[("Ilsa Varn", Person)]
            ),
            vec!["Ilsa Varn", "a police official", "the official"]
        );
        // A generic role before a named speaker stays a description.
        assert_eq!(
            speakers(
                &[
                    "Police spokesman said on Monday that roads \"will stay closed\" this week.",
                    "Anna Berg said at the summit, \"We can still reach a deal soon.\"",
                ],
                &[("Anna Berg", Person)]
            ),
            vec!["Police spokesman", "Anna Berg"]
        );
        // A long description after the quotation is its speaker, not the subject
        // of the sentence before.
        assert_eq!(
            speakers(
                &["Ilsa Varn said on Monday that prices rose. \u{201c}We will act on this soon,\u{201d} a spokesperson for the Valley Consumer Agency (VCA) said."],
                &[("Ilsa Varn", Person)]
            ),
            vec!["a spokesperson for the Valley Consumer Agency (VCA)"]
        );
        // A verb right after the quotation outranks "according to"; a name in
        // apposition after the description is the speaker.
        assert_eq!(
            speakers(
                &[
                    "\"The road is our priority,\" Ilsa Varn said, according to a statement from her office.",
                    "\"Whoever wins, prices rise,\" said my supervisor, Anna Berg.",
                ],
                &[("Ilsa Varn", Person), ("Anna Berg", Person)]
            ),
            vec!["Ilsa Varn", "Anna Berg"]
        );
        // An indefinite description stays a description.
        assert_eq!(
            speakers(
                &[
                    "\"We will win,\" Ilsa Varn said.",
                    "\"It was a mess,\" said a former officer of the guard.",
                ],
                &[("Ilsa Varn", Person)]
            ),
            vec!["Ilsa Varn", "a former officer of the guard"]
        );
    }

    #[test]
    fn observers_speak_for_their_organisation() {
        use EntityKind::Organisation;
        let orgs = [("Union for Trade and Peace", Organisation)];
        assert_eq!(
            speakers(
                &["Observers from the Union for Trade and Peace said the count was \"slow but fair\" on Monday."],
                &orgs
            ),
            vec!["Union for Trade and Peace"]
        );
        assert_eq!(
            speakers(
                &["The Union for Trade and Peace's election monitors said the count was \"slow but fair\" on Monday."],
                &orgs
            ),
            vec!["Union for Trade and Peace"]
        );
        // Other people of an organisation are descriptions.
        assert_eq!(
            speakers(
                &["A driver from the Union for Trade and Peace said the road was \"slow but safe\" on Monday."],
                &orgs
            ),
            vec!["A driver from the Union for Trade and Peace"]
        );
    }

    #[test]
    fn a_role_held_by_two_is_the_one_named_before_it() {
        use EntityKind::Person;
        let people = [("Ana Vessaro", Person), ("Ilo Brakken", Person)];
        assert_eq!(
            speakers(
                &[
                    "The Minister of the Environment and Water, Ana Vessaro, said the licence would stay refused.",
                    "\u{201c}The opinion of the technicians was unanimous,\u{201d} said the minister, after meeting the chief minister of the Civil House, Ilo Brakken.",
                ],
                &people
            ),
            vec!["Ana Vessaro"]
        );
        // Both named before: either may have spoken.
        assert_eq!(
            speakers(
                &[
                    "The Minister of the Environment and Water, Ana Vessaro, met the chief minister of the Civil House, Ilo Brakken.",
                    "\u{201c}The opinion of the technicians was unanimous,\u{201d} said the minister.",
                ],
                &people
            ),
            vec!["the minister"]
        );
    }

    #[test]
    fn a_body_is_called_by_its_noun_before_its_name_or_as_its_sentences_speaker() {
        use EntityKind::Organisation;
        let bodies = [("Vessa Holdings", Organisation), ("Orravan", Organisation)];
        assert_eq!(
            speakers(
                &[
                    "Investors came to Ellu through Vessa Holdings, the state development agency said on Wednesday.",
                    "The agency said the result was \u{201c}in line with our expectations\u{201d}.",
                    "The anti-graft court Orravan convicted a former mayor of Ellu.",
                    "\u{201c}Both officials took advantage of their positions,\u{201d} the court said.",
                ],
                &bodies
            ),
            vec!["Vessa Holdings", "Orravan"]
        );
        // With a second body in the sentence the agency may be either.
        assert_eq!(
            speakers(
                &[
                    "Investors came to Ellu through Vessa Holdings and Orravan, the state development agency said on Wednesday.",
                    "The agency said the result was \u{201c}in line with our expectations\u{201d}.",
                ],
                &bodies
            ),
            vec!["The agency"]
        );
    }

    #[test]
    fn short_quoted_subheadings_are_not_quotations() {
        assert_eq!(
            spans(&["‘Limited time period’", "'No real choice'", "“Soon.”"]),
            vec!["“Soon.”"]
        );
    }
}
