//! Facet counts and the date histograms (publication dates and mentioned dates).
//!
//! Counts follow the current results: each value says how many of the articles
//! on screen mention it, so selecting Ablyazov shows who appears alongside him.
//! While a facet combines its selections with "any of", ticking another value
//! widens the results instead, so such values also carry `adds`: how many
//! articles ticking them would bring in (computed over the results *without*
//! that facet's own selection). Values that add articles stay listed even when
//! none of the current results mention them.
//! Each histogram ignores its own date filter (the reader sees where the range
//! sits in the distribution) and its axis spans the whole corpus, so it does not
//! jump around while filtering. Both are one function over "the periods of an
//! article": its publication day, or the periods its date mentions name.

use crate::bitset::Bitset;
use crate::index::{facet_slot, Index};
use crate::view::Facet;
use newsprism_model::{days_in_month, Date};

/// One value in a facet list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// Index into `Corpus::sources` (source facet) or `Corpus::entities` (the
    /// entity facets and speakers).
    pub id: u32,
    /// Articles in the current results with this value.
    pub count: u32,
    /// For an unselected value of an any-of facet with a selection: the articles
    /// that selecting it would add to the results. Zero otherwise.
    pub adds: u32,
    /// Whether the view selects this value.
    pub selected: bool,
}

/// The facet lists, each sorted by count (descending), then by what a value would
/// add, then name. Values that neither occur in the results nor would add any are
/// left out unless selected.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    pub sources: Vec<FacetValue>,
    pub people: Vec<FacetValue>,
    pub organisations: Vec<FacetValue>,
    pub places: Vec<FacetValue>,
    /// Quoted speakers: `count` is the articles in the results quoting them.
    pub speakers: Vec<FacetValue>,
}

impl FacetCounts {
    /// The list for one facet.
    pub fn get(&self, facet: Facet) -> &[FacetValue] {
        match facet {
            Facet::Source => &self.sources,
            Facet::Person => &self.people,
            Facet::Organisation => &self.organisations,
            Facet::Place => &self.places,
            Facet::Speaker => &self.speakers,
        }
    }
}

/// One bar of a date histogram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    /// First day of the bin.
    pub start: Date,
    /// Last day of the bin, inclusive.
    pub end: Date,
    /// "Jan 2022" for monthly bins, "2022" for yearly ones.
    pub label: String,
    /// Articles dated in the bin (published in it, or with a date mention whose
    /// period lies in it) that match every filter but the histogram's own date
    /// range.
    pub count: u32,
    /// Whether the bin overlaps the histogram's date range in the view (all true
    /// without one).
    pub in_range: bool,
}

/// Dates of the articles matching every filter but the histogram's own date range.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Histogram {
    /// Monthly bins when the corpus's dates span six years or less, else yearly;
    /// from the corpus's earliest to its latest date of this kind. Empty without dates.
    pub bins: Vec<Bin>,
    /// Matching articles without a date of this kind.
    pub undated: u32,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Counts every facet over `matching`; `wider[i]`, when given, is the set that
/// facet `Facet::ALL[i]` would match without its own any-of selection.
pub(crate) fn count(
    index: &Index,
    matching: &Bitset,
    wider: [Option<&Bitset>; 5],
    selected: &[Vec<u32>; 5],
) -> FacetCounts {
    let corpus = index.corpus();
    let matching_size = matching.count();
    let adds = |slot: usize, counts: &Tally, count: &dyn Fn(&Bitset) -> Tally| {
        wider[slot].map(|w| adds(w, matching, matching_size, counts, count))
    };
    // A slice, so indexing it is not a call in the size-optimised build.
    let article_source: &[u32] = &index.article_source;
    let count_sources = |set: &Bitset| {
        tally(set, &index.source_articles, |a| {
            std::slice::from_ref(&article_source[a as usize])
        })
    };
    let count_entities =
        |set: &Bitset| tally(set, &index.entity_articles, |a| index.article_entities(a));
    let source_counts = count_sources(matching);
    let source_adds = adds(0, &source_counts, &count_sources);
    let mut out = FacetCounts {
        sources: values(
            None,
            &source_counts,
            source_adds.as_ref(),
            &selected[0],
            &index.source_name_rank,
            |_| true,
        ),
        ..FacetCounts::default()
    };

    let entity_counts = count_entities(matching);
    for facet in [Facet::Person, Facet::Organisation, Facet::Place] {
        let slot = facet_slot(facet);
        let entity_adds = adds(slot, &entity_counts, &count_entities);
        let list = values(
            Some(index.entities_of(facet)),
            &entity_counts,
            entity_adds.as_ref(),
            &selected[slot],
            &index.entity_name_rank,
            |e| Some(corpus.entities[e as usize].kind) == facet.kind(),
        );
        match facet {
            Facet::Person => out.people = list,
            Facet::Organisation => out.organisations = list,
            _ => out.places = list,
        }
    }

    let count_speakers =
        |set: &Bitset| tally(set, index.speaker_articles(), |a| index.speakers_in(a));
    let slot = facet_slot(Facet::Speaker);
    let speaker_counts = count_speakers(matching);
    let speaker_adds = adds(slot, &speaker_counts, &count_speakers);
    out.speakers = values(
        None,
        &speaker_counts,
        speaker_adds.as_ref(),
        &selected[slot],
        &index.entity_name_rank,
        |_| true,
    );
    out
}

