/**
 * The one `folio` object the UI talks to: Electron's preload bridge when present, else the HTTP
 * bridge to the `folio serve` that served this page, with the token from the URL it printed.
 */
import type { FolioApi, FolioBridge } from "../../shared/api/contract";
import { FolioError } from "../../shared/api/errors";
import { METHOD_NAMES } from "../../shared/api/schemas";
import { createHttpBridge } from "./http-client";

const TOKEN_KEY = "folio.token";

export const NO_TOKEN_MESSAGE =
  "This page has no access key. Open the address printed by `folio serve` (it ends with #token=...).";

function readStoredToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch (err) {
    // Storage can be disabled by the browser; the token in the URL still works for this load.
    console.warn("[folio] sessionStorage is unavailable:", err);
    return undefined;
  }
}

function storeToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch (err) {
    console.warn("[folio] cannot keep the access key for reloads:", err);
  }
}

/**
 * The token from `#token=...` (kept in sessionStorage so a reload works, then removed from the visible
 * URL so it is not shared by accident), else the one kept from earlier in this tab.
 */
export function takeToken(): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const fromHash = params.get("token");
  if (!fromHash) return readStoredToken();
  storeToken(fromHash);
  params.delete("token");
  const rest = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${location.search}${rest ? `#${rest}` : ""}`);
  return fromHash;
}

/** A bridge whose every call fails with `message`: the UI shows it instead of a blank list. */
export function unavailableBridge(message: string): FolioBridge {
  const fail = () => Promise.reject(new FolioError("UNAUTHORIZED", message));
  // Same cast as in the HTTP bridge: an object built key by key from the method list.
  const api = Object.fromEntries(METHOD_NAMES.map((m) => [m, fail])) as unknown as FolioApi;
  return { ...api, on: () => () => {} };
}

function browserBridge(): FolioBridge {
  const token = takeToken();
  return token ? createHttpBridge(location.origin, token) : unavailableBridge(NO_TOKEN_MESSAGE);
}

export const folio: FolioBridge = window.folio ?? browserBridge();
