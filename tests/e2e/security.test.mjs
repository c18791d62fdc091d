// Text from the URL is data, never markup.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE_URL, launchBrowser, newPage, waitReady } from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PAYLOAD =
  '<script>window.__pwned="script"</script><img src="x-pwned" onerror="window.__pwned=\'img\'"><svg onload="window.__pwned=\'svg\'">';

for (const param of ["q", "entity", "source", "article", "from"]) {
  test(`markup in ${param}= is shown as text, not run`, async () => {
    const { page, guard, close } = await newPage(browser);
    await page.goto(`${BASE_URL}?${param}=${encodeURIComponent(PAYLOAD)}`);
    await waitReady(page);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "payload ran");
    assert.equal(await page.locator('#app img[src="x-pwned"], #app svg[onload]').count(), 0, "payload became elements");
    const fetched = guard.requests.filter((u) => new URL(u).pathname.endsWith("x-pwned"));
    assert.deepEqual(fetched, [], "the injected image was requested");
    if (param === "q") {
      assert.equal(await page.inputValue('[data-testid="search-input"]'), PAYLOAD);
    } else {
      const shown = (await page.locator('[data-testid="notice"]').allTextContents()).join("\n");
      assert.ok(shown.includes("<script>") || shown.includes("<img"), `notice shows the value as text: ${shown}`);
    }
    await close();
  });
}
