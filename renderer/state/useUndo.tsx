/**
 * Undo: after a write whose result carries an `undoLabel`, a toast offers to revert it; the toast's
 * button, Ctrl/Cmd+Z and the native menu's Undo all call `folio.undo`, which reverts on disk too.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { folio } from "../api/bridge";
import { useLibrary } from "./library";
import { useNotices } from "./notices";

export interface UndoToastState {
  /** Changes with every toast, so a repeated message is announced again. */
  id: number;
  message: string;
  /** True while the toast offers to undo the action it names. */
  canUndo: boolean;
}

interface UndoApi {
  toast: UndoToastState | undefined;
  /** A write reported an undoable action: offer to revert it. */
  offer(label: string): void;
  /** Revert the last undoable action (whatever the toast shows). */
  undo(): Promise<void>;
  dismiss(): void;
}

const UndoContext = createContext<UndoApi | null>(null);

let nextToast = 1;

export function UndoProvider({ children }: { children: ReactNode }) {
  const { refresh } = useLibrary();
  const { reportError } = useNotices();
  const [toast, setToast] = useState<UndoToastState>();

  const offer = useCallback((label: string) => {
    setToast({ id: nextToast++, message: label, canUndo: true });
  }, []);

  const undo = useCallback(async () => {
    try {
      const { undone } = await folio.undo({});
      setToast({ id: nextToast++, message: undone ? `Undone: ${undone}` : "Nothing to undo", canUndo: false });
    } catch (err) {
      reportError(err, "Undo failed");
    } finally {
      refresh();
    }
  }, [refresh, reportError]);

  const dismiss = useCallback(() => setToast(undefined), []);

  // The native menu's Edit > Undo (Electron) reaches the window as a `menu` event.
  useEffect(
    () =>
      folio.on("menu", ({ command }) => {
        if (command === "undo") void undo();
      }),
    [undo],
  );

  const api = useMemo(() => ({ toast, offer, undo, dismiss }), [toast, offer, undo, dismiss]);
  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error("useUndo must be used inside <UndoProvider>");
  return api;
}
