// Only for a page built with NEWSPRISM_LAYOUT=sharded (scripts/test.sh builds
// the seed corpus that way with tiny shards and runs every end-to-end test on it
// too): article text and the text index arrive from shards/ on demand, the page
// says when it is waiting, and a damaged or missing shard is reported without
// breaking the rest of the page.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { A0, A1, A4, BASE_URL, expectResults, facetValue, gotoApp, launchBrowser, newPage } from "../harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const shardRequests = (guard) => guard.requests.filter((u) => /\/shards\/[0-9a-f]{16}\.bin$/.test(u));

test("the page fetches only the shards it needs, from its own origin", async () => {
  const { page, guard, close } = await newPage(browser);
  await gotoApp(page);
  await page.waitForSelector(".result .snippet:not(.loading-line)");
  const first = shardRequests(guard).length;
  assert.ok(first > 0, "the snippets come from body shards");
  // A search fetches the text shards of its words, then answers.
  await page.fill('[data-testid="search-input"]', "Ablyazov");
  await page.keyboard.press("Enter");
  await expectResults(page, [A0, A1, A4]);
  const afterSearch = shardRequests(guard).length;
  assert.ok(afterSearch > first, "the search fetched its text shard");
  // The same search again is answered from what is loaded.
  await page.fill('[data-testid="search-input"]', "");
  await page.keyboard.press("Enter");
  await page.fill('[data-testid="search-input"]', "Ablyazov");
  await page.keyboard.press("Enter");
  await expectResults(page, [A0, A1, A4]);
  assert.equal(new Set(shardRequests(guard)).size, shardRequests(guard).length, "no shard is fetched twice");
  await close();
});

test("an article opens with its metadata at once and its text when the shard lands", async () => {
  const { page, context, close } = await newPage(browser);
  // Hold the body shards back until the test lets them through.
  let release;
  const gate = new Promise((r) => { release = r; });
  await context.route(/\/shards\/[0-9a-f]{16}\.bin$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`${BASE_URL}?article=${A0}`);
  await page.waitForSelector('[data-testid="reader"] #reader-title');
  await page.waitForSelector('[data-testid="reader"] .loading-line');
  release();
  await page.waitForSelector('[data-testid="reader"] .body .mention');
  assert.equal(await page.locator('[data-testid="reader"] .loading-line').count(), 0);
  await close();
});

test("a damaged shard is refused with a notice; the rest of the page works", async () => {
  const { page, context, guard, close } = await newPage(browser);
  await context.route(/\/shards\/[0-9a-f]{16}\.bin$/, (route) =>
    route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from("not a shard") }),
  );
  await page.goto(`${BASE_URL}?q=Ablyazov`);
  await page.waitForSelector('[data-testid="notice"]');
  const notices = await page.locator('[data-testid="notice"]').allTextContents();
  assert.ok(
    notices.some((n) => /Could not load part of the corpus: shards\/[0-9a-f]{16}\.bin is not the file this page was built with.*rebuild/.test(n)),
    notices.join("\n"),
  );
  // Facets need no shard: filtering still answers.
  await page.fill('[data-testid="search-input"]', "");
  await page.keyboard.press("Enter");
  await (await facetValue(page, "person", "Ablyazov")).click();
  await expectResults(page, [A0, A1, A4]);
  guard.failed.length = 0;
  await close();
});
