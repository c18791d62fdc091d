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
use crate::sort;
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
    let count_sources = |set: &Bitset| {
        let mut counts = vec![0u32; corpus.sources.len()];
        for a in set.iter() {
            if let Some(c) = counts.get_mut(index.article_source[a as usize] as usize) {
                *c += 1;
            }
        }
        counts
    };
    let count_entities = |set: &Bitset| {
        let mut counts = vec![0u32; corpus.entities.len()];
        for a in set.iter() {
            for &e in &index.article_entities[a as usize] {
                counts[e as usize] += 1;
            }
        }
        counts
    };
    let source_counts = count_sources(matching);
    let source_wider = wider[0].map(count_sources);
    let mut out = FacetCounts {
        sources: values(
            &source_counts,
            source_wider.as_deref(),
            &selected[0],
            &index.source_name_rank,
            |_| true,
        ),
        ..FacetCounts::default()
    };

    let entity_counts = count_entities(matching);
    for facet in [Facet::Person, Facet::Organisation, Facet::Place] {
        let slot = facet_slot(facet);
        let entity_wider = wider[slot].map(count_entities);
        let kind = facet.kind();
        let list = values(
            &entity_counts,
            entity_wider.as_deref(),
            &selected[slot],
            &index.entity_name_rank,
            |e| Some(corpus.entities[e as usize].kind) == kind,
        );
        match facet {
            Facet::Person => out.people = list,
            Facet::Organisation => out.organisations = list,
            _ => out.places = list,
        }
    }

    let count_speakers = |set: &Bitset| {
        let mut counts = vec![0u32; corpus.entities.len()];
        for a in set.iter() {
            for &e in index.speakers_in(a) {
                counts[e as usize] += 1;
            }
        }
        counts
    };
    let slot = facet_slot(Facet::Speaker);
    let speaker_wider = wider[slot].map(count_speakers);
    out.speakers = values(
        &count_speakers(matching),
        speaker_wider.as_deref(),
        &selected[slot],
        &index.entity_name_rank,
        |_| true,
    );
    out
}

fn values(
    counts: &[u32],
    wider: Option<&[u32]>,
    selected: &[u32],
    name_rank: &[u32],
    keep: impl Fn(u32) -> bool,
) -> Vec<FacetValue> {
    let mut v: Vec<FacetValue> = counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let selected = selected.contains(&(i as u32));
            let adds = match wider {
                Some(w) if !selected => w[i] - count,
                _ => 0,
            };
            FacetValue {
                id: i as u32,
                count,
                adds,
                selected,
            }
        })
        .filter(|f| (f.count > 0 || f.adds > 0 || f.selected) && keep(f.id))
        .collect();
    sort::sort_by(&mut v, |a, b| {
        b.count
            .cmp(&a.count)
            .then(b.adds.cmp(&a.adds))
            .then(name_rank[a.id as usize].cmp(&name_rank[b.id as usize]))
    });
    v
}

/// The histogram of `base` over `span` (the corpus's earliest and latest day of
/// this kind), marking the bins that overlap `from..=to`. `periods(a)` lists the
/// periods article `a` is dated by, as inclusive (first, last) days sorted by first
/// day; an article counts once in each bin that wholly contains one of its
/// periods (so a bar's count is what selecting the bar's period finds), and as
/// undated when it has none. A period wider than a bin ("2022" in a monthly
/// histogram) dates the article without filling any bin.
pub(crate) fn histogram<P: IntoIterator<Item = (Date, Date)>>(
    span: Option<(Date, Date)>,
    base: &Bitset,
    periods: impl Fn(u32) -> P,
    from: Option<Date>,
    to: Option<Date>,
) -> Histogram {
    let Some((min, max)) = span else {
        return Histogram {
            bins: Vec::new(),
            undated: base.count() as u32,
        };
    };
    let month_no = |d: Date| d.year as i64 * 12 + d.month as i64 - 1;
    let monthly = month_no(max) - month_no(min) < 72;
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
    let bin_of = |d: Date| -> usize {
        let d = d.clamp(min, max);
        (if monthly {
            month_no(d) - month_no(min)
        } else {
            (d.year - min.year) as i64
        }) as usize
    };
    let mut undated = 0;
    for a in base.iter() {
        // Periods are sorted by first day, so the bins they fall in never go
        // back: remembering the last one counted keeps each article once per bin.
        let mut counted = None;
        let mut dated = false;
        for (first, last) in periods(a) {
            dated = true;
            if last < min || first > max {
                continue;
            }
            let bin = bin_of(first);
            if bin_of(last) != bin || counted == Some(bin) {
                continue;
            }
            if let Some(b) = bins.get_mut(bin) {
                b.count += 1;
            }
            counted = Some(bin);
        }
        if !dated {
            undated += 1;
        }
    }
    for b in &mut bins {
        b.in_range = from.is_none_or(|f| b.end >= f) && to.is_none_or(|t| b.start <= t);
    }
    Histogram { bins, undated }
}
