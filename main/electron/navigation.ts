/**
 * Guards for every webContents: it may only ever show our own page. Navigation elsewhere is cancelled;
 * new windows are always denied, and a safe web link (`<a target="_blank">`) opens in the system browser.
 */
import { shell, type WebContents } from "electron";
import { isSafeExternalUrl } from "./external-links";

interface CancellableNavigation {
  url: string;
  preventDefault(): void;
}

export function guardNavigation(contents: WebContents, isOwnPage: (url: string) => boolean): void {
  const guard = (event: CancellableNavigation) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  };
  // will-navigate covers the main frame, will-frame-navigate every frame, will-redirect server redirects.
  contents.on("will-navigate", guard);
  contents.on("will-frame-navigate", guard);
  contents.on("will-redirect", guard);

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((err: Error) => console.error(`[folio] Could not open ${url}:`, err.message));
    }
    return { action: "deny" };
  });
}
