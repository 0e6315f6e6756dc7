/**
 * The browser tests' harness: Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven by
 * puppeteer-core, headless; a hub started in-process on the seed graph that serves the built console;
 * pages opened in a language (and with a token), screenshots into `.screenshots/`, first-paint and
 * data-shown timings, downloads into a folder of the test's own. Tests wait for selectors
 * (`data-testid` attributes) and never sleep for a fixed time.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type CDPSession, type Page } from "puppeteer-core";
import type { Config } from "../../../src/config.js";
import { Graph } from "../../../src/graph/graph.js";
import type { Hub } from "../../../src/server/http.js";
import { inject } from "vitest";
import { resetToSeed } from "../../support/graph.js";
import { startTestHub } from "../../support/hub.js";
import { ensureConsoleBuilt } from "./build.js";

// Code passed to page.evaluate runs in the browser: its globals, untyped (the project's tsconfig has no DOM lib).
declare const document: any, window: any, localStorage: any, MutationObserver: any;

export type { Browser, Page };

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
/** Where every run writes its screenshots (git-ignored). */
export const SCREENSHOTS = join(root, ".screenshots");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** How long a test waits for a selector or a download before it fails. */
export const WAIT_MS = 60_000;

/** Headless Chromium at 1280×800 (its sandbox needs user namespaces that CI's root shell lacks). */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
    defaultViewport: { width: 1280, height: 800 },
  });
}

export interface ConsoleHub {
  hub: Hub;
  graph: Graph;
  /** The hub's origin, e.g. http://127.0.0.1:41234 (the console is at `${origin}/`). */
  origin: string;
  close(): Promise<void>;
}

/**
 * A hub on the seed graph (the test database reset to it) serving the console, built first if
 * `dist/console` is missing or older than `console/`. `config` as for startTestHub (e.g. auth).
 */
export async function startConsoleHub(options: { config?: Partial<Config> } = {}): Promise<ConsoleHub> {
  ensureConsoleBuilt();
  // A page runs several statements at once and the machine runs a browser beside Neo4j: generous
  // statement timeouts, so that a slow moment does not fail a page (speed is measured, not asserted).
  const graph = Graph.connect({
    ...inject("neo4j"),
    limits: { statementTimeoutMs: 120_000, analyticsTimeoutMs: 120_000 },
  });
  await resetToSeed(graph);
  const hub = await startTestHub(graph, { config: options.config });
  return {
    hub,
    graph,
    origin: new URL(hub.url).origin,
    async close() {
      await hub.close();
      await graph.close();
    },
  };
}

export type Language = "zh" | "en";

export interface OpenOptions {
  /** The console's language before it loads (its switch is used by switchLanguage). Default zh. */
  language?: Language;
  /** A bearer token, entered as the Sign-in page would keep it. */
  token?: string;
  /** A selector whose first appearance is the "data shown" time of the page (see timings). */
  dataSelector?: string;
}

/** Errors a page threw or logged, for tests to assert that there are none. */
export const pageErrors = new WeakMap<Page, string[]>();

/** Key of localStorage where the console keeps its language and its token. */
export const STORAGE = { language: "lianhe.lang", token: "lianhe.token" } as const;

/**
 * Opens `path` (e.g. "/#/live") of the console in a new page, the language and token set in
 * localStorage before any script runs, and a watcher that records when `dataSelector` first appears.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  path = "/",
  options: OpenOptions = {},
): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    // React's and antd's development warnings are not errors of the page.
    if (message.type() === "error" && !message.text().startsWith("Warning:")) errors.push(message.text());
  });
  await page.setExtraHTTPHeaders({
    "accept-language": options.language === "en" ? "en" : "zh-CN,zh;q=0.9",
  });
  await page.evaluateOnNewDocument(
    (storage: typeof STORAGE, language: string, token: string | null, dataSelector: string | null) => {
      try {
        localStorage.setItem(storage.language, language);
        if (token === null) localStorage.removeItem(storage.token);
        else localStorage.setItem(storage.token, token);
      } catch {
        // opaque origins (about:blank) have no storage
      }
      if (dataSelector) {
        const w = window as unknown as { __dataShown?: number };
        const seen = () => {
          if (w.__dataShown === undefined && document.querySelector(dataSelector)) {
            w.__dataShown = performance.now();
            observer.disconnect();
          }
        };
        const observer = new MutationObserver(seen);
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      }
    },
    STORAGE,
    options.language ?? "zh",
    options.token ?? null,
    options.dataSelector ?? null,
  );
  await page.goto(`${origin}${path}`, { waitUntil: "domcontentloaded" });
  return page;
}

/** Runs a wait; when it fails, the error says what the page showed instead. */
export async function waitOrExplain<T>(page: Page, wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (error) {
    throw new Error(`${(error as Error).message} — ${await explain(page)}`, { cause: error });
  }
}

/** Waits for a selector to be in the DOM and visible; returns its text. */
export async function textOf(page: Page, selector: string, timeout = WAIT_MS): Promise<string> {
  const handle = await waitOrExplain(page, () => page.waitForSelector(selector, { visible: true, timeout }));
  if (!handle) throw new Error(`no ${selector}`);
  const text = await handle.evaluate((el) => (el as any).innerText);
  await handle.dispose();
  return text;
}

/** Waits until the page's body text contains `text` (any of them when an array). */
export async function waitForText(page: Page, text: string | string[], timeout = WAIT_MS): Promise<void> {
  const texts = Array.isArray(text) ? text : [text];
  await page.waitForFunction(
    (wanted: string[]) => wanted.some((t) => document.body?.innerText.includes(t)),
    { timeout },
    texts,
  );
}

