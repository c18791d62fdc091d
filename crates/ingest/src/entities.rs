//! Step 4, entities (placeholder while the real one is written).
use newsprism_model::{Article, Entity};

pub struct Found {
    pub entities: Vec<Entity>,
    pub notes: Vec<String>,
}

pub fn extract(_articles: &mut [Article], _known: &[String]) -> Found {
    Found {
        entities: Vec::new(),
        notes: Vec::new(),
    }
}
