/**
 * The console served at / by a hub on the seed graph, in a real browser: it opens on the overview in
 * Chinese, switches to English and back, links every page, and the explorer stays at /graphql.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startConsoleHub,
  switchLanguage,
  textOf,
  waitForText,
  type Browser,
  type ConsoleHub,
} from "./support/browser.js";

// A page waits for the hub and Neo4j on a shared machine: minutes, not the default minute.
vi.setConfig({ testTimeout: 300_000 });

let browser: Browser;
let hub: ConsoleHub;
beforeAll(async () => {
  hub = await startConsoleHub();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe("the console at /", () => {
  it("opens in Chinese, switches to English and back", async () => {
    const page = await openPage(browser, hub.origin, "/");
    await page.waitForSelector('[data-testid="page-overview"]');
    expect(await page.$eval("html", (html: any) => html.lang)).toBe("zh-CN");
    expect(await textOf(page, '[data-testid="nav"]')).toContain("布局缺口");
    expect(await textOf(page, '[data-testid="nav"]')).toContain("数据导入");
    await switchLanguage(page, "en");
    await waitForText(page, "Coverage");
    expect(await textOf(page, '[data-testid="nav"]')).toContain("Collaboration");
    expect(await textOf(page, '[data-testid="nav"]')).toContain("Import & export");
    await screenshot(page, "shell-en");
    await switchLanguage(page, "zh");
    await waitForText(page, "合作机会");
    await screenshot(page, "shell-zh");
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  });

  it("links each page by its hash, and keeps the explorer at /graphql", async () => {
    const page = await openPage(browser, hub.origin, "/");
    const links = await page.$$eval('[data-testid^="nav-"]', (as: any[]) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(links).toEqual(
      expect.arrayContaining(["#/collaboration", "#/lab", "#/live", "#/export", "#/import", "#/sign-in"]),
    );
    const explorer = await fetch(`${hub.origin}/graphql`, { headers: { accept: "text/html" } });
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain("graphiql");
    await page.close();
  });
});
