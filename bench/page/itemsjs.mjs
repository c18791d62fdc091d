// ItemsJS adapter: facets as aggregations (any-of = conjunction OR, all-of = AND,
// chosen per query through `facets`), text through its bundled lunr (`query`),
// what it has no operator for (date range, phrase adjacency, exclusion) through
// its `filter` callback.
import itemsjs from "itemsjs";
import { install } from "./runner.mjs";

const ALL = 1_000_000; // facet bucket size: every value, as newsprism returns
const FACETS = ["source", "people", "organisations", "places"];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

install({
  name: "itemsjs",
  build(docs) {
    return itemsjs(docs, {
      native_search_enabled: true,
      searchableFields: ["title", "body"],
      aggregations: Object.fromEntries(FACETS.map((f) => [f, { size: ALL, conjunction: true }])),
      sortings: { newest: { field: "published", order: "desc" } },
    });
  },
  search(engine, q, perPage) {
    const text = [...q.terms, ...q.phrase].join(" ");
    const selected = { source: q.sources, people: q.people, organisations: q.organisations, places: q.places };
    const all = { source: false, people: q.all_people, organisations: q.all_organisations, places: q.all_places };
    const facets = Object.fromEntries(
      FACETS.map((f) => [f, { selected: selected[f], options: { conjunction: all[f] ? "AND" : "OR", size: ALL } }]),
    );
    const tests = [];
    if (q.from || q.to) {
      const from = q.from || "0000-00-00";
      const to = q.to || "9999-99-99";
      tests.push((d) => d.published !== null && d.published >= from && d.published <= to);
    }
    if (q.phrase.length) {
      const re = new RegExp(`\\b${q.phrase.map(escape).join("\\W+")}\\b`, "i");
      tests.push((d) => re.test(d.title) || re.test(d.body));
    }
    for (const w of q.exclude) {
      const re = new RegExp(`\\b${escape(w)}\\b`, "i");
      tests.push((d) => !re.test(d.title) && !re.test(d.body));
    }
    const r = engine.search({
      query: text || undefined,
      per_page: perPage,
      sort: text ? undefined : "newest",
      facets,
      filter: tests.length ? (d) => tests.every((t) => t(d)) : undefined,
    });
    const aggs = r.data.aggregations;
    return {
      total: r.pagination.total,
      page: r.data.items.length,
      facetValues: FACETS.reduce((n, f) => n + aggs[f].buckets.length, 0),
    };
  },
});
