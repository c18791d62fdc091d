//! Step 2, clean: an article's raw text becomes its title and its paragraphs, with the
//! page furniture (share buttons, comment prompts, bylines, datelines, photo credits,
//! separators, a repeated headline) set aside.
//!
//! Furniture is recognised by general patterns of web pages rather than by the exact
//! lines of any one site: a short line with no sentence in it that is an interface
//! phrase, a line of punctuation only, a reading-time or dated byline, a credit line,
//! a promotion ("follow me on", "sign up for"). Everything set aside is kept in
//! [`Cleaned::furniture`] with its kind, because the metadata step reads dates,
//! authors and wire credits from it. Short lines that are not furniture (crossheads
//! such as "Balancing act") stay as paragraphs.

use crate::metadata;
use crate::text::{self, ends_sentence, loose_key, squeeze_spaces};
use newsprism_model::Date;

/// What cleaning made of an article's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// The headline, when one was given or found.
    pub title: Option<Title>,
    /// The body, one string per paragraph, furniture removed, spaces squeezed.
    pub paragraphs: Vec<String>,
    /// Every line or paragraph set aside, in text order.
    pub furniture: Vec<Furniture>,
}

/// An article's title and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    pub text: String,
    /// True when a headline line was found; false when made from the opening words.
    pub from_headline: bool,
}

/// A piece of page furniture that was set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Furniture {
    /// 1-based line in the file where it starts.
    pub line: usize,
    pub text: String,
    pub kind: FurnitureKind,
}

/// The kinds of furniture; some carry what the metadata step can use.
#[derive(Debug, Clone, PartialEq)]
pub enum FurnitureKind {
    /// A dated line: `Jan 10, 2022 - World`.
    Dateline(Date),
    /// `3 min read`, with the date when it has one.
    ReadingTime(Option<Date>),
    /// An author line, with the name.
    Byline(String),
    /// The author's name again (Medium prints it above and below the story).
    AuthorRepeat,
    /// A wire credit closing the story (`– AFP`), with the agency.
    SignOff(&'static str),
    /// A photo credit or caption.
    Credit,
    /// A button, comment prompt or navigation link.
    Interface,
    /// A link to another story: `Related article: ...`.
    Related,
    /// Self-promotion: `Follow me on ...`, `Sign up for ...`.
    Promotion,
    /// A line of punctuation only: `--`, `_____`, `* * *`.
    Separator,
    /// The headline repeated in the body.
    RepeatedTitle,
    /// The publication's name: a masthead line above the story, or the owner in a
    /// copyright line (`© The Daily Example 2022`).
    Masthead(String),
    /// A date stamped before the page's text: `date 2018-07-31`.
    PageStamp(Date),
}

/// Whole lines that are a site's interface, compared after [`loose_key`] and with
/// numbers removed (so `Responses (1)` is `responses`).
const INTERFACE_LINES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "comments",
    "comment",
    "responses",
    "response",
    "reply",
    "replies",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share on facebook",
    "share on twitter",
    "share via email",
    "tweet",
    "email",
    "print",
    "copy link",
    "link copied",
    "back to top",
    "back to top button",
    "scroll to top",
    "go deeper",
    "go further",
    "read more",
    "read next",
    "previous next",
    "prev next",
    "previous",
    "next",
    "keep reading",
    "continue reading",
    "see also",
    "see more",
    "more stories",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "recommended",
    "recommended for you",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "subscribe",
    "subscribe now",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "skip to content",
    "skip to main content",
    "show comments",
    "hide comments",
    "view comments",
    "load more",
    "listen",
    "listen to this article",
    "save",
    "save article",
    "bookmark",
    "menu",
    "search",
    "top stories",
    "trending",
    "most read",
    "most popular",
    "newsletter",
    "follow",
    "follow us",
    "follow me",
    "clap",
    "claps",
    "like",
    "likes",
    "join the conversation",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "you may also like",
    "you might also like",
    "editor s picks",
    "latest news",
    "watch",
    "video",
    "gallery",
    "tags",
    "topics",
    "filed under",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "open in app",
    "get the app",
    "privacy policy",
    "cookie policy",
    "user agreement",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "ad choices",
    "your california privacy rights",
    "do not sell my personal information",
    "contact us",
    "about us",
    // A section's label above the headline: "News", "World", "national".
    "news",
    "latest",
    "world",
    "world news",
    "national",
    "national news",
    "local",
    "local news",
    "business",
    "business news",
    "economy",
    "politics",
    "opinion",
    "sport",
    "sports",
    "lifestyle",
    "entertainment",
    "technology",
    "science",
    "culture",
    "environment",
];

/// Beginnings of lines that point elsewhere: `Related article: ...`.
const RELATED_PREFIXES: &[&str] = &[
    "related article",
    "related articles",
    "related story",
    "related:",
    "read also",
    "read more:",
    "see also:",
    "also read",
    "more on this",
    "recommended:",
    "read next:",
    "watch:",
    "listen:",
    "more:",
    "opinion:",
];

/// Phrases that mark a promotional or comment-system line anywhere in a short line.
const PROMOTION_PHRASES: &[&str] = &[
    "follow me on",
    "follow me here",
    "follow us on",
    "on our telegram",
    "on our whatsapp",
    "thanks for reading",
    "thank you for reading",
    "sign up for",
    "subscribe to our",
    "subscribe to my",
    "to get notified",
    "akismet",
    "comment data is processed",
    "click here",
    "all rights reserved",
    "copyright \u{a9}",
    "\u{a9} 20",
    "your email address will not be published",
    "required fields are marked",
    "this article was originally published",
    "download the app",
    "get our newsletter",
    "support our journalism",
    "if you liked this",
    "if you enjoyed this",
    "in your inbox",
    "our standards:",
    "may not be reproduced",
    "please donate",
    "donate here",
    "donate now",
    "make a donation",
];

/// Marks of a photo credit or caption.
const CREDIT_MARKS: &[&str] = &[
    "photo:",
    "photo / ",
    "photos:",
    "photograph:",
    "photo by",
    "photo credit",
    "picture credit",
    "picture:",
    "photographer:",
    "pic:",
    "pics:",
    "image credit",
    "image:",
    "credit:",
    "credits:",
    "pictured:",
    "illustration:",
    "via getty",
    "getty images",
    "/getty",
    "(photo",
    "file photo",
    "/afp",
    "/reuters",
    "/ap photo",
    " via ap)",
    "/tass",
    "shutterstock",
    "photo/",
    "epa-efe",
    "(image",
    "/handout",
    "handout via",
];

/// A line of the body, spaces squeezed and any bullet removed.
#[derive(Debug, Clone)]
struct Line {
    no: usize,
    text: String,
    bullet: bool,
}

