//! Temporary corpus directories for the tests.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A corpus directory under the system's temp dir, removed when dropped.
pub struct TempCorpus {
    pub dir: PathBuf,
}

impl TempCorpus {
    pub fn new(name: &str) -> TempCorpus {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir()
            .join(format!("newsprism-ingest-{}-{n}", std::process::id()))
            .join("corpus");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let _ = name;
        TempCorpus { dir }
    }

    pub fn with(self, file: &str, contents: impl AsRef<[u8]>) -> TempCorpus {
        std::fs::write(self.dir.join(file), contents).unwrap();
        self
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }
}

impl Drop for TempCorpus {
    fn drop(&mut self) {
        if let Some(parent) = self.dir.parent() {
            let _ = std::fs::remove_dir_all(parent);
        }
    }
}

/// The seed corpus shipped with the project.
pub fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

/// A short article that ingests cleanly.
pub const GOOD: &str = "Minister resigns over budget row\n\nThe finance minister resigned on Tuesday after a row over the budget.\n\nHe said he had no regrets.\n";
