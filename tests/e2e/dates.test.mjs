// Date range: the from/to inputs and the histogram bars.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A0, A1, A4, ALL_IDS, eventually, expectResults, gotoApp, idsBetween, launchBrowser, newPage, params,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const FROM = 'input[data-testid="date-from"]';
const TO = 'input[data-testid="date-to"]';

test("from and to inputs narrow the results", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  assert.equal(await page.getAttribute(FROM, "type"), "date");
  assert.equal(await page.getAttribute(TO, "type"), "date");
  await page.fill(FROM, "2022-11-01");
  await expectResults(page, [A0, A1, A4]);
  assert.equal(params(page).get("from"), "2022-11-01");
  await page.fill(TO, "2022-11-17");
  await expectResults(page, [A0]);
  assert.equal(params(page).get("to"), "2022-11-17");
  // Both ends are inclusive.
  await page.fill(FROM, "2022-11-17");
  await expectResults(page, [A0]);
  await page.fill(FROM, "");
  await page.fill(TO, "");
  await expectResults(page, ALL_IDS);
  await close();
});

test("the range survives as URL parameters", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page, "?from=2022-01-11&to=2022-11-18");
  await expectResults(page, idsBetween("2022-01-11", "2022-11-18"));
  assert.equal(await page.inputValue(FROM), "2022-01-11");
  assert.equal(await page.inputValue(TO), "2022-11-18");
  await close();
});

test("clicking a histogram bar selects its dates", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const bars = page.locator('[data-testid="histogram"] [data-testid="histogram-bar"]');
  assert.ok((await bars.count()) > 0, "histogram has bars");
  const all = await bars.evaluateAll((els) =>
    els.map((e) => ({ tag: e.tagName, start: e.getAttribute("data-start"), end: e.getAttribute("data-end") })),
  );
  for (const b of all) {
    assert.equal(b.tag, "BUTTON");
    assert.match(b.start, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(b.end, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(b.start <= b.end);
  }
  // The bar holding the January articles.
  const i = all.findIndex((b) => b.start <= "2022-01-10" && "2022-01-10" <= b.end);
  assert.ok(i >= 0, `a bar covers 2022-01-10: ${JSON.stringify(all)}`);
  await bars.nth(i).click();
  await eventually(async () => {
    assert.equal(await page.inputValue(FROM), all[i].start);
    assert.equal(await page.inputValue(TO), all[i].end);
  });
  await expectResults(page, idsBetween(all[i].start, all[i].end));
  assert.equal(params(page).get("from"), all[i].start);
  assert.equal(params(page).get("to"), all[i].end);
  await close();
});