/// Cleans an article body. `first_line` is the file line the body starts on (for
/// furniture line numbers); `given_title` is the title from metadata, if any.
pub fn clean(body: &str, first_line: usize, given_title: Option<&str>) -> Cleaned {
    let lines: Vec<Option<Line>> = body
        .lines()
        .enumerate()
        .map(|(i, raw)| {
            // A horizontal bar ("ORRELTON, Mar 3 ― ...") is read as the dash it
            // stands for.
            let text = squeeze_spaces(raw).replace('\u{2015}', "\u{2014}");
            if text.is_empty() {
                return None;
            }
            let (text, bullet) = strip_bullet(&text);
            Some(Line {
                no: first_line + i,
                text,
                bullet,
            })
        })
        .collect();

    let mut furniture = Vec::new();
    let mut lines = lines;
    // "date 2018-07-31 Text of the story ...": a page saved with its date stamped
    // before the text. The stamp is the publication date; the rest is the story.
    if let Some(line) = lines.iter_mut().find(|l| l.is_some()) {
        let l = line.as_mut().expect("found a line");
        if let Some((date, rest)) = page_stamp(&l.text) {
            furniture.push(Furniture {
                line: l.no,
                text: l.text[..l.text.len() - rest.len()].trim().to_string(),
                kind: FurnitureKind::PageStamp(date),
            });
            if rest.is_empty() {
                *line = None;
            } else {
                l.text = rest.to_string();
            }
        }
    }
    // "Home / World News / Headline of the story": a breadcrumb trail ending with
    // the headline keeps the headline only.
    for l in lines.iter_mut().flatten().take(8) {
        if let Some(last) = breadcrumb_headline(&l.text) {
            furniture.push(Furniture {
                line: l.no,
                text: l.text[..l.text.len() - last.len()].trim().to_string(),
                kind: FurnitureKind::Interface,
            });
            l.text = last.to_string();
        }
    }
    let mut kinds: Vec<Option<FurnitureKind>> = lines
        .iter()
        .map(|l| l.as_ref().and_then(|l| line_furniture(&l.text)))
        .collect();

    // An author's name alone on the line just above a reading-time or dated line is
    // a byline. So is a person's name alone on a line below the headline, before the
    // story's first sentence ("Jana Roe" between a headline and its standfirst).
    let story_start = (0..lines.len())
        .find(|&i| {
            kinds[i].is_none()
                && lines[i]
                    .as_ref()
                    .is_some_and(|l| ends_sentence(&l.text) && text::words(&l.text).len() > 12)
        })
        .unwrap_or(lines.len());
    let mut seen_line = false;
    let mut unstamped_bylines: Vec<usize> = Vec::new();
    for i in 0..lines.len() {
        if let (Some(line), None) = (&lines[i], &kinds[i]) {
            let next = (i + 1..lines.len()).find(|&j| lines[j].is_some());
            // Not a masthead above the page's date ("The Valley Ledger").
            // Nor a short headline in title case above it ("Orra Wins the Final"):
            // a name there is two or three words, none of them ordinary, or comes
            // below a longer headline ("Orra News Agency" as the credit).
            // (Looked for only when a dated line follows: most lines are not.)
            let headline_above = || {
                (0..i).any(|h| {
                    kinds[h].is_none()
                        && lines[h].as_ref().is_some_and(|l| {
                            looks_like_headline(&l.text) && text::words(&l.text).len() >= 4
                        })
                })
            };
            let short_name = text::words(&line.text).len() <= 5
                && !ends_sentence(&line.text)
                && name_like(&line.text);
            let stamped = short_name
                && next.is_some_and(|j| match kinds[j] {
                    Some(FurnitureKind::ReadingTime(_)) => true,
                    Some(FurnitureKind::Dateline(_)) => {
                        masthead_name(&line.text).is_none()
                            && (name_only_line(&line.text)
                                || text::words(&line.text).len() >= 2 && headline_above())
                    }
                    _ => false,
                });
            if stamped {
                kinds[i] = Some(FurnitureKind::Byline(line.text.clone()));
            } else if short_name && seen_line && i < story_start && person_name_line(&line.text) {
                kinds[i] = Some(FurnitureKind::Byline(line.text.clone()));
                // A name alone may also label a photo: it does not mark where the
                // story starts, as a dated line does.
                unstamped_bylines.push(line.no);
            }
        }
        seen_line |= lines[i].is_some();
    }
    // "Read more:" alone on its line, then the headlines it points to.
    for i in 0..lines.len() {
        let label = kinds[i].is_some()
            && lines[i].as_ref().is_some_and(|l| {
                l.text.ends_with(':') && text::words(&l.text).len() <= 3 && {
                    let folded = text::fold(&l.text);
                    RELATED_PREFIXES
                        .iter()
                        .any(|p| folded.starts_with(p.trim_end_matches(':')))
                }
            });
        if !label {
            continue;
        }
        let mut j = i + 1;
        let mut taken = 0;
        while j < lines.len() && taken < 4 {
            match &lines[j] {
                None => {}
                Some(l)
                    if kinds[j].is_none()
                        && !ends_sentence(&l.text)
                        && (3..=20).contains(&text::words(&l.text).len()) =>
                {
                    kinds[j] = Some(FurnitureKind::Related);
                    taken += 1;
                }
                Some(_) => break,
            }
            j += 1;
        }
    }
    // The author's name repeated on its own line elsewhere (Medium's footer).
    let authors: Vec<String> = kinds
        .iter()
        .filter_map(|k| match k {
            Some(FurnitureKind::Byline(name)) => Some(loose_key(name)),
            _ => None,
        })
        .collect();
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if let (Some(line), None) = (line, &kind) {
            if authors.contains(&loose_key(&line.text)) {
                *kind = Some(FurnitureKind::AuthorRepeat);
            }
        }
    }

    // A masthead: among the lines above the story, a short name-like line that
    // names a publication, when another line is there to be the headline.
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].is_some())
        .take_while(|&i| {
            kinds[i].is_some()
                || lines[i]
                    .as_ref()
                    .is_some_and(|l| text::words(&l.text).len() <= 25 && !ends_sentence(&l.text))
        })
        .take(5)
        .collect();
    let headlines = top.iter().filter(|&&i| kinds[i].is_none()).count();
    if headlines >= 2 {
        // "Example Gazette", the site's address alone ("ExampleNews.com"), or its
        // logo's text ("example gazette logo").
        // The address may run into the page's links: "ExampleNews.com« Back to
        // article".
        let leading_domain = |text: &str| {
            let first = text
                .split(|c: char| c.is_whitespace() || matches!(c, '\u{ab}' | '\u{bb}' | '|'))
                .next()
                .unwrap_or("");
            (first.len() < text.len()
                && text::words(text).len() <= 10
                && metadata::is_domain(first))
            .then(|| first.to_string())
        };
        let masthead = |text: &str| {
            masthead_name(text)
                .or_else(|| metadata::is_domain(text).then(|| text.to_string()))
                .or_else(|| leading_domain(text))
                .or_else(|| logo_name(text))
        };
        if let Some((i, name)) = top.iter().find_map(|&i| {
            kinds[i]
                .is_none()
                .then(|| masthead(&lines[i].as_ref().unwrap().text))
                .flatten()
                .map(|name| (i, name))
        }) {
            kinds[i] = Some(FurnitureKind::Masthead(name));
        }
    }

    // Join the remaining lines into paragraphs.
    struct Para {
        line: usize,
        text: String,
        lines: usize,
        last_line: String,
    }
    let mut paras: Vec<Para> = Vec::new();
    let mut open = false;
    for (line, kind) in lines.iter().zip(kinds) {
        let Some(line) = line else {
            open = false;
            continue;
        };
        if let Some(kind) = kind {
            furniture.push(Furniture {
                line: line.no,
                text: line.text.clone(),
                kind,
            });
            open = false;
            continue;
        }
        // A line repeating an earlier one-line paragraph (the headline printed
        // twice) stands alone: the story does not run on from it.
        let repeat = |paras: &[Para]| {
            paras.split_last().is_some_and(|(prev, earlier)| {
                prev.lines == 1 && earlier.iter().any(|p| p.lines == 1 && p.text == prev.text)
            })
        };
        if open && !line.bullet && !repeat(&paras) {
            let prev = paras.last_mut().expect("open paragraph");
            if line.text != prev.last_line && continues(&prev.last_line, &line.text) {
                if prev.text.ends_with('-')
                    && line.text.chars().next().is_some_and(char::is_lowercase)
                {
                    prev.text.push_str(&line.text);
                } else {
                    prev.text.push(' ');
                    prev.text.push_str(&line.text);
                }
                prev.lines += 1;
                prev.last_line = line.text.clone();
                continue;
            }
        }
        paras.push(Para {
            line: line.no,
            text: line.text.clone(),
            lines: 1,
            last_line: line.text.clone(),
        });
        open = true;
    }

    // "... given by the minister that\n\nissues raised by ...": a paragraph break in
    // the middle of a sentence (the next part opens in lowercase) is no break.
    let mut k = 1;
    while k < paras.len() {
        let prev = &paras[k - 1];
        let opens_lower = paras[k].text.chars().next().is_some_and(char::is_lowercase);
        // Not the first paragraph, which may be the headline, nor a short line.
        let mid_sentence = k >= 2
            && !ends_sentence(&prev.text)
            && prev.text.chars().last().is_some_and(char::is_alphanumeric)
            && text::words(&prev.text).len() >= 12;
        if opens_lower && mid_sentence {
            let next = paras.remove(k);
            let prev = &mut paras[k - 1];
            prev.text.push(' ');
            prev.text.push_str(&next.text);
            prev.lines += next.lines;
            prev.last_line = next.last_line;
        } else {
            k += 1;
        }
    }

    // Below the story's copyright line: headline-like teasers of other stories.
    if let Some(first) = paras.first().map(|p| p.line) {
        let copyright = furniture
            .iter()
            .filter(|f| f.line > first)
            .find(|f| f.text.contains('\u{a9}') || f.text.to_lowercase().contains("copyright"))
            .map(|f| f.line);
        if let Some(c) = copyright {
            paras.retain(|p| {
                let teaser = p.line > c
                    && p.lines == 1
                    && !ends_sentence(&p.text)
                    && text::words(&p.text).len() <= 14;
                if teaser {
                    furniture.push(Furniture {
                        line: p.line,
                        text: p.text.clone(),
                        kind: FurnitureKind::Related,
                    });
                }
                !teaser
            });
        }
    }

    // "(READ: Other headline)": a link to another story inside a paragraph.
    for p in paras.iter_mut() {
        while let Some((a, b)) = inline_link(&p.text) {
            furniture.push(Furniture {
                line: p.line,
                text: p.text[a..b].to_string(),
                kind: FurnitureKind::Related,
            });
            let before = p.text[..a].trim_end();
            let after = p.text[b..].trim_start();
            p.text = if before.is_empty() || after.is_empty() {
                format!("{before}{after}")
            } else {
                format!("{before} {after}")
            };
        }
    }
    paras.retain(|p| !p.text.is_empty());

    // Paragraph-level furniture: captions and credits, interface phrases.
    paras.retain(|p| {
        let kind = if is_credit(&p.text) {
            Some(FurnitureKind::Credit)
        } else {
            line_furniture(&p.text)
        };
        match kind {
            Some(kind) => {
                furniture.push(Furniture {
                    line: p.line,
                    text: p.text.clone(),
                    kind,
                });
                false
            }
            None => true,
        }
    });

    // "Crowds at the market in X. \u{2014} AFP": a wire's photo credit closing a
    // paragraph in the middle of the story ends a caption.
    let n = paras.len();
    let mut k = 0;
    paras.retain(|p| {
        k += 1;
        let caption = k + 2 <= n
            && text::words(&p.text).len() <= 40
            && metadata::sign_off(&p.text).is_some_and(|(rest, _)| {
                p.text[rest.len()..]
                    .trim_start()
                    .starts_with(['\u{2013}', '\u{2014}', '-', '('])
            });
        if caption {
            furniture.push(Furniture {
                line: p.line,
                text: p.text.clone(),
                kind: FurnitureKind::Credit,
            });
        }
        !caption
    });

    // "More Stories", "water boards": short lines after the story's last
    // sentence are the page's links and tags.
    let is_tag = |p: &Para| {
        p.lines == 1
            && text::words(&p.text).len() <= 4
            && !ends_sentence(&p.text)
            && !p.text.ends_with(['"', '\u{201d}', ':'])
    };
    let tags = paras.iter().rev().take_while(|p| is_tag(p)).count();
    // After the story's last sentence, or after a line of the page's furniture.
    let after_story = |tags: usize| {
        let before = &paras[paras.len() - tags - 1];
        let first_tag = paras[paras.len() - tags].line;
        ends_sentence(&before.text)
            || furniture
                .iter()
                .any(|f| f.line > before.line && f.line < first_tag)
    };
    if tags > 0 && tags <= 4 && paras.len() > tags && after_story(tags) {
        for p in paras.split_off(paras.len() - tags) {
            furniture.push(Furniture {
                line: p.line,
                text: p.text,
                kind: FurnitureKind::Interface,
            });
        }
    }

    // A staff credit closing one of the last paragraphs.
    let n = paras.len();
    for p in paras.iter_mut().skip(n.saturating_sub(2)) {
        if let Some((rest, credit)) = trailing_staff_credit(&p.text) {
            furniture.push(Furniture {
                line: p.line,
                text: credit,
                kind: FurnitureKind::Credit,
            });
            p.text = rest;
        }
    }
    // A note about the writer closing the story, and the writer's name alone on
    // the lines above it.
    for i in n.saturating_sub(2)..n {
        if is_author_bio(&paras[i].text) {
            let text = std::mem::take(&mut paras[i].text);
            furniture.push(Furniture {
                line: paras[i].line,
                text,
                kind: FurnitureKind::Credit,
            });
            let mut j = i;
            while j > 0 && name_only_line(&paras[j - 1].text) {
                j -= 1;
                let text = std::mem::take(&mut paras[j].text);
                furniture.push(Furniture {
                    line: paras[j].line,
                    text,
                    kind: FurnitureKind::Credit,
                });
            }
        }
    }
    // A wire credit closing one of the last paragraphs.
    for p in paras.iter_mut().skip(n.saturating_sub(2)) {
        if let Some((rest, wire)) = metadata::sign_off(&p.text) {
            let credit = p.text[rest.len()..].trim().to_string();
            furniture.push(Furniture {
                line: p.line,
                text: credit,
                kind: FurnitureKind::SignOff(wire),
            });
            p.text = rest;
        }
    }
    // "This article originally appeared on The Valley Echo: Headline": a
    // syndication line names the outlet, and the headline when none was printed.
    let mut syndicated_title: Option<String> = None;
    let n = paras.len();
    for p in paras.iter_mut().skip(n.saturating_sub(3)) {
        if let Some((outlet, headline)) = syndication_line(&p.text) {
            furniture.push(Furniture {
                line: p.line,
                text: std::mem::take(&mut p.text),
                kind: FurnitureKind::Masthead(outlet),
            });
            syndicated_title = headline;
        }
    }
    paras.retain(|p| !p.text.is_empty());

    // Page chrome above the headline ("Download App", "Home » News"): when a
    // dateline or byline comes before the story, the headline is the short line
    // just above it (a wire credit line aside) and the short lines above that are
    // the site's navigation.
    let first_stamp = furniture
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FurnitureKind::Dateline(_)
                    | FurnitureKind::Byline(_)
                    | FurnitureKind::ReadingTime(_)
            ) && !unstamped_bylines.contains(&f.line)
        })
        .map(|f| f.line)
        .min();
    if let Some(stamp) = first_stamp {
        let above: Vec<usize> = (0..paras.len())
            .take_while(|&i| paras[i].line < stamp)
            .collect();
        if let Some(&h) = above.last() {
            let chrome = |p: &Para| p.lines == 1 && text::words(&p.text).len() <= 12;
            if h > 0
                && given_title.is_none()
                && paras[h].lines == 1
                && looks_like_headline(&paras[h].text)
                && (4..=15).contains(&text::words(&paras[h].text).len())
                && paras[..h].iter().all(chrome)
            {
                for p in paras.drain(..h) {
                    furniture.push(Furniture {
                        line: p.line,
                        text: p.text,
                        kind: FurnitureKind::Interface,
                    });
                }
            }
        }
    }

    // The title: given, or the first paragraph when it reads as a headline.
    let mut title = given_title.map(|t| Title {
        text: squeeze_spaces(t),
        from_headline: true,
    });
    let mut page_title: Option<String> = None;
    // "US", "World News": a section label on its own line above a headline.
    if title.is_none()
        && paras.len() > 2
        && paras[0].lines == 1
        && text::words(&paras[0].text).len() <= 2
        && !ends_sentence(&paras[0].text)
        && paras[1].lines == 1
        && looks_like_headline(&paras[1].text)
        && text::words(&paras[1].text).len() >= 4
    {
        let p = paras.remove(0);
        furniture.push(Furniture {
            line: p.line,
            text: p.text,
            kind: FurnitureKind::Interface,
        });
    }
    if title.is_none() {
        if let Some(first) = paras.first() {
            if first.lines == 1 && looks_like_headline(&first.text) {
                // "Floods recede as clean-up begins | Valley Echo": the page title's
                // site name is the outlet, not part of the headline.
                let (headline, site) = split_site_name(&first.text);
                page_title = Some(loose_key(&first.text));
                if let Some(site) = site {
                    furniture.push(Furniture {
                        line: first.line,
                        text: first.text.clone(),
                        kind: FurnitureKind::Masthead(site),
                    });
                }
                title = Some(Title {
                    text: headline,
                    from_headline: true,
                });
            } else {
                title = Some(Title {
                    text: opening_words(&first.text),
                    from_headline: false,
                });
            }
        }
    }
    if let Some(headline) = syndicated_title {
        if title.as_ref().is_none_or(|t| !t.from_headline) {
            title = Some(Title {
                text: headline,
                from_headline: true,
            });
        }
    }
    // No headline on top, but a headline-like line printed twice in the page
    // (under photos, say): that is the headline.
    if title.as_ref().is_none_or(|t| !t.from_headline) {
        let repeated = paras.iter().find(|p| {
            p.lines == 1
                && looks_like_headline(&p.text)
                && text::words(&p.text).len() >= 5
                && paras
                    .iter()
                    .filter(|q| q.text == p.text || q.text.ends_with(&format!(". {}", p.text)))
                    .count()
                    >= 2
        });
        if let Some(p) = repeated {
            title = Some(Title {
                text: p.text.clone(),
                from_headline: true,
            });
        }
    }
    if let Some(t) = title.as_ref().filter(|t| t.from_headline) {
        let key = loose_key(&t.text);
        paras.retain(|p| {
            let k = loose_key(&p.text);
            // "Ana Berg. <the headline>": a photo's caption ending with it.
            let captioned = k.len() > key.len()
                && k.len() <= key.len() + 60
                && k.ends_with(&format!(" {key}"))
                && p.text[..p.text.len() - t.text.len().min(p.text.len())]
                    .trim_end()
                    .ends_with('.');
            if k == key || page_title.as_ref() == Some(&k) || captioned {
                furniture.push(Furniture {
                    line: p.line,
                    text: p.text.clone(),
                    kind: FurnitureKind::RepeatedTitle,
                });
                false
            } else {
                true
            }
        });
    }
    furniture.sort_by_key(|f| f.line);
    Cleaned {
        title,
        paragraphs: paras.into_iter().map(|p| p.text).collect(),
        furniture,
    }
}

