// Writes bench/RESULTS.md from the JSON files bench/run.sh left in bench/out.
//   node bench/report.mjs --out bench/out --results bench/RESULTS.md --command "bash bench/run.sh"
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const out = option("--out", "bench/out");
const results = option("--results", "bench/RESULTS.md");
const command = option("--command", "bash bench/run.sh");
// name=dist-dir pairs: the built pages, gzipped file by file as a cross-check of
// what measure.mjs saw downloaded (it drops responses whose body Playwright
// cannot return, e.g. a 24 MB wasm).
const dists = Object.fromEntries(option("--dists", "").split(",").filter(Boolean).map((kv) => kv.split("=")));
// Every file of a built page, shards included (gzip -9 each).
const distGzip = (name) => {
  const dir = dists[name];
  if (!dir || !existsSync(dir)) return null;
  const walk = (d) =>
    readdirSync(d, { withFileTypes: true }).reduce(
      (sum, e) => sum + (e.isDirectory() ? walk(join(d, e.name)) : gz(join(d, e.name)) ?? 0),
      0,
    );
  return walk(dir);
};
const read = (f) => (existsSync(join(out, f)) ? JSON.parse(readFileSync(join(out, f), "utf8")) : null);
const sizes = [...new Set(readdirSync(out).map((f) => /^mix-(\d+)\.json$/.exec(f)?.[1]).filter(Boolean).map(Number))].sort((a, b) => a - b);
const ms = (x) => (x == null || Number.isNaN(x) ? "–" : x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
const mb = (b) => (b == null || Number.isNaN(b) ? "–" : `${(b / 1e6).toFixed(1)} MB`);
const kb = (b) => (b == null ? "–" : b < 1e6 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(1)} MB`);
const label = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const gz = (f) => (existsSync(f) ? gzipSync(readFileSync(f), { level: 9 }).length : null);

const machine = read("machine.json") || {};
const lines = [];
const p = (s = "") => lines.push(s);

p("# newsprism benchmark results");
p();
p(`Produced by \`${command}\` on ${machine.date || "?"} at commit \`${machine.commit || "?"}\`${machine.note ? ` (${machine.note})` : ""}.`);
p();
p(`Machine: ${machine.cpu || "?"}, ${machine.nproc || "?"} cores (nproc), ${machine.mem || "?"} memory; ${machine.os || ""}; ${machine.chromium || "chromium ?"}; Node ${machine.node || "?"}; ${machine.rustc || ""}.`);
if (machine.load) p(`Load average when the run started: ${machine.load}.`);
p();

// 1. The query mix in the browser.
p("## Query mix in headless Chromium (same browser, same corpus, same queries)");
p();
p("Times in ms per query, p50 / p95 over single runs timed inside the page with `performance.now()` (page cross-origin isolated: 5 µs resolution). newsprism: `window.__newsprismBench(queryString)` around `Index::search` in WebAssembly (every hit sorted, every facet's counts, the histogram). Peers: one `search()` returning the first 20 hits and every facet's counts. *hits* = how many articles each engine matched (newsprism / ItemsJS / Orama); they differ where the engines' text semantics differ (see the notes). *ratio* = newsprism p95 ÷ the faster peer's p95 (below 1: newsprism is faster; the issue's target is ≤ 0.2 at 100k).");
p();
p("| size | query | newsprism p50 / p95 | ItemsJS p50 / p95 | Orama p50 / p95 | hits (np / ItemsJS / Orama) | ratio (p95) |");
p("|---|---|---|---|---|---|---|");
for (const n of sizes) {
  const np = read(`browser-newsprism-${n}.json`);
  const it = read(`browser-itemsjs-${n}.json`);
  const or = read(`browser-orama-${n}.json`);
  const mix = read(`mix-${n}.json`);
  for (const q of mix) {
    const f = (r) => r?.queries?.find((x) => x.kind === q.kind);
    const [a, b, c] = [f(np), f(it), f(or)];
    const cell = (x, r) => (x ? `${ms(x.p50)} / ${ms(x.p95)}` : r?.error ? "failed" : "not run");
    const peers = [b, c].filter(Boolean).map((x) => x.p95);
    const ratio = a && peers.length ? (a.p95 / Math.min(...peers)).toFixed(3) : "–";
    p(`| ${label(n)} | ${q.kind} | ${cell(a, np)} | ${cell(b, it)} | ${cell(c, or)} | ${a?.total ?? "–"} / ${b?.total ?? "–"} / ${c?.total ?? "–"} | ${ratio} |`);
  }
}
p();

