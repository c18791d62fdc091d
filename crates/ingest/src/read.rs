//! Step 1, read: the corpus directory's files become [`Document`]s, text plus metadata.
//!
//! Decides what each file is (`.txt` article, `.meta` sidecar, hidden file, something
//! else), checks that articles are UTF-8 text, splits an optional front matter block
//! off the top and parses it and the sidecar as `key: value` lines. Given metadata is
//! only parsed and validated here; nothing is inferred from the text yet.

use crate::error::{CorpusError, ErrorKind, META_KEYS};
use newsprism_model::Date;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One article file, read and split into given metadata and body text.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub path: PathBuf,
    /// `corpus/x.txt`: the directory's name and the file's, for messages and export.
    pub file: String,
    /// The URL-safe article id: `id:` from the metadata, else the file stem (slugified
    /// when it has characters a URL would mangle).
    pub id: String,
    pub meta: Meta,
    /// The text after any front matter, line endings normalised to `\n`.
    pub body: String,
    /// The 1-based line of the file on which `body` starts.
    pub body_line: usize,
}

/// Metadata given by the curator, in front matter or in a `.meta` sidecar.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub source: Option<String>,
    pub wire: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    pub id: Option<String>,
}

/// What reading a directory gave: the articles, every error, and notes for the report.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub documents: Vec<Document>,
    pub errors: Vec<CorpusError>,
    pub notes: Vec<String>,
}

/// Extensions of files that are certainly not plain text.
const BINARY_EXTENSIONS: &[&str] = &[
    "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "heic", "doc", "docx",
    "odt", "rtf", "pages", "xls", "xlsx", "ppt", "pptx", "epub", "zip", "gz", "tar", "7z", "rar",
    "mp3", "mp4", "mov", "wav", "exe", "bin",
];

/// Reads every file of `dir` (not recursing).
pub fn read_dir(dir: &Path) -> ReadOutcome {
    let mut out = ReadOutcome::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.errors
                .push(CorpusError::new(dir, None, ErrorKind::Io(e.to_string())));
            return out;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string());
    let display = |p: &Path| {
        format!(
            "{dir_name}/{}",
            p.file_name().unwrap_or_default().to_string_lossy()
        )
    };

    let mut articles: Vec<PathBuf> = Vec::new();
    let mut sidecars: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in paths {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.starts_with('.') {
            out.notes
                .push(format!("{}: hidden file skipped", display(&path)));
            continue;
        }
        if name == crate::overrides::FILE_NAME {
            continue; // the editor's entity overrides, read by `overrides::load`
        }
        if path.is_dir() {
            out.notes.push(format!(
                "{}/: directory skipped (articles are read from the top level only)",
                display(&path)
            ));
            continue;
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "txt" => articles.push(path),
            "meta" => {
                let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                sidecars.insert(stem, path);
            }
            _ if BINARY_EXTENSIONS.contains(&ext.as_str()) => {
                out.errors
                    .push(CorpusError::new(&path, None, ErrorKind::NotText(ext)));
            }
            _ => match std::fs::read(&path) {
                Ok(bytes) if bytes.contains(&0) => {
                    out.errors.push(CorpusError::new(&path, None, ErrorKind::Binary));
                }
                Ok(_) => out.notes.push(format!(
                    "{}: skipped: only .txt articles and their .meta sidecars are read (rename it to .txt if it is an article)",
                    display(&path)
                )),
                Err(e) => out
                    .errors
                    .push(CorpusError::new(&path, None, ErrorKind::Io(e.to_string()))),
            },
        }
    }

    let mut used_sidecars = Vec::new();
    for path in &articles {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let sidecar = sidecars.get(&stem);
        if sidecar.is_some() {
            used_sidecars.push(stem.clone());
        }
        match read_article(path, &stem, display(path), sidecar) {
            Ok((doc, notes)) => {
                out.notes.extend(notes);
                out.documents.push(doc);
            }
            Err(errors) => out.errors.extend(errors),
        }
    }
    for (stem, path) in &sidecars {
        if !used_sidecars.contains(stem) {
            out.errors.push(CorpusError::new(
                path,
                None,
                ErrorKind::OrphanMeta {
                    expected: format!("{stem}.txt"),
                },
            ));
        }
    }
    if articles.is_empty() && out.errors.iter().all(|e| e.path != dir) {
        out.errors
            .push(CorpusError::new(dir, None, ErrorKind::NoArticles));
    }
    check_unique_ids(&out.documents, &mut out.errors);
    out
}

