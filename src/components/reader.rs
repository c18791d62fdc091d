//! The article reader: clean text with entity mentions marked (a click filters
//! by that entity), search hits highlighted, the article's metadata, and the
//! other articles in the corpus that tell the same story.

use super::active_filters::kind_key;
use crate::nav::{context, Data, Nav};
use crate::shards::Shards;
use crate::text::{char_to_byte_offsets, highlighted, human_date};
use leptos::prelude::*;
use newsprism_model::{Article, DateValue, EntityKind, Quote};
use newsprism_query::{sort, BodyRef, Index, Results, TextQuery};
use std::collections::BTreeMap;
use std::ops::Range;

/// Related articles listed under "Same story elsewhere".
const RELATED: usize = 4;

#[component]
pub fn Reader(results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let open = Memo::new(move |_| {
        nav.view
            .with(|v| v.article.as_deref().and_then(|id| index.article_by_id(id)))
    });
    move || {
        open.get().map(|article| {
            view! { <ArticleView article results/> }
        })
    }
}

#[component]
fn ArticleView(article: u32, results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let corpus = index.corpus();
    let a: &'static Article = &corpus.articles[article as usize];
    let source = corpus
        .sources
        .get(a.source as usize)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let date = a
        .published
        .map_or_else(|| "Date unknown".to_string(), human_date);
    let shards = context::<Shards>();
    // A sharded page fetches the article's text; the metadata shows at once.
    Effect::new(move || shards.want_bodies(&[article]));
    let body = move || {
        shards.bodies.track();
        index.body(article)
    };
    let paragraphs = move || match body() {
        Some(b) => results
            .with(|r| {
                (0..b.paragraphs.len() as u32)
                    .map(|p| view! { <p>{paragraph_view(index, nav, b, article, p, &r.text)}</p> })
                    .collect::<Vec<_>>()
            })
            .into_any(),
        None => view! { <p class="loading-line" role="status">"Loading the article text…"</p> }
            .into_any(),
    };
    let entity_list = move || body().map(|body| view! { <EntityList body/> });
    let title =
        move || results.with(|r| highlighted(&a.title, &index.title_highlights(article, &r.text)));
    view! {
        <article class="reader" data-testid="reader" data-article-id=a.id.clone() aria-labelledby="reader-title">
            <div class="reader-bar">
                <span class="source">{source}</span>
                <button
                    class="close"
                    data-testid="close-reader"
                    aria-label="Close the article"
                    title="Close (Esc)"
                    on:click=move |_| nav.go(|v| v.article = None)
                >
                    "×"
                </button>
            </div>
            <h2 id="reader-title">{title}</h2>
            <dl class="reader-meta">
                <dt>"Published"</dt>
                <dd><time datetime=a.published.map(|d| d.to_string())>{date}</time></dd>
                {a.wire.clone().map(|w| view! { <dt>"Wire"</dt><dd>{w}</dd> })}
                {a.author.clone().map(|w| view! { <dt>"By"</dt><dd>{w}</dd> })}
                {move || body().map(|b| view! {
                    <dt>"File"</dt>
                    <dd class="file">{b.file.to_string()}</dd>
                    {b.url.map(|url| view! {
                        <dt>"Original"</dt>
                        <dd><a href=url.to_string() rel="noopener noreferrer nofollow" target="_blank">{display_url(url)}</a></dd>
                    })}
                })}
            </dl>
            <p class="legend" aria-hidden="true">
                <span class="mention kind-person">"person"</span>
                <span class="mention kind-organisation">"organisation"</span>
                <span class="mention kind-place">"place"</span>
                <span class="date-mention">"date"</span>
                <span class="quote">"“quotation”"</span>
                " — click a name or date to filter by it"
            </p>
            <div class="body">{paragraphs}</div>
            {entity_list}
            <RelatedArticles article/>
        </article>
    }
}

/// A marked stretch of a paragraph that cannot contain another.
#[derive(Clone, Copy)]
enum Leaf {
    Entity(u32),
    Date(DateValue),
}

