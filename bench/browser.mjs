// Runs the query mix in headless Chromium, in one browser: the peers (ItemsJS,
// Orama) on a bench page, and newsprism through its benchmark hook on pages built
// with `--features bench`. Writes one JSON per engine and size.
//
//   node bench/browser.mjs --www bench/out/www --out bench/out --sizes 1000,10000 \
//     [--newsprism 1000=/tmp/dist-bench-1000,10000=/tmp/dist-bench-10000] [--reps 200] [--budget 3000]
//
// Every page is served from 127.0.0.1 with cross-origin isolation headers, so
// performance.now() has its fine (5 µs) resolution; each run gets a fresh browser
// context. Chromium gets --expose-gc and precise memory info, for the heap figures.
import { createServer } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const www = option("--www", "bench/out/www");
const out = option("--out", "bench/out");
const sizes = option("--sizes", "1000,10000").split(",").map(Number);
const reps = Number(option("--reps", "200"));
const budgetMs = Number(option("--budget", "3000"));
const engines = option("--engines", "itemsjs,orama").split(",").filter(Boolean);
const newsprismDists = Object.fromEntries(
  option("--newsprism", "")
    .split(",")
    .filter(Boolean)
    .map((kv) => kv.split("=")),
);

// The flags of tests/e2e/harness.mjs, plus what the memory figures need.
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--js-flags=--expose-gc",
  "--enable-precise-memory-info",
];

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };

/** Serves `root` under `prefix` on a free loopback port; resolves to the server's base URL. */
function serve(root, prefix) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(prefix)) return res.writeHead(404).end();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file.endsWith("/") || path === prefix) file = join(file, "index.html");
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] || "application/octet-stream",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}${prefix}`, server })),
  );
}

async function peer(browser, base, engine, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}bench.html`);
  await page.addScriptTag({ url: `${base}${engine}.js` });
  const result = await page.evaluate((args) => window.runBench(args), {
    docsUrl: `docs-${n}.json`,
    mixUrl: `mix-${n}.json`,
    reps,
    budgetMs,
  });
  await context.close();
  if (errors.length) throw new Error(`${engine} ${n}: ${errors.join("; ")}`);
  return result;
}

async function newsprism(browser, dist, mix, n) {
  const { url, server } = await serve(dist, "/newsprism/");
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Trunk's start-up script hands the wasm exports (and so its memory) to this event.
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => {
      window.__benchWasmMemory = e.detail.wasm.memory;
    });
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 120_000 });
  const hooked = await page.evaluate(() => typeof window.__newsprismBench === "function");
  if (!hooked) {
    await context.close();
    server.close();
    throw new Error(`${dist} has no window.__newsprismBench: build it with --features bench`);
  }
  const result = await page.evaluate(
    async ({ mix, reps, budgetMs }) => {
      const quantile = (s, q) => s[Math.min(s.length, Math.max(1, Math.ceil(q * s.length))) - 1];
      const queries = [];
      for (const q of mix) {
        // A sharded page fetches the query's text shards first (untimed here;
        // the network cost is in the start-up and search figures of measure.mjs).
        if (typeof window.__newsprismBenchLoad === "function") await window.__newsprismBenchLoad(q.qs);
        const [, total] = window.__newsprismBench(q.qs);
        const samples = [];
        const start = performance.now();
        while (samples.length < reps && (samples.length < 5 || performance.now() - start < budgetMs)) {
          samples.push(window.__newsprismBench(q.qs)[0]);
          // Let the page breathe between runs, as between keystrokes.
          if (samples.length % 20 === 0) await new Promise((r) => setTimeout(r, 0));
        }
        samples.sort((a, b) => a - b);
        queries.push({
          kind: q.kind,
          qs: q.qs,
          total,
          runs: samples.length,
          p50: quantile(samples, 0.5),
          p95: quantile(samples, 0.95),
          mean: samples.reduce((a, b) => a + b, 0) / samples.length,
        });
      }
      return {
        engine: "newsprism",
        crossOriginIsolated: globalThis.crossOriginIsolated === true,
        wasmMemoryBytes: window.__benchWasmMemory ? window.__benchWasmMemory.buffer.byteLength : null,
        jsHeapBytes: performance.memory ? performance.memory.usedJSHeapSize : null,
        queries,
      };
    },
    { mix, reps, budgetMs },
  );
  await context.close();
  server.close();
  if (errors.length) throw new Error(`newsprism ${n}: ${errors.join("; ")}`);
  result.articles = n;
  return result;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ARGS,
});
const { url: peersBase, server: peersServer } = await serve(www, "/peers/");
try {
  for (const n of sizes) {
    const mix = JSON.parse(await readFile(join(www, `mix-${n}.json`), "utf8"));
    if (newsprismDists[n]) {
      const r = await newsprism(browser, newsprismDists[n], mix, n).catch((e) => ({ engine: "newsprism", articles: n, error: String(e) }));
      await writeFile(join(out, `browser-newsprism-${n}.json`), JSON.stringify(r, null, 1));
      if (r.error) console.log(`newsprism ${n}: FAILED ${r.error}`);
      else console.log(`newsprism ${n}: wasm memory ${(r.wasmMemoryBytes / 1e6).toFixed(1)} MB`);
      for (const q of r.queries || []) console.log(`  ${q.kind.padEnd(16)} ${String(q.total).padStart(7)} hits  p50 ${q.p50.toFixed(3)}  p95 ${q.p95.toFixed(3)} ms`);
    }
    for (const engine of engines) {
      const r = await peer(browser, peersBase, engine, n).catch((e) => ({ engine, articles: n, error: String(e) }));
      await writeFile(join(out, `browser-${engine}-${n}.json`), JSON.stringify(r, null, 1));
      if (r.error) {
        console.log(`${engine} ${n}: FAILED ${r.error}`);
        continue;
      }
      console.log(`${engine} ${n}: build ${r.buildMs.toFixed(0)} ms, heap: docs ${(r.heapDocsBytes / 1e6).toFixed(1)} MB, index ${(r.heapIndexBytes / 1e6).toFixed(1)} MB, isolated ${r.crossOriginIsolated}`);
      for (const q of r.queries) console.log(`  ${q.kind.padEnd(16)} ${String(q.total).padStart(7)} hits  p50 ${q.p50.toFixed(3)}  p95 ${q.p95.toFixed(3)} ms`);
    }
  }
} finally {
  peersServer.close();
  await browser.close();
}
