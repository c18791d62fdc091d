//! Step 4b, overrides: an editor's corrections to the entities, from
//! `corpus/entities.overrides`, applied after the [`entities`](crate::entities) step
//! and before dates and quotes, so quotation speakers use the corrected entities.
//!
//! # Syntax
//!
//! Plain UTF-8 text, one directive a line; blank lines and lines starting with `#`
//! are ignored. An entity is referred to by its id or by any of its spellings (its
//! name or an alias), ignoring case and accents.
//!
//! ```text
//! # the spellings on both sides become one entity; the left one is its name
//! merge: Nur-Sultan = Astana
//! merge: Kassym-Jomart Tokayev = Tokaev = Tokajev
//! # a new name (and so a new id) for an entity
//! rename: Collective Security Treaty Organization -> CSTO
//! # a new kind: person, organisation (or organization) or place
//! retype: Belt and Road Initiative -> organisation
//! # the entity and all its mentions are removed
//! drop: Twitter
//! # this spelling's mentions leave the entity they were merged into and become an
//! # entity of their own of that kind and name (or join the entity of that kind and
//! # name, if there is one); without a name, the spelling is the name
//! split: Mukhtar -> person Mukhtar Dzhakishev
//! split: Georgia -> place
//! ```
//!
//! The order of the lines does not matter: every reference is looked up in the
//! entities as extracted, then splits, merges, renames, retypes and drops are applied
//! in that order. In `merge`, a left side that matches no entity names the merged
//! entity (of the kind of the first entity on the right); otherwise the merged entity
//! keeps the left entity's name, id and kind. A renamed, merged-under-a-new-name or
//! split-off entity gets a new id from its name; the others keep theirs. Chains (`merge: A = B` and
//! `merge: B = C`) are fine. A reference is resolved by id first, then by name, then
//! by alias; in `drop` and `split` a spelling shared by several entities applies to all
//! of them.
//!
//! # Errors (the build stops, listing them with the rest of the corpus's problems)
//!
//! - a line that is not `directive: ...`, or lacks its `=` or `->` part;
//! - an unknown directive or an unknown kind;
//! - a `merge`, `rename` or `retype` reference that fits several entities equally
//!   (use the id);
//! - one entity merged into two different entities, or merges going round in a circle;
//! - two different names (or two different kinds) given to one entity, or a rename or
//!   retype of an entity another line merges into a different one;
//! - a rename, retype, merge or split that leaves two entities of one kind with one
//!   name (merge them instead).
//!
//! # Warnings (report notes; the build goes on)
//!
//! - a reference that matches no entity (the line, or that side of a merge, does
//!   nothing);
//! - a line about an entity another line drops: the drop wins, the other line is
//!   ignored for that entity.

use crate::entities::unique_id;
use crate::error::{CorpusError, ErrorKind};
use crate::export::span_text;
use crate::text::{fold, squeeze_spaces};
use newsprism_model::{Article, Entity, EntityKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The file name of the override file inside the corpus directory.
pub const FILE_NAME: &str = "entities.overrides";

/// What one line asks for. Names are as written (spaces squeezed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directive {
    Merge {
        canonical: String,
        others: Vec<String>,
    },
    Rename {
        entity: String,
        name: String,
    },
    Retype {
        entity: String,
        kind: EntityKind,
    },
    Drop {
        entity: String,
    },
    Split {
        spelling: String,
        kind: EntityKind,
        name: String,
    },
}

/// One directive and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// 1-based line in the file.
    pub line: usize,
    /// The line as written, trimmed, for messages.
    pub text: String,
    pub directive: Directive,
}

/// A parsed override file (empty when the corpus has none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// The file, for errors.
    pub path: PathBuf,
    /// `corpus/entities.overrides`, for report notes.
    pub file: String,
    pub lines: Vec<Override>,
}

/// Reads `dir/entities.overrides`; no file means no overrides.
pub fn load(dir: &Path) -> Result<Overrides, Vec<CorpusError>> {
    let path = dir.join(FILE_NAME);
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "corpus".into());
    let file = format!("{dir_name}/{FILE_NAME}");
    if !path.is_file() {
        return Ok(Overrides {
            path,
            file,
            lines: Vec::new(),
        });
    }
    let bytes = std::fs::read(&path)
        .map_err(|e| vec![CorpusError::new(&path, None, ErrorKind::Io(e.to_string()))])?;
    let text = crate::read::decode(&bytes)
        .map_err(|(line, kind)| vec![CorpusError::new(&path, line, kind)])?;
    parse(&text, &path, &file)
}

