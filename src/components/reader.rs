//! The article reader: clean text with entity mentions marked (a click filters
//! by that entity), search hits highlighted, the article's metadata, and the
//! other articles in the corpus that tell the same story.

use super::active_filters::kind_key;
use crate::nav::{Data, Nav};
use crate::text::{char_to_byte_offsets, highlighted, human_date};
use leptos::prelude::*;
use newsprism_model::{Article, EntityKind};
use newsprism_query::{Index, Results, TextQuery};
use std::collections::BTreeMap;
use std::ops::Range;

/// Related articles listed under "Same story elsewhere".
const RELATED: usize = 4;

#[component]
pub fn Reader(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let Data(index) = expect_context();
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
    let nav = expect_context::<Nav>();
    let Data(index) = expect_context();
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
    let paragraphs = move || {
        results.with(|r| {
            (0..a.paragraphs.len() as u32)
                .map(|p| view! { <p>{paragraph_view(index, nav, a, article, p, &r.text)}</p> })
                .collect::<Vec<_>>()
        })
    };
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
                <dt>"File"</dt>
                <dd class="file">{a.file.clone()}</dd>
                {a.url.clone().map(|url| view! {
                    <dt>"Original"</dt>
                    <dd><a href=url.clone() rel="noopener noreferrer nofollow" target="_blank">{display_url(&url)}</a></dd>
                })}
            </dl>
            <p class="legend" aria-hidden="true">
                <span class="mention kind-person">"person"</span>
                <span class="mention kind-organisation">"organisation"</span>
                <span class="mention kind-place">"place"</span>
                " — click a name to filter by it"
            </p>
            <div class="body">{paragraphs}</div>
            <EntityList article=a/>
            <RelatedArticles article/>
        </article>
    }
}

/// One paragraph: entity mentions as buttons, search hits as marks, the rest text.
fn paragraph_view(
    index: &'static Index,
    nav: Nav,
    a: &Article,
    article: u32,
    p: u32,
    text_query: &TextQuery,
) -> Vec<AnyView> {
    let text = &a.paragraphs[p as usize];
    let hits = index.paragraph_highlights(article, p, text_query);
    let mentions: Vec<_> = a.mentions.iter().filter(|m| m.paragraph == p).collect();
    let mut char_offsets: Vec<usize> = mentions
        .iter()
        .flat_map(|m| [m.start as usize, m.end as usize])
        .collect();
    char_offsets.sort_unstable();
    let bytes: BTreeMap<usize, usize> = char_offsets
        .iter()
        .copied()
        .zip(char_to_byte_offsets(text, &char_offsets))
        .collect();
    let entities = &index.corpus().entities;

    let mut out = Vec::new();
    let mut at = 0;
    for m in mentions {
        let (start, end) = (bytes[&(m.start as usize)], bytes[&(m.end as usize)]);
        if start < at || end <= start {
            continue; // overlapping mentions: the first one wins
        }
        out.extend(highlighted(&text[at..start], &shift(&hits, at..start)));
        let entity = &entities[m.entity as usize];
        let id = entity.id.clone();
        out.push(
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
                    {highlighted(&text[start..end], &shift(&hits, start..end))}
                </button>
            }
            .into_any(),
        );
        at = end;
    }
    out.extend(highlighted(&text[at..], &shift(&hits, at..text.len())));
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
fn EntityList(article: &'static Article) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let Data(index) = expect_context();
    let entities = &index.corpus().entities;
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for m in &article.mentions {
        *counts.entry(m.entity).or_default() += 1;
    }
    let groups = EntityKind::ALL.map(|kind| {
        let mut list: Vec<(u32, usize)> = counts
            .iter()
            .filter(|(e, _)| entities[**e as usize].kind == kind)
            .map(|(e, n)| (*e, *n))
            .collect();
        list.sort_by(|a, b| {
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
    let nav = expect_context::<Nav>();
    let Data(index) = expect_context();
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
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
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
            shared.sort_by(|a, b| weight(*b).total_cmp(&weight(*a)));
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
fn display_url(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/')
        .next()
        .unwrap_or(rest)
        .trim_start_matches("www.")
        .to_string()
}