/// The site's name in its logo's text: "valley aviation logo" → "Valley Aviation".
fn logo_name(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (last, name) = words.split_last()?;
    if !last.eq_ignore_ascii_case("logo")
        || !(1..=4).contains(&name.len())
        || !name.iter().all(|w| w.chars().all(char::is_alphabetic))
        || name.iter().any(|w| {
            [
                "the", "a", "an", "our", "click", "tap", "see", "view", "site", "home", "menu",
            ]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w))
        })
    {
        return None;
    }
    let cased: Vec<String> = name
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    Some(cased.join(" "))
}

/// The date and the rest of a line opening with a page stamp, `date 2018-07-31`.
fn page_stamp(line: &str) -> Option<(Date, &str)> {
    let rest = line.strip_prefix("date ")?;
    let iso = rest.get(..10)?;
    let date = Date::parse(iso).ok()?;
    let after = &rest[10..];
    if !after.is_empty() && !after.starts_with(char::is_whitespace) {
        return None;
    }
    Some((date, after.trim_start()))
}

/// The last step of a breadcrumb trail opening with "Home" ("Home / India News /
/// Headline"), when it is long enough to be the story's headline.
fn breadcrumb_headline(line: &str) -> Option<&str> {
    let sep = [" / ", " \u{bb} ", " > ", " \u{203a} "]
        .into_iter()
        .find(|sep| line.starts_with(&format!("Home{sep}")))?;
    let last = line.rsplit(sep).next()?.trim();
    (text::words(last).len() >= 5).then_some(last)
}

/// The outlet and headline of a syndication line: "This article originally
/// appeared on The Valley Echo: Bridge opens" → ("The Valley Echo", "Bridge opens").
fn syndication_line(text: &str) -> Option<(String, Option<String>)> {
    const OPENINGS: &[&str] = &[
        "this article originally appeared on ",
        "this article originally appeared in ",
        "this story originally appeared on ",
        "this story originally appeared in ",
        "this article first appeared on ",
        "this article first appeared in ",
        "this story first appeared on ",
        "this story first appeared in ",
        "this article was originally published on ",
        "this article was originally published in ",
    ];
    let lower = text.to_lowercase();
    let opening = OPENINGS.iter().find(|o| lower.starts_with(*o))?;
    let rest = text.get(opening.len()..)?.trim().trim_end_matches('.');
    let (outlet, headline) = match rest.split_once(": ") {
        Some((o, h)) => (o.trim(), Some(h.trim().to_string())),
        None => (rest, None),
    };
    let words = text::words(outlet).len();
    ((1..=6).contains(&words) && name_like(outlet))
        .then(|| (outlet.to_string(), headline.filter(|h| !h.is_empty())))
}

/// The name in a line that is a name and a journalist's role: "Jana Roe
/// Contributor", "Jana Roe, Staff Writer".
fn role_byline(line: &str) -> Option<String> {
    const ROLES: &[&str] = &[
        "contributor",
        "correspondent",
        "staff writer",
        "staff reporter",
        "reporter",
        "senior writer",
        "contributing writer",
    ];
    let line = line.trim();
    let lower = line.to_lowercase();
    let role = ROLES.iter().find(|r| lower.ends_with(*r))?;
    let name = line[..line.len() - role.len()]
        .trim_end()
        .trim_end_matches([',', '|', '-'])
        .trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    ((2..=4).contains(&words.len()) && name_like(name)).then(|| name.to_string())
}

/// Whether a line is a person's name and nothing else: two or three capitalised
/// words, the first a common given name ("Jana Orrin", not "Harbour News").
fn person_name_line(line: &str) -> bool {
    use crate::entities::lexicon::is_given_name;
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && is_given_name(words[0])
        && words[1..].iter().all(|w| name_word(w))
}

/// Whether a line is two or three capitalised words, none of them an ordinary
/// English word or a body's head word: "Vessa Tal", not "Orra Wins Final".
fn name_only_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&words.len()) && words.iter().all(|w| name_word(w))
}

/// A capitalised word of letters that is no ordinary word and no body's head word.
fn name_word(w: &str) -> bool {
    use crate::entities::lexicon::{in_list, is_common_word, ORG_HEADS};
    w.chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && w.chars().next().is_some_and(char::is_uppercase)
        && !in_list(ORG_HEADS, w)
        && !is_common_word(w)
}

