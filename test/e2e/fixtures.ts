/**
 * One fixture, two ways to run the real app on a per-test temp data dir:
 * - "browser": `folio serve` (the real core over the loopback transport) in Chromium;
 * - "electron": the desktop app through Playwright's `_electron`, where an Electron binary exists.
 * Specs use `app.page` and `app.restart()` and never care which.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { _electron, test as base, type ElectronApplication, type Page } from "@playwright/test";

export interface AppFixtureOptions {
  appMode: "browser" | "electron";
}

export interface FolioApp {
  page: Page;
  dataDir: string;
  /** Stop the app (flushing as a quit does) and start it again on the same data dir. */
  restart(): Promise<void>;
  /** Browser mode only: the URL printed by `folio serve`. */
  url?: string;
}

const ROOT = new URL("../../", import.meta.url).pathname;

export function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)("electron") as unknown;
    return typeof path === "string" && existsSync(path) ? path : undefined;
  } catch {
    return undefined; // the electron package throws when its binary was never downloaded
  }
}

interface Served {
  child: ChildProcess;
  url: string;
}

async function serve(dataDir: string): Promise<Served> {
  const child = spawn(process.execPath, ["bin/folio.mjs", "serve", "--data-dir", dataDir, "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`folio serve exited (${code}): ${stderr}`)));
  });
  const match = /^Folio is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/.exec(first);
  if (!match?.[1]) throw new Error(`Unexpected first line from folio serve: ${first}`);
  return { child, url: match[1] };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

export const test = base.extend<AppFixtureOptions & { app: FolioApp }>({
  appMode: ["browser", { option: true }],

  app: async ({ appMode, browser, playwright: _pw }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), "folio-e2e-"));
    if (appMode === "electron") {
      const binary = electronBinary();
      testInfo.skip(
        !binary,
        "No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the browser project runs these specs against the real core.",
      );
      let electron: ElectronApplication | undefined;
      const launch = async () => {
        electron = await _electron.launch({
          ...(binary ? { executablePath: binary } : {}),
          args: [ROOT, "--data-dir", dataDir],
          env: { ...process.env, FOLIO_DATA_DIR: dataDir },
        });
        return electron.firstWindow();
      };
      const app: FolioApp = {
        page: await launch(),
        dataDir,
        restart: async () => {
          await electron?.close();
          app.page = await launch();
        },
      };
      await use(app);
      await electron?.close();
    } else {
      let served = await serve(dataDir);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(served.url);
      const app: FolioApp = {
        page,
        dataDir,
        url: served.url,
        restart: async () => {
          await stop(served.child);
          served = await serve(dataDir);
          app.url = served.url;
          await app.page.goto(served.url);
        },
      };
      await use(app);
      await context.close();
      await stop(served.child);
    }
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from "@playwright/test";
