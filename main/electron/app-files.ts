/**
 * The files the shell loads from the app root (`app.getAppPath()`: the repo in development, app.asar
 * when packaged), and the one test of "is this URL our own page".
 */
import { join } from "node:path";
import { SEED_FILE } from "../paths";
import { APP_PAGE_URL } from "./app-protocol";

export interface AppFiles {
  /** The built renderer (dist/renderer), served as `app://folio/`. */
  rendererDir: string;
  /** The URL the window loads, the only page allowed to navigate or call IPC. */
  pageUrl: string;
  preload: string;
  seed: string;
}

export function appFiles(root: string): AppFiles {
  return {
    rendererDir: join(root, "dist", "renderer"),
    pageUrl: APP_PAGE_URL,
    preload: join(root, "dist", "electron", "preload.cjs"),
    seed: join(root, SEED_FILE),
  };
}

/** True for our page's URL (same scheme, host and path), with any query or fragment (client-side routing). */
export function isAppPage(url: string, pageUrl: string): boolean {
  if (!URL.canParse(url)) return false;
  const target = new URL(url);
  const page = new URL(pageUrl);
  return target.protocol === page.protocol && target.host === page.host && target.pathname === page.pathname;
}