/// The byte range of a bracketed link to another story in a paragraph: "(READ:
/// Other headline)", "(Also read: ...)".
fn inline_link(text: &str) -> Option<(usize, usize)> {
    const LABELS: &[&str] = &[
        "read:",
        "also read:",
        "related:",
        "watch:",
        "see also:",
        "read more:",
    ];
    let mut from = 0;
    while let Some(k) = text[from..].find('(') {
        let open = from + k;
        let inner = &text[open + 1..];
        // The longest label is ten characters: only the first few are lowercased.
        let lower: String = inner.chars().take(11).collect::<String>().to_lowercase();
        if LABELS.iter().any(|l| lower.starts_with(l)) {
            let close = inner.find(')')?;
            return Some((open, open + 1 + close + 1));
        }
        from = open + 1;
    }
    None
}

/// "Follow Valley News on Twitter", "why not follow X on Facebook, Instagram ...":
/// a prompt to follow someone on a social platform, and whom (as printed).
fn follow_prompt(line: &str) -> Option<String> {
    use crate::entities::lexicon::{in_list, PLATFORMS};
    let lower = line.to_lowercase();
    let at = lower.find("follow ")?;
    // The prompt opens the line: not "She said she would follow him on Facebook".
    let before = lower[..at].trim();
    if !["", "why not", "please", "you can", "you can also", "also"].contains(&before) {
        return None;
    }
    let rest = &line[at + "follow ".len()..];
    let on = rest.find(" on ")?;
    let name = rest[..on].trim();
    let platform = rest[on + 4..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let words = name.split_whitespace().count();
    ((1..=5).contains(&words) && in_list(PLATFORMS, platform)).then(|| name.to_string())
}

/// Whether a short line reads as a person's or a site's name: every word
/// capitalised, bar particles ("Jane van Roe", "Notes from the Valley").
fn name_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.iter().enumerate().all(|(k, w)| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || (k > 0
                    && NAME_CONNECTORS
                        .iter()
                        .chain(["van", "von", "der", "bin", "al", "da", "di", "le"].iter())
                        .any(|c| c.eq_ignore_ascii_case(w)))
        })
}