/// One paragraph: quotations as spans naming their speaker, and inside them
/// entity mentions and dates as buttons that filter, search hits as marks.
fn paragraph_view(
    index: &'static Index,
    nav: Nav,
    a: BodyRef<'_>,
    article: u32,
    p: u32,
    text_query: &TextQuery,
) -> Vec<AnyView> {
    let text = &a.paragraphs[p as usize];
    let chars = text.chars().count() as u32;
    let hits = index.paragraph_highlights(article, p, text_query);

    let mut leaves: Vec<(u32, u32, Leaf)> = a
        .mentions
        .iter()
        .filter(|m| m.paragraph == p)
        .map(|m| (m.start, m.end, Leaf::Entity(m.entity)))
        .chain(
            a.date_mentions
                .iter()
                .filter(|d| d.paragraph == p)
                .map(|d| (d.start, d.end, Leaf::Date(d.value))),
        )
        .collect();
    sort::sort_by_key(&mut leaves, |l| (l.0, l.1));
    // The part of each quotation that lies in this paragraph.
    let quotes: Vec<(u32, u32, &Quote)> = a
        .quotes
        .iter()
        .filter(|q| (q.paragraph..=q.end_paragraph).contains(&p))
        .map(|q| {
            let start = if q.paragraph == p { q.start } else { 0 };
            let end = if q.end_paragraph == p { q.end } else { chars };
            (start, end, q)
        })
        .collect();

    // Every offset is in characters; convert them to bytes in one pass.
    let mut offsets: Vec<usize> = leaves
        .iter()
        .flat_map(|l| [l.0, l.1])
        .chain(quotes.iter().flat_map(|q| [q.0, q.1]))
        .map(|o| o as usize)
        .collect();
    sort::sort(&mut offsets);
    offsets.dedup();
    let bytes = char_to_byte_offsets(text, &offsets);
    let byte = |o: u32| bytes[offsets.partition_point(|&x| x < o as usize)];
    let leaves: Vec<(usize, usize, Leaf)> = leaves
        .into_iter()
        .map(|(s, e, l)| (byte(s), byte(e), l))
        .collect();

    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, quote) in quotes {
        let (start, end) = (byte(start), byte(end));
        if start < at || end <= start {
            continue;
        }
        out.extend(leaf_views(index, nav, text, at..start, &leaves, &hits));
        let speaker = quote
            .speaker
            .map(|e| index.corpus().entities[e as usize].name.clone())
            .unwrap_or_else(|| quote.speaker_text.clone());
        let title = if speaker.is_empty() {
            "Quotation".to_string()
        } else {
            format!("Quoting {speaker}")
        };
        out.push(
            view! { <span class="quote" title=title>{leaf_views(index, nav, text, start..end, &leaves, &hits)}</span> }
                .into_any(),
        );
        at = end;
    }
    out.extend(leaf_views(index, nav, text, at..text.len(), &leaves, &hits));
    out
}

/// The text of `within` (byte range of `text`) with the leaves that lie wholly
/// inside it marked, and search hits highlighted everywhere.
fn leaf_views(
    index: &'static Index,
    nav: Nav,
    text: &str,
    within: Range<usize>,
    leaves: &[(usize, usize, Leaf)],
    hits: &[Range<usize>],
) -> Vec<AnyView> {
    let entities = &index.corpus().entities;
    let mut out = Vec::new();
    let mut at = within.start;
    for &(start, end, leaf) in leaves {
        if start < at || end > within.end || end <= start {
            continue; // outside, or overlapping one already marked: the first wins
        }
        out.extend(highlighted(&text[at..start], &shift(hits, at..start)));
        let inner = highlighted(&text[start..end], &shift(hits, start..end));
        out.push(match leaf {
            Leaf::Entity(e) => {
                let entity = &entities[e as usize];
                let id = entity.id.clone();
                view! {
                    <button
                        class=format!("mention kind-{}", kind_key(entity.kind))
                        data-entity-id=id.clone()
                        title=format!("{} ({}): show articles mentioning it", entity.name, entity.kind.as_str())
                        on:click=move |_| {
                            let id = id.clone();
                            nav.go(move |v| if !v.entities.contains(&id) { v.entities.push(id) });
                        }
                    >
                        {inner}
                    </button>
                }
                .into_any()
            }
            Leaf::Date(value) => view! {
                <button
                    class="date-mention"
                    data-date=value.to_string()
                    title=format!("{value}: show articles mentioning this period")
                    on:click=move |_| {
                        nav.go(|v| {
                            v.mentioned_from = Some(value.first_day());
                            v.mentioned_to = Some(value.last_day());
                        })
                    }
                >
                    {inner}
                </button>
            }
            .into_any(),
        });
        at = end;
    }
    out.extend(highlighted(
        &text[at..within.end],
        &shift(hits, at..within.end),
    ));
    out
}

/// The hits inside `within`, as ranges relative to its start.
fn shift(hits: &[Range<usize>], within: Range<usize>) -> Vec<Range<usize>> {
    hits.iter()
        .filter(|h| h.end > within.start && h.start < within.end)
        .map(|h| h.start.max(within.start) - within.start..h.end.min(within.end) - within.start)
        .collect()
}

