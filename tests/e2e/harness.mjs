// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, a page that fails the test on any third-party request, page
// error or console error, and small helpers that read the UI through its test
// hooks (data-testid, data-article-id, data-facet, ...).
//
// The page under test comes from NEWSPRISM_URL, e.g.
// http://127.0.0.1:8080/newsprism/ (scripts/test.sh serves dist/ and sets it).

import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const BASE_URL = (() => {
  const url = process.env.NEWSPRISM_URL;
  if (!url) {
    throw new Error(
      "NEWSPRISM_URL is not set: run `bash scripts/test.sh`, or serve dist/ and set it, e.g. " +
        "NEWSPRISM_URL=http://127.0.0.1:8080/newsprism/",
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
})();
export const ORIGIN = new URL(BASE_URL).origin;

// Flags for headless Chromium as root on a machine with no outside network:
// without the background-networking ones Chromium keeps dialling Google.
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The seed corpus: id → publication date. */
export const ARTICLES = {
  "000_f676614eb6245469": "2022-11-17",
  "001_51f8f3342259904d": "2022-11-19",
  "002_83f77ea1a29eb2b2": "2022-01-10",
  "003_ca7350316ca04d92": "2022-01-11",
  "004_2ab3e604147cea57": "2022-11-18",
};
export const A0 = "000_f676614eb6245469";
export const A1 = "001_51f8f3342259904d";
export const A2 = "002_83f77ea1a29eb2b2";
export const A3 = "003_ca7350316ca04d92";
export const A4 = "004_2ab3e604147cea57";
export const ALL_IDS = Object.keys(ARTICLES);

/** Article ids whose date lies in [from, to] (strings compare as dates). */
export function idsBetween(from, to) {
  return ALL_IDS.filter((id) => ARTICLES[id] >= from && ARTICLES[id] <= to).sort();
}

/** Starts one browser for a test file; close it in `after`. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh context and page with guards. `guard.check()` (called by `close`)
 * fails on a request to another origin, an uncaught page error or a console
 * error. `allowConsole` is a RegExp of console errors a test expects.
 */
export async function newPage(browser, { viewport = { width: 1280, height: 900 }, allowConsole } = {}) {
  const context = await browser.newContext({ viewport });
  // Fail in seconds, not the default 30 s, when a hook is missing.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const guard = { requests: [], responses: [], foreign: [], failed: [], pageErrors: [], consoleErrors: [] };

  context.on("request", (req) => {
    const url = req.url();
    guard.requests.push(url);
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== ORIGIN) guard.foreign.push(url);
  });
  page.on("response", (res) => {
    guard.responses.push(res);
    if (res.status() >= 400) guard.failed.push(`${res.status()} ${res.url()}`);
  });
  page.on("pageerror", (err) => guard.pageErrors.push(String(err && err.stack ? err.stack : err)));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (allowConsole && allowConsole.test(text)) return;
    // Chromium's own favicon fetch is invisible to Playwright; name it, since
    // its console line does not.
    const hint = /404 \(outside \//.test(text) ? " [probably /favicon.ico: index.html has no <link rel=icon>]" : "";
    guard.consoleErrors.push(text + hint);
  });

  guard.check = () => {
    assert.deepEqual(guard.foreign, [], "requests to another origin");
    assert.deepEqual(guard.failed, [], "responses with an error status");
    assert.deepEqual(guard.pageErrors, [], "uncaught errors in the page");
    assert.deepEqual(guard.consoleErrors, [], "console errors");
  };
  const close = async () => {
    try {
      guard.check();
    } finally {
      await context.close();
    }
  };
  return { page, context, guard, close };
}

/** Navigates to the app with `query` ("" or "?q=..."), waits until it is mounted and shows results. */
export async function gotoApp(page, query = "") {
  await page.goto(BASE_URL + query);
  await waitReady(page);
}

export async function waitReady(page) {
  await page.waitForSelector('#app[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('[data-testid="result-count"]', { timeout: 10_000 });
}

/** Retries `fn` (which asserts) until it passes or `timeout` ms have gone by. */
export async function eventually(fn, { timeout = 5_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** Ids of the articles in the result list, in display order. */
export async function resultIds(page) {
  return page.$$eval('[data-testid="results"] [data-article-id]', (els) =>
    els.map((e) => e.getAttribute("data-article-id")),
  );
}

/** The number the result count begins with. */
export async function resultCount(page) {
  const text = (await page.textContent('[data-testid="result-count"]')).trim();
  const m = /^(\d+)/.exec(text);
  assert.ok(m, `result count "${text}" does not begin with a number`);
  return Number(m[1]);
}

/** Waits until the results are exactly `ids` (any order) and the count agrees. */
export async function expectResults(page, ids, opts) {
  const want = [...ids].sort();
  await eventually(async () => {
    assert.deepEqual([...(await resultIds(page))].sort(), want);
    assert.equal(await resultCount(page), want.length);
  }, opts);
}

/** The facet-value button in section `facet` whose text contains `name` (exactly one). */
export async function facetValue(page, facet, name) {
  const loc = page
    .locator(`section[data-facet="${facet}"] button[data-testid="facet-value"]`)
    .filter({ hasText: name });
  await eventually(async () => assert.equal(await loc.count(), 1, `one ${facet} facet value "${name}"`));
  return loc;
}

/** The number in a facet value's `.count` span. */
export async function facetCount(button) {
  // ".count" holds the count in the results, then "+N" when selecting would add N.
  const match = (await button.locator(".count").textContent()).trim().match(/^\d+/);
  return match ? Number(match[0]) : 0;
}

/** The "+N" on a facet value: articles that selecting it would add (0 if none shown). */
export async function facetAdds(button) {
  const adds = button.locator(".adds");
  if ((await adds.count()) === 0) return 0;
  return Number((await adds.textContent()).replace(/[^\d]/g, ""));
}

/** The URL's search parameters. */
export function params(page) {
  return new URL(page.url()).searchParams;
}

/** A snapshot of what the view shows, for comparing after reload or back. */
export async function viewState(page) {
  return page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const val = (s) => (q(s) ? q(s).value : null);
    return {
      ids: [...document.querySelectorAll('[data-testid="results"] [data-article-id]')].map((e) =>
        e.getAttribute("data-article-id"),
      ),
      count: q('[data-testid="result-count"]')?.textContent.trim(),
      search: val('[data-testid="search-input"]'),
      from: val('[data-testid="date-from"]'),
      to: val('[data-testid="date-to"]'),
      pressed: [...document.querySelectorAll('button[data-testid="facet-value"][aria-pressed="true"]')]
        .map((e) => e.getAttribute("data-value"))
        .sort(),
      chips: [...document.querySelectorAll('[data-testid="chip"]')].map((e) => e.textContent.trim()).sort(),
      reader: q('[data-testid="reader"]')?.getAttribute("data-article-id") ?? null,
    };
  });
}
