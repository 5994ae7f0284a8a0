/**
 * The library's revision: bumps whenever the core reports a change (or after our own writes), so
 * every view that shows library data refetches. Also forwards the core's notices to the banners.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { folio } from "../api/bridge";
import { useNotices } from "./notices";

interface LibraryApi {
  revision: number;
  /** Ask every view to refetch; calls in quick succession (a write and its event) coalesce into one. */
  refresh(): void;
}

const LibraryContext = createContext<LibraryApi | null>(null);

/** Short enough to feel immediate, long enough to merge a write's reply with its change event. */
const COALESCE_MS = 30;

export function LibraryProvider({ children }: { children: ReactNode }) {
  const { notify } = useNotices();
  const [revision, setRevision] = useState(0);
  const timer = useRef<number | undefined>(undefined);

  const refresh = useCallback(() => {
    if (timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      setRevision((r) => r + 1);
    }, COALESCE_MS);
  }, []);

  useEffect(() => {
    const offChanged = folio.on("library-changed", () => refresh());
    const offNotice = folio.on("notice", (n) => notify(n.level, n.message));
    return () => {
      offChanged();
      offNotice();
      window.clearTimeout(timer.current);
    };
  }, [refresh, notify]);

  const api = useMemo(() => ({ revision, refresh }), [revision, refresh]);
  return <LibraryContext.Provider value={api}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryApi {
  const api = useContext(LibraryContext);
  if (!api) throw new Error("useLibrary must be used inside <LibraryProvider>");
  return api;
}
