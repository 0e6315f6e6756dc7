/**
 * Live: a write made through the API raises a layout alert that appears in an open console, and
 * the status change of an application appears beside it — no reload, over graphql-ws.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { HubEventBus } from "../../src/events/bus.js";
import { TOPICS } from "../../src/events/types.js";
import { gql } from "../support/hub.js";
import { until } from "../support/ws.js";
import {
  launchBrowser,
  openPage,
  pageErrors,
  screenshot,
  startConsoleHub,
  textOf,
  WAIT_MS,
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

describe("the live page", () => {
  it("shows the alert of a write made through the API, and a status change", async () => {
    const page = await openPage(browser, hub.origin, "/#/live");
    await page.waitForSelector('[data-testid="live-listening"]', { timeout: WAIT_MS });
    const bus = hub.hub.events as HubEventBus;
    // The page's three subscriptions are live on the hub before the write is made.
    await until(
      () =>
        bus.listenerCount(TOPICS.LAYOUT_ALERT) > 0 &&
        bus.listenerCount(TOPICS.APPLICATION_STATUS_CHANGED) > 0 &&
        bus.listenerCount(TOPICS.LAB_CHANGED) > 0,
      WAIT_MS,
      "the live page's subscriptions",
    );
    const res = await gql(
      hub.hub,
      `mutation { submitApplication(input: { id: "lab-live-console", name: "实时告警浏览器测试实验室", leadUniversityId: "univ-seu", leadDisciplineCode: "0809", focusFieldCodes: ["BRAIN_SCIENCE"] }) { userErrors { code } } }`,
    );
    expect(res.data!.submitApplication.userErrors).toEqual([]);
    const alert = await textOf(page, '[data-testid="live-alert"]');
    expect(alert).toContain("0809");
    // The write raises a lab change and a layout alert; their rows may come in either order.
    const row = await page.waitForFunction(
      (selector: string, kind: string, lab: string) =>
        Array.from((globalThis as any).document.querySelectorAll(selector) as ArrayLike<any>)
          .map((tr) => String(tr.innerText))
          .find((text) => text.includes(kind) && text.includes(lab)) ?? false,
      { timeout: WAIT_MS },
      '[data-testid="table-live-events"] tr.ant-table-row',
      "产生重复布局",
      "实时告警浏览器测试实验室",
    );
    expect(String(await row.jsonValue())).toContain("产生重复布局");

    const review = await gql(
      hub.hub,
      `mutation { startPlanReview(id: "lab-live-console") { userErrors { code } } }`,
    );
    expect(review.data!.startPlanReview.userErrors).toEqual([]);
    expect(await textOf(page, '[data-testid="live-status"]')).toContain("申请中 → 评审中");
    // The lab change of the application reads in Chinese too: its action and its fields by their
    // names, at the province's time to the second (not the API's UTC text).
    const created = await page.waitForFunction(
      (selector: string) =>
        Array.from((globalThis as any).document.querySelectorAll(selector) as ArrayLike<any>)
          .map((tr) => String(tr.innerText))
          .find((text) => text.includes("实验室变更") && text.includes("新建")) ?? false,
      { timeout: WAIT_MS },
      '[data-testid="table-live-events"] tr.ant-table-row',
    );
    const createdRow = String(await created.jsonValue());
    expect(createdRow).toContain("名称");
    expect(createdRow).not.toMatch(/\bappliedOn\b|\bstatus\b/);
    expect(createdRow).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(createdRow).not.toMatch(/T\d\d:\d\d:\d\d/);
    await screenshot(page, "live-zh");
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  });
});