/// Reads one `.txt` article and its optional sidecar.
fn read_article(
    path: &Path,
    stem: &str,
    file: String,
    sidecar: Option<&PathBuf>,
) -> Result<(Document, Vec<String>), Vec<CorpusError>> {
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    let mut fields = Vec::new();

    if let Some(meta_path) = sidecar {
        match read_text(meta_path) {
            Ok(text) => {
                let (f, es) = parse_meta_lines(&text, 1);
                fields.extend(f.into_iter().map(|f| (f, meta_path.clone())));
                errors.extend(
                    es.into_iter()
                        .map(|(line, kind)| CorpusError::new(meta_path, Some(line), kind)),
                );
            }
            Err((line, kind)) => errors.push(CorpusError::new(meta_path, line, kind)),
        }
    }

    let text = match read_text(path) {
        Ok(text) => text,
        Err((line, kind)) => {
            errors.push(CorpusError::new(path, line, kind));
            return Err(errors);
        }
    };
    if text.trim().is_empty() {
        errors.push(CorpusError::new(path, None, ErrorKind::Empty));
        return Err(errors);
    }
    let (body, body_line) = match split_front_matter(&text) {
        Ok(None) => (text.clone(), 1),
        Ok(Some(fm)) => {
            let (f, es) = parse_meta_lines(fm.meta, 2);
            fields.extend(f.into_iter().map(|f| (f, path.to_path_buf())));
            errors.extend(
                es.into_iter()
                    .map(|(line, kind)| CorpusError::new(path, Some(line), kind)),
            );
            if fm.body.trim().is_empty() {
                errors.push(CorpusError::new(
                    path,
                    Some(fm.close_line),
                    ErrorKind::NoBody,
                ));
            }
            (fm.body.to_string(), fm.close_line + 1)
        }
        Err(line) => {
            errors.push(CorpusError::new(
                path,
                Some(line),
                ErrorKind::UnterminatedFrontMatter,
            ));
            return Err(errors);
        }
    };

    let mut meta = Meta::default();
    let mut seen: HashMap<&'static str, ()> = HashMap::new();
    for (field, from) in &fields {
        if seen.insert(field.key, ()).is_some() {
            errors.push(CorpusError::new(
                from,
                Some(field.line),
                ErrorKind::RepeatedKey(field.key.into()),
            ));
            continue;
        }
        let value = field.value.clone();
        match field.key {
            "title" => meta.title = Some(value),
            "source" => meta.source = Some(value),
            "wire" => meta.wire = Some(value),
            "author" => meta.author = Some(value),
            "url" => meta.url = Some(value),
            "published" => match Date::parse(&value) {
                Ok(d) => meta.published = Some(d),
                Err(reason) => errors.push(CorpusError::new(
                    from,
                    Some(field.line),
                    ErrorKind::BadDate { value, reason },
                )),
            },
            "id" => {
                if is_url_safe(&value) {
                    meta.id = Some(value);
                } else {
                    errors.push(CorpusError::new(
                        from,
                        Some(field.line),
                        ErrorKind::BadId(value),
                    ));
                }
            }
            _ => unreachable!("parse_meta_lines only returns known keys"),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let id = match &meta.id {
        Some(id) => id.clone(),
        None if is_url_safe(stem) => stem.to_string(),
        None => {
            let slug = slugify(stem);
            let slug = if slug.is_empty() {
                "article".to_string()
            } else {
                slug
            };
            notes.push(format!(
                "{file}: id `{slug}` made from the file name (it has characters a URL would mangle)"
            ));
            slug
        }
    };
    Ok((
        Document {
            path: path.to_path_buf(),
            file,
            id,
            meta,
            body,
            body_line,
        },
        notes,
    ))
}

/// Reads a file as UTF-8 text with `\n` line endings; on failure, the line to blame.
fn read_text(path: &Path) -> Result<String, (Option<usize>, ErrorKind)> {
    let bytes = std::fs::read(path).map_err(|e| (None, ErrorKind::Io(e.to_string())))?;
    decode(&bytes)
}

/// Bytes to text: rejects NUL bytes and invalid UTF-8, drops a BOM, normalises CRLF.
pub fn decode(bytes: &[u8]) -> Result<String, (Option<usize>, ErrorKind)> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err((Some(line), ErrorKind::Binary));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.replace("\r\n", "\n").replace('\r', "\n")),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err((Some(line), ErrorKind::NotUtf8))
        }
    }
}