/// Splits a page title into the headline and the site's name after a bar or a
/// spaced dash: "Floods recede as clean-up begins | Valley Echo", "Phone unveiled -
/// The Daily Orra". The site's name is one to five capitalised words; the headline
/// keeps at least four words. A role after the dash says who is reported ("Talks
/// stall - Foreign Minister"): it stays in the headline.
fn split_site_name(title: &str) -> (String, Option<String>) {
    use crate::entities::lexicon::{in_list, ROLE_NOUNS, TITLES};
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
        if let Some(k) = title.rfind(sep) {
            let (head, site) = (title[..k].trim(), title[k + sep.len()..].trim());
            let n = site.split_whitespace().count();
            if (1..=5).contains(&n)
                && name_like(site)
                && !site.contains(':')
                && !site
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| in_list(TITLES, w) || in_list(ROLE_NOUNS, w))
                && text::words(head).len() >= 4
            {
                return (head.to_string(), Some(site.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

/// Removes a leading bullet (`•`, `·`, `-`, `*`, `–`, `▪`) followed by a space.
fn strip_bullet(text: &str) -> (String, bool) {
    let mut chars = text.chars();
    if let Some(c) = chars.next() {
        let rest = chars.as_str();
        if matches!(
            c,
            '\u{2022}'
                | '\u{b7}'
                | '\u{25e6}'
                | '\u{25aa}'
                | '\u{25cf}'
                | '\u{2023}'
                | '\u{2043}'
                | '*'
                | '-'
                | '\u{2013}'
                | '\u{2014}'
                | '>'
        ) && rest.starts_with(' ')
            && rest.trim().chars().any(char::is_alphanumeric)
        {
            return (rest.trim().to_string(), true);
        }
    }
    (text.to_string(), false)
}

/// Whether `next` continues the paragraph whose last line is `prev` (hard-wrapped text) rather
/// than starting a new one. A line that ends a sentence ends its paragraph when the
/// next one starts like a sentence; a short line that ends without punctuation is a
/// heading unless the next line starts in lowercase.
fn continues(prev: &str, next: &str) -> bool {
    // A caption ending in its credit, or a new line opening with a wire dateline,
    // ends the paragraph however the lines run.
    if prev.ends_with(')') && prev.rfind('(').is_some_and(|open| is_credit(&prev[open..])) {
        return false;
    }
    if without_wire_dateline(next).len() < next.len() || opens_with_agency_dateline(next) {
        return false;
    }
    let next_lower = next
        .trim_start_matches(text::is_opener)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if ends_sentence(prev) {
        return next_lower;
    }
    // A hard-wrapped line is filled to the width of the lines after it; a line much
    // shorter than the next (a headline above its standfirst) was not wrapped.
    let (p, n) = (prev.chars().count(), next.chars().count());
    next_lower || (p >= 40 && n <= p + 30)
}

/// Furniture recognisable from one line alone.
fn line_furniture(line: &str) -> Option<FurnitureKind> {
    if !line.chars().any(char::is_alphanumeric) {
        return Some(FurnitureKind::Separator);
    }
    let words = text::words(line).len();
    if metadata::is_reading_time(line) {
        return Some(FurnitureKind::ReadingTime(metadata::find_full_date(line)));
    }
    let posted = ["posted", "published", "updated", "last updated"]
        .iter()
        .any(|p| text::fold(line).starts_with(p));
    if !ends_sentence(line) || words <= 6 || (posted && words <= 14) {
        if let Some(date) = metadata::dateline_date(line) {
            return Some(FurnitureKind::Dateline(date));
        }
    }
    // "by Staff reporter", "By Our Correspondent": a byline naming no one; "News ID:
    // 4095": the page's number for the story.
    let folded = text::fold(line);
    if words <= 5
        && ["by staff", "by our ", "by a staff", "by the staff"]
            .iter()
            .any(|p| folded.starts_with(p))
        || words <= 4 && folded.contains(" id:")
    {
        return Some(FurnitureKind::Interface);
    }
    // "Updated: 2 hours ago", "Published yesterday": a timestamp without a date.
    // "Powered by Example Media": the site's platform.
    let powered = text::fold(line).starts_with("powered by");
    if (posted || powered) && words <= 8 && !ends_sentence(line) {
        return Some(FurnitureKind::Interface);
    }
    if let Some(name) = metadata::byline_name(line) {
        return Some(FurnitureKind::Byline(name));
    }
    // "Jana Roe Contributor", "Jana Roe, Staff Writer": a name and a journalist's role.
    if let Some(name) = role_byline(line) {
        return Some(FurnitureKind::Byline(name));
    }
    // A wire credit on its own line: "PTI", "Source: PTI", "AP/Reuters".
    let credited = line
        .trim()
        .strip_prefix("Source:")
        .or_else(|| line.trim().strip_prefix("Sources:"))
        .unwrap_or(line)
        .trim();
    if words <= 6
        && credited
            .split(['/', ',', '|'])
            .all(|w| metadata::wire_name(w.trim()).is_some())
    {
        return Some(FurnitureKind::Credit);
    }
    // "Source: Example News": a short credit line naming where the story came from.
    if words <= 6 && credited.len() < line.trim().len() && !ends_sentence(line) {
        return Some(FurnitureKind::Credit);
    }
    // A wire's staff credit: "(Reporting by ...; Editing by ...)".
    let credit_line = text::fold(line.trim_start_matches('('));
    if words <= 40
        && [
            "reporting by",
            "additional reporting by",
            "editing by",
            "writing by",
            "compiled by",
        ]
        .iter()
        .any(|p| credit_line.starts_with(p))
        && (line.starts_with('(') || line.contains(';'))
    {
        return Some(FurnitureKind::Credit);
    }
    if let Some(owner) = copyright_owner(line) {
        return Some(FurnitureKind::Masthead(owner));
    }
    // "The Valley Nation (Orrapolis)": a paper and the city it is published in, a
    // form no sentence takes.
    if line.ends_with(')') {
        if let Some(name) = masthead_name(line) {
            return Some(FurnitureKind::Masthead(name));
        }
    }
    if is_copyright(line) {
        return Some(FurnitureKind::Promotion);
    }
    let lower = text::fold(line);
    // A breadcrumb trail: "Home » News » India".
    if words <= 25 && (line.matches(" \u{bb} ").count() >= 1 || line.matches(" > ").count() >= 2) {
        return Some(FurnitureKind::Interface);
    }
    // "Disclaimer: views are the writer's own ...".
    if words <= 40 && lower.starts_with("disclaimer:") {
        return Some(FurnitureKind::Promotion);
    }
    if words <= 25
        && ["tags:", "tagged:", "topics:", "filed under:"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return Some(FurnitureKind::Interface);
    }
    // "Bell Icon", "menu IconUser": the names of a site's icons.
    if words <= 4
        && line.split_whitespace().any(|w| {
            w == "Icon"
                || w.starts_with("Icon") && w[4..].starts_with(char::is_uppercase)
                || w.ends_with("Icon")
        })
    {
        return Some(FurnitureKind::Interface);
    }
    let key = loose_key(line);
    let without_numbers: Vec<&str> = key
        .split(' ')
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    if words <= 8 && INTERFACE_LINES.contains(&without_numbers.join(" ").as_str()) {
        return Some(FurnitureKind::Interface);
    }
    if RELATED_PREFIXES.iter().any(|p| lower.starts_with(p)) && words <= 25 {
        return Some(FurnitureKind::Related);
    }
    if words <= 45 && PROMOTION_PHRASES.iter().any(|p| lower.contains(p)) {
        return Some(FurnitureKind::Promotion);
    }
    // "Why not follow Valley News on Facebook, Twitter and Instagram?": the outlet
    // asking to be followed.
    if words <= 45 {
        if let Some(name) = follow_prompt(line) {
            let pronoun =
                ["us", "me", "them", "him", "her"].contains(&name.to_lowercase().as_str());
            return Some(if name_like(&name) && !pronoun {
                FurnitureKind::Masthead(name)
            } else {
                FurnitureKind::Promotion
            });
        }
    }
    if is_credit(line) {
        return Some(FurnitureKind::Credit);
    }
    // "Jane Roe contributed to this report.", "Additional reporting by ...".
    let folded = text::fold(line.trim_start_matches(['(', '[']));
    if words <= 25
        && (lower.contains("contributed to this report")
            || lower.contains("contributed reporting")
            || staff_credit_line(line, &folded)
            || agency_inputs_line(&folded))
    {
        return Some(FurnitureKind::Credit);
    }
    None
}

/// "With inputs from PTI", "With PTI inputs", "(With agency inputs)": a line that
/// credits an agency's copy.
fn agency_inputs_line(folded: &str) -> bool {
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 6
        && words.first() == Some(&"with")
        && (words.get(1) == Some(&"inputs") && words.get(2) == Some(&"from")
            || words.len() >= 3 && matches!(words[words.len() - 1], "inputs" | "input"))
}

/// "Additional reporting by Pieter Janssen in Rotterdam.": a staff credit prefix,
/// then a name (not "Reporting by the agency was thorough").
fn staff_credit_line(line: &str, folded: &str) -> bool {
    STAFF_CREDITS.iter().any(|p| {
        folded.starts_with(p)
            && line
                .trim_start_matches(['(', '['])
                .get(p.len()..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !matches!(w, "The" | "A" | "An")
                })
    })
}

/// How a wire's or paper's staff credit opens.
const STAFF_CREDITS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "additional reporting from",
    "with reporting by",
    "reporting and writing by",
    "editing by",
    "writing by",
    "compiled by",
    "translated by",
];

/// A short note about the writer closing the story: "Jana Roe is a senior
/// correspondent at the Valley Echo." — two to four capitalised words, "is a/an/the",
/// and a word for a journalist.
/// The publication a writer's note names: "... is Valley Editor of The Valley
/// Times", "... a web reporter for The Valley Weekly covering ...".
pub fn bio_outlet(paragraph: &str) -> Option<String> {
    if !is_author_bio(paragraph) {
        return None;
    }
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    words.windows(2).enumerate().find_map(|(k, w)| {
        if !matches!(w[0], "for" | "of" | "at") || !w[1].starts_with(char::is_uppercase) {
            return None;
        }
        let name: Vec<&str> = words[k + 1..]
            .iter()
            .take_while(|x| x.starts_with(char::is_uppercase))
            .map(|x| x.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .take(6)
            .collect();
        masthead_name(&name.join(" "))
    })
}

fn is_author_bio(paragraph: &str) -> bool {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    if words.len() > 35 {
        return false;
    }
    let journalist_word = |w: &str| {
        let w = text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        matches!(
            w.as_str(),
            "journalist"
                | "correspondent"
                | "reporter"
                | "editor"
                | "writer"
                | "columnist"
                | "contributor"
                | "freelancer"
                | "photographer"
                | "producer"
        )
    };
    // "... where he is a web reporter for The Valley Post ...": the writer's
    // career, told in the third person, closing the page.
    let career = words.windows(3).any(|w| {
        matches!(w[0], "he" | "she") && w[1] == "is" && matches!(w[2], "a" | "an" | "the")
    }) && words.iter().any(|w| journalist_word(w))
        && words
            .windows(2)
            .any(|w| matches!(w[0], "for" | "at") && w[1].starts_with(char::is_uppercase));
    let Some(k) = words
        .iter()
        .position(|w| *w == "is")
        .filter(|&k| (2..=4).contains(&k))
    else {
        return career;
    };
    let named = words[..k]
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "Jana Roe is the editor of ...", "Jana Roe is Valley Editor of ...".
    let article = words
        .get(k + 1)
        .is_some_and(|w| matches!(*w, "a" | "an" | "the") || w.starts_with(char::is_uppercase));
    let journalist = words[k + 1..].iter().any(|w| journalist_word(w));
    named && article && journalist || career
}

/// A wire's staff credit closing a paragraph, `... said. (Writing by Jane Roe; Editing
/// by John Doe)`: the paragraph without it, and the credit.
fn trailing_staff_credit(paragraph: &str) -> Option<(String, String)> {
    let trimmed = paragraph.trim_end();
    if !trimmed.ends_with(')') {
        return None;
    }
    let open = trimmed.rfind('(')?;
    let inside = text::fold(&trimmed[open + 1..]);
    let staff = [
        "reporting by",
        "additional reporting by",
        "editing by",
        "writing by",
        "compiled by",
    ]
    .iter()
    .any(|p| inside.starts_with(p));
    let rest = trimmed[..open].trim_end();
    (staff && open > 0 && ends_sentence(rest))
        .then(|| (rest.to_string(), trimmed[open..].to_string()))
}

/// Words that name a kind of publication, as mastheads and blog names use them.
const PUBLICATION_WORDS: &[&str] = &[
    "nation",
    "mail",
    "inquirer",
    "statesman",
    "spectator",
    "advertiser",
    "ledger",
    "review",
    "daily",
    "weekly",
    "dispatch",
    "dispatches",
    "herald",
    "times",
    "post",
    "news",
    "monitor",
    "journal",
    "gazette",
    "tribune",
    "chronicle",
    "observer",
    "telegraph",
    "express",
    "standard",
    "digest",
    "notes",
    "diary",
    "blog",
    "insider",
    "courier",
    "bulletin",
    "record",
    "reporter",
    "sentinel",
    "mercury",
    "examiner",
    "globe",
    "star",
    "mirror",
    "independent",
    "guardian",
    "magazine",
    "quarterly",
    "letter",
    "newsletter",
    "online",
];

/// Lowercase words allowed inside a publication's name.
const NAME_CONNECTORS: &[&str] = &["of", "the", "from", "and", "on", "for", "in", "de", "la"];

/// The publication a line names when it is a masthead: two to six words, all of them
/// capitalised (or the whole line in capitals), no digits or sentence punctuation,
/// and one of them a word for a publication (`Review`, `Herald`, `Notes`). A line in
/// capitals is given in title case.
pub fn masthead_name(line: &str) -> Option<String> {
    let line = line.trim();
    // "The Nation (Nairobi)": the city a paper is published in, in brackets.
    if let Some(head) = line.strip_suffix(')') {
        if let Some((name, city)) = head.rsplit_once(" (") {
            let city_ok = !city.is_empty()
                && city
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && crate::entities::lexicon::is_known_place(city);
            return (city_ok && !name.contains('('))
                .then(|| masthead_name(name))
                .flatten()
                .map(|n| format!("{n} ({city})"));
        }
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(2..=6).contains(&words.len())
        || line
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | ';' | '?' | '!' | '"'))
    {
        return None;
    }
    // "GET LIVE MARKET QUOTES & NEWS", "News App": a prompt or an app, not a title.
    const PROMPTS: &[&str] = &[
        "get",
        "download",
        "read",
        "subscribe",
        "sign",
        "follow",
        "join",
        "watch",
        "listen",
        "click",
        "install",
        "try",
        "share",
    ];
    if PROMPTS.contains(&words[0].to_lowercase().as_str())
        || words
            .iter()
            .any(|w| matches!(w.to_lowercase().as_str(), "app" | "apps" | "newsapp"))
    {
        return None;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let shouted = letters.iter().all(|c| c.is_uppercase());
    let named = words.iter().enumerate().all(|(k, w)| {
        w.chars().next().is_some_and(char::is_uppercase) || (k > 0 && NAME_CONNECTORS.contains(w))
    });
    // The publication word leads or ends the name: "Daily Courier", "Valley Notes",
    // "Notes from the Valley" (not "Farmers Set Record Harvest Target").
    let is_publication = |w: &&str| PUBLICATION_WORDS.contains(&w.to_lowercase().as_str());
    let lead = words
        .iter()
        .find(|w| !w.eq_ignore_ascii_case("the"))
        .is_some_and(is_publication);
    let publication = lead || words.last().is_some_and(is_publication);
    if !(shouted || named) || !publication {
        return None;
    }
    if !shouted {
        return Some(words.join(" "));
    }
    let cased: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let lower = w.to_lowercase();
            if k > 0 && NAME_CONNECTORS.contains(&lower.as_str()) {
                return lower;
            }
            let mut cs = lower.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().chain(cs).collect(),
                None => lower,
            }
        })
        .collect();
    Some(cased.join(" "))
}

/// A copyright line: `© 2022 Example News. All rights reserved.`, `Copyright 2021 X`.
fn is_copyright(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    // A site's terms may follow in the same line: "© 2018 Example Journals. All
    // rights reserved. Reading this site means ...": its first sentence is the notice.
    let first = t.split(". ").next().unwrap_or(t);
    (t.starts_with('\u{a9}') || lower.starts_with("copyright") || lower.starts_with("(c) "))
        && (text::words(t).len() <= 20
            || (text::words(first).len() <= 12 && lower.contains("all rights reserved")))
}

/// The owner named in a copyright line, when it is a publication's name:
/// `© The Daily Example 2022` → "The Daily Example".
pub fn copyright_owner(line: &str) -> Option<String> {
    // "© Getty Images": a photo's owner, not the publication's.
    if !is_copyright(line) || is_credit(line) || line.to_lowercase().contains("images") {
        return None;
    }
    let lower = line.to_lowercase();
    let cut = lower.find("all rights reserved").unwrap_or(line.len());
    // "Copyright 2016 Example Radio. To see more, visit ...": the owner's sentence.
    let cut = line[..cut]
        .char_indices()
        .find(|&(i, c)| c == '.' && line[i + 1..].starts_with(' ') && i > 0)
        .map_or(cut, |(i, _)| i)
        .min(cut);
    // "© Copyright 2019 ...", "Copyright © 2018, ...": the marks in either order.
    let mut rest = line[..cut].trim();
    loop {
        let before = rest.len();
        for mark in ["\u{a9}", "Copyright", "copyright", "(c)", "(C)"] {
            rest = rest.trim_start_matches(mark).trim_start();
        }
        if rest.len() == before {
            break;
        }
    }
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '.' | ',' | '-' | '\u{2013}' | '\u{2014}' | '|'))
        })
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let name = words.join(" ");
    masthead_name(&name)
        .or_else(|| {
            let named = (1..=6).contains(&words.len())
                && words.iter().enumerate().all(|(k, w)| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || (k > 0 && NAME_CONNECTORS.contains(w))
                });
            named.then_some(name.clone())
        })
        .filter(|n| !n.is_empty())
}

