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

    /// The set holding `items` (out-of-range items are ignored).
    pub fn from_sorted(len: usize, items: &[u32]) -> Bitset {
        let mut s = Bitset::empty(len);
        for &i in items {
            s.insert(i);
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
}
