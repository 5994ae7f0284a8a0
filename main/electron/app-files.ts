/**
 * The files the shell loads from the app root (`app.getAppPath()`: the repo in development, app.asar
 * when packaged), and the one test of "is this URL our own page".
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SEED_FILE } from "../paths";

export interface AppFiles {
  /** The built renderer page the window loads. */
  indexHtml: string;
  /** Its file:// URL, the only page allowed to navigate or call IPC. */
  pageUrl: string;
  preload: string;
  seed: string;
}

export function appFiles(root: string): AppFiles {
  const indexHtml = join(root, "dist", "renderer", "index.html");
  return {
    indexHtml,
    pageUrl: pathToFileURL(indexHtml).href,
    preload: join(root, "dist", "electron", "preload.cjs"),
    seed: join(root, SEED_FILE),
  };
}

/** True for our index.html as a file:// URL, with any query or fragment (client-side routing). */
export function isAppPage(url: string, pageUrl: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false; // Not even a URL, so not our page.
  }
  const page = new URL(pageUrl);
  return target.protocol === "file:" && target.host === page.host && target.pathname === page.pathname;
}