/// A photo credit or a caption ending in one. An opening wire dateline
/// (`CITY, May 2 (XYZ/AFP) - ...`) is a story's start, not a credit.
fn is_credit(text: &str) -> bool {
    let lower = without_wire_dateline(text).to_lowercase();
    let words = text::words(text).len();
    // A long caption still ends in its bracketed credit: "... (Jane Roe/Wire via AP)".
    let closing_credit = text.trim_end().ends_with(')')
        && text.rfind('(').is_some_and(|open| {
            let tail = text[open..].to_lowercase();
            CREDIT_MARKS.iter().any(|m| tail.contains(m))
        });
    // "Board chair Jane Roe.(VE Photo)", "(File photo)": a bracketed photo credit
    // closing a caption.
    let photo_credit = text.trim_end().ends_with(')')
        && text.rfind('(').is_some_and(|open| {
            let inner = text[open + 1..text.trim_end().len() - 1]
                .trim()
                .to_lowercase();
            inner.ends_with("photo") || inner.ends_with("photos") || inner.ends_with("picture")
        });
    (words <= 60 || (words <= 120 && (closing_credit || agency_photographer(text))))
        && (photo_credit
            || agency_photographer(text)
            || CREDIT_MARKS.iter().any(|m| lower.contains(m)))
}

/// Whether a caption ends with its photographer's credit: an agency in capitals,
/// a slash and the name ("... on 12 June. ORRA-EFE/Ana Roe"), or in brackets the
/// name, a slash and the outlet ("(Ana Roe / Valley Times)").
fn agency_photographer(text: &str) -> bool {
    let text = text.trim_end();
    let name = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || "-'.".contains(c))
            })
    };
    if let Some(inner) = text
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|open| &t[open + 1..]))
    {
        return inner
            .split_once('/')
            .is_some_and(|(who, outlet)| name(who) && name(outlet));
    }
    let Some((head, who)) = text.rsplit_once('/') else {
        return false;
    };
    let agency = head.rsplit(char::is_whitespace).next().unwrap_or("");
    let agency_ok = agency
        .split('-')
        .all(|part| part.chars().count() >= 2 && part.chars().all(|c| c.is_ascii_uppercase()));
    agency_ok && name(who) && !who.ends_with('.')
}

/// A line opening `CITY (Agency) -`: a place in capitals, a known agency in brackets.
fn opens_with_agency_dateline(line: &str) -> bool {
    let Some(open) = line.find(" (") else {
        return false;
    };
    let Some(close) = line[open..].find(')').map(|c| open + c) else {
        return false;
    };
    let place = &line[..open];
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3
        && letters.iter().all(|c| c.is_uppercase())
        && !place.contains(['.', '!', '?'])
        && metadata::wire_name(line[open + 2..close].trim()).is_some()
        && line[close + 1..]
            .trim_start()
            .starts_with(['-', '\u{2013}', '\u{2014}'])
}

/// The paragraph after an opening dateline that ends in a bracketed credit and a dash
/// (`CITY, Country, May 2, 2021 (XYZ/AFP) \u{2013} `), or the whole paragraph.
pub fn without_wire_dateline(text: &str) -> &str {
    let head_end = text.char_indices().nth(90).map_or(text.len(), |(i, _)| i);
    let Some(open) = text[..head_end].find('(') else {
        return text;
    };
    let Some(close) = text[open..head_end].find(')').map(|c| open + c) else {
        return text;
    };
    let before = &text[..open];
    let rest = text[close + 1..].trim_start();
    let dash = rest.starts_with(['-', '\u{2013}', '\u{2014}']);
    // The bracket credits agencies: `(AFP)`, `(XYZ/AFP)`, `(Reuters)`.
    let inside = &text[open + 1..close];
    let agencies = !inside.trim().is_empty()
        && inside.split(['/', ' ']).filter(|w| !w.is_empty()).all(|w| {
            metadata::wire_name(w).is_some()
                || (w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()))
        });
    if !dash || !agencies || before.contains(['.', '!', '?']) || !before.contains(',') {
        return text;
    }
    rest.trim_start_matches(['-', '\u{2013}', '\u{2014}'])
        .trim_start()
}

/// A headline is one short line that does not end with a full stop.
fn looks_like_headline(text: &str) -> bool {
    let words = text::words(text).len();
    let trimmed = text.trim_end_matches(text::is_closer);
    (2..=25).contains(&words)
        && text.chars().count() <= 200
        && !trimmed.ends_with('.')
        && !trimmed.ends_with(',')
        && !trimmed.ends_with(':')
        && text
            .trim_start_matches(text::is_opener)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A stand-in title: the first sentence, cut at twelve words.
fn opening_words(text: &str) -> String {
    let sentence = text
        .split_inclusive(['.', '!', '?'])
        .next()
        .unwrap_or(text)
        .trim();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= 12 {
        sentence.to_string()
    } else {
        format!(
            "{}\u{2026}",
            words[..12].join(" ").trim_end_matches([',', ';', ':'])
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wrapped_lines_and_splits_at_sentence_ends() {
        let body = "A headline here\n\nThe first line of a paragraph that is wrapped at about ninety\ncharacters goes on.\nA new one starts.\n\nBalancing act\n\n  \u{2022} A bulleted point.\n  \u{2022} Another point.\n";
        let c = clean(body, 1, None);
        assert_eq!(c.title.unwrap().text, "A headline here");
        assert_eq!(
            c.paragraphs,
            vec![
                "The first line of a paragraph that is wrapped at about ninety characters goes on.",
                "A new one starts.",
                "Balancing act",
                "A bulleted point.",
                "Another point.",
            ]
        );
    }

    #[test]
    fn a_headline_printed_twice_does_not_run_into_the_story() {
        let c = clean(
            "Ministers of both valleys meet over the long river dispute\nMinisters of both valleys meet over the long river dispute\nThe two ministers met on Monday and agreed to talk again.\n",
            1,
            None,
        );
        assert_eq!(
            c.paragraphs,
            vec!["The two ministers met on Monday and agreed to talk again."]
        );
    }

    #[test]
    fn removes_furniture_of_many_kinds() {
        let body = "Big news today\n\nBig news today\u{a0}\n\nJohn Roe\n4 min read\u{b7}Mar 3, 2021\n\n--\n\nIt happened. \u{2013} Reuters\n\nPhoto: Jane Doe/Reuters\n\nShare this article\n\nComments (12)\n\nRelated: Other things happened\n\nFollow us on Twitter for more!\n\nJohn Roe\n";
        let c = clean(body, 1, None);
        assert_eq!(c.paragraphs, vec!["It happened."]);
        let kinds: Vec<_> = c.furniture.iter().map(|f| &f.kind).collect();
        assert!(kinds.contains(&&FurnitureKind::Byline("John Roe".into())));
        assert!(kinds.contains(&&FurnitureKind::SignOff("Reuters")));
        assert!(kinds.contains(&&FurnitureKind::ReadingTime(Date::new(2021, 3, 3))));
        assert!(kinds.contains(&&FurnitureKind::AuthorRepeat));
    }

    #[test]
    fn keeps_real_short_paragraphs() {
        let body = "Title of story\n\nHe resigned.\n\nWhy now?\n\nNo one knows.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec!["He resigned.", "Why now?", "No one knows."]
        );
    }

    #[test]
    fn lead_without_headline_gives_opening_words() {
        let c = clean("The minister said on Monday that the long awaited reform of the pension system would wait.\n", 1, None);
        let t = c.title.unwrap();
        assert!(!t.from_headline);
        assert_eq!(
            t.text,
            "The minister said on Monday that the long awaited reform of the\u{2026}"
        );
        assert_eq!(c.paragraphs.len(), 1);
    }
}

#[cfg(test)]
mod page_tests {
    use super::*;

    #[test]
    fn a_date_stamped_before_the_text_is_furniture() {
        let c = clean(
            " date 2019-04-02 The river council met on Monday to discuss the dam.\n\nIt will meet again in May.\n",
            1,
            None,
        );
        assert_eq!(
            c.paragraphs[0],
            "The river council met on Monday to discuss the dam."
        );
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::PageStamp(Date::new(2019, 4, 2).unwrap())));
        // Only at the very start, and only a real date.
        assert_eq!(page_stamp("date 2019-02-30 Text"), None);
        assert_eq!(page_stamp("dated 2019-02-03 Text"), None);
        assert_eq!(page_stamp("date 2019-02-031"), None);
    }

    #[test]
    fn breadcrumbs_icons_captions_and_closing_tags() {
        let body = "Home / Region News / Valley towns vote to share one water board\n\
                    Bell Icon\n\
                    menu IconUser\n\
                    Ana Roe, the board's chair.(VE Photo)\n\
                    Updated on Mar 3, 2021 06:25 AM IST\n\n\
                    Three towns voted on Tuesday to share one water board.\n\n\
                    Crowds wait outside the town hall in Orrin. \u{2014} AFP\n\n\
                    The board will meet in April.\n\n\
                    water boards valley\n\n\
                    More Stories\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Valley towns vote to share one water board"
        );
        assert_eq!(
            c.paragraphs,
            vec![
                "Three towns voted on Tuesday to share one water board.",
                "The board will meet in April.",
            ]
        );
    }

    #[test]
    fn a_sections_label_above_the_headline() {
        let c = clean(
            "News\n02 Jan 2023, 13:07\nAna Orrick\n\nMinister calls for an earlier coal exit\n\nThe minister called on Monday for an earlier exit from coal.\n",
            1,
            None,
        );
        assert_eq!(
            c.title.unwrap().text,
            "Minister calls for an earlier coal exit"
        );
        assert_eq!(
            c.paragraphs,
            vec!["The minister called on Monday for an earlier exit from coal."]
        );
    }

    #[test]
    fn captions_credited_with_pic_and_donation_prompts() {
        let c = clean(
            "Valley win the final\n\nSupport our Valley today - please donate here\n\nValley beat Orra by a point on Sunday.\n\nValley's Ana Orrick celebrates with the manager. Pic: OPA/Ilo Brakken\n\nThe team flew home on Monday.\n",
            1,
            None,
        );
        assert_eq!(c.title.unwrap().text, "Valley win the final");
        assert_eq!(
            c.paragraphs,
            vec![
                "Valley beat Orra by a point on Sunday.",
                "The team flew home on Monday."
            ]
        );
    }

    #[test]
    fn source_lines_and_bracketed_caption_credits() {
        let c = clean(
            "Towns share a water board\n\nThree towns voted on Tuesday to share one board.\n\nCrowds at the town hall in Orrin on May 4. (AP)\n\nThe board meets in April.\n\nIts chair is elected in May.\n\nSource: Valley Echo\n",
            1,
            None,
        );
        assert_eq!(
            c.paragraphs,
            vec![
                "Three towns voted on Tuesday to share one board.",
                "The board meets in April.",
                "Its chair is elected in May."
            ]
        );
    }

    #[test]
    fn a_quoted_or_single_closing_line_is_not_a_tag() {
        let c = clean(
            "Towns share a water board\n\nThe chair had one word for it:\n\n\"Overdue\"\n",
            1,
            None,
        );
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    }
}

