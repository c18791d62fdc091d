//! A fixed-size set of article indexes, one bit each.
//!
//! Every filter (text, dates, each facet) becomes one of these, so combining
//! filters (and recombining them without one facet, for disjunctive counts) is a
//! word-wise AND over `articles / 64` words rather than a merge of sorted lists.

/// A set of article indexes `0..len`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    /// The empty set over `0..len`.
    pub fn empty(len: usize) -> Bitset {
        Bitset {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// The full set `0..len`.
    pub fn full(len: usize) -> Bitset {
        let mut s = Bitset {
            words: vec![u64::MAX; len.div_ceil(64)],
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
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros();
                w &= w - 1;
                Some((wi * 64) as u32 + b)
            })
        })
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
