// Orama adapter: facets as enum/enum[] fields (any-of = containsAny, all-of =
// containsAll), dates as a number field (`between`), text as a term search over
// title and body with threshold 0 (every term must match). Orama has no phrase
// operator (the phrase's words must all match, adjacency is not checked) and no
// negation of text: an exclusion first searches the excluded words and then
// filters their documents out with `nin`.
import { create, insertMultiple, search } from "@orama/orama";
import { install } from "./runner.mjs";

const FACETS = ["source", "people", "organisations", "places"];
const day = (s) => Math.round(Date.parse(`${s}T00:00:00Z`) / 86_400_000);

install({
  name: "orama",
  async build(docs) {
    const db = create({
      schema: {
        docId: "enum",
        title: "string",
        body: "string",
        source: "enum",
        people: "enum[]",
        organisations: "enum[]",
        places: "enum[]",
        published: "number",
      },
    });
    const rows = docs.map((d) => {
      const row = { id: d.id, docId: d.id, title: d.title, body: d.body, source: d.source, people: d.people, organisations: d.organisations, places: d.places };
      if (d.published) row.published = day(d.published);
      return row;
    });
    await insertMultiple(db, rows, 1000);
    db.__count = docs.length;
    return db;
  },
  async search(db, q, perPage) {
    const where = {};
    if (q.sources.length) where.source = { in: q.sources };
    for (const [f, all] of [["people", q.all_people], ["organisations", q.all_organisations], ["places", q.all_places]]) {
      if (q[f].length) where[f] = all ? { containsAll: q[f] } : { containsAny: q[f] };
    }
    if (q.from || q.to) where.published = { between: [q.from ? day(q.from) : -1e9, q.to ? day(q.to) : 1e9] };
    if (q.exclude.length) {
      const ex = await search(db, { term: q.exclude.join(" "), properties: ["title", "body"], threshold: 0, limit: db.__count });
      where.docId = { nin: ex.hits.map((h) => h.id) };
    }
    const text = [...q.terms, ...q.phrase].join(" ");
    const params = {
      where,
      limit: perPage,
      facets: Object.fromEntries(FACETS.map((f) => [f, {}])),
    };
    if (text) {
      params.term = text;
      params.properties = ["title", "body"];
      params.threshold = 0;
    } else {
      params.sortBy = { property: "published", order: "DESC" };
    }
    const r = await search(db, params);
    return {
      total: r.count,
      page: r.hits.length,
      facetValues: FACETS.reduce((n, f) => n + Object.keys(r.facets[f].values).length, 0),
    };
  },
});
