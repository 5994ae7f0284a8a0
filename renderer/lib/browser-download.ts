/** Hands a Download to the browser: a Blob behind an <a download> clicked once. */
import type { Download } from "./download";

/** Long enough for the browser to start reading the blob before its URL is revoked. */
const REVOKE_AFTER_MS = 60_000;

export function saveDownload({ filename, mime, bytes }: Download): void {
  // A copy with a plain ArrayBuffer behind it, which is what a BlobPart may be.
  const blob = new Blob([new Uint8Array(bytes)], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
