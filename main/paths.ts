/**
 * Where things live. The data dir is the one Electron's `app.getPath("userData")` gives for Folio, so
 * the desktop app, `folio serve` and the CLI share one library; `FOLIO_DATA_DIR` or `--data-dir` overrides.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const APP_NAME = "Folio";
export const SEED_FILE = "data/trending-papers.txt";

/** Electron's appData folder for this platform. */
function appDataDir(): string {
  if (process.platform === "win32") return process.env.APPDATA ?? join(homedir(), "AppData", "Roaming");
  if (process.platform === "darwin") return join(homedir(), "Library", "Application Support");
  return process.env.XDG_CONFIG_HOME ?? join(homedir(), ".config");
}

export function defaultDataDir(): string {
  return join(appDataDir(), APP_NAME);
}

/** `--data-dir` wins over `FOLIO_DATA_DIR`, which wins over the platform default. */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.FOLIO_DATA_DIR) return resolve(env.FOLIO_DATA_DIR);
  return defaultDataDir();
}

/** The folder holding package.json, found by walking up from a bundled file's folder. */
export function findAppRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Folio's package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