/// A count per value (indexed by value) over some articles.
struct Tally {
    counts: Vec<u32>,
    /// The values with a non-zero count, in no order, when they were noted while
    /// counting (few for a small set of articles, so the facet lists need not go
    /// through every value).
    seen: Option<Vec<u32>>,
}

/// What each value would add to `matching` (of `matching_size` articles, with
/// `counts` per value) if `wider` (a superset of it) matched instead: its count
/// among the extra articles, `count(set)` counting a set. Counted over the
/// extra articles, or as the count over `wider` minus `counts`, whichever set is
/// cheaper to go through (see [`tally`]): for a lone selection `wider` is often
/// the whole corpus, which costs nothing.
fn adds(
    wider: &Bitset,
    matching: &Bitset,
    matching_size: usize,
    counts: &Tally,
    count: &dyn Fn(&Bitset) -> Tally,
) -> Tally {
    let size = wider.count();
    let cost = |s: usize| s.min(wider.universe() - s);
    if cost(size) < cost(size - matching_size) {
        let mut adds = count(wider).counts;
        for (a, c) in adds.iter_mut().zip(&counts.counts) {
            *a -= c;
        }
        Tally {
            counts: adds,
            seen: None,
        }
    } else {
        let mut extra = wider.clone();
        extra.and_not(matching);
        count(&extra)
    }
}

/// How many articles of `set` have each value, `values_of(a)` listing article
/// `a`'s distinct values (out-of-range ones are ignored) and `value_articles`
/// each value's articles. Goes through the articles of `set`, or, when it holds
/// more than half the corpus, through the others, subtracting their values from
/// the whole corpus's counts: the cost follows the smaller of the two. For a
/// set of far fewer articles than there are values, also notes which values it
/// saw (a branch per value that would slow down the count of a large set).
fn tally<'a>(
    set: &Bitset,
    value_articles: &[Vec<u32>],
    values_of: impl Fn(u32) -> &'a [u32],
) -> Tally {
    let size = set.count();
    if size * 2 > set.universe() {
        let mut counts: Vec<u32> = value_articles.iter().map(|l| l.len() as u32).collect();
        for a in set.complement().iter() {
            for &v in values_of(a) {
                if let Some(c) = counts.get_mut(v as usize) {
                    *c -= 1;
                }
            }
        }
        Tally { counts, seen: None }
    } else if size * 8 < value_articles.len() {
        let mut counts = vec![0; value_articles.len()];
        let mut seen = Vec::new();
        for a in set.iter() {
            for &v in values_of(a) {
                if let Some(c) = counts.get_mut(v as usize) {
                    if *c == 0 {
                        seen.push(v);
                    }
                    *c += 1;
                }
            }
        }
        Tally {
            counts,
            seen: Some(seen),
        }
    } else {
        let mut counts = vec![0; value_articles.len()];
        for a in set.iter() {
            for &v in values_of(a) {
                if let Some(c) = counts.get_mut(v as usize) {
                    *c += 1;
                }
            }
        }
        Tally { counts, seen: None }
    }
}

