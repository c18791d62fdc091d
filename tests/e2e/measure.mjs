// Timing and size harness (run by scripts/measure.sh; builds nothing).
//
//   NEWSPRISM_URL=http://127.0.0.1:8080/newsprism/ node tests/e2e/measure.mjs [--runs 10] [--json FILE]
//
// Time: navigation start to the page's performance mark
// 'newsprism:first-results', over N fresh page loads (each in a new browser
// context, so nothing is cached); prints every load and the median.
// Size: every response the first load received, gzip -9'd with node:zlib, as a
// static host that compresses would send it; prints the wasm and the total.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { BASE_URL, launchBrowser } from "./harness.mjs";

const MARK = "newsprism:first-results";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const runs = Number(option("--runs", "10"));
const jsonOut = option("--json", null);

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
  await page.waitForFunction((m) => performance.getEntriesByName(m, "mark").length > 0, MARK, { timeout: 60_000 });
  const ms = await page.evaluate((m) => performance.getEntriesByName(m, "mark")[0].startTime, MARK);
  const files = [];
  for (const r of responses) {
    const body = await r.body().catch(() => null);
    if (!body) continue;
    files.push({
      path: new URL(r.url()).pathname + new URL(r.url()).search,
      type: (r.headers()["content-type"] || "").split(";")[0],
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    });
  }
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { ms, files };
}

const browser = await launchBrowser();
try {
  console.log(`measure: ${BASE_URL}, ${runs} fresh loads`);
  const times = [];
  let files = [];
  for (let i = 0; i < runs; i++) {
    const r = await load(browser, i === 0);
    if (i === 0) files = r.files;
    times.push(r.ms);
    console.log(`  load ${String(i + 1).padStart(2)}: ${r.ms.toFixed(1)} ms to ${MARK}`);
  }
  const med = median(times);
  console.log(`first results: median ${med.toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);

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
  console.log(`total: ${totalRaw} bytes, ${totalGzip} bytes gzipped, ${unique.length} files`);
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify({ url: BASE_URL, times_ms: times, median_ms: med, files: unique, wasm_gzip: wasmGzip, total_gzip: totalGzip }, null, 2));
    console.log(`wrote ${jsonOut}`);
  }
} finally {
  await browser.close();
}
