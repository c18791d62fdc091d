// Quotations, the Speaker facet and the dates a text mentions: who said what
// in which outlet, and when things happened as opposed to when they were reported.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A0, A1, A2, A3, A4, eventually, expectResults, facetCount, facetValue, gotoApp, launchBrowser, newPage, params,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const quoteItems = '[data-testid="quotes"] [data-testid="quote"]';

test("the quotations view shows one claim as told by three outlets", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await page.click('[data-testid="tab-quotes"]');
  await eventually(async () => assert.equal(params(page).get("view"), "quotes"));
  await page.waitForSelector(quoteItems);
  assert.ok((await page.locator(quoteItems).count()) > 20, "the seeds hold dozens of quotations");
  // The National Security Committee's "... proclaim a provisional government"
  // was reported by 000 (AFP copy), 001 (Eurasia Times) and 004 (Medium).
  const claim = page.locator(quoteItems).filter({ hasText: "provisional government" });
  const ids = new Set(await claim.evaluateAll((els) => els.map((e) => e.getAttribute("data-article-id"))));
  assert.deepEqual([...ids].sort(), [A0, A1, A4]);
  for (const text of await claim.locator(".said").allTextContents()) {
    assert.match(text, /National Security Committee/);
  }
  // Reloading keeps the view; the link opens the article it came from.
  await page.reload();
  await page.waitForSelector(quoteItems);
  await claim.first().locator(".where a").click();
  await page.waitForSelector('[data-testid="reader"]');
  assert.ok([A0, A1, A4].includes(params(page).get("article")));
  await close();
});

test("the Speaker facet keeps the articles quoting someone, and only their words", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const committee = await facetValue(page, "speaker", "National Security Committee");
  assert.equal(await facetCount(committee), 3);
  await committee.click();
  await expectResults(page, [A0, A1, A4]);
  assert.equal(params(page).get("speaker"), "national-security-committee");
  await page.click('[data-testid="tab-quotes"]');
  await page.waitForSelector(quoteItems);
  for (const text of await page.locator(`${quoteItems} .said`).allTextContents()) {
    assert.match(text, /National Security Committee/, "every quotation shown is the committee's");
  }
  // Putin is quoted only in the Kuwait Times' AFP copy.
  await page.click('[data-testid="clear-all"]');
  await page.click('[data-testid="tab-articles"]');
  const more = page.locator('section[data-facet="speaker"] button.more');
  if (await more.count()) await more.click();
  await (await facetValue(page, "speaker", "Putin")).click();
  await expectResults(page, [A3]);
  await close();
});

test("a date in the text filters by the period it names", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, `?article=${A2}`);
  const reader = `[data-testid="reader"][data-article-id="${A2}"]`;
  await page.waitForSelector(reader);
  // "ousted last Wednesday" in a Monday 10 January article is 5 January.
  const wednesday = page.locator(`${reader} button.date-mention`).filter({ hasText: "last Wednesday" }).first();
  assert.equal(await wednesday.getAttribute("data-date"), "2022-01-05");
  await wednesday.click();
  await eventually(async () => {
    assert.equal(params(page).get("mfrom"), "2022-01-05");
    assert.equal(params(page).get("mto"), "2022-01-05");
  });
  // 002 and 003 ("last Wednesday", "Wednesday") both name that day; the others,
  // published in November, do not, though 000 mentions "January".
  await expectResults(page, [A2, A3]);
  assert.equal(await page.inputValue('[data-testid="mentioned-from"]'), "2022-01-05");
  await close();
});

test("mentioned dates have their own histogram, separate from publication", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const bars = page.locator('[data-testid="mentioned-histogram"] [data-testid="mentioned-bar"]');
  await eventually(async () => assert.ok((await bars.count()) > 1));
  // The mentions run from 1990 to December 2024: yearly bars.
  assert.equal(await bars.first().getAttribute("data-start"), "1990-01-01");
  assert.equal(await bars.last().getAttribute("data-end"), "2024-12-31");
  // The 2019 bar: articles saying Tokayev took over in 2019.
  await page.locator('[data-testid="mentioned-bar"][data-start="2019-01-01"]').click();
  await eventually(async () => {
    assert.equal(params(page).get("mfrom"), "2019-01-01");
    assert.equal(params(page).get("mto"), "2019-12-31");
  });
  const count = Number((await page.textContent('[data-testid="result-count"]')).match(/\d+/)[0]);
  const title = await page.getAttribute('[data-testid="mentioned-bar"][data-start="2019-01-01"]', "title");
  assert.equal(count, Number(title.match(/(\d+) article/)[1]), "a bar's count is what selecting it finds");
  // The publication histogram still spans its own axis.
  assert.equal(await page.getAttribute('[data-testid="histogram-bar"] >> nth=0', "data-start"), "2022-01-01");
  await close();
});
