// corpus/entities.overrides as an editor uses it: the seed corpus renames "Xi"
// (as the Medium piece calls him) to "Xi Jinping", and the page shows the
// corrected entity everywhere, under the id the rename gives it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { A4, expectResults, facetValue, gotoApp, launchBrowser, newPage, params } from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("a renamed entity shows under its new name in the facet, the reader and links", async () => {
  const { page, close } = await newPage(browser);
  await gotoApp(page);
  const people = page.locator('section[data-facet="person"]');
  const showAll = people.getByRole("button", { name: /Show all/ });
  if (await showAll.count()) await showAll.click();
  await (await facetValue(page, "person", "Xi Jinping")).click();
  await expectResults(page, [A4]);
  assert.deepEqual(params(page).getAll("entity"), ["xi-jinping"]);
  // The text still says "Xi"; the mark leads to the renamed entity.
  await page.goto(page.url().replace(/\?.*$/, `?article=${A4}`));
  const mark = page.locator('[data-testid="reader"] .body [data-entity-id="xi-jinping"]').first();
  await mark.waitFor();
  assert.equal((await mark.textContent()).trim(), "Xi");
  // The old id is not in the corpus any more: a stale link says so.
  await page.goto(page.url().replace(/\?.*$/, "?entity=xi"));
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.locator('[data-testid="notice"]').first().textContent(), /xi/);
  await close();
});