#[cfg(test)]
mod masthead_tests {
    use super::*;

    #[test]
    fn page_titles_timestamps_and_reading_times() {
        let c = clean(
            "Menu\nFlood waters recede in northern towns | Valley Echo\nPublished 14 March 2022\nResidents began clearing mud on Monday as the water receded.\n",
            0,
            None,
        );
        let title = c.title.unwrap();
        assert_eq!(title.text, "Flood waters recede in northern towns");
        assert_eq!(c.paragraphs.len(), 1, "{:?}", c.paragraphs);
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Masthead("Valley Echo".into())));
        let c = clean(
            "Tech giant unveils new phone - The Daily Orra\nUpdated: 2 hours ago\nA phone with a folding screen was unveiled on Wednesday.\n",
            0,
            None,
        );
        assert_eq!(c.title.unwrap().text, "Tech giant unveils new phone");
        // A headline above a reading time is not its author.
        let c = clean(
            "LATEST NEWS\nMinister resigns after expenses row\n3 min read\nThe transport minister resigned on Thursday after weeks of pressure.\n",
            0,
            None,
        );
        assert_eq!(c.title.unwrap().text, "Minister resigns after expenses row");
        assert!(!c
            .furniture
            .iter()
            .any(|f| matches!(f.kind, FurnitureKind::Byline(_))));
        // A dash inside a headline stays.
        assert_eq!(
            split_site_name("Ceasefire holds - for now").0,
            "Ceasefire holds - for now"
        );
        // So does the role of the person the headline reports.
        assert_eq!(
            split_site_name("Orra tried to agree a new truce in talks - Foreign Minister"),
            (
                "Orra tried to agree a new truce in talks - Foreign Minister".to_string(),
                None
            )
        );
        // A headline printed only under photos, once alone and once after a caption.
        let c = clean(
            "The minister has been summoned over the ban.\n\nOrra Brakov. Judge summons minister over the river ban\n\nThe judge said so.\n\nJudge summons minister over the river ban\n\nHe went on.\n",
            1,
            None,
        );
        assert_eq!(
            c.title.unwrap().text,
            "Judge summons minister over the river ban"
        );
        assert_eq!(
            c.paragraphs,
            vec![
                "The minister has been summoned over the ban.",
                "The judge said so.",
                "He went on."
            ]
        );
        // The site's logo text names the outlet.
        assert_eq!(
            logo_name("valley aviation logo").as_deref(),
            Some("Valley Aviation")
        );
        assert_eq!(logo_name("Click the logo"), None);
        // A byline naming no one, and a story's number on the page.
        for line in ["by Staff reporter", "By Our Correspondent", "News ID: 4095"] {
            assert_eq!(
                line_furniture(line),
                Some(FurnitureKind::Interface),
                "{line}"
            );
        }
        // A site's platform line and a caption credited "Photo / X".
        assert_eq!(
            line_furniture("Powered by ORRA MEDIA valley news logo"),
            Some(FurnitureKind::Interface)
        );
        assert!(is_credit(
            "The pilot academy was a hot topic at the meeting. Photo / Orra Media"
        ));
        // A site's address alone above the headline is its masthead.
        let c = clean(
            "OrraNews.com\nTowns vote to share one water board\n\nThree towns voted on Tuesday.\n",
            1,
            None,
        );
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Masthead("OrraNews.com".into())));
        assert_eq!(c.title.unwrap().text, "Towns vote to share one water board");
        // Also when the page's links run on after it.
        let c = clean(
            "OrraNews.com\u{ab} Back to articlePrint this article\n\nTowns vote to share one water board\n\nThree towns voted on Tuesday.\n",
            1,
            None,
        );
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Masthead("OrraNews.com".into())));
    }

    #[test]
    fn masthead_lines_name_the_outlet() {
        assert_eq!(
            masthead_name("THE NORTHERN GAZETTE").as_deref(),
            Some("The Northern Gazette")
        );
        assert_eq!(
            masthead_name("Notes from the Valley").as_deref(),
            Some("Notes from the Valley")
        );
        assert_eq!(masthead_name("Farmers protest new grain tax"), None);
        assert_eq!(masthead_name("Harbour News. Updated 2021"), None);
        assert_eq!(masthead_name("Rain Tomorrow"), None);
        assert_eq!(masthead_name("Farmers Set Record Harvest Target"), None);
        assert_eq!(copyright_owner("\u{a9} Getty Images"), None);
    }

    #[test]
    fn section_labels_role_bylines_and_handout_credits() {
        let body = "World\n\nMayor opens a new bridge over the river\n\nOla Brenn, City Hall/Handout via Wirewire\n\nJana Roe Contributor\n\nThe mayor opened the bridge on a sunny morning. Crowds gathered.\n\nShe thanked the builders.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Mayor opens a new bridge over the river"
        );
        assert_eq!(
            c.paragraphs,
            vec![
                "The mayor opened the bridge on a sunny morning. Crowds gathered.",
                "She thanked the builders."
            ]
        );
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Byline("Jana Roe".into())));
    }

    #[test]
    fn a_headline_does_not_run_into_a_longer_standfirst() {
        let body = "Council delays the vote on the new harbour bridge plan\nCouncillors asked for more time to study the costs of the bridge and put the vote off until the spring session.\nThe mayor said she was disappointed.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Council delays the vote on the new harbour bridge plan"
        );
        // Hard-wrapped lines of one width still join.
        let body = "Headline here\n\nThe council met on Monday and agreed after a long and\nHeated debate to put the vote on the bridge off.\n";
        let c = clean(body, 1, None);
        assert_eq!(c.paragraphs.len(), 1);
    }

    #[test]
    fn teasers_below_the_copyright_line_are_furniture() {
        let body = "Bridge opens\n\nThe mayor opened the bridge on Monday.\n\nCrowds gathered.\n\n\u{a9} Copyright 2024 Valley Echo. All rights reserved.\n\nFloods hit the northern towns\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec!["The mayor opened the bridge on Monday.", "Crowds gathered."]
        );
    }

    #[test]
    fn a_syndication_line_names_outlet_and_headline() {
        let body = "HARWICK \u{2014} The mayor opened the bridge on Monday.\n\nCrowds gathered.\n\nThis article originally appeared on The Valley Echo: Mayor opens bridge\n";
        let c = clean(body, 1, None);
        assert_eq!(c.title.unwrap().text, "Mayor opens bridge");
        assert_eq!(c.paragraphs.len(), 2);
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Masthead("The Valley Echo".into())));
    }

    #[test]
    fn masthead_above_headline_is_furniture() {
        let body = "Riverside Chronicle\n\nMayor opens a new bridge over the river\n\nThe mayor opened the bridge on a sunny morning. Crowds gathered.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Mayor opens a new bridge over the river"
        );
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Masthead("Riverside Chronicle".into())));
    }

    #[test]
    fn page_chrome_above_a_headline_before_its_dateline() {
        let body = "GET DAILY FARM PRICES & NEWS\n\nDownload App\n\nHome \u{bb} News \u{bb} Valley farmers win water rights case\n\nPrevious | Next\n\nValley farmers win water rights case\n\nSource: PTI\nJune 02, 2014 09:59 IST\nGet Valley News in your Inbox:\n\nFarmers in the valley won their case on Monday, the court said in a ruling.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Valley farmers win water rights case"
        );
        assert_eq!(
            c.paragraphs,
            vec!["Farmers in the valley won their case on Monday, the court said in a ruling."]
        );
        assert!(!c
            .furniture
            .iter()
            .any(|f| matches!(f.kind, FurnitureKind::Masthead(_))));
        assert_eq!(masthead_name("News App"), None);
        assert_eq!(masthead_name("Read The Valley Times"), None);
    }

    #[test]
    fn a_lone_headline_is_not_a_masthead() {
        let body = "Village News Returns\n\nThe paper came back this week after a long pause.\n";
        let c = clean(body, 1, None);
        assert_eq!(c.title.unwrap().text, "Village News Returns");
    }

    #[test]
    fn copyright_and_tag_lines_are_furniture() {
        assert_eq!(
            copyright_owner("\u{a9} The Lakeside Courier 2021").as_deref(),
            Some("The Lakeside Courier")
        );
        assert_eq!(
            copyright_owner("\u{a9} 2020 Hill Country Post. All rights reserved.").as_deref(),
            Some("Hill Country Post")
        );
        assert!(matches!(
            line_furniture("Tags: Farming, Weather, Rivers"),
            Some(FurnitureKind::Interface)
        ));
    }

    #[test]
    fn copyright_owners_after_the_word_and_before_a_sentence() {
        assert_eq!(
            copyright_owner("\u{a9} 2018 Valley Business Journals. All rights reserved. Reading this site means you accept our Terms (revised 3/14/17) and Privacy Policy (revised 3/14/17).")
                .as_deref(),
            Some("Valley Business Journals")
        );
        assert_eq!(
            copyright_owner("\u{a9} Copyright 2019 The Valley Wire. All rights reserved.")
                .as_deref(),
            Some("The Valley Wire")
        );
        assert_eq!(
            copyright_owner("Copyright \u{a9} 2018, Valley Tribune").as_deref(),
            Some("Valley Tribune")
        );
        assert_eq!(
            copyright_owner("Copyright 2018 Lakeside Radio. To hear more, visit our site.")
                .as_deref(),
            Some("Lakeside Radio")
        );
    }

    #[test]
    fn a_wire_dateline_is_not_a_photo_credit() {
        let body = "Ferry service resumes\n\nHARBOURTON, Valdoria, May 2, 2021 (XYZ/AFP) \u{2013} Ferries sailed again on Sunday, the port said.\n\nThe port was shut for a week.\n";
        let c = clean(body, 1, None);
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
        assert!(c.paragraphs[0].starts_with("HARBOURTON"));
        // A caption with a photographer's credit is still one.
        assert!(is_credit(
            "Boats wait in the harbour on Sunday. (Jane Roe/Lakeside Wire via AP)"
        ));
        assert!(is_credit("Boats in the harbour. (Jane Roe/AFP)"));
        // The agency and photographer after a slash, or name and outlet in brackets.
        assert!(is_credit(
            "Protesters outside the senate in Orravale, 12 June 2024. ORRA-EFE/Ana Vessa Roe"
        ));
        assert!(is_credit("(Ilo Brak / Valley Times)"));
        // Not a sentence that only mentions a slash.
        assert!(!is_credit("The poll was run by the AP/NORC centre."));
        assert!(!is_credit("He said the result was good (and/or fair)."));
    }

    #[test]
    fn headline_then_dateline_and_long_captions_without_blank_lines() {
        let body = "Ferries stop as storm nears the coast\nKELMORA (AP) - Ferries stopped on Friday.\nA ferry waits in the harbour of Kelmora as the storm nears on Friday, April 2, 2021. The port said every crossing was cancelled until the wind dropped, and ferries were tied up two deep along the quay while crews checked the moorings and passengers waited in the terminal for news of the next sailing, which the port said could come on Sunday. (Jane Roe/Lakeside Wire via AP)\nThe port chief said crossings would resume soon.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.as_ref().map(|t| t.text.as_str()),
            Some("Ferries stop as storm nears the coast")
        );
        assert_eq!(
            c.paragraphs,
            vec![
                "KELMORA (AP) - Ferries stopped on Friday.",
                "The port chief said crossings would resume soon."
            ]
        );
    }

    #[test]
    fn staff_credit_lines_and_writers_notes() {
        let body = "Strike goes on\n\nDock workers stayed out on Monday.\n\nAdditional reporting by Pieter Janssen in Rotterdam.\n\nThe strike is in its second week.\n\nMarcus Reed is a senior labour correspondent at the Harwick Times.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec![
                "Dock workers stayed out on Monday.",
                "The strike is in its second week."
            ]
        );
        // A story's own sentence of that shape is kept when it is not about a writer.
        assert!(!is_author_bio(
            "Olek Marsh is a former minister of the region."
        ));
        assert!(is_author_bio("Jana Roe is the editor of Valley Notes."));
        // A post in capitals, or the writer's career told in the third person; the
        // writer's name alone above the note goes with it.
        let body = "Vote set\n\nCouncillors voted on Monday.\n\nJana Orrick\n\nJana Orrick is Valley Editor of The Valley Times\n";
        assert_eq!(
            clean(body, 1, None).paragraphs,
            vec!["Councillors voted on Monday."]
        );
        assert!(is_author_bio(
            "Originally from Orra, Ilo spent years in Vessa before moving north, where he is a web reporter for The Valley Weekly covering national news."
        ));
        assert!(!is_author_bio(
            "The court heard that he is a former reporter who left the paper."
        ));
        // Agency inputs credited on a line of their own.
        let c = clean(
            "Strike goes on\n\nDock workers stayed out on Monday.\n\nWith inputs from XNA\n",
            1,
            None,
        );
        assert_eq!(c.paragraphs, vec!["Dock workers stayed out on Monday."]);
        let c = clean(
            "Strike goes on\n\nDock workers stayed out on Monday.\n\nWith XNA inputs\n",
            1,
            None,
        );
        assert_eq!(c.paragraphs, vec!["Dock workers stayed out on Monday."]);
    }

    #[test]
    fn staff_credits_closing_a_paragraph_and_contributor_lines() {
        let body = "Ferry service resumes\n\nFerries sailed again on Sunday.\n\n\u{201c}We are open,\u{201d} the port chief said. (Writing by Jane Roe; Editing by John Doe)\n\nMaria Poe contributed to this report.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec![
                "Ferries sailed again on Sunday.",
                "\u{201c}We are open,\u{201d} the port chief said."
            ]
        );
        // Brackets that are part of the story stay.
        let c = clean(
            "Title here\n\nThe port (which is old) reopened. (It had shut.)\n",
            1,
            None,
        );
        assert_eq!(
            c.paragraphs,
            vec!["The port (which is old) reopened. (It had shut.)"]
        );
    }

    #[test]
    fn staff_credits_and_follow_prompts_are_furniture() {
        assert_eq!(
            line_furniture("(Reporting by Jo Smith; Editing by Al Brown)"),
            Some(FurnitureKind::Credit)
        );
        assert_eq!(
            line_furniture("If you liked this, follow Harbour Notes for more."),
            Some(FurnitureKind::Promotion)
        );
        assert_eq!(
            line_furniture("Reporting by the agency was thorough, she said."),
            None
        );
        // Asked to follow an outlet on social platforms: the outlet's name.
        assert_eq!(
            line_furniture("Why not follow Orra Valley News on Facebook, external, Twitter, external? Send us your ideas."),
            Some(FurnitureKind::Masthead("Orra Valley News".into()))
        );
        assert_eq!(
            line_furniture("Get them on our Telegram channel"),
            Some(FurnitureKind::Promotion)
        );
        assert_eq!(
            line_furniture("She said she would follow him on Facebook."),
            None
        );
    }

    #[test]
    fn posted_on_lines_are_datelines() {
        assert!(matches!(
            line_furniture("Posted on March 3, 2019 by Anna B."),
            Some(FurnitureKind::Dateline(_))
        ));
    }

    #[test]
    fn headlines_under_a_read_more_label_are_links() {
        let body = "Ferry fares rise\n\nThe ferry company raised fares on Monday, it said in a statement.\n\nRead more:\n\nOrra ferry workers went months without pay\n\nFlooding: Orra reports 150 new cases\n\nThe company said fares would rise again in May.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec![
                "The ferry company raised fares on Monday, it said in a statement.",
                "The company said fares would rise again in May."
            ]
        );
    }

    #[test]
    fn a_break_in_the_middle_of_a_sentence_is_no_paragraph_break() {
        let body = "Talks go on\n\n\"We will meet the minister tonight to discuss the assurance given that\n\nissues raised by the unions are being looked into,\" Ana Orrel said.\n\nThe strike is still on.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec![
                "\"We will meet the minister tonight to discuss the assurance given that issues raised by the unions are being looked into,\" Ana Orrel said.",
                "The strike is still on."
            ]
        );
    }

    #[test]
    fn a_headline_is_not_joined_to_a_lowercase_paragraph() {
        let body = "Ferry operators warn of higher fares on the northern lake routes\n\nby the numbers: fares rose a tenth in May.\n\nThe ferry company said on Monday that fares would rise again.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Ferry operators warn of higher fares on the northern lake routes"
        );
    }

    #[test]
    fn a_bracketed_link_inside_a_paragraph_is_furniture() {
        let body = "Ferry fares rise\n\nVendors were given until Sunday to move to a market called Tabo. (READ: Orra vendors given Sunday deadline to move)\n\nNone of them came back (see the map).\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.paragraphs,
            vec![
                "Vendors were given until Sunday to move to a market called Tabo.",
                "None of them came back (see the map)."
            ]
        );
    }

    #[test]
    fn a_name_alone_below_the_headline_is_a_byline() {
        // Between the headline and the story, and above the page's date.
        let body = "Ferry fares rise on the lake\n\nJana Orrin\n\nFares rise by a tenth from May.\n\nThe ferry company said on Monday that fares would rise by a tenth next month.\n";
        let c = clean(body, 1, None);
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Byline("Jana Orrin".into())));
        let body = "Ferry fares rise on the lake\n\nVessa Tal\n\nPublished: Sun 6 Nov 2016, 8:32 PM\n\nThe ferry company said on Monday that fares would rise by a tenth next month.\n";
        let c = clean(body, 1, None);
        assert!(c
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Byline("Vessa Tal".into())));
        // A name alone under a page's notice and above a caption does not make
        // the notice the headline.
        let body = "Ferry fares rise on the northern lake\n\nThis article is more than 12 years old\nJana Orrin\nJana Orrin at the ferry pier. Photograph: Orra Pictures\n\nThe ferry company said on Monday that fares would rise by a tenth next month, the first rise in years.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Ferry fares rise on the northern lake"
        );
        // Below a headline, an agency's name above the date is a credit.
        let body = "Ferry fares rise on the northern lake\n\nOrra Central News Agency\n\n11/19/2022 10:15 PM\n\nThe ferry company said on Monday that fares would rise by a tenth next month.\n";
        let c = clean(body, 1, None);
        assert_eq!(
            c.title.unwrap().text,
            "Ferry fares rise on the northern lake"
        );
        // A short headline in title case above the date is the title.
        let body = "Orra Wins the Final\n\nPublished: Sun 6 Nov 2016, 8:32 PM\n\nThe Orra team won the final on Saturday, beating Vessa by two goals.\n";
        let c = clean(body, 1, None);
        assert_eq!(c.title.unwrap().text, "Orra Wins the Final");
        // A masthead or a town above the date, and a crosshead in the story, stay.
        let body = "The Orra Ledger\n\nFerry fares rise on the lake\n\nORRA\n\nPublished: Sun 6 Nov 2016\n\nThe ferry company said on Monday that fares would rise by a tenth next month.\n\nJana Orrin\n\nShe runs the ferry.\n";
        let c = clean(body, 1, None);
        assert!(!c
            .furniture
            .iter()
            .any(|f| matches!(f.kind, FurnitureKind::Byline(_))));
        assert!(c.paragraphs.iter().any(|p| p == "ORRA"));
    }
}
