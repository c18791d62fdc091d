// Runs the query mix against one peer engine inside the bench page. Bundled by
// esbuild together with one engine adapter (itemsjs.mjs or orama.mjs) into
// bench/out/www/<engine>.js; bench/browser.mjs loads that into bench.html and
// calls window.runBench(). Everything is timed in the page with performance.now().

const PAGE = 20;

function quantile(sorted, q) {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

async function heap() {
  // --js-flags=--expose-gc and --enable-precise-memory-info (see browser.mjs).
  for (let i = 0; i < 3; i++) {
    if (globalThis.gc) globalThis.gc();
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.memory ? performance.memory.usedJSHeapSize : NaN;
}

export function install(engine) {
  window.runBench = async ({ docsUrl, mixUrl, reps, budgetMs }) => {
    const mix = await (await fetch(mixUrl)).json();
    const heap0 = await heap();
    let docs = await (await fetch(docsUrl)).json();
    const heapDocs = await heap();
    const t0 = performance.now();
    const db = await engine.build(docs);
    const buildMs = performance.now() - t0;
    const heapIndex = await heap();
    // What the engine retains once the page drops its own copy of the documents.
    const n = docs.length;
    docs = null;
    const heapRetained = await heap();
    const queries = [];
    for (const q of mix) {
      // One untimed run: checks the answer shape and warms the JIT.
      const first = await engine.search(db, q, PAGE);
      const samples = [];
      const start = performance.now();
      while (samples.length < reps && (samples.length < 5 || performance.now() - start < budgetMs)) {
        const t = performance.now();
        await engine.search(db, q, PAGE);
        samples.push(performance.now() - t);
      }
      samples.sort((a, b) => a - b);
      queries.push({
        kind: q.kind,
        qs: q.qs,
        total: first.total,
        page: first.page,
        facetValues: first.facetValues,
        runs: samples.length,
        p50: quantile(samples, 0.5),
        p95: quantile(samples, 0.95),
        mean: samples.reduce((a, b) => a + b, 0) / samples.length,
      });
    }
    return {
      engine: engine.name,
      articles: n,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      buildMs,
      heapDocsBytes: heapDocs - heap0,
      heapIndexBytes: heapIndex - heapDocs,
      heapRetainedBytes: heapRetained - heap0,
      queries,
    };
  };
}
