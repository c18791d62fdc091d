//! Small text helpers shared by the steps: whitespace, accents, sentence ends.

/// The lowercase ASCII spelling of a character when it is a Latin letter with an
/// accent (`é` → `e`, `ß` → `ss`); other characters lowercased as they are.
pub fn fold_char(c: char) -> String {
    let lower: String = c.to_lowercase().collect();
    let folded = match lower.as_str() {
        "à" | "á" | "â" | "ã" | "ä" | "å" | "ā" | "ă" | "ą" => "a",
        "ç" | "ć" | "č" | "ĉ" => "c",
        "ď" | "đ" | "ð" => "d",
        "è" | "é" | "ê" | "ë" | "ē" | "ė" | "ę" | "ě" => "e",
        "ğ" | "ĝ" => "g",
        "ì" | "í" | "î" | "ï" | "ī" | "į" | "ı" => "i",
        "ł" | "ľ" => "l",
        "ñ" | "ń" | "ň" => "n",
        "ò" | "ó" | "ô" | "õ" | "ö" | "ø" | "ō" | "ő" => "o",
        "ř" => "r",
        "ś" | "š" | "ş" | "ș" => "s",
        "ť" | "ţ" | "ț" => "t",
        "ù" | "ú" | "û" | "ü" | "ū" | "ů" | "ű" => "u",
        "ý" | "ÿ" => "y",
        "ź" | "ż" | "ž" => "z",
        "ß" => "ss",
        "æ" => "ae",
        "œ" => "oe",
        "þ" => "th",
        other => return other.to_string(),
    };
    folded.to_string()
}

/// Lowercase, accents folded, typographic apostrophes made ASCII.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{2019}' || c == '\u{2018}' {
            out.push('\'');
        } else {
            out.push_str(&fold_char(c));
        }
    }
    out
}

/// Collapses every run of whitespace (non-breaking and other Unicode spaces included)
/// to one ASCII space and trims the ends.
pub fn squeeze_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}'
    )
}

/// Opening quotes and brackets that may precede a sentence's first word.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}'
    )
}

/// True when the line ends like a sentence: `.`, `!`, `?` or `…`, maybe then a
/// closing quote or bracket.
pub fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end().trim_end_matches(is_closer);
    matches!(trimmed.chars().last(), Some('.' | '!' | '?' | '\u{2026}'))
}

/// Words of a line: runs of letters, digits and inner hyphens or apostrophes.
pub fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'))
        .map(|w| w.trim_matches(|c: char| c == '-' || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Compares two lines ignoring case, accents, spacing and punctuation.
pub fn loose_key(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::new();
    for w in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(squeeze_spaces("  a\u{a0} b\t\nc "), "a b c");
        assert!(ends_sentence("He left.\u{201d}"));
        assert!(!ends_sentence("He said"));
        assert_eq!(fold("É’s"), "e's");
        assert_eq!(
            loose_key("Kazakhstan makes coup claims\u{a0} "),
            "kazakhstan makes coup claims"
        );
        assert_eq!(
            words("Tokayev’s “big” day-trip"),
            vec!["Tokayev’s", "big", "day-trip"]
        );
    }
}
