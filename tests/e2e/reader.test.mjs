// Reading an article: opening from the list or a link, its metadata and marked
// mentions, filtering from a mention, closing.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A2, A3, A4, eventually, expectResults, gotoApp, launchBrowser, newPage, params,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const reader = (id) => `[data-testid="reader"][data-article-id="${id}"]`;

test("opening an article shows it with marked mentions", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const link = page.locator(`[data-testid="results"] [data-article-id="${A2}"] a[data-testid="open-article"]`);
  const title = (await link.textContent()).trim();
  await link.click();
  await page.waitForSelector(reader(A2));
  assert.equal(params(page).get("article"), A2);
  assert.equal((await page.textContent(`${reader(A2)} h2`)).trim(), title);
  const text = await page.textContent(reader(A2));
  assert.match(text, /2022-01-10|10 Jan|Jan(uary)? 10/, "publication date shown");
  assert.ok((await page.locator(`${reader(A2)} p`).count()) >= 3, "paragraphs");
  assert.match(text, /intelligence chief Karim Massimov/, "body text");
  const mentions = page.locator(`${reader(A2)} button.mention[data-entity-id]`);
  assert.ok((await mentions.count()) > 5, "entity mentions are marked");
  // The misspelling is marked as the same entity as the usual spelling.
  const ids = await mentions.evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute("data-entity-id")]));
  const nazar = new Set(ids.filter(([t]) => /Naz[ae]rbayev/.test(t)).map(([, id]) => id));
  assert.ok(ids.some(([t]) => /Nazerbayev/.test(t)), "Nazerbayev is marked");
  assert.equal(nazar.size, 1, `Nazarbayev/Nazerbayev mentions share one entity id: ${[...nazar]}`);
  await close();
});

test("clicking a mention filters by that entity", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, `?article=${A2}`);
  await page.waitForSelector(reader(A2));
  const mention = page.locator(`${reader(A2)} button.mention`).filter({ hasText: "Massimov" }).first();
  const entity = await mention.getAttribute("data-entity-id");
  await mention.click();
  await expectResults(page, [A2, A3]);
  assert.ok(params(page).getAll("entity").includes(entity));
  await eventually(async () => assert.equal(await page.locator('[data-testid="chip"]').count(), 1));
  await close();
});

test("the reader shows source, wire or author, and date", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, `?article=${A3}`);
  const text = await page.textContent(reader(A3));
  assert.match(text, /Kuwait Times/, "source");
  assert.match(text, /\bAFP\b/, "wire");
  assert.equal(await page.locator(`${reader(A3)} time[datetime="2022-01-11"]`).count(), 1, "date");
  await gotoApp(page, `?article=${A4}`);
  assert.match(await page.textContent(reader(A4)), /The Countermeasure/, "author");
  await close();
});

test("a link with article= opens the reader; close hides it", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, `?article=${A3}`);
  await page.waitForSelector(reader(A3));
  assert.match(await page.textContent(`${reader(A3)} h2`), /attempted coup/i);
  await page.click(`${reader(A3)} [data-testid="close-reader"]`);
  await eventually(async () => assert.equal(await page.locator('[data-testid="reader"]').count(), 0));
  assert.equal(params(page).has("article"), false);
  await close();
});

test("Escape closes the reader", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, `?article=${A3}`);
  await page.waitForSelector(reader(A3));
  await page.keyboard.press("Escape");
  await eventually(async () => assert.equal(await page.locator('[data-testid="reader"]').count(), 0));
  assert.equal(params(page).has("article"), false);
  await close();
});