/// The entities of this article by kind, most mentioned first.
#[component]
fn EntityList(body: BodyRef<'static>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let entities = &index.corpus().entities;
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for m in body.mentions {
        *counts.entry(m.entity).or_default() += 1;
    }
    let groups = EntityKind::ALL.map(|kind| {
        let mut list: Vec<(u32, usize)> = counts
            .iter()
            .filter(|(e, _)| entities[**e as usize].kind == kind)
            .map(|(e, n)| (*e, *n))
            .collect();
        sort::sort_by(&mut list, |a, b| {
            b.1.cmp(&a.1).then_with(|| {
                entities[a.0 as usize]
                    .name
                    .cmp(&entities[b.0 as usize].name)
            })
        });
        (kind, list)
    });
    view! {
        <section class="in-article">
            <h3>"In this article"</h3>
            {groups.into_iter().filter(|(_, list)| !list.is_empty()).map(|(kind, list)| view! {
                <div class="group">
                    <h4>{match kind { EntityKind::Person => "People", EntityKind::Organisation => "Organisations", EntityKind::Place => "Places" }}</h4>
                    <ul class="chips">
                        {list.into_iter().map(|(e, n)| {
                            let entity = &entities[e as usize];
                            let id = entity.id.clone();
                            let also = entity.aliases.iter().filter(|a| **a != entity.name).cloned().collect::<Vec<_>>().join(", ");
                            view! {
                                <li>
                                    <button
                                        class=format!("mention kind-{}", kind_key(kind))
                                        data-entity-id=id.clone()
                                        title=if also.is_empty() { String::new() } else { format!("Also written: {also}") }
                                        on:click=move |_| {
                                            let id = id.clone();
                                            nav.go(move |v| if !v.entities.contains(&id) { v.entities.push(id) });
                                        }
                                    >
                                        {entity.name.clone()}
                                        <span class="count">{n}</span>
                                    </button>
                                </li>
                            }
                        }).collect::<Vec<_>>()}
                    </ul>
                </div>
            }).collect::<Vec<_>>()}
        </section>
    }
}

/// Other articles sharing the most entities with this one, rarer entities
/// weighing more: how other outlets told the same story.
#[component]
fn RelatedArticles(article: u32) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let corpus = index.corpus();
    let related = related_articles(index, article);
    (!related.is_empty()).then(|| {
        view! {
            <section class="related">
                <h3>"Same story elsewhere"</h3>
                <ul>
                    {related.into_iter().map(|(other, shared)| {
                        let o = &corpus.articles[other as usize];
                        let id = o.id.clone();
                        let href = {
                            let id = id.clone();
                            nav.href(move |v| v.article = Some(id))
                        };
                        let source = corpus.sources.get(o.source as usize).map(|s| s.name.clone()).unwrap_or_default();
                        view! {
                            <li>
                                <a href=href on:click=move |ev| {
                                    ev.prevent_default();
                                    let id = id.clone();
                                    nav.go(move |v| v.article = Some(id));
                                }>{o.title.clone()}</a>
                                <span class="meta">
                                    {source}
                                    {o.published.map(|d| format!(" · {}", human_date(d)))}
                                    {format!(" · shares {shared}")}
                                </span>
                            </li>
                        }
                    }).collect::<Vec<_>>()}
                </ul>
            </section>
        }
    })
}

/// Up to `RELATED` other articles by shared-entity weight (rarer entities weigh
/// more), with the names of the most telling shared entities. Walks only the
/// posting lists of this article's entities, so it stays cheap on large corpora.
fn related_articles(index: &Index, article: u32) -> Vec<(u32, String)> {
    let corpus = index.corpus();
    let n = corpus.articles.len() as f32;
    let weight = |e: u32| (n / index.entity_articles(e).len().max(1) as f32).ln() + 0.1;
    let mut scores: BTreeMap<u32, f32> = BTreeMap::new();
    for &e in index.article_entities(article) {
        for &other in index.entity_articles(e) {
            if other != article {
                *scores.entry(other).or_default() += weight(e);
            }
        }
    }
    let mut ranked: Vec<(u32, f32)> = scores.into_iter().collect();
    sort::sort_by(&mut ranked, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(RELATED)
        .map(|(other, _)| {
            let theirs = index.article_entities(other);
            let mut shared: Vec<u32> = index
                .article_entities(article)
                .iter()
                .copied()
                .filter(|e| theirs.binary_search(e).is_ok())
                .collect();
            sort::sort_by(&mut shared, |a, b| weight(*b).total_cmp(&weight(*a)));
            let names: Vec<&str> = shared
                .iter()
                .take(3)
                .map(|e| corpus.entities[*e as usize].name.as_str())
                .collect();
            let mut text = names.join(", ");
            if shared.len() > 3 {
                text.push_str(&format!(" and {} more", shared.len() - 3));
            }
            (other, text)
        })
        .collect()
}

/// The host of a URL, for a compact link label.
///
/// Written with byte and char patterns: a `&str` pattern (`split_once("://")`)
/// was the page's only use of the substring searcher (1.4 KB gzipped, measured).
fn display_url(url: &str) -> String {
    let rest = url
        .as_bytes()
        .windows(3)
        .position(|w| w == b"://")
        .map_or(url, |i| &url[i + 3..]);
    let mut host = rest.split('/').next().unwrap_or(rest);
    while let Some(shorter) = host.strip_prefix("www.") {
        host = shorter;
    }
    host.to_string()
}
