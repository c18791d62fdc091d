//! Why a corpus could not be ingested, said so that the person curating it can fix it.
//!
//! Every problem is a [`CorpusError`]: the file, the line when one is to blame, and an
//! [`ErrorKind`]. Its `Display` reads `corpus/x.txt:3: what is wrong. What to do.` The
//! pipeline collects all of them in one run rather than stopping at the first.

use newsprism_model::DateError;
use std::fmt;
use std::path::{Path, PathBuf};

/// The metadata keys a front matter block or a `.meta` sidecar may use.
pub const META_KEYS: [&str; 7] = [
    "title",
    "source",
    "wire",
    "author",
    "published",
    "url",
    "id",
];

/// One problem with one file of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    /// The file (or the corpus directory itself) the problem is in.
    pub path: PathBuf,
    /// 1-based line number in that file, when a line is to blame.
    pub line: Option<usize>,
    pub kind: ErrorKind,
}

/// What is wrong. Each variant's message ends with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file or directory could not be read (the OS error's text).
    Io(String),
    /// The directory holds no `.txt` article at all.
    NoArticles,
    /// An article file with nothing but whitespace in it.
    Empty,
    /// Bytes that are not UTF-8; the line is the one holding the first bad byte.
    NotUtf8,
    /// A file with NUL bytes in it: an image, a PDF, a word-processor file.
    Binary,
    /// A file whose extension says it is not text (`pdf`, `png`, `docx`, ...).
    NotText(String),
    /// A metadata line that is not `key: value`.
    NotKeyValue(String),
    /// A metadata key that is not one of [`META_KEYS`].
    UnknownKey(String),
    /// A metadata key with nothing after its colon.
    EmptyValue(String),
    /// The same metadata key given twice (in one block, or in front matter and sidecar).
    RepeatedKey(String),
    /// A `published:` value that is not a real `YYYY-MM-DD` day.
    BadDate { value: String, reason: DateError },
    /// An `id:` value that cannot be used in a URL.
    BadId(String),
    /// Two files that would get the same article id (compared ignoring case).
    DuplicateId { id: String, other: PathBuf },
    /// A front matter block opened with `---` that is never closed.
    UnterminatedFrontMatter,
    /// Front matter and no article text after it.
    NoBody,
    /// A `.meta` sidecar without a `.txt` article of the same name.
    OrphanMeta { expected: String },
    /// Everything in the file was recognised as page furniture.
    NothingLeft,
    /// A line of `entities.overrides` that cannot be read; `hint` says how to write it.
    OverrideSyntax { text: String, hint: String },
    /// An `entities.overrides` line starting with a word that is not a directive.
    UnknownDirective(String),
    /// An entity kind that is not `person`, `organisation` or `place`.
    UnknownKind(String),
    /// Overrides that contradict each other or are ambiguous; the message says how.
    OverrideConflict(String),
}

impl CorpusError {
    pub fn new(path: &Path, line: Option<usize>, kind: ErrorKind) -> CorpusError {
        CorpusError {
            path: path.to_path_buf(),
            line,
            kind,
        }
    }

    /// The name of the directory the file is in, for "move it out of corpus/".
    fn dir_name(&self) -> String {
        self.path
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "corpus".into())
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        let keys = META_KEYS.join(", ");
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "cannot be read ({e}). Check that it exists and that you may read it"),
            ErrorKind::NoArticles => f.write_str(
                "no articles found (no .txt file in this directory). Put the articles here as plain text .txt files",
            ),
            ErrorKind::Empty => f.write_str(
                "the file is empty (or holds only whitespace). Paste the article's text into it, or delete the file",
            ),
            ErrorKind::NotUtf8 => f.write_str(
                "the text is not valid UTF-8 (the first bad byte is on this line). Re-save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
            ),
            ErrorKind::Binary => write!(
                f,
                "this is a binary file (it contains NUL bytes), not plain text. Convert it to plain text .txt or move it out of {}/",
                self.dir_name()
            ),
            ErrorKind::NotText(ext) => write!(
                f,
                "a .{ext} file cannot be read as an article. Convert it to plain text .txt or move it out of {}/",
                self.dir_name()
            ),
            ErrorKind::NotKeyValue(text) => write!(
                f,
                "metadata line `{text}` is not `key: value`. Write it as `key: value` (keys: {keys}), or start it with `#` to make it a comment"
            ),
            ErrorKind::UnknownKey(key) => {
                write!(f, "unknown metadata key `{key}`. Valid keys are: {keys}")
            }
            ErrorKind::EmptyValue(key) => write!(
                f,
                "metadata key `{key}` has no value. Write the value after the colon, or delete the line"
            ),
            ErrorKind::RepeatedKey(key) => write!(
                f,
                "metadata key `{key}` is given more than once (twice in one block, or in both the front matter and the .meta sidecar). Keep one"
            ),
            ErrorKind::BadDate { value, reason } => write!(
                f,
                "published date `{value}`: {reason}. Write a real day as YYYY-MM-DD, e.g. `published: 2022-01-10`"
            ),
            ErrorKind::BadId(id) => write!(
                f,
                "id `{id}` cannot be used in a URL. Use only letters, digits, `_`, `.` and `-`"
            ),
            ErrorKind::DuplicateId { id, other } => write!(
                f,
                "article id `{id}` is also the id of {} (ids are compared ignoring case). Rename one of the two files, or give one an `id:` in its metadata",
                other.display()
            ),
            ErrorKind::UnterminatedFrontMatter => f.write_str(
                "front matter opened with `---` on this line is never closed. Add a `---` line after the metadata, before the article text",
            ),
            ErrorKind::NoBody => f.write_str(
                "there is metadata but no article text after it. Paste the article's text after the closing `---`, or delete the file",
            ),
            ErrorKind::OrphanMeta { expected } => write!(
                f,
                "this metadata sidecar has no article beside it (expected {expected}). Rename it to match its article's .txt file, or delete it"
            ),
            ErrorKind::NothingLeft => f.write_str(
                "nothing is left once page furniture (share buttons, credits, bylines) is removed. Check that the file holds the article's text",
            ),
            ErrorKind::OverrideSyntax { text, hint } => {
                write!(f, "`{text}` is not an override: {hint}")
            }
            ErrorKind::UnknownDirective(word) => write!(
                f,
                "unknown override `{word}`. Start the line with merge, rename, retype, drop or split and a colon (`drop: Twitter`), or with `#` to make it a comment"
            ),
            ErrorKind::UnknownKind(kind) => write!(
                f,
                "unknown entity kind `{kind}`. Write person, organisation or place"
            ),
            ErrorKind::OverrideConflict(message) => f.write_str(message),
        }?;
        f.write_str(".")
    }
}

impl std::error::Error for CorpusError {}
