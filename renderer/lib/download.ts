/**
 * Browser-mode downloads of an export (Electron writes files through the native save dialog instead).
 * Pure: `toDownload` turns an ExportResult into the bytes to save: the one file as UTF-8 (a CSV's
 * byte-order mark included), or a markdown folder as a .zip holding the folder. `saveDownload` in
 * browser-download.ts hands it to the browser.
 */
import { strToU8, zipSync } from "fflate";
import type { ExportResult } from "../../shared/api/contract";

export interface Download {
  filename: string;
  mime: string;
  bytes: Uint8Array;
}

export function toDownload(result: ExportResult): Download {
  const only = result.files[0];
  if (result.format !== "markdown-folder" && only && result.files.length === 1) {
    return { filename: only.path, mime: `${result.mime};charset=utf-8`, bytes: strToU8(only.content) };
  }
  return { filename: `${result.suggestedName}.zip`, mime: "application/zip", bytes: zipFolder(result) };
}

/** Every file under one top folder named like the export, so unzipping makes that folder. */
function zipFolder(result: ExportResult): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of result.files) entries[`${result.suggestedName}/${file.path}`] = strToU8(file.content);
  return zipSync(entries, { level: 6 });
}
