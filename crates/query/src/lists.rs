//! Many short lists of numbers (each article's entities, each article's
//! speakers) in one array.
//!
//! A `Vec<Vec<u32>>` spends a 24-byte header and a heap block on every list, and
//! visiting the lists of many articles chases a pointer for each; here the lists
//! sit back to back, so counting facets over thousands of articles streams
//! through memory, and the index is smaller.

/// Numbered lists, list `i` being `items[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lists {
    // Boxed slices, not Vecs: see `Bitset::words`.
    starts: Box<[u32]>,
    items: Box<[u32]>,
}

impl Lists {
    /// List `i`; empty when out of range.
    #[inline(always)]
    pub fn get(&self, i: usize) -> &[u32] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&s), Some(&e)) => &self.items[s as usize..e as usize],
            _ => &[],
        }
    }
}

impl From<Vec<Vec<u32>>> for Lists {
    fn from(lists: Vec<Vec<u32>>) -> Lists {
        let mut starts = Vec::with_capacity(lists.len() + 1);
        let mut items = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        starts.push(0);
        for list in lists {
            items.extend_from_slice(&list);
            starts.push(items.len() as u32);
        }
        Lists {
            starts: starts.into(),
            items: items.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_round_trip() {
        let lists = Lists::from(vec![vec![3, 1], vec![], vec![7]]);
        assert_eq!(lists.get(0), &[3, 1]);
        assert_eq!(lists.get(1), &[] as &[u32]);
        assert_eq!(lists.get(2), &[7]);
        assert_eq!(lists.get(3), &[] as &[u32]);
        assert_eq!(Lists::default().get(0), &[] as &[u32]);
    }
}
