// `npm run bench:browser [-- DATA_DIR] [--size 100000] [--runs 1]`
// Browser mode from a cold start: starts `folio serve` on a COPY of a library (opening migrates it),
// opens the page in Chromium (the launch options of playwright.config.ts) and prints the time from
// navigation start to the first paper row drawn, and from the server process's start to that row.
// Then a few keyboard moves over the whole list (End, Home, j) to show they stay responsive.
// Default library: the bench's pristine generated one (/tmp/folio-bench/v1-<size>/pristine, made by
// `npm run bench`, or generated here when missing). Prints figures; asserts nothing. Not part of `npm test`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "@playwright/test";
import { pristineLibrary } from "./pristine.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const positional = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const size = Number(option("size", "100000"));
const runs = Number(option("runs", "1"));

/** The same browser as the e2e specs (playwright.config.ts). */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const LAUNCH = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** Records, in the page, when the first loaded paper row is in the DOM and painted (ms since navigation start). */
function watchFirstRow() {
  const mark = () => {
    if (globalThis.__firstRowMs !== undefined) return true;
    if (!document.querySelector('.paper-list [role="option"]:not(.paper-row-loading)')) return false;
    globalThis.__firstRowMs = null;
    requestAnimationFrame(() => {
      globalThis.__firstRowMs = performance.now();
    });
    return true;
  };
  new MutationObserver((_, observer) => {
    if (mark()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function startServer(dataDir) {
  const startedAt = Date.now();
  const child = spawn(process.execPath, [join(ROOT, "bin/folio.mjs"), "serve", "--data-dir", dataDir, "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", (line) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/.exec(line);
      if (m?.[1]) resolve(m[1]);
      else reject(new Error(`Unexpected first line from folio serve: ${line}`));
    });
    child.once("exit", (code) => reject(new Error(`folio serve exited (${code}): ${stderr}`)));
  });
  return { child, url, startedAt, listeningAt: Date.now() };
}

async function stopServer(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

const ms = (v) => (v === undefined || Number.isNaN(v) ? "—" : `${Math.round(v)} ms`);

async function timeKey(page, key, done) {
  const t = performance.now();
  await page.keyboard.press(key);
  await done();
  return performance.now() - t;
}

async function measure(browser, library) {
  const work = await mkdtemp(join(tmpdir(), "folio-bench-browser-"));
  const dataDir = join(work, "data");
  await cp(library, dataDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(watchFirstRow);
  let firstQuery;
  page.on("response", async (res) => {
    if (firstQuery || !res.url().endsWith("/api/query")) return;
    firstQuery = { at: Date.now(), indexed: (await res.json().catch(() => ({})))?.result?.indexed };
  });
  const server = await startServer(dataDir);
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => typeof globalThis.__firstRowMs === "number", null, { timeout: 120_000 });
    const [firstRowMs, timeOrigin] = await page.evaluate(() => [globalThis.__firstRowMs, performance.timeOrigin]);
    const total = await page.locator(".list-count").textContent();

    // Keyboard over the whole list: End loads and selects the last row, Home the first, j the next.
    const list = page.getByRole("listbox", { name: "Papers" });
    const heading = page.getByRole("region", { name: "Paper details" }).getByRole("heading", { level: 2 });
    const current = () => list.locator(".paper-row.is-current");
    await list.locator('[role="option"]').first().click();
    await heading.waitFor();
    const pos = async () => Number(await current().getAttribute("aria-posinset"));
    const until = async (want) => {
      await page.waitForFunction(
        (n) => document.querySelector(".paper-row.is-current")?.getAttribute("aria-posinset") === String(n),
        want,
        { timeout: 60_000 },
      );
    };
    const count = Number(await list.locator('[role="option"]').first().getAttribute("aria-setsize"));
    const endMs = await timeKey(page, "End", () => until(count));
    const homeMs = await timeKey(page, "Home", () => until(1));
    const steps = [];
    for (let i = 0; i < 10; i++) steps.push(await timeKey(page, "j", () => until(i + 2)));
    const lastPos = await pos();

    return {
      total,
      firstQueryIndexed: firstQuery?.indexed,
      serverListeningMs: server.listeningAt - server.startedAt,
      navToFirstRowMs: firstRowMs,
      processToFirstRowMs: timeOrigin + firstRowMs - server.startedAt,
      endMs,
      homeMs,
      jMedianMs: steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)],
      keysOk: lastPos === 11,
    };
  } finally {
    await page.close();
    await stopServer(server.child);
    await rm(work, { recursive: true, force: true });
  }
}

const library = positional ?? (await pristineLibrary(join(tmpdir(), "folio-bench"), size));
const browser = await chromium.launch(LAUNCH);
try {
  for (let run = 1; run <= runs; run++) {
    const r = await measure(browser, library);
    console.log(`\nFolio browser mode, cold start: ${r.total} (${library}), run ${run} of ${runs}`);
    console.log(`  server listening after process start      ${ms(r.serverListeningMs)}`);
    console.log(`  navigation start -> first row drawn        ${ms(r.navToFirstRowMs)}`);
    console.log(`  server process start -> first row drawn    ${ms(r.processToFirstRowMs)}`);
    console.log(`  first rows answered with the index built   ${r.firstQueryIndexed === false ? "no (scan)" : "yes"}`);
    console.log(`  End -> last paper selected                 ${ms(r.endMs)}`);
    console.log(`  Home -> first paper selected               ${ms(r.homeMs)}`);
    console.log(
      `  j -> next paper selected (median of 10)    ${ms(r.jMedianMs)}${r.keysOk ? "" : "  (moves went astray!)"}`,
    );
  }
} finally {
  await browser.close();
}
