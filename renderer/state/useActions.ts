/** The writes the UI makes. Each refreshes the views afterwards and reports a failure as a banner. */
import { useMemo } from "react";
import type { ReadStatus } from "../../shared/model/user-state";
import { folio } from "../api/bridge";
import { useLibrary } from "./library";
import { useNotices } from "./notices";

export interface Actions {
  setStatus(ids: string[], status: ReadStatus): Promise<boolean>;
  addTags(ids: string[], tags: string[]): Promise<boolean>;
  removeTags(ids: string[], tags: string[]): Promise<boolean>;
}

export function useActions(): Actions {
  const { refresh } = useLibrary();
  const { reportError } = useNotices();

  return useMemo(() => {
    /** Resolves true on success; a failure is shown to the user, never thrown at the caller. */
    async function run(what: string, write: () => Promise<unknown>): Promise<boolean> {
      try {
        await write();
        return true;
      } catch (err) {
        reportError(err, what);
        return false;
      } finally {
        refresh();
      }
    }
    return {
      setStatus: (ids, status) => run("Changing the status failed", () => folio.setStatus({ ids, status })),
      addTags: (ids, tags) => run("Adding the tag failed", () => folio.addTags({ ids, tags })),
      removeTags: (ids, tags) => run("Removing the tag failed", () => folio.removeTags({ ids, tags })),
    };
  }, [refresh, reportError]);
}