/// The list of one facet: its values (`ids`, or all of them; `keep` says
/// whether a value is one of them) with a count or adds, or selected, sorted by
/// count (descending), adds (descending), then name.
fn values(
    ids: Option<&[u32]>,
    counts: &Tally,
    adds: Option<&Tally>,
    selected: &[u32],
    name_rank: &[u32],
    keep: impl Fn(u32) -> bool,
) -> Vec<FacetValue> {
    let all = ids.map_or(counts.counts.len(), <[u32]>::len);
    let seen = match (&counts.seen, adds.map(|a| &a.seen)) {
        (Some(c), None) => Some((c, &[][..])),
        (Some(c), Some(Some(a))) => Some((c, &a[..])),
        _ => None,
    };
    // When the counts (and adds) noted the values they saw and those are few
    // next to the facet's values, only they (those of this facet: `keep`) and
    // the selected values need a look.
    let few: Option<Vec<u32>> = seen
        .filter(|(c, a)| c.len() + a.len() < all / 4)
        .map(|(c, a)| {
            // A value may be listed more than once: its keys are then equal, and
            // are deduplicated once sorted.
            let mut few: Vec<u32> = c.iter().chain(a).chain(selected).copied().collect();
            few.retain(|&v| keep(v));
            few
        });
    let (counts, adds) = (&counts.counts, adds.map(|a| &a.counts[..]));
    let mut keys = match (few, ids) {
        (Some(few), _) => sort_keys(few.into_iter(), counts, adds, selected, name_rank),
        (None, Some(ids)) => sort_keys(ids.iter().copied(), counts, adds, selected, name_rank),
        (None, None) => sort_keys(0..all as u32, counts, adds, selected, name_rank),
    };
    crate::sort::sort_numbers(&mut keys);
    keys.dedup();
    keys.into_iter()
        .map(|k| {
            let id = k as u32;
            FacetValue {
                id,
                count: !((k >> 96) as u32),
                adds: !((k >> 64) as u32),
                selected: selected.contains(&id),
            }
        })
        .collect()
}

/// The values among `ids` that a facet lists (with a count or adds, or
/// selected), each as one number that sorts in list order: count and adds
/// inverted (for descending), then the name rank, then the id to rebuild the
/// value from. Sorting plain numbers is several times faster than comparing
/// fields through the rank table, and the ranks are distinct, so the order is
/// the one the fields give.
fn sort_keys(
    ids: impl Iterator<Item = u32>,
    counts: &[u32],
    adds: Option<&[u32]>,
    selected: &[u32],
    name_rank: &[u32],
) -> Vec<u128> {
    let mut keys = Vec::new();
    for id in ids {
        let i = id as usize;
        let (count, adds) = (counts[i], adds.map_or(0, |a| a[i]));
        // Most values of a small result set have neither: skip them cheaply.
        if count == 0 && adds == 0 && selected.is_empty() {
            continue;
        }
        let selected = selected.contains(&id);
        let adds = if selected { 0 } else { adds };
        if count > 0 || adds > 0 || selected {
            keys.push(
                ((!count as u128) << 96)
                    | ((!adds as u128) << 64)
                    | ((name_rank[i] as u128) << 32)
                    | id as u128,
            );
        }
    }
    keys
}

/// One kind of date (publication or mentioned) binned once for the whole corpus
/// by `Index::new`: the histogram's bins (monthly when the corpus's dates of this
/// kind span six years or less, else yearly) and, per bin, the articles counted in
/// it. An article counts once in each bin that wholly contains one of its periods
/// (so a bar's count is what selecting the bar's period finds), and as undated
/// when it has none. A period wider than a bin ("2022" in a monthly histogram)
/// dates the article without filling any bin.
pub(crate) struct DateBins {
    /// The corpus's earliest and latest day of this kind.
    span: Option<(Date, Date)>,
    monthly: bool,
    /// The bins, with zero counts and all in range.
    bins: Vec<Bin>,
    /// Per bin, the articles counted in it.
    members: Vec<Bitset>,
    /// The articles with at least one period of this kind.
    dated: Bitset,
    /// Periods over all articles, to estimate what counting article by article costs.
    periods: usize,
}

/// How many bitset words (AND and popcount) cost about as much as visiting one
/// article's period in the article-by-article count: natively, on a 100k-article
/// corpus, a word takes well under a nanosecond and a period a few.
const WORDS_PER_PERIOD: usize = 8;

