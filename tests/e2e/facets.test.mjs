// Facets: source, person, organisation and place values; any-of and all-of;
// chips; clear all. Entities are found by their names, not by slug.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  A0, A1, A2, A3, A4, ALL_IDS, eventually, expectResults, facetAdds, facetCount, facetValue, gotoApp,
  launchBrowser, newPage, params, resultCount,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const pressed = async (button) => (await button.getAttribute("aria-pressed")) === "true";

/** Clicks the any/all toggle of a facet section and waits until it is pressed. */
async function setMode(page, facet, mode) {
  const toggle = page.locator(`section[data-facet="${facet}"] button[data-testid="facet-mode"][data-mode="${mode}"]`);
  await toggle.click();
  await eventually(async () => assert.equal(await toggle.getAttribute("aria-pressed"), "true"));
}

test("every facet section is there with counted values", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  for (const facet of ["source", "person", "organisation", "place"]) {
    const values = page.locator(`section[data-facet="${facet}"] button[data-testid="facet-value"]`);
    assert.ok((await values.count()) > 0, `${facet} facet has values`);
    const first = values.first();
    assert.equal(await first.getAttribute("aria-pressed"), "false");
    assert.ok(await first.getAttribute("data-value"), `${facet} value has data-value`);
    assert.ok((await facetCount(first)) > 0, `${facet} value has a count`);
  }
  for (const facet of ["person", "organisation", "place"]) {
    for (const mode of ["any", "all"]) {
      const n = await page.locator(`section[data-facet="${facet}"] button[data-testid="facet-mode"][data-mode="${mode}"]`).count();
      assert.equal(n, 1, `${facet} has a "${mode}" toggle`);
    }
  }
  // Every article has exactly one source.
  const sources = page.locator('section[data-facet="source"] button[data-testid="facet-value"]');
  let total = 0;
  for (let i = 0; i < (await sources.count()); i++) total += await facetCount(sources.nth(i));
  assert.equal(total, 5, "source counts add up to the corpus");
  await close();
});

test("a source filters the results, shows a chip, and the chip removes it", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const button = page.locator('section[data-facet="source"] button[data-testid="facet-value"]').first();
  const id = await button.getAttribute("data-value");
  const n = await facetCount(button);
  await button.click();
  await eventually(async () => {
    assert.equal(await resultCount(page), n);
    assert.ok(await pressed(button));
    assert.deepEqual(params(page).getAll("source"), [id]);
    assert.equal(await page.locator('[data-testid="chip"]').count(), 1);
  });
  await page.click('[data-testid="chip"] [data-testid="chip-remove"]');
  await expectResults(page, ALL_IDS);
  assert.equal(await pressed(button), false);
  assert.deepEqual(params(page).getAll("source"), []);
  assert.equal(await page.locator('[data-testid="chip"]').count(), 0);
  await close();
});

test("people: one person, any-of and all-of two", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const ablyazov = await facetValue(page, "person", "Ablyazov");
  assert.equal(await facetCount(ablyazov), 3);
  // Nazarbayev and the misspelling Nazerbayev are one entity.
  const nazarbayev = await facetValue(page, "person", "Nazarbayev");
  assert.equal(await facetCount(nazarbayev), 4);
  assert.equal(
    await page.locator('section[data-facet="person"] button[data-testid="facet-value"]').filter({ hasText: "Nazerbayev" }).count(),
    0, "no separate Nazerbayev value",
  );
  const massimov = await facetValue(page, "person", "Massimov");
  assert.equal(await facetCount(massimov), 2, "Massimov and Masimov are one entity");

  await ablyazov.click();
  await expectResults(page, [A0, A1, A4]);
  assert.ok(await pressed(ablyazov));
  assert.deepEqual(params(page).getAll("entity"), [await ablyazov.getAttribute("data-value")]);

  await nazarbayev.click();
  await setMode(page, "person", "all");
  await expectResults(page, [A0, A1]);
  assert.equal(params(page).getAll("entity").length, 2);
  await setMode(page, "person", "any");
  await expectResults(page, ALL_IDS);
  await setMode(page, "person", "all");
  await expectResults(page, [A0, A1]);
  assert.equal(await page.locator('[data-testid="chip"]').count(), 2);
  await close();
});

