/**
 * Which transfer dialog is open (import or export), opened by the buttons, the native menu's
 * File > Import… / Export… (Electron), or a file dropped on the window; plus `useSlow`, the 300 ms
 * grace before a progress bar appears.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { folio } from "../api/bridge";
import type { ImportSource } from "../lib/transfer";

/** How the import dialog starts: empty (choose a file or paste), with a file read, or with its error. */
export interface ImportStart {
  source?: ImportSource;
  error?: string;
}

export type TransferDialog = { kind: "import"; start: ImportStart; id: number } | { kind: "export"; id: number };

export interface TransferApi {
  dialog: TransferDialog | undefined;
  openImport(start?: ImportStart): void;
  openExport(): void;
  close(): void;
}

export function useTransfer(): TransferApi {
  const [dialog, setDialog] = useState<TransferDialog>();
  // A new id per opening: a file dropped while the dialog is open starts it afresh.
  const next = useRef(1);
  const openImport = useCallback((start: ImportStart = {}) => {
    setDialog({ kind: "import", start, id: next.current++ });
  }, []);
  const openExport = useCallback(() => setDialog({ kind: "export", id: next.current++ }), []);
  const close = useCallback(() => setDialog(undefined), []);

  useEffect(
    () =>
      folio.on("menu", ({ command }) => {
        if (command === "import") openImport();
        else if (command === "export") openExport();
      }),
    [openImport, openExport],
  );

  return useMemo(() => ({ dialog, openImport, openExport, close }), [dialog, openImport, openExport, close]);
}

/** True once `active` has lasted `delayMs`: quick work shows no flicker of a progress bar. */
export function useSlow(active: boolean, delayMs = 300): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) {
      setSlow(false);
      return;
    }
    const timer = window.setTimeout(() => setSlow(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [active, delayMs]);
  return slow;
}
