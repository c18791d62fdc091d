//! Tokens of a paragraph with character offsets, and the sentences they form; shared
//! by the steps that read text clause by clause (dates, quotes).

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token of a paragraph.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: &'a str,
    pub kind: Kind,
    /// Offsets in characters of the paragraph, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Whether whitespace (or the paragraph start) comes right before the token.
    pub space_before: bool,
    /// Index of the sentence the token belongs to, counted from 0 in the paragraph.
    pub sentence: usize,
}

impl Token<'_> {
    pub fn is(&self, s: &str) -> bool {
        self.text.eq_ignore_ascii_case(s)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    pub fn capitalised(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The token's text lowercased (ASCII letters only; enough for keyword tests).
    pub fn lower(&self) -> String {
        self.text.to_ascii_lowercase()
    }
}

/// Words ending in a full stop that does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "col", "lt",
    "capt", "sgt", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig",
];

/// Splits `text` into tokens and numbers their sentences. A sentence ends at `.`, `!`,
/// `?` or `…` (and any closing quotes after it) when the next token starts a new
/// sentence; `quoted(char_offset)` says where a boundary is inside a quotation and so
/// does not end the enclosing sentence.
pub fn tokenize<'a>(text: &'a str, quoted: &dyn Fn(usize) -> bool) -> Vec<Token<'a>> {
    let mut tokens: Vec<Token<'a>> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut ci = 0usize;
    let mut space = true;
    while let Some((bi, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            ci += 1;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Number
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let start = ci;
        let mut end_b = bi + c.len_utf8();
        ci += 1;
        if kind != Kind::Punct {
            while let Some(&(nb, nc)) = chars.peek() {
                let same = match kind {
                    Kind::Number => nc.is_ascii_digit(),
                    _ => nc.is_alphabetic(),
                };
                if !same {
                    break;
                }
                end_b = nb + nc.len_utf8();
                ci += 1;
                chars.next();
            }
        }
        tokens.push(Token {
            text: &text[bi..end_b],
            kind,
            start,
            end: ci,
            space_before: space,
            sentence: 0,
        });
        space = false;
    }
    let mut sentence = 0;
    let mut i = 0;
    while i < tokens.len() {
        tokens[i].sentence = sentence;
        let t = &tokens[i];
        let ender = t.kind == Kind::Punct && matches!(t.text, "." | "!" | "?" | "\u{2026}");
        // Inside a quotation a full stop ends the enclosing sentence only when the
        // quotation closes right after it.
        let closes_quote = tokens.get(i + 1).is_some_and(|n| {
            !n.space_before && crate::text::is_closer(n.text.chars().next().unwrap_or(' '))
        });
        if ender
            && (!quoted(t.start) || closes_quote)
            && !(t.text == "." && abbreviation_before(&tokens, i))
        {
            // Closing quotes and brackets stay with the sentence they close.
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].space_before
                && tokens[j].kind == Kind::Punct
                && crate::text::is_closer(tokens[j].text.chars().next().unwrap_or(' '))
            {
                tokens[j].sentence = sentence;
                j += 1;
            }
            if j < tokens.len() && tokens[j].space_before && starts_sentence(&tokens[j]) {
                sentence += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    tokens
}

fn starts_sentence(t: &Token) -> bool {
    match t.kind {
        Kind::Word => t.capitalised(),
        Kind::Number => true,
        Kind::Punct => crate::text::is_opener(t.text.chars().next().unwrap_or(' ')),
    }
}

/// Whether the full stop at `i` closes an abbreviation ("Nov.", "Mr.", "U.S.").
fn abbreviation_before(tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if prev.kind != Kind::Word || tokens[i].space_before {
        return false;
    }
    let single = prev.text.chars().count() == 1;
    single || ABBREVIATIONS.contains(&prev.lower().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_character_offsets_and_sentences() {
        let t = tokenize("Élan said Nov. 20. “Yes.” Then 1,000.", &|_| false);
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            vec![
                "Élan", "said", "Nov", ".", "20", ".", "\u{201c}", "Yes", ".", "\u{201d}", "Then",
                "1", ",", "000", "."
            ]
        );
        assert_eq!((t[0].start, t[0].end), (0, 4));
        let sentences: Vec<usize> = t.iter().map(|t| t.sentence).collect();
        assert_eq!(sentences, vec![0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    }

    #[test]
    fn boundaries_inside_quotations_can_be_ignored() {
        let text = "“It was over. It was a coup,” he said.";
        let t = tokenize(text, &|c| c < 29);
        assert!(t.iter().all(|t| t.sentence == 0));
    }
}
