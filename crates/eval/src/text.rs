//! How two spellings, quotations or speaker descriptions are compared: the small,
//! documented normalisations every measure shares.

/// A name as compared across gold and system: case folded, whitespace collapsed,
/// typographic apostrophes and hyphens made plain, and a possessive ending dropped
/// ("Tokayev’s" and "TOKAYEV" both become "tokayev").
pub fn name_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    if let Some(stem) = out.strip_suffix("'s") {
        out.truncate(stem.len());
    } else if out.ends_with('\'') {
        out.pop();
    }
    out
}

/// The words of a text, lower-cased, split at anything that is not a letter or a
/// digit: quotation marks, punctuation and apostrophe styles stop mattering.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `needle` occurs as a contiguous run of words in `haystack`.
pub fn contains_words(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// A speaker description reduced to its words without a leading article, so
/// "The government" and "government" compare equal.
pub fn description_words(s: &str) -> Vec<String> {
    let mut w = words(s);
    if matches!(w.first().map(String::as_str), Some("the" | "a" | "an")) {
        w.remove(0);
    }
    w
}

/// Headline comparison: exact, except for surrounding and repeated whitespace.
pub fn same_title(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Outlet comparison: case and a leading "The" do not matter ("The Moscow Times"
/// is "Moscow Times").
pub fn same_outlet(a: &str, b: &str) -> bool {
    description_words(a) == description_words(b)
}

/// Every place `needle` occurs in `hay` (as characters) with no letter or digit
/// touching it on either side: the character offsets of its starts.
pub fn find_bounded(hay: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    (0..=hay.len() - needle.len())
        .filter(|&i| {
            hay[i..i + needle.len()] == *needle
                && (i == 0 || !hay[i - 1].is_alphanumeric())
                && hay
                    .get(i + needle.len())
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_fold_case_possessives_and_apostrophes() {
        assert_eq!(name_key("Tokayev’s"), "tokayev");
        assert_eq!(name_key("ALMATY"), "almaty");
        assert_eq!(
            name_key("  Kassym-Jomart\n Tokayev "),
            "kassym-jomart tokayev"
        );
        assert_eq!(name_key("Nazarbayevs'"), "nazarbayevs");
        assert_ne!(name_key("Tokaev"), name_key("Tokayev"));
    }

    #[test]
    fn words_ignore_quote_marks_and_punctuation() {
        let hay = words("“The main goal was obvious: the undermining,” he said");
        assert!(contains_words(
            &hay,
            &words("the main goal was obvious the")
        ));
        assert!(!contains_words(&hay, &words("goal obvious")));
        assert!(!contains_words(&hay, &[]));
    }

    #[test]
    fn descriptions_drop_a_leading_article() {
        assert_eq!(description_words("The government"), ["government"]);
        assert!(same_outlet("The Moscow Times", "moscow times"));
        assert!(same_title(
            " A coup  in Kazakhstan? ",
            "A coup in Kazakhstan?"
        ));
    }

    #[test]
    fn bounded_search_skips_matches_inside_words() {
        let hay: Vec<char> = "Sunday, Sundays and On Sunday".chars().collect();
        let needle: Vec<char> = "Sunday".chars().collect();
        assert_eq!(find_bounded(&hay, &needle), [0, 23]);
    }
}
