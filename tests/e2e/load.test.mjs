// First load: loading state, mount, the full corpus newest first, assets served
// right and only from our own origin.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A0, A1, A2, A3, A4, BASE_URL, gotoApp, launchBrowser, newPage, resultCount, resultIds, waitReady,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("shows the loading state until the wasm starts, then mounts", async () => {
  const { page, close } = await newPage(browser);
  // Hold the module back so the shell page is observable on its own.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(BASE_URL, { waitUntil: "domcontentloaded" });
  const loading = page.locator("#loading");
  assert.ok(await loading.isVisible(), "#loading visible before the app starts");
  assert.match(await loading.textContent(), /Loading newsprism…/);
  release();
  await waitReady(page);
  assert.equal(await page.locator("#loading").isVisible(), false, "#loading gone once mounted");
  await close();
});

test("first load lists all five articles, newest first", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  assert.deepEqual(await resultIds(page), [A1, A4, A0, A3, A2]);
  assert.equal(await resultCount(page), 5);
  assert.match(await page.textContent('[data-testid="result-count"]'), /^\s*5 articles/);
  for (const id of [A0, A1, A2, A3, A4]) {
    const href = await page.getAttribute(`[data-article-id="${id}"] a[data-testid="open-article"]`, "href");
    assert.ok(href, `${id} has a title link`);
    const url = new URL(href, page.url());
    assert.equal(url.searchParams.get("article"), id, `title link of ${id}`);
    assert.ok(url.pathname.startsWith(new URL(BASE_URL).pathname), `title link stays under the public url: ${href}`);
  }
  await close();
});

test("assets come from the public url with the right types", async () => {
  const { page, guard, close } = await newPage(browser);
  await gotoApp(page);
  const wasm = guard.responses.filter((r) => new URL(r.url()).pathname.endsWith(".wasm"));
  assert.equal(wasm.length, 1, "one wasm module");
  assert.equal(wasm[0].status(), 200);
  assert.equal(wasm[0].headers()["content-type"], "application/wasm");
  const prefix = new URL(BASE_URL).pathname;
  for (const r of guard.responses) {
    const path = new URL(r.url()).pathname;
    assert.ok(path.startsWith(prefix), `${path} is under ${prefix}`);
    assert.ok(r.status() < 400, `${r.url()} answered ${r.status()}`);
  }
  await close();
});

test("marks the moment the first results are on screen", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const marks = await page.evaluate(() =>
    performance.getEntriesByName("newsprism:first-results", "mark").map((m) => m.startTime),
  );
  assert.equal(marks.length, 1, "exactly one newsprism:first-results mark");
  assert.ok(marks[0] > 0);
  await close();
});

test("phone width renders without horizontal scrolling", async () => {
  const { page, close } = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await gotoApp(page);
  const fits = () => page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  let m = await fits();
  assert.ok(m.scroll <= m.inner, `first view: scrollWidth ${m.scroll} > innerWidth ${m.inner}`);
  await page.click(`[data-article-id="${A2}"] a[data-testid="open-article"]`);
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${A2}"]`);
  m = await fits();
  assert.ok(m.scroll <= m.inner, `reader open: scrollWidth ${m.scroll} > innerWidth ${m.inner}`);
  await close();
});
