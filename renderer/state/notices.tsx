/** Banners the user must see: core notices, failed saves, errors from any call. Non-blocking. */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import type { FolioEvents } from "../../shared/api/contract";
import { errorMessage } from "../lib/autosave";

export type NoticeLevel = FolioEvents["notice"]["level"];

export interface Notice {
  id: number;
  level: NoticeLevel;
  message: string;
}

interface NoticesApi {
  notify(level: NoticeLevel, message: string): void;
  /** Show a failed call as an error banner: "<what>: <message>". */
  reportError(err: unknown, what?: string): void;
}

const NoticesContext = createContext<NoticesApi | null>(null);
const NoticeListContext = createContext<{ notices: Notice[]; dismiss(id: number): void }>({
  notices: [],
  dismiss: () => undefined,
});

const MAX_NOTICES = 4;
let nextId = 1;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);

  const notify = useCallback((level: NoticeLevel, message: string) => {
    setNotices((list) => {
      // The same message again (a retried save failing twice) is not stacked.
      if (list.some((n) => n.message === message && n.level === level)) return list;
      return [...list, { id: nextId++, level, message }].slice(-MAX_NOTICES);
    });
  }, []);

  const api = useMemo<NoticesApi>(
    () => ({
      notify,
      reportError(err, what) {
        console.error(`[folio] ${what ?? "error"}:`, err);
        const message = errorMessage(err);
        // Without access every call fails alike: one banner saying why, not one per call.
        const alone =
          !what || (typeof err === "object" && err !== null && "code" in err && err.code === "UNAUTHORIZED");
        notify("error", alone ? message : `${what}: ${message}`);
      },
    }),
    [notify],
  );

  const list = useMemo(
    () => ({ notices, dismiss: (id: number) => setNotices((l) => l.filter((n) => n.id !== id)) }),
    [notices],
  );

  return (
    <NoticesContext.Provider value={api}>
      <NoticeListContext.Provider value={list}>{children}</NoticeListContext.Provider>
    </NoticesContext.Provider>
  );
}

export function useNotices(): NoticesApi {
  const api = useContext(NoticesContext);
  if (!api) throw new Error("useNotices must be used inside <NoticesProvider>");
  return api;
}

export function useNoticeList() {
  return useContext(NoticeListContext);
}
