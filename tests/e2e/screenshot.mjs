// Saves a picture of the explorer for the README (run by scripts/screenshot.sh):
// 1280x900, the first view with one person selected and one article open.
//
//   NEWSPRISM_URL=... node tests/e2e/screenshot.mjs [OUT.png]   (default docs/screenshot.png)
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BASE_URL, gotoApp, launchBrowser } from "./harness.mjs";

const out = resolve(process.argv[2] || "docs/screenshot.png");
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  context.setDefaultTimeout(15_000);
  await gotoApp(page);
  const person = page
    .locator('section[data-facet="person"] button[data-testid="facet-value"]')
    .filter({ hasText: "Ablyazov" });
  await ((await person.count()) ? person.first() : page.locator('section[data-facet="person"] button[data-testid="facet-value"]').first()).click();
  await page.waitForTimeout(300);
  await page.locator('[data-testid="results"] a[data-testid="open-article"]').first().click();
  await page.waitForSelector('[data-testid="reader"]');
  await page.waitForTimeout(300);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`screenshot: ${page.url().replace(BASE_URL, "")} → ${out}`);
  await context.close();
} finally {
  await browser.close();
}
