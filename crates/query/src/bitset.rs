//! A fixed-size set of article indexes, one bit each.
//!
//! Every filter (text, dates, each facet) becomes one of these, so combining
//! filters (and recombining them without one facet, for disjunctive counts) is a
//! word-wise AND over `articles / 64` words rather than a merge of sorted lists.

/// A set of article indexes `0..len`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bitset {
    /// A boxed slice rather than a Vec: indexing it is the built-in slice
    /// indexing, where a Vec's goes through `Index::index`, which the
    /// size-optimised release build (the WebAssembly) leaves as a call.
    words: Box<[u64]>,
    len: usize,
}

impl Bitset {
    /// The empty set over `0..len`.
    pub fn empty(len: usize) -> Bitset {
        Bitset {
            words: vec![0; len.div_ceil(64)].into(),
            len,
        }
    }

    /// The full set `0..len`.
    pub fn full(len: usize) -> Bitset {
        let mut s = Bitset {
            words: vec![u64::MAX; len.div_ceil(64)].into(),
            len,
        };
        let tail = len % 64;
        if tail > 0 {
            if let Some(last) = s.words.last_mut() {
                *last = (1u64 << tail) - 1;
            }
        }
        s
    }

    /// The set holding `items`, given in increasing order (out-of-range items
    /// are ignored). Each word is filled in a register and stored once, rather
    /// than read and written back for every item: a facet value of a large
    /// corpus lists thousands of articles, several to a word.
    pub fn from_sorted(len: usize, items: &[u32]) -> Bitset {
        let mut s = Bitset::empty(len);
        let mut at = 0;
        let mut word = 0u64;
        for &i in items {
            let i = i as usize;
            if i >= len {
                break;
            }
            if i / 64 != at {
                s.words[at] |= word;
                at = i / 64;
                word = 0;
            }
            word |= 1 << (i % 64);
        }
        if let Some(w) = s.words.get_mut(at) {
            *w |= word;
        }
        s
    }

    #[inline(always)]
    pub fn insert(&mut self, i: u32) {
        let i = i as usize;
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }

    #[cfg(test)]
    pub fn remove(&mut self, i: u32) {
        let i = i as usize;
        if i < self.len {
            self.words[i / 64] &= !(1 << (i % 64));
        }
    }

    #[inline(always)]
    pub fn contains(&self, i: u32) -> bool {
        let i = i as usize;
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn and_not(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The size of the intersection with `other`, without building it.
    pub fn and_count(&self, other: &Bitset) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// The set of `0..len` not in this one.
    pub fn complement(&self) -> Bitset {
        let mut s = Bitset::full(self.len);
        s.and_not(self);
        s
    }

    /// The size of the universe `0..len`.
    pub fn universe(&self) -> usize {
        self.len
    }

    /// The members in increasing order.
    pub fn iter(&self) -> Members<'_> {
        Members {
            words: &self.words,
            next: 0,
            word: 0,
            base: 0,
        }
    }
}

/// The members of a [`Bitset`] in increasing order: one word at a time, each
/// set bit found with `trailing_zeros`. A plain struct rather than a chain of
/// iterator adapters, so that it stays cheap where the compiler optimises for
/// size (the release build, and so the WebAssembly, does).
pub(crate) struct Members<'a> {
    words: &'a [u64],
    /// Index of the next word to load.
    next: usize,
    /// The bits of the current word not yet returned.
    word: u64,
    /// The first member the current word stands for.
    base: u32,
}

impl Iterator for Members<'_> {
    type Item = u32;

    #[inline(always)]
    fn next(&mut self) -> Option<u32> {
        while self.word == 0 {
            self.word = *self.words.get(self.next)?;
            self.base = (self.next * 64) as u32;
            self.next += 1;
        }
        let bit = self.word.trailing_zeros();
        self.word &= self.word - 1;
        Some(self.base + bit)
    }
}

/// Ready-made sets for the facet values listed in at least one article in 32.
/// Such a value's set takes no more memory than its list of articles, and a
/// filter on it is then one AND or OR over the set's words, instead of a pass
/// over the list to build it first: on a 100k-article corpus the common
/// values list ten thousand articles and more.
#[derive(Debug, Default)]
pub(crate) struct DenseSets {
    /// The values that have a set, ascending.
    values: Vec<u32>,
    sets: Vec<Bitset>,
}

impl DenseSets {
    /// The sets over `0..len` of the values in `lists` (the articles of value
    /// `v`, ascending, at `lists[v]`) that list at least `len / 32` articles.
    pub fn new(len: usize, lists: &[Vec<u32>]) -> DenseSets {
        let mut dense = DenseSets::default();
        for (v, list) in lists.iter().enumerate() {
            if !list.is_empty() && list.len() * 32 >= len {
                dense.values.push(v as u32);
                dense.sets.push(Bitset::from_sorted(len, list));
            }
        }
        dense
    }

    /// The set of value `v`, if it has one.
    pub fn get(&self, v: u32) -> Option<&Bitset> {
        self.values.binary_search(&v).ok().map(|i| &self.sets[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        let mut a = Bitset::full(70);
        assert_eq!(a.count(), 70);
        let b = Bitset::from_sorted(70, &[0, 3, 64, 69, 70, 500]);
        a.and_with(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![0, 3, 64, 69]);
        a.remove(3);
        assert!(!a.contains(3) && a.contains(64) && !a.contains(1000));
        let mut c = Bitset::empty(70);
        c.or_with(&a);
        c.and_not(&Bitset::from_sorted(70, &[0]));
        assert_eq!(c.iter().collect::<Vec<_>>(), vec![64, 69]);
        assert_eq!(c.and_count(&Bitset::from_sorted(70, &[1, 64, 69])), 2);
        let not_c = c.complement();
        assert_eq!(not_c.count(), 68);
        assert!(!not_c.contains(64) && not_c.contains(0) && !not_c.contains(70));
        assert_eq!(Bitset::full(0).count(), 0);
        assert_eq!(Bitset::full(64).count(), 64);
    }

    #[test]
    fn dense_sets_hold_the_common_values_lists() {
        let len = 640;
        // Value 0 lists 30 articles, value 1 lists 20 (the threshold), value 2
        // lists 19, value 3 none.
        let lists: Vec<Vec<u32>> = vec![
            (0..30).map(|i| i * 7).collect(),
            (0..20).map(|i| i * 31 + 2).collect(),
            (0..19).collect(),
            vec![],
        ];
        let dense = DenseSets::new(len, &lists);
        for (v, list) in lists.iter().enumerate() {
            let got = dense.get(v as u32);
            assert_eq!(got.is_some(), v < 2, "value {v}");
            if let Some(set) = got {
                assert_eq!(set, &Bitset::from_sorted(len, list));
                assert_eq!(set.iter().collect::<Vec<_>>(), *list);
            }
        }
        assert!(dense.get(9).is_none());
    }
}
