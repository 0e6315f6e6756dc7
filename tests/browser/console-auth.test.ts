/**
 * Sign-in on a hub with auth: anonymous, the console asks for a token; a VIEWER's token signs in and
 * the console shows no edit action, and what the role may not ask is explained in Chinese; an EDITOR
 * sees the edit action. The hub still checks every request (tests/auth/); the console only hides.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authConfig, roleToken } from "../support/tokens.js";
import {
  click,
  launchBrowser,
  openPage,
  screenshot,
  startConsoleHub,
  textOf,
  WAIT_MS,
  type Browser,
  type ConsoleHub,
} from "./support/browser.js";

// Code passed to page.evaluate runs in the browser: its globals, untyped (the project's tsconfig has no DOM lib).
declare const document: any;

// A page waits for the hub and Neo4j on a shared machine: minutes, not the default minute.
vi.setConfig({ testTimeout: 300_000 });

let browser: Browser;
let hub: ConsoleHub;
beforeAll(async () => {
  hub = await startConsoleHub({ config: authConfig() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const LAB = "/#/lab?id=lab-wbg-semi";

describe("sign-in with auth", () => {
  it("anonymous: the banner asks for sign-in, and a VIEWER's token entered on the page signs in", async () => {
    const page = await openPage(browser, hub.origin, "/#/sign-in");
    expect(await textOf(page, '[data-testid="session-banner"]')).toContain("请先登录");
    await page.type('[data-testid="token-input"]', await roleToken("VIEWER", "viewer-1"));
    await click(page, '[data-testid="sign-in-submit"]');
    expect(await textOf(page, '[data-testid="signed-in-role"]')).toBe("查看");
    expect(await textOf(page, '[data-testid="session-banner"]')).toContain("viewer-1");
    expect(
      await page.$eval('[data-testid="ability-EDITOR"]', (el: any) => el.getAttribute("data-granted")),
    ).toBe("false");
    await screenshot(page, "sign-in-viewer");
    await page.close();
  });

  it("a VIEWER sees the lab profile without its edit action; an EDITOR sees it", async () => {
    const viewer = await openPage(browser, hub.origin, LAB, { token: await roleToken("VIEWER") });
    await viewer.waitForSelector('[data-testid="lab-name"]', { timeout: WAIT_MS });
    await viewer.waitForSelector('[data-testid="session-banner"][data-session="VIEWER"]', {
      timeout: WAIT_MS,
    });
    expect(await viewer.$$("[data-edit-action]")).toHaveLength(0);
    await screenshot(viewer, "lab-viewer");
    await viewer.close();

    const editor = await openPage(browser, hub.origin, LAB, { token: await roleToken("EDITOR") });
    await editor.waitForSelector('[data-testid="lab-name"]', { timeout: WAIT_MS });
    await editor.waitForSelector('[data-edit-action="updateJointLab"]', { timeout: WAIT_MS });
    await editor.close();
  });

  it("explains in Chinese why a VIEWER may not ask for collaboration opportunities", async () => {
    const page = await openPage(browser, hub.origin, "/#/collaboration?id=lab-wbg-semi", {
      token: await roleToken("VIEWER"),
    });
    const refusal = await textOf(page, '[data-testid="query-error"]');
    expect(refusal).toContain("无权执行");
    expect(refusal).toContain("「规划」");
    expect(refusal).toContain("「查看」");
    await screenshot(page, "collaboration-viewer-refused");
    await page.close();
  });

  it("an EDITOR's edit is written with the audit trail and shown at once", async () => {
    const page = await openPage(browser, hub.origin, LAB, { token: await roleToken("EDITOR", "editor-1") });
    await click(page, '[data-edit-action="updateJointLab"]');
    const staff = 'input[data-testid="edit-staff-actual"], [data-testid="edit-staff-actual"] input';
    // As a person does: click into the number, select all of it (Ctrl+A), delete it and type, so that
    // every key goes through antd's InputNumber to React's state (setting .value from script does not).
    const input = await page.waitForSelector(staff, { visible: true, timeout: WAIT_MS });
    await input!.click();
    await page.keyboard.down("Control");
    await page.keyboard.press("KeyA");
    await page.keyboard.up("Control");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("240");
    expect(await input!.evaluate((el: any) => el.value)).toBe("240");
    await input!.dispose();
    await click(page, '[data-testid="edit-save"]');
    await page.waitForFunction(
      () => document.body.innerText.includes("240 / 260") && document.body.innerText.includes("editor-1"),
      { timeout: WAIT_MS },
    );
    const audit = await textOf(page, '[data-testid="table-audit-lab-wbg-semi"]');
    expect(audit).toContain("editor-1（EDITOR）");
    const inGraph = await hub.graph.read("MATCH (l:JointLab {id: 'lab-wbg-semi'}) RETURN l.staffActual AS n");
    expect(Number(inGraph.records[0]!.get("n"))).toBe(240);
    await page.close();
  });
});