test("all-of and any-of change the facet counts", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await (await facetValue(page, "person", "Ablyazov")).click();
  await setMode(page, "person", "all");
  await expectResults(page, [A0, A1, A4]);
  // Counts are over the results either way: Nazarbayev is in 2 of Ablyazov's 3.
  const nazarbayev = () => facetValue(page, "person", "Nazarbayev");
  assert.equal(await facetCount(await nazarbayev()), 2, "Nazarbayev count under all-of Ablyazov");
  // Under all-of, ticking him could only narrow, so nothing is offered as added.
  assert.equal(await facetAdds(await nazarbayev()), 0, "no +N under all-of");
  // Under any-of, ticking him would add 002 and 003, which lack Ablyazov.
  await setMode(page, "person", "any");
  await expectResults(page, [A0, A1, A4]);
  await eventually(async () => {
    assert.equal(await facetCount(await nazarbayev()), 2, "Nazarbayev count under any-of Ablyazov");
    assert.equal(await facetAdds(await nazarbayev()), 2, "Nazarbayev would add 002 and 003");
  });
  // Massimov is in none of the results but would add two articles: still listed
  // (below the fold, after those that are in the results).
  await page.locator('section[data-facet="person"] button.more').click();
  const massimov = await facetValue(page, "person", "Massimov");
  assert.equal(await facetCount(massimov), 0);
  assert.equal(await facetAdds(massimov), 2);
  await close();
});

test("organisation and person filters combine", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const csto = await facetValue(page, "organisation", "Collective Security Treaty");
  assert.equal(await facetCount(csto), 3);
  await csto.click();
  await expectResults(page, [A2, A3, A4]);
  await (await facetValue(page, "person", "Ablyazov")).click();
  await expectResults(page, [A4]);
  assert.match(await page.textContent('[data-testid="result-count"]'), /^\s*1 article\b(?!s)/);
  await close();
});

test("a place filters to its count", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const values = page.locator('section[data-facet="place"] button[data-testid="facet-value"]');
  // Pick the place with the fewest articles so the filter visibly narrows.
  let best = 0;
  let bestCount = Infinity;
  for (let i = 0; i < (await values.count()); i++) {
    const c = await facetCount(values.nth(i));
    if (c < bestCount) { best = i; bestCount = c; }
  }
  const place = values.nth(best);
  const id = await place.getAttribute("data-value");
  await place.click();
  await eventually(async () => {
    assert.equal(await resultCount(page), bestCount);
    assert.ok(params(page).getAll("entity").includes(id));
  });
  await close();
});

test("clear all removes every filter", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  await (await facetValue(page, "organisation", "Collective Security Treaty")).click();
  await expectResults(page, [A2, A3, A4]);
  await page.locator('section[data-facet="source"] button[data-testid="facet-value"]').first().click();
  await page.fill('[data-testid="search-input"]', "Tokayev");
  await page.press('[data-testid="search-input"]', "Enter");
  await eventually(async () => assert.ok((await page.locator('[data-testid="chip"]').count()) >= 2));
  await page.click('button[data-testid="clear-all"]');
  await expectResults(page, ALL_IDS);
  assert.equal(await page.locator('[data-testid="chip"]').count(), 0);
  assert.equal(await page.locator('button[data-testid="facet-value"][aria-pressed="true"]').count(), 0);
  assert.equal(await page.inputValue('[data-testid="search-input"]'), "");
  const p = params(page);
  for (const key of ["q", "entity", "source", "from", "to"]) assert.equal(p.has(key), false, `${key} cleared from the URL`);
  await close();
});