impl DateBins {
    /// Bins the `articles` articles over `span`, the earliest and latest day among
    /// their periods; `periods(a)` lists article `a`'s as inclusive (first, last)
    /// days sorted by first day.
    pub fn new<P: IntoIterator<Item = (Date, Date)>>(
        articles: usize,
        span: Option<(Date, Date)>,
        periods: impl Fn(u32) -> P,
    ) -> DateBins {
        let monthly = span.is_some_and(|(min, max)| month_no(max) - month_no(min) < 72);
        let bins = span.map_or_else(Vec::new, |(min, max)| empty_bins(min, max, monthly));
        let mut members = vec![Bitset::empty(articles); bins.len()];
        let mut dated = Bitset::empty(articles);
        let mut total = 0;
        for a in 0..articles as u32 {
            let listed = periods(a).into_iter().inspect(|_| total += 1);
            let has_periods = match span {
                Some((min, max)) => each_bin(min, max, monthly, listed, |bin| {
                    if let Some(m) = members.get_mut(bin) {
                        m.insert(a);
                    }
                }),
                None => listed.count() > 0,
            };
            if has_periods {
                dated.insert(a);
            }
        }
        DateBins {
            span,
            monthly,
            bins,
            members,
            dated,
            periods: total,
        }
    }

    /// The articles counted in the bin spanning exactly `from..=to`, if one
    /// does. Those are the articles with a period wholly inside the range (every
    /// period lies within the span the bins cover), as a date filter finds them.
    pub fn articles_in(&self, from: Option<Date>, to: Option<Date>) -> Option<&Bitset> {
        let (from, to) = (from?, to?);
        let i = self.bins.partition_point(|b| b.start < from);
        let bin = self.bins.get(i)?;
        (bin.start == from && bin.end == to).then(|| &self.members[i])
    }
}

/// The histogram of `base` over the precomputed `dates`, marking the bins that
/// overlap `from..=to`. `periods` is the one `dates` was built with. Counts either
/// article by article or bin by bin (one AND and popcount over the bin's articles),
/// whichever is cheaper for the size of `base`: the result is the same.
pub(crate) fn histogram<P: IntoIterator<Item = (Date, Date)>>(
    dates: &DateBins,
    base: &Bitset,
    periods: impl Fn(u32) -> P,
    from: Option<Date>,
    to: Option<Date>,
) -> Histogram {
    let total = base.count();
    let articles = base.universe().max(1);
    let by_article = total * (1 + dates.periods / articles) * WORDS_PER_PERIOD;
    let by_bin = (dates.bins.len() + 1) * articles.div_ceil(64);
    if by_article <= by_bin {
        histogram_by_article(dates, base, periods, from, to)
    } else {
        histogram_by_bin(dates, base, from, to)
    }
}

/// [`histogram`] counted bin by bin.
fn histogram_by_bin(
    dates: &DateBins,
    base: &Bitset,
    from: Option<Date>,
    to: Option<Date>,
) -> Histogram {
    let mut bins = dates.bins.clone();
    for (b, m) in bins.iter_mut().zip(&dates.members) {
        b.count = base.and_count(m) as u32;
    }
    mark_range(&mut bins, from, to);
    Histogram {
        bins,
        undated: (base.count() - base.and_count(&dates.dated)) as u32,
    }
}

/// [`histogram`] counted article by article.
fn histogram_by_article<P: IntoIterator<Item = (Date, Date)>>(
    dates: &DateBins,
    base: &Bitset,
    periods: impl Fn(u32) -> P,
    from: Option<Date>,
    to: Option<Date>,
) -> Histogram {
    let Some((min, max)) = dates.span else {
        return Histogram {
            bins: Vec::new(),
            undated: base.count() as u32,
        };
    };
    let mut bins = dates.bins.clone();
    let mut undated = 0;
    for a in base.iter() {
        let dated = each_bin(min, max, dates.monthly, periods(a), |bin| {
            if let Some(b) = bins.get_mut(bin) {
                b.count += 1;
            }
        });
        if !dated {
            undated += 1;
        }
    }
    mark_range(&mut bins, from, to);
    Histogram { bins, undated }
}

fn month_no(d: Date) -> i64 {
    d.year as i64 * 12 + d.month as i64 - 1
}