/**
 * Clicks the element of a selector once it is visible and nothing covers its centre. A mouse click
 * lands on whatever is on top at that point: a dialog still closing (its mask fades out after its
 * last action) would take the click, and the page would never hear it.
 */
export async function click(page: Page, selector: string, timeout = WAIT_MS): Promise<void> {
  const handle = await page.waitForSelector(selector, { visible: true, timeout });
  if (!handle) throw new Error(`no ${selector}`);
  await handle.scrollIntoView();
  await page
    .waitForFunction(
      (element: any) => {
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return top !== null && element.contains(top);
      },
      { timeout },
      handle,
    )
    .catch((error: unknown) => {
      throw new Error(`${selector} stayed covered by another element: ${String(error)}`);
    });
  await handle.click();
  await handle.dispose();
}

/** The selector of the console's language switch (a button per language: `lang-zh`, `lang-en`). */
export const languageButton = (language: Language) => `[data-testid="lang-${language}"]`;

/** Switches the console's language with its switch and waits until <html lang> says so. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await click(page, languageButton(language));
  await page.waitForFunction(
    (lang: string) => document.documentElement.lang.toLowerCase().startsWith(lang),
    { timeout: WAIT_MS },
    language,
  );
}

/** Writes `.screenshots/<name>.png` (the whole page) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface PageTimings {
  /** first-paint, ms from navigation start. */
  firstPaintMs?: number;
  /** first-contentful-paint, ms from navigation start. */
  firstContentfulPaintMs?: number;
  /** When the page's data selector first appeared, ms from navigation start. */
  dataShownMs?: number;
}

/** What the page shows and threw, for a failure's message (and a screenshot `failed-<name>`). */
export async function explain(page: Page, name = "page"): Promise<string> {
  const text = await page.evaluate(() => document.body?.innerText ?? "").catch(() => "?");
  await screenshot(page, `failed-${name}`).catch(() => undefined);
  return `${page.url()} shows: ${String(text).replace(/\s+/g, " ").slice(0, 600)}; errors: ${JSON.stringify(pageErrors.get(page) ?? [])}`;
}

/** The page's paint timings and data-shown time (openPage's dataSelector), once the data is shown. */
export async function timings(page: Page, timeout = WAIT_MS): Promise<PageTimings> {
  await waitOrExplain(page, () =>
    page.waitForFunction(() => (window as unknown as { __dataShown?: number }).__dataShown !== undefined, {
      timeout,
    }),
  );
  return page.evaluate(() => {
    const paint = (name: string) =>
      performance.getEntriesByType("paint" as any).find((entry) => entry.name === name)?.startTime;
    return {
      firstPaintMs: paint("first-paint"),
      firstContentfulPaintMs: paint("first-contentful-paint"),
      dataShownMs: (window as unknown as { __dataShown?: number }).__dataShown,
    };
  });
}

/** Downloads caught in a folder: its path, and the files Chromium reported complete. */
interface DownloadWatch {
  session: CDPSession;
  /** guid → the file's name as the page suggested it. */
  names: Map<string, string>;
  completed: Set<string>;
  failed: string[];
}
const watches = new Map<string, DownloadWatch>();

/**
 * A fresh folder that the browser's downloads go to. Browser.setDownloadBehavior is sent on a CDP
 * session of the browser's own target that stays attached until removeDir: Chromium resets the
 * behaviour to its default (ask, i.e. drop the file when headless) when the session that set it
 * detaches. With eventsEnabled, Browser.downloadWillBegin / downloadProgress say when a file is whole.
 */
export async function downloadsTo(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "lianhe-downloads-"));
  const session = await page.browser().target().createCDPSession();
  const watch: DownloadWatch = { session, names: new Map(), completed: new Set(), failed: [] };
  session.on("Browser.downloadWillBegin", (event) => watch.names.set(event.guid, event.suggestedFilename));
  session.on("Browser.downloadProgress", (event) => {
    if (event.state === "completed") watch.completed.add(event.guid);
    if (event.state === "canceled") watch.failed.push(watch.names.get(event.guid) ?? event.guid);
  });
  await session.send("Browser.setDownloadBehavior", {
    behavior: "allow",
    downloadPath: dir,
    eventsEnabled: true,
  });
  watches.set(dir, watch);
  return dir;
}

/**
 * Waits for a download into `dir` (downloadsTo) whose name ends with `suffix` to be reported complete
 * by Chromium and to be in the folder; returns its path.
 */
export async function downloaded(dir: string, suffix: string, timeout = WAIT_MS): Promise<string> {
  const watch = watches.get(dir);
  if (!watch) throw new Error(`${dir} is not a folder of downloadsTo`);
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const guid of watch.completed) {
      const name = watch.names.get(guid);
      if (name?.endsWith(suffix) && existsSync(join(dir, name)) && statSync(join(dir, name)).size > 0)
        return join(dir, name);
    }
    if (watch.failed.length > 0) throw new Error(`download canceled: ${watch.failed.join(", ")}`);
    if (Date.now() > deadline)
      throw new Error(
        `no *${suffix} in ${dir} within ${timeout} ms (begun: ${[...watch.names.values()].join(", ")}; ` +
          `has: ${readdirSync(dir).join(", ")})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Removes a folder (and, for a folder of downloadsTo, ends its watch: downloads go back to the default). */
export function removeDir(dir: string): void {
  const watch = watches.get(dir);
  if (watch) {
    watches.delete(dir);
    void watch.session.detach().catch(() => undefined);
  }
  rmSync(dir, { recursive: true, force: true });
}