/// Parses the text of an override file; every bad line is an error.
pub fn parse(text: &str, path: &Path, file: &str) -> Result<Overrides, Vec<CorpusError>> {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match parse_line(trimmed) {
            Ok(directive) => lines.push(Override {
                line,
                text: trimmed.to_string(),
                directive,
            }),
            Err(kind) => errors.push(CorpusError::new(path, Some(line), kind)),
        }
    }
    if errors.is_empty() {
        Ok(Overrides {
            path: path.to_path_buf(),
            file: file.to_string(),
            lines,
        })
    } else {
        Err(errors)
    }
}

const DIRECTIVES: [&str; 5] = ["merge", "rename", "retype", "drop", "split"];

fn syntax(text: &str, hint: &str) -> ErrorKind {
    ErrorKind::OverrideSyntax {
        text: text.to_string(),
        hint: hint.to_string(),
    }
}

fn parse_kind(word: &str) -> Result<EntityKind, ErrorKind> {
    match word.to_lowercase().as_str() {
        "person" => Ok(EntityKind::Person),
        "organisation" | "organization" => Ok(EntityKind::Organisation),
        "place" => Ok(EntityKind::Place),
        _ => Err(ErrorKind::UnknownKind(word.to_string())),
    }
}

/// `A -> B` (or `A → B`), both sides non-empty.
fn arrow(rest: &str) -> Option<(String, String)> {
    let (a, b) = rest.split_once("->").or_else(|| rest.split_once('→'))?;
    let (a, b) = (squeeze_spaces(a), squeeze_spaces(b));
    (!a.is_empty() && !b.is_empty()).then_some((a, b))
}

fn parse_line(line: &str) -> Result<Directive, ErrorKind> {
    let Some((word, rest)) = line.split_once(':') else {
        let first = line.split_whitespace().next().unwrap_or_default();
        return Err(if DIRECTIVES.contains(&first.to_lowercase().as_str()) {
            syntax(
                line,
                &format!("put a colon after `{first}`, e.g. `drop: Twitter`"),
            )
        } else {
            syntax(
                line,
                "write `directive: ...` with one of merge, rename, retype, drop, split, or start the line with `#` to make it a comment",
            )
        });
    };
    let word = word.trim().to_lowercase();
    let rest = rest.trim();
    let directive = match word.as_str() {
        "merge" => {
            let sides: Vec<String> = rest.split('=').map(squeeze_spaces).collect();
            if sides.len() < 2 || sides.iter().any(String::is_empty) {
                return Err(syntax(
                    line,
                    "write the names to make one entity with `=` between them, the name to keep first, e.g. `merge: Astana = Nur-Sultan`",
                ));
            }
            Directive::Merge {
                canonical: sides[0].clone(),
                others: sides[1..].to_vec(),
            }
        }
        "rename" => {
            let (entity, name) = arrow(rest).ok_or_else(|| {
                syntax(
                    line,
                    "write the entity, `->` and its new name, e.g. `rename: Collective Security Treaty Organization -> CSTO`",
                )
            })?;
            Directive::Rename { entity, name }
        }
        "retype" => {
            let (entity, kind) = arrow(rest).ok_or_else(|| {
                syntax(
                    line,
                    "write the entity, `->` and its kind, e.g. `retype: Belt and Road Initiative -> organisation`",
                )
            })?;
            Directive::Retype {
                entity,
                kind: parse_kind(&kind)?,
            }
        }
        "drop" => {
            let entity = squeeze_spaces(rest);
            if entity.is_empty() || entity.contains("->") {
                return Err(syntax(
                    line,
                    "write the one entity to remove, e.g. `drop: Twitter`",
                ));
            }
            Directive::Drop { entity }
        }
        "split" => {
            let (spelling, target) = arrow(rest).ok_or_else(|| {
                syntax(
                    line,
                    "write the spelling, `->`, a kind and optionally a name, e.g. `split: Mukhtar -> person Mukhtar Dzhakishev`",
                )
            })?;
            let (kind, name) = match target.split_once(' ') {
                Some((k, n)) => (k, n.to_string()),
                None => (target.as_str(), spelling.clone()),
            };
            Directive::Split {
                kind: parse_kind(kind)?,
                spelling,
                name,
            }
        }
        _ => return Err(ErrorKind::UnknownDirective(word)),
    };
    Ok(directive)
}