// 2. Memory, index build and payload.
p("## Memory, index build and download, per engine and size");
p();
p("newsprism: *memory* is the WebAssembly linear memory after the timed queries (the embedded blob, the decoded index, the text shards the queries fetched, plus allocator slack); *payload* is the gzip -9 size of what the page downloads before its first results, and in brackets of every file of the built page, shards included (a sharded page fetches only the shards a view needs); *build* is not separable in the page (see start-up). Peers: *memory* is the JS heap the engine retains after the page drops its own copy of the documents (after forced GC), *index* the heap growth while building it; *payload* is gzip -9 of the documents JSON plus the engine's minified bundle (esbuild).");
p();
p("| size | engine | index build | index heap | memory retained | payload (gzip) |");
p("|---|---|---|---|---|---|");
for (const n of sizes) {
  const np = read(`browser-newsprism-${n}.json`);
  const st = read(`startup-${n}.json`);
  if (np || st) p(`| ${label(n)} | newsprism | see start-up | – | ${mb(np?.wasmMemoryBytes)} (wasm) | ${kb(st?.before_first_results_gzip ?? st?.total_gzip)} (${kb(distGzip(String(n)))}) |`);
  for (const e of ["itemsjs", "orama"]) {
    const r = read(`browser-${e}-${n}.json`);
    const payload = (gz(join(out, "www", `docs-${n}.json`)) ?? 0) + (gz(join(out, "www", `${e}.js`)) ?? 0);
    if (!r) continue;
    if (r.error) {
      p(`| ${label(n)} | ${e} | failed: ${r.error.slice(0, 80)} | – | – | ${kb(payload)} |`);
      continue;
    }
    p(`| ${label(n)} | ${e === "itemsjs" ? "ItemsJS" : "Orama"} | ${ms(r.buildMs)} ms | ${mb(r.heapIndexBytes)} | ${mb(r.heapRetainedBytes)} | ${kb(payload)} |`);
  }
}
p();

// 3. Native.
p("## Query mix natively (criterion and single runs)");
p();
p("`cargo bench -p newsprism-query --bench queries`, release build, same corpora and queries. p50 / p95 over single `Index::search` calls (`Instant`); criterion's median of its batched samples for comparison. Heap figures from a counting allocator.");
p();
p("| size | query | query string | hits | p50 | p95 | criterion median |");
p("|---|---|---|---|---|---|---|");
for (const n of sizes) {
  const r = read(`native-${n}.json`);
  if (!r) continue;
  for (const q of r.queries) {
    const est = join(machine.criterion_dir || "", `search_${n}`, q.kind, "new", "estimates.json");
    const med = existsSync(est) ? JSON.parse(readFileSync(est, "utf8")).median.point_estimate / 1e6 : null;
    p(`| ${label(n)} | ${q.kind} | \`${q.qs || "(empty)"}\` | ${q.total} | ${ms(q.p50)} | ${ms(q.p95)} | ${ms(med)} |`);
  }
}
p();
p("| size | ingest (in the bench) | corpus on the heap | Index::new | index on the heap |");
p("|---|---|---|---|---|");
for (const n of sizes) {
  const r = read(`native-${n}.json`);
  if (r) p(`| ${label(n)} | ${r.ingest_s.toFixed(1)} s | ${mb(r.corpus_bytes)} | ${ms(r.index_build_ms)} ms | ${mb(r.index_bytes)} |`);
}
p();

// 4. Start-up.
p("## Start-up and download per page");
p();
p("`tests/e2e/measure.mjs` over fresh loads from 127.0.0.1 (each in a new browser context, nothing cached), medians: navigation start to the `newsprism:first-results` mark (min–max in brackets); to the first snippet on screen; a click on the first result to its text on screen; Enter on a one-word search to its answer on screen (sharded pages fetch the shards these need). Bytes: gzip -9 of the files that had arrived by the first-results mark, and of every file the load, the article and the search fetched. Pages built with `trunk build --release --features bench` (the hook adds a few hundred bytes); 1k and larger are in the sharded layout.");
p();
p("| page | first results | snippets | open an article | first search | loads | gzip before first results | gzip fetched in all | files fetched |");
p("|---|---|---|---|---|---|---|---|---|");
for (const name of ["seed", ...sizes.map(String)]) {
  const r = read(`startup-${name}.json`);
  if (!r) continue;
  const t = r.times_ms;
  p(`| ${name === "seed" ? "seed (5 articles)" : label(Number(name))} | ${ms(r.median_ms)} ms (${ms(Math.min(...t))}–${ms(Math.max(...t))}) | ${ms(r.median_snippets_ms)} ms | ${ms(r.median_open_article_ms)} ms | ${ms(r.median_first_search_ms)} ms | ${t.length} | ${kb(r.before_first_results_gzip)} | ${kb(r.total_gzip)} | ${r.files.length} |`);
}
p();

// 5. Ingest.
p("## Ingest");
p();
p("`/usr/bin/time -v newsprism-ingest inspect <dir>` (release build; the summary goes to /dev/null), i.e. the build's ingest pipeline alone.");
p();
p("| articles | wall time | peak RSS |");
p("|---|---|---|");
for (const n of sizes) {
  const r = read(`ingest-${n}.json`);
  if (r) p(`| ${label(n)} | ${r.seconds.toFixed(1)} s | ${mb(r.max_rss_kb * 1024)} |`);
}
p();

const notes = existsSync(join(out, "..", "NOTES.md")) ? readFileSync(join(out, "..", "NOTES.md"), "utf8") : "";
if (notes) p(notes.trim());
writeFileSync(results, lines.join("\n") + "\n");
console.log(`wrote ${results}`);
