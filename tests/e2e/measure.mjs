// Timing and size harness (run by scripts/measure.sh; builds nothing).
//
//   NEWSPRISM_URL=http://127.0.0.1:8080/newsprism/ node tests/e2e/measure.mjs [--runs 10] [--json FILE] [--dist DIR]
//
// Time, over N fresh page loads (each in a new browser context, so nothing is
// cached), median of each:
// - first results: navigation start to the page's performance mark
//   'newsprism:first-results';
// - snippets: navigation start to the first result snippet on screen (on a
//   sharded page, after its body shard arrived);
// - open article: click on the first result to its text on screen;
// - first search: Enter in the search box (a word of the first result's title)
//   to the answer on screen (on a sharded page, after its text shards arrived).
// Size: every response of the first load, gzip -9'd with node:zlib as a static
// host that compresses would send it; "before first results" counts those that
// had arrived by the mark (Resource Timing). When Playwright cannot return a
// body (very large files), it is read from --dist DIR instead.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { BASE_URL, launchBrowser } from "./harness.mjs";

const MARK = "newsprism:first-results";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const runs = Number(option("--runs", "10"));
const jsonOut = option("--json", null);
const dist = option("--dist", null);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function load(browser, collect) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses = [];
  if (collect) page.on("response", (r) => responses.push(r));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(BASE_URL);
  await page.waitForFunction((m) => performance.getEntriesByName(m, "mark").length > 0, MARK, { timeout: 120_000 });
  const ms = await page.evaluate((m) => performance.getEntriesByName(m, "mark")[0].startTime, MARK);
  // Which files had fully arrived by the mark.
  const arrived = await page.evaluate((mark) => {
    const names = performance.getEntriesByType("resource").filter((e) => e.responseEnd <= mark).map((e) => e.name);
    return [location.href, ...names].map((u) => new URL(u).pathname);
  }, ms);
  await page.waitForSelector(".result .snippet:not(.loading-line)", { timeout: 60_000 });
  const snippetsMs = await page.evaluate(() => performance.now());

  const openStart = await page.evaluate(() => performance.now());
  await page.click('.result [data-testid="open-article"]');
  await page.waitForSelector('[data-testid="reader"] .body p:not(.loading-line)', { timeout: 60_000 });
  const openMs = (await page.evaluate(() => performance.now())) - openStart;

  const title = await page.locator('.result [data-testid="open-article"]').first().textContent();
  const word = (title.match(/\p{L}{4,}/gu) || ["news"])[0];
  await page.click('[data-testid="close-reader"]');
  await page.fill('[data-testid="search-input"]', word);
  const searchStart = await page.evaluate(() => performance.now());
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => new URL(location.href).searchParams.get("q") &&
      document.querySelector('[data-testid="result-count"]')?.getAttribute("aria-busy") === "false",
    null,
    { timeout: 60_000 },
  );
  const searchMs = (await page.evaluate(() => performance.now())) - searchStart;

  const files = [];
  for (const r of responses) {
    const url = new URL(r.url());
    let body = await r.body().catch(() => null);
    if (!body && dist) {
      const rel = url.pathname.replace(new URL(BASE_URL).pathname, "");
      try { body = readFileSync(`${dist}/${rel || "index.html"}`); } catch { body = null; }
    }
    if (!body) continue;
    files.push({
      path: url.pathname + url.search,
      type: (r.headers()["content-type"] || "").split(";")[0],
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      before_first_results: arrived.includes(url.pathname),
    });
  }
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { ms, snippetsMs, openMs, searchMs, word, files };
}

const browser = await launchBrowser();
try {
  console.log(`measure: ${BASE_URL}, ${runs} fresh loads`);
  const times = [];
  const snippets = [];
  const opens = [];
  const searches = [];
  let files = [];
  for (let i = 0; i < runs; i++) {
    const r = await load(browser, i === 0);
    if (i === 0) files = r.files;
    times.push(r.ms);
    snippets.push(r.snippetsMs);
    opens.push(r.openMs);
    searches.push(r.searchMs);
    console.log(
      `  load ${String(i + 1).padStart(2)}: ${r.ms.toFixed(1)} ms to ${MARK}, snippets at ${r.snippetsMs.toFixed(1)} ms, ` +
        `article opened in ${r.openMs.toFixed(1)} ms, search "${r.word}" answered in ${r.searchMs.toFixed(1)} ms`,
    );
  }
  const med = median(times);
  const stat = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
  console.log(`first results: ${stat(times)}`);
  console.log(`snippets on screen: ${stat(snippets)}`);
  console.log(`open an article: ${stat(opens)}`);
  console.log(`first search: ${stat(searches)}`);
  console.log("\nfiles downloaded (bytes, gzip -9 bytes):");
  // Files with the same path (e.g. a preload and the fetch) count once.
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  for (const f of unique) {
    console.log(`  ${String(f.bytes).padStart(9)} ${String(f.gzip).padStart(9)}  ${f.path}  (${f.type})`);
  }
  const wasmGzip = unique.filter((f) => f.path.endsWith(".wasm")).reduce((a, f) => a + f.gzip, 0);
  const wasmRaw = unique.filter((f) => f.path.endsWith(".wasm")).reduce((a, f) => a + f.bytes, 0);
  const totalGzip = unique.reduce((a, f) => a + f.gzip, 0);
  const totalRaw = unique.reduce((a, f) => a + f.bytes, 0);
  console.log(`wasm: ${wasmRaw} bytes, ${wasmGzip} bytes gzipped`);
  const beforeGzip = unique.filter((f) => f.before_first_results).reduce((a, f) => a + f.gzip, 0);
  const beforeRaw = unique.filter((f) => f.before_first_results).reduce((a, f) => a + f.bytes, 0);
  console.log(`before first results: ${beforeRaw} bytes, ${beforeGzip} bytes gzipped`);
  console.log(`total: ${totalRaw} bytes, ${totalGzip} bytes gzipped, ${unique.length} files`);
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify({
      url: BASE_URL, times_ms: times, median_ms: med,
      snippets_ms: snippets, open_article_ms: opens, first_search_ms: searches,
      median_snippets_ms: median(snippets), median_open_article_ms: median(opens), median_first_search_ms: median(searches),
      files: unique, wasm_gzip: wasmGzip, total_gzip: totalGzip, before_first_results_gzip: beforeGzip,
    }, null, 2));
    console.log(`wrote ${jsonOut}`);
  }
} finally {
  await browser.close();
}