/// The bins from `min` to `max`, with zero counts.
fn empty_bins(min: Date, max: Date, monthly: bool) -> Vec<Bin> {
    let mut bins: Vec<Bin> = Vec::new();
    if monthly {
        for m in month_no(min)..=month_no(max) {
            let (year, month) = ((m / 12) as u16, (m % 12) as u8 + 1);
            bins.push(Bin {
                start: Date {
                    year,
                    month,
                    day: 1,
                },
                end: Date {
                    year,
                    month,
                    day: days_in_month(year, month),
                },
                label: format!("{} {year}", MONTHS[month as usize - 1]),
                count: 0,
                in_range: true,
            });
        }
    } else {
        for year in min.year..=max.year {
            bins.push(Bin {
                start: Date {
                    year,
                    month: 1,
                    day: 1,
                },
                end: Date {
                    year,
                    month: 12,
                    day: 31,
                },
                label: year.to_string(),
                count: 0,
                in_range: true,
            });
        }
    }
    bins
}

/// Calls `count` once for each bin (numbered from `min`'s) that one article's
/// `periods` (sorted by first day) count in; whether the article has any period.
fn each_bin(
    min: Date,
    max: Date,
    monthly: bool,
    periods: impl IntoIterator<Item = (Date, Date)>,
    mut count: impl FnMut(usize),
) -> bool {
    let bin_of = |d: Date| -> usize {
        // Not `clamp`: Ord's provided methods stay calls in the size-optimised build.
        let d = if d < min {
            min
        } else if d > max {
            max
        } else {
            d
        };
        (if monthly {
            month_no(d) - month_no(min)
        } else {
            (d.year - min.year) as i64
        }) as usize
    };
    // Periods are sorted by first day, so the bins they fall in never go back:
    // remembering the last one counted keeps the article once per bin.
    let mut counted = None;
    let mut dated = false;
    for (first, last) in periods {
        dated = true;
        if last < min || first > max {
            continue;
        }
        let bin = bin_of(first);
        if bin_of(last) != bin || counted == Some(bin) {
            continue;
        }
        count(bin);
        counted = Some(bin);
    }
    dated
}

fn mark_range(bins: &mut [Bin], from: Option<Date>, to: Option<Date>) {
    for b in bins {
        b.in_range = from.is_none_or(|f| b.end >= f) && to.is_none_or(|t| b.start <= t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic pseudo-random generator (xorshift).
    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
        fn date(&mut self, first_year: u16, years: u64) -> Date {
            Date {
                year: first_year + self.below(years) as u16,
                month: 1 + self.below(12) as u8,
                day: 1 + self.below(28) as u8,
            }
        }
    }

    /// Counting bin by bin gives the same histogram as article by article, for
    /// monthly and yearly bins, day, month and year periods, and sets of every
    /// density.
    #[test]
    fn both_ways_of_counting_agree() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for (years, articles) in [(3, 700), (20, 300), (1, 64), (5, 0)] {
            let periods: Vec<Vec<(Date, Date)>> = (0..articles)
                .map(|_| {
                    let mut p: Vec<(Date, Date)> = (0..rng.below(4))
                        .map(|_| {
                            let d = rng.date(2010, years);
                            match rng.below(3) {
                                0 => (d, d),
                                1 => (
                                    Date { day: 1, ..d },
                                    Date {
                                        day: days_in_month(d.year, d.month),
                                        ..d
                                    },
                                ),
                                _ => (
                                    Date {
                                        year: d.year,
                                        month: 1,
                                        day: 1,
                                    },
                                    Date {
                                        year: d.year,
                                        month: 12,
                                        day: 31,
                                    },
                                ),
                            }
                        })
                        .collect();
                    crate::sort::sort(&mut p);
                    p.dedup();
                    p
                })
                .collect();
            let all = periods.iter().flatten();
            let span = all.clone().map(|p| p.0).min().zip(all.map(|p| p.1).max());
            let of = |a: u32| periods[a as usize].iter().copied();
            let dates = DateBins::new(articles, span, of);
            let from = Date::new(2011, 3, 4);
            for density in [0, 1, 10, 50, 90, 100] {
                let mut base = Bitset::empty(articles);
                for a in 0..articles as u32 {
                    if rng.below(100) < density {
                        base.insert(a);
                    }
                }
                let by_article = histogram_by_article(&dates, &base, of, from, None);
                assert_eq!(by_article, histogram_by_bin(&dates, &base, from, None));
                assert_eq!(by_article, histogram(&dates, &base, of, from, None));
                assert_eq!(
                    by_article.undated as usize
                        + base
                            .iter()
                            .filter(|&a| !periods[a as usize].is_empty())
                            .count(),
                    base.count()
                );
            }
        }
    }
}
