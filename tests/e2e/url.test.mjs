// The URL is the view: reload and shared links reproduce it, back and forward
// walk it, and bad parameters are reported and ignored rather than fatal.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A0, A1, A4, ALL_IDS, BASE_URL, eventually, expectResults, facetValue, gotoApp, launchBrowser, newPage,
  params, viewState, waitReady,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("reloading a filtered view shows the same view", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await (await facetValue(page, "person", "Ablyazov")).click();
  await expectResults(page, [A0, A1, A4]);
  await page.fill('[data-testid="search-input"]', "coup");
  await page.press('[data-testid="search-input"]', "Enter");
  await page.fill('[data-testid="date-from"]', "2022-11-18");
  await expectResults(page, [A1, A4]);
  await page.click(`[data-testid="results"] [data-article-id="${A4}"] a[data-testid="open-article"]`);
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${A4}"]`);
  const url = page.url();
  const before = await viewState(page);

  await page.reload();
  await waitReady(page);
  await eventually(async () => assert.deepEqual(await viewState(page), before));
  assert.equal(page.url(), url);

  // The same link in a fresh browser context.
  const other = await newPage(browser);
  await other.page.goto(url);
  await waitReady(other.page);
  await eventually(async () => assert.deepEqual(await viewState(other.page), before));
  await other.close();
  await close();
});

test("back and forward restore earlier views", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const start = await viewState(page);
  await (await facetValue(page, "person", "Ablyazov")).click();
  await expectResults(page, [A0, A1, A4]);
  const one = await viewState(page);
  await (await facetValue(page, "organisation", "Collective Security Treaty")).click();
  await expectResults(page, [A4]);
  const two = await viewState(page);

  await page.goBack();
  await eventually(async () => assert.deepEqual(await viewState(page), one));
  await page.goBack();
  await eventually(async () => assert.deepEqual(await viewState(page), start));
  assert.equal(new URL(page.url()).search, "");
  await page.goForward();
  await eventually(async () => assert.deepEqual(await viewState(page), one));
  await page.goForward();
  await eventually(async () => assert.deepEqual(await viewState(page), two));
  await close();
});

test("malformed parameters are reported and ignored", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, "?from=2022-02-30&foo=1&entity=nope");
  await expectResults(page, ALL_IDS);
  const notices = page.locator('[data-testid="notice"]');
  await eventually(async () => assert.ok((await notices.count()) >= 1, "a notice is shown"));
  const texts = (await notices.allTextContents()).join("\n");
  for (const bad of ["2022-02-30", "foo", "nope"]) assert.ok(texts.includes(bad), `a notice names ${bad}: ${texts}`);
  for (let i = 0; i < (await notices.count()); i++) assert.ok(await notices.nth(i).isVisible());
  assert.equal(await page.inputValue('[data-testid="date-from"]'), "");
  await close();
});

test("nonsense everywhere still renders", async () => {
  const { page, close } = await newPage(browser);
  const q = "?q=%22&entity=&source=%00&from=9999-99-99&to=&article=missing&sort=sideways&all=maybe&q=second";
  await page.goto(BASE_URL + q);
  await waitReady(page);
  assert.equal(await page.locator('[data-testid="reader"]').count(), 0, "no reader for an unknown article");
  await close();
});
