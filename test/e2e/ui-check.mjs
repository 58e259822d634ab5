// The packaged extension, installed from its .vsix into code-server, seen by a person: the Problems panel
// lists our finding for the risky rule file. Saves a screenshot as evidence (test artifact).
import { chromium } from 'playwright-core';

export async function problemsPanelShows({ baseUrl, workspace, fileName, expected, screenshot, profile, log }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`);
    const row = `.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`;
    await page.waitForSelector(row, { timeout: 90_000 });
    await page.click(row);
    await page.waitForSelector(`.tabs-container .tab[aria-label^="${fileName}"]`, { timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: expected }).first().waitFor({ timeout: 90_000 });
    log(`Problems panel: ${JSON.stringify(await page.locator('.markers-panel .monaco-list-row').allInnerTexts())}`);
    await page.screenshot({ path: screenshot });
    return true;
  } catch (e) {
    log(`UI check failed: ${e instanceof Error ? e.message : e}`);
    try {
      await context.pages()[0]?.screenshot({ path: screenshot.replace(/\.png$/, '-failure.png') });
    } catch {}
    return false;
  } finally {
    await context.close();
  }
}