/// Entity lookup by id, name and alias, folded.
struct Lookup {
    levels: [HashMap<String, Vec<usize>>; 3],
}

impl Lookup {
    fn new(entities: &[Entity]) -> Lookup {
        let mut levels: [HashMap<String, Vec<usize>>; 3] = Default::default();
        for (i, e) in entities.iter().enumerate() {
            let mut add = |level: usize, s: &str| {
                let v = levels[level].entry(fold(s)).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            };
            add(0, &e.id);
            add(1, &e.name);
            for a in &e.aliases {
                add(2, a);
            }
        }
        Lookup { levels }
    }

    /// The entities at the best level that knows `reference` (empty: none).
    fn find(&self, reference: &str) -> Vec<usize> {
        let key = fold(reference);
        self.levels
            .iter()
            .find_map(|m| m.get(&key).cloned())
            .unwrap_or_default()
    }

    /// Entities with `spelling` as an alias.
    fn with_alias(&self, spelling: &str) -> Vec<usize> {
        self.levels[2]
            .get(&fold(spelling))
            .cloned()
            .unwrap_or_default()
    }
}

/// Applies `overrides` to the extracted `entities` and the `articles`' mentions.
/// Returns the report notes, or every contradiction that stops the build.
pub fn apply(
    overrides: &Overrides,
    entities: &mut Vec<Entity>,
    articles: &mut [Article],
) -> Result<Vec<String>, Vec<CorpusError>> {
    if overrides.lines.is_empty() {
        return Ok(Vec::new());
    }
    let file = &overrides.file;
    let mut notes = Vec::new();
    let mut errors = Vec::new();
    let error = |line: usize, msg: String| {
        CorpusError::new(
            &overrides.path,
            Some(line),
            ErrorKind::OverrideConflict(msg),
        )
    };
    let lookup = Lookup::new(entities);
    let original = entities.len();
    let original_names: Vec<String> = entities.iter().map(|e| e.name.clone()).collect();
    let unmatched = |o: &Override, what: &str| {
        format!(
            "{file}:{}: `{what}` in `{}` matches no entity — check the spelling, or remove the line",
            o.line, o.text
        )
    };
    let unmatched_line = |o: &Override| {
        format!(
            "{file}:{}: `{}` matches no entity — check the spelling, or remove the line",
            o.line, o.text
        )
    };
    let describe = |is: &[usize], entities: &[Entity]| {
        is.iter()
            .map(|&i| format!("{} ({})", entities[i].id, entities[i].kind.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };

    // 1. Drops first: every other line yields to them.
    let mut dropped: BTreeMap<usize, usize> = BTreeMap::new(); // entity -> line
    for o in &overrides.lines {
        if let Directive::Drop { entity } = &o.directive {
            let found = lookup.find(entity);
            if found.is_empty() {
                notes.push(unmatched_line(o));
            }
            for i in found {
                dropped.entry(i).or_insert(o.line);
            }
        }
    }
    let yields = |o: &Override, i: usize, entities: &[Entity], notes: &mut Vec<String>| {
        if let Some(&line) = dropped.get(&i) {
            notes.push(format!(
                "{file}:{}: `{}` is about {}, which line {line} drops — the drop wins; remove one of the two lines",
                o.line, o.text, entities[i].id
            ));
            true
        } else {
            false
        }
    };
    // One entity for a reference, or a note or an error saying why not.
    let unique = |o: &Override,
                  reference: &str,
                  entities: &[Entity],
                  notes: &mut Vec<String>,
                  errors: &mut Vec<CorpusError>|
     -> Option<usize> {
        let found = lookup.find(reference);
        match found.as_slice() {
            [] => {
                notes.push(unmatched(o, reference));
                None
            }
            [i] => Some(*i),
            _ => {
                errors.push(error(
                    o.line,
                    format!(
                        "`{reference}` fits {} entities: {}. Write the id of the one you mean instead",
                        found.len(),
                        describe(&found, entities)
                    ),
                ));
                None
            }
        }
    };

    // 2. Splits: matching mentions and spellings move to the target entity.
    let mut new_by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut changed: HashMap<usize, usize> = HashMap::new(); // entity -> line that named it
    let mut removed: HashSet<usize> = HashSet::new();
    // Entities a split emptied -> the entity their spellings went to.
    let mut emptied: HashMap<usize, usize> = HashMap::new();
    for o in &overrides.lines {
        let Directive::Split {
            spelling,
            kind,
            name,
        } = &o.directive
        else {
            continue;
        };
        let sources: Vec<usize> = lookup
            .with_alias(spelling)
            .into_iter()
            .filter(|&i| !yields(o, i, entities, &mut notes))
            .collect();
        if sources.is_empty() {
            if lookup.with_alias(spelling).is_empty() {
                notes.push(unmatched(o, spelling));
            }
            continue;
        }
        let key = fold(name);
        let existing = entities
            .iter()
            .enumerate()
            .filter(|(i, e)| e.kind == *kind && !removed.contains(i) && fold(&e.name) == key)
            .map(|(i, _)| i)
            .next();
        let target = match existing.or_else(|| new_by_key.get(&(*kind, key.clone())).copied()) {
            Some(t) => t,
            None => {
                entities.push(Entity {
                    id: String::new(),
                    name: name.clone(),
                    kind: *kind,
                    aliases: vec![name.clone()],
                });
                let t = entities.len() - 1;
                new_by_key.insert((*kind, key), t);
                changed.insert(t, o.line);
                t
            }
        };
        let folded = fold(spelling);
        for &s in &sources {
            if s == target {
                continue;
            }
            for a in articles.iter_mut() {
                let moved: Vec<usize> = a
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| {
                        m.entity as usize == s
                            && fold(&span_text(a, m.paragraph, m.start, m.end)) == folded
                    })
                    .map(|(k, _)| k)
                    .collect();
                for k in moved {
                    a.mentions[k].entity = target as u32;
                }
            }
            let (gone, kept): (Vec<String>, Vec<String>) = entities[s]
                .aliases
                .drain(..)
                .partition(|a| fold(a) == folded);
            entities[s].aliases = kept;
            for a in gone {
                if !entities[target].aliases.contains(&a) {
                    entities[target].aliases.push(a);
                }
            }
            if entities[s].aliases.is_empty() {
                removed.insert(s);
                emptied.insert(s, target);
            } else if fold(&entities[s].name) == folded {
                entities[s].name = entities[s].aliases[0].clone();
                changed.entry(s).or_insert(o.line);
            }
        }
    }

    // Later lines about an entity a split emptied are about where it went.
    let follow = |mut i: usize| {
        for _ in 0..=emptied.len() {
            match emptied.get(&i) {
                Some(&t) => i = t,
                None => break,
            }
        }
        i
    };

    // 3. Merges: each entity points at the one it joins; roots are what remain.
    let mut into: HashMap<usize, (usize, usize)> = HashMap::new(); // member -> (target, line)
    let mut named_new: HashMap<String, usize> = HashMap::new();
    for o in &overrides.lines {
        let Directive::Merge { canonical, others } = &o.directive else {
            continue;
        };
        let mut members: Vec<usize> = Vec::new();
        for r in others {
            if let Some(i) = unique(o, r, entities, &mut notes, &mut errors) {
                if !yields(o, i, entities, &mut notes) {
                    members.push(follow(i));
                }
            }
        }
        let found = lookup.find(canonical);
        let target = match found.as_slice() {
            [] if members.is_empty() => continue,
            [] => *named_new.entry(fold(canonical)).or_insert_with(|| {
                let kind = entities[members[0]].kind;
                entities.push(Entity {
                    id: String::new(),
                    name: canonical.clone(),
                    kind,
                    aliases: vec![canonical.clone()],
                });
                changed.insert(entities.len() - 1, o.line);
                entities.len() - 1
            }),
            _ => match unique(o, canonical, entities, &mut notes, &mut errors) {
                Some(t) if !yields(o, t, entities, &mut notes) => follow(t),
                _ => continue,
            },
        };
        for m in members {
            if m == target {
                continue;
            }
            match into.get(&m) {
                Some(&(t, line)) if t != target => errors.push(error(
                    o.line,
                    format!(
                        "this merges {} into {}, but line {line} merges it into {}; an entity can join only one. Merge those two as well (`merge: {} = {}`), or remove one line",
                        entities[m].id, entities[target].id, entities[t].id, entities[t].name, entities[target].name
                    ),
                )),
                _ => {
                    into.insert(m, (target, o.line));
                }
            }
        }
    }
    let mut root_of: HashMap<usize, usize> = HashMap::new();
    let mut circles: BTreeMap<Vec<usize>, usize> = BTreeMap::new(); // members -> a line
    for &start in into.keys() {
        let mut seen = vec![start];
        let mut at = start;
        while let Some(&(next, line)) = into.get(&at) {
            if let Some(k) = seen.iter().position(|&i| i == next) {
                let mut circle = seen[k..].to_vec();
                circle.sort_unstable();
                let line = circle.iter().map(|i| into[i].1).min().unwrap_or(line);
                circles.insert(circle, line);
                break;
            }
            seen.push(next);
            at = next;
        }
        root_of.insert(start, at);
    }
    for (circle, line) in circles {
        errors.push(error(
            line,
            format!(
                "merges go round in a circle ({}); choose the one name to keep and write it first in a single `merge:` line",
                circle.iter().map(|&i| entities[i].id.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let root = |i: usize| root_of.get(&i).copied().unwrap_or(i);

    // 4. Renames and retypes, each on an entity that remains.
    let mut names: HashMap<usize, (String, usize)> = HashMap::new();
    let mut kinds: HashMap<usize, (EntityKind, usize)> = HashMap::new();
    for o in &overrides.lines {
        let (reference, what) = match &o.directive {
            Directive::Rename { entity, name } => (entity, Ok(name)),
            Directive::Retype { entity, kind } => (entity, Err(*kind)),
            _ => continue,
        };
        let Some(i) = unique(o, reference, entities, &mut notes, &mut errors) else {
            continue;
        };
        if yields(o, i, entities, &mut notes) {
            continue;
        }
        let i = follow(i);
        if root(i) != i {
            errors.push(error(
                o.line,
                format!(
                    "{} is merged into {} by line {}, so it has no name or kind of its own. Write this line for {} instead",
                    entities[i].id,
                    entities[root(i)].id,
                    into[&i].1,
                    entities[root(i)].name
                ),
            ));
            continue;
        }
        match what {
            Ok(name) => match names.get(&i) {
                Some((other, line)) if fold(other) != fold(name) => errors.push(error(
                    o.line,
                    format!(
                        "this names {} `{name}`, but line {line} names it `{other}`. Keep one of the two lines",
                        entities[i].id
                    ),
                )),
                _ => {
                    names.insert(i, (name.clone(), o.line));
                }
            },
            Err(kind) => match kinds.get(&i) {
                Some((other, line)) if *other != kind => errors.push(error(
                    o.line,
                    format!(
                        "this makes {} a {}, but line {line} makes it a {}. Keep one of the two lines",
                        entities[i].id,
                        kind.as_str(),
                        other.as_str()
                    ),
                )),
                _ => {
                    kinds.insert(i, (kind, o.line));
                }
            },
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // 5. Apply: merges, names, kinds, drops.
    let mut members: Vec<usize> = into.keys().copied().collect();
    members.sort_unstable();
    for &m in &members {
        let r = root(m);
        let aliases = std::mem::take(&mut entities[m].aliases);
        for a in aliases {
            if !entities[r].aliases.contains(&a) {
                entities[r].aliases.push(a);
            }
        }
        removed.insert(m);
        changed.entry(r).or_insert(into[&m].1);
    }
    for a in articles.iter_mut() {
        for m in &mut a.mentions {
            m.entity = root(m.entity as usize) as u32;
        }
    }
    for (&i, (name, line)) in &names {
        let e = &mut entities[i];
        e.name = name.clone();
        if let Some(k) = e.aliases.iter().position(|a| a == name) {
            e.aliases.remove(k);
        }
        e.aliases.insert(0, name.clone());
        changed.insert(i, *line);
    }
    for (&i, (kind, line)) in &kinds {
        entities[i].kind = *kind;
        changed.entry(i).or_insert(*line);
    }
    removed.extend(dropped.keys().copied());

    // 6. No two entities of one kind with one name.
    let mut by_name: HashMap<(EntityKind, String), Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if !removed.contains(&i) {
            by_name.entry((e.kind, fold(&e.name))).or_default().push(i);
        }
    }
    let mut clashes: Vec<(usize, Vec<usize>)> = by_name
        .into_values()
        .filter(|v| v.len() > 1)
        .filter_map(|v| {
            let line = v.iter().filter_map(|i| changed.get(i)).min().copied()?;
            Some((line, v))
        })
        .collect();
    clashes.sort();
    for (line, mut v) in clashes {
        // The entity this file did not touch first: it is the one to merge into.
        v.sort_by_key(|i| (changed.contains_key(i), *i));
        let e = &entities[v[0]];
        let ids: Vec<&str> = v.iter().map(|&i| entities[i].id.as_str()).collect();
        errors.push(error(
            line,
            format!(
                "after the overrides, {} {}s are named `{}` ({}). To make them one entity, write `merge: {}` instead; else choose another name",
                v.len(),
                e.kind.as_str(),
                e.name,
                describe(&v, entities),
                ids.join(" = ")
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // 7. Ids: unchanged entities keep theirs; the others get one from their name.
    let mut used: HashSet<String> = HashSet::new();
    let keeps_id = |i: usize, e: &Entity| i < original && e.name == original_names[i];
    for (i, e) in entities.iter().enumerate() {
        if !removed.contains(&i) && keeps_id(i, e) {
            used.insert(e.id.clone());
        }
    }
    for (i, e) in entities.iter_mut().enumerate() {
        if removed.contains(&i) || keeps_id(i, e) {
            continue;
        }
        e.id = unique_id(&e.name, e.kind, &mut used);
    }

    // 8. The table without removed entities, sorted as the entities step sorts it;
    //    mentions re-pointed (their order is unchanged, so still sorted).
    let mut kept: Vec<usize> = (0..entities.len())
        .filter(|i| !removed.contains(i))
        .collect();
    kept.sort_by(|&a, &b| {
        let (x, y) = (&entities[a], &entities[b]);
        (x.kind, x.name.to_lowercase()).cmp(&(y.kind, y.name.to_lowercase()))
    });
    let new_index: HashMap<usize, u32> = kept
        .iter()
        .enumerate()
        .map(|(n, &i)| (i, n as u32))
        .collect();
    for a in articles.iter_mut() {
        a.mentions
            .retain_mut(|m| match new_index.get(&(m.entity as usize)) {
                Some(&n) => {
                    m.entity = n;
                    true
                }
                None => false,
            });
    }
    let mut table: Vec<Option<Entity>> = std::mem::take(entities).into_iter().map(Some).collect();
    *entities = kept
        .iter()
        .map(|&i| table[i].take().expect("kept once"))
        .collect();

    // Notes in line order, as a person works through the file.
    let line_of = |n: &String| -> usize {
        n.get(file.len() + 1..)
            .and_then(|rest| rest.split(':').next())
            .and_then(|l| l.parse().ok())
            .unwrap_or(0)
    };
    notes.sort_by_key(line_of);
    let count =
        |f: fn(&Directive) -> bool| overrides.lines.iter().filter(|o| f(&o.directive)).count();
    notes.push(format!(
        "{file}: {} overrides ({} merge, {} rename, {} retype, {} drop, {} split); {} entities now",
        overrides.lines.len(),
        count(|d| matches!(d, Directive::Merge { .. })),
        count(|d| matches!(d, Directive::Rename { .. })),
        count(|d| matches!(d, Directive::Retype { .. })),
        count(|d| matches!(d, Directive::Drop { .. })),
        count(|d| matches!(d, Directive::Split { .. })),
        entities.len()
    ));
    Ok(notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsprism_model::Mention;

    fn overrides(text: &str) -> Overrides {
        parse(
            text,
            Path::new("corpus/entities.overrides"),
            "corpus/entities.overrides",
        )
        .expect("parses")
    }

    fn entity(id: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: aliases[0].into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    /// One article, one paragraph, a mention for each (text, entity) in turn.
    fn article(parts: &[(&str, u32)]) -> Article {
        let mut paragraph = String::new();
        let mut mentions = Vec::new();
        for (text, entity) in parts {
            let start = paragraph.chars().count() as u32;
            paragraph.push_str(text);
            let end = paragraph.chars().count() as u32;
            paragraph.push_str(" and ");
            mentions.push(Mention {
                entity: *entity,
                paragraph: 0,
                start,
                end,
            });
        }
        Article {
            id: "a".into(),
            file: "corpus/a.txt".into(),
            title: "A".into(),
            source: 0,
            wire: None,
            author: None,
            published: None,
            url: None,
            paragraphs: vec![paragraph],
            mentions,
            date_mentions: Vec::new(),
            quotes: Vec::new(),
        }
    }

    #[test]
    fn parses_each_directive_with_its_line() {
        let o = overrides(
            "# c\n\nmerge: Astana = Nur-Sultan = Akmola\nRENAME: CSTO → Treaty Organisation\nretype: BRI -> organization\ndrop:  Twitter \nsplit: Mukhtar -> person  Mukhtar  Dzhakishev\nsplit: Georgia -> place\n",
        );
        let got: Vec<(usize, Directive)> =
            o.lines.into_iter().map(|l| (l.line, l.directive)).collect();
        assert_eq!(
            got,
            vec![
                (
                    3,
                    Directive::Merge {
                        canonical: "Astana".into(),
                        others: vec!["Nur-Sultan".into(), "Akmola".into()]
                    }
                ),
                (
                    4,
                    Directive::Rename {
                        entity: "CSTO".into(),
                        name: "Treaty Organisation".into()
                    }
                ),
                (
                    5,
                    Directive::Retype {
                        entity: "BRI".into(),
                        kind: EntityKind::Organisation
                    }
                ),
                (
                    6,
                    Directive::Drop {
                        entity: "Twitter".into()
                    }
                ),
                (
                    7,
                    Directive::Split {
                        spelling: "Mukhtar".into(),
                        kind: EntityKind::Person,
                        name: "Mukhtar Dzhakishev".into()
                    }
                ),
                (
                    8,
                    Directive::Split {
                        spelling: "Georgia".into(),
                        kind: EntityKind::Place,
                        name: "Georgia".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn a_spelling_of_two_entities_needs_the_id_except_to_drop() {
        let table = vec![
            entity(
                "ana-petrovska",
                EntityKind::Person,
                &["Ana Petrovska", "Ana"],
            ),
            entity("ana-smith", EntityKind::Person, &["Ana Smith", "Ana"]),
        ];
        let articles = vec![article(&[("Ana", 0), ("Ana", 1), ("Ana Smith", 1)])];
        let (mut e, mut a) = (table.clone(), articles.clone());
        let errs = apply(&overrides("rename: Ana -> Ann\n"), &mut e, &mut a).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].to_string().contains(
            "`Ana` fits 2 entities: ana-petrovska (person), ana-smith (person). Write the id"
        ));
        let (mut e, mut a) = (table.clone(), articles.clone());
        apply(
            &overrides("rename: ana-smith -> Ann Smith\n"),
            &mut e,
            &mut a,
        )
        .unwrap();
        assert_eq!(e[1].name, "Ann Smith");
        assert_eq!(e[1].id, "ann-smith");
        assert_eq!(e[0].id, "ana-petrovska");
        let (mut e, mut a) = (table.clone(), articles.clone());
        apply(&overrides("drop: ana\n"), &mut e, &mut a).unwrap();
        assert!(e.is_empty());
        assert!(a[0].mentions.is_empty());
    }

    #[test]
    fn a_merge_follows_a_spelling_a_split_moved() {
        let mut e = vec![
            entity("astana", EntityKind::Place, &["Astana"]),
            entity("nur-sultan", EntityKind::Place, &["Nur-Sultan"]),
        ];
        let mut a = vec![article(&[("Astana", 0), ("Nur-Sultan", 1)])];
        apply(
            &overrides("merge: Astana = Nur-Sultan\nsplit: Astana -> place Astana City\n"),
            &mut e,
            &mut a,
        )
        .unwrap();
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].name, "Astana City");
        assert_eq!(e[0].id, "astana-city");
        assert_eq!(e[0].aliases, ["Astana City", "Astana", "Nur-Sultan"]);
        assert!(a[0].mentions.iter().all(|m| m.entity == 0));
        assert_eq!(a[0].mentions.len(), 2);
    }
}
