// Full-text search: as-you-type and Enter, words, phrases, exclusion, highlights.
// Terms are chosen from the seed texts in corpus/.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A0, A1, A3, ALL_IDS, eventually, expectResults, gotoApp, launchBrowser, newPage, params, resultCount, resultIds,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const INPUT = 'input[data-testid="search-input"]';

test("the search box is a search input", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  assert.equal(await page.getAttribute(INPUT, "type"), "search");
  await close();
});

test("results update as you type, and typing does not flood history", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const before = await page.evaluate(() => history.length);
  await page.locator(INPUT).pressSequentially("Kalashnikov", { delay: 30 });
  // "Kalashnikov" in 000, "Kalashnikovs" in 001.
  await expectResults(page, [A0, A1]);
  assert.equal(params(page).get("q"), "Kalashnikov");
  const grown = (await page.evaluate(() => history.length)) - before;
  assert.ok(grown <= 1, `typing one word added ${grown} history entries`);
  await close();
});

test("Enter searches at once; matches are highlighted", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await page.fill(INPUT, "molotov");
  await page.press(INPUT, "Enter");
  await expectResults(page, [A0], { timeout: 1_000 });
  const marks = await page.$$eval('[data-testid="results"] mark.hit', (els) => els.map((e) => e.textContent));
  assert.ok(marks.length > 0, "a highlighted hit in the snippet");
  for (const m of marks) assert.match(m, /molotov/i);
  await close();
});

test("search is case-insensitive", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await page.fill(INPUT, "PUTIN");
  await page.press(INPUT, "Enter");
  await expectResults(page, [A3]);
  await close();
});

test("quoted phrases match words in order", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await page.fill(INPUT, '"seven people"');
  await page.press(INPUT, "Enter");
  await expectResults(page, [A0, A1]);
  await page.fill(INPUT, '"people seven"');
  await page.press(INPUT, "Enter");
  await expectResults(page, []);
  assert.match(await page.textContent('[data-testid="result-count"]'), /^\s*0 articles/);
  await page.fill(INPUT, "people seven");
  await page.press(INPUT, "Enter");
  await eventually(async () => {
    const ids = await resultIds(page);
    assert.ok(ids.includes(A0) && ids.includes(A1), `unquoted words find 000 and 001, got ${ids}`);
  });
  await close();
});

test("a minus excludes a word", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await page.fill(INPUT, "Kalashnikov -molotov");
  await page.press(INPUT, "Enter");
  await expectResults(page, [A1]);
  await close();
});

test("clearing the search shows everything again", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, "?q=scapegoat");
  await expectResults(page, [A1]);
  assert.equal(await page.inputValue(INPUT), "scapegoat");
  await page.fill(INPUT, "");
  await page.press(INPUT, "Enter");
  await expectResults(page, ALL_IDS);
  assert.equal(params(page).has("q"), false);
  assert.equal(await resultCount(page), 5);
  await close();
});