/// A front matter block split off the top of an article.
struct FrontMatter<'a> {
    meta: &'a str,
    body: &'a str,
    close_line: usize,
}

/// `Ok(None)` when the text has no front matter; `Err(1)` when it is never closed.
fn split_front_matter(text: &str) -> Result<Option<FrontMatter<'_>>, usize> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let meta_start = (first_end + 1).min(text.len());
    let mut offset = meta_start;
    for (line_no, line) in (2..).zip(text[meta_start..].split_inclusive('\n')) {
        if line.trim_end() == "---" {
            let body_start = offset + line.len();
            return Ok(Some(FrontMatter {
                meta: &text[meta_start..offset],
                body: &text[body_start..],
                close_line: line_no,
            }));
        }
        offset += line.len();
    }
    Err(1)
}

/// One `key: value` metadata line.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub value: String,
    pub line: usize,
}

/// Parses `key: value` lines; `first_line` is the file line of the first text line.
/// Returns the good fields and every bad line, each with its line number.
pub fn parse_meta_lines(text: &str, first_line: usize) -> (Vec<Field>, Vec<(usize, ErrorKind)>) {
    let mut fields = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = first_line + i;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            errors.push((line, ErrorKind::NotKeyValue(trimmed.to_string())));
            continue;
        };
        let key = key.trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            errors.push((line, ErrorKind::NotKeyValue(trimmed.to_string())));
            continue;
        }
        let lower = key.to_ascii_lowercase();
        let Some(&known) = META_KEYS.iter().find(|k| **k == lower) else {
            errors.push((line, ErrorKind::UnknownKey(key.to_string())));
            continue;
        };
        let value = value.trim();
        if value.is_empty() {
            errors.push((line, ErrorKind::EmptyValue(known.to_string())));
            continue;
        }
        fields.push(Field {
            key: known,
            value: value.to_string(),
            line,
        });
    }
    (fields, errors)
}

/// Two documents whose ids differ only in case would clash on a case-insensitive disk
/// or in a URL typed by hand, so they are an error naming both files.
fn check_unique_ids(documents: &[Document], errors: &mut Vec<CorpusError>) {
    let mut by_id: HashMap<String, &Document> = HashMap::new();
    for doc in documents {
        let key = doc.id.to_lowercase();
        if let Some(first) = by_id.get(&key) {
            errors.push(CorpusError::new(
                &doc.path,
                None,
                ErrorKind::DuplicateId {
                    id: doc.id.clone(),
                    other: first.path.clone(),
                },
            ));
        } else {
            by_id.insert(key, doc);
        }
    }
}

/// True when every character may appear in a URL query value untouched.
pub fn is_url_safe(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Lowercase ASCII letters and digits joined by single hyphens; accents are folded.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in s.chars() {
        let folded = crate::text::fold_char(c);
        for c in folded.chars() {
            if c.is_ascii_alphanumeric() {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(c.to_ascii_lowercase());
            } else {
                pending_dash = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slugify("Eurasia Times"), "eurasia-times");
        assert_eq!(slugify("Kassym-Jomart Tokayev"), "kassym-jomart-tokayev");
        assert_eq!(
            slugify("Le Monde diplomatique (été)"),
            "le-monde-diplomatique-ete"
        );
        assert!(is_url_safe("000_f676614eb6245469"));
        assert!(!is_url_safe("my article"));
    }

    #[test]
    fn meta_lines_report_each_bad_line() {
        let text = "# comment\ntitle: A\n\nnonsense\ncolour: red\nauthor:\n";
        let (fields, errs) = parse_meta_lines(text, 1);
        assert_eq!(fields.len(), 1);
        let lines: Vec<usize> = errs.iter().map(|e| e.0).collect();
        assert_eq!(lines, vec![4, 5, 6]);
    }

    #[test]
    fn decode_finds_the_line_of_the_first_bad_byte() {
        assert_eq!(
            decode(b"ok\nfine\nbad \xff here").unwrap_err(),
            (Some(3), ErrorKind::NotUtf8)
        );
        assert_eq!(decode(b"\xEF\xBB\xBFhi\r\nthere").unwrap(), "hi\nthere");
    }
}
