/** The writes the UI makes. Each refreshes the views afterwards and reports a failure as a banner. */
import { useMemo } from "react";
import type { MethodResults, WriteResult } from "../../shared/api/contract";
import type { MethodInput, MethodName } from "../../shared/api/schemas";
import type { ReadStatus } from "../../shared/model/user-state";
import { folio } from "../api/bridge";
import { useLibrary } from "./library";
import { useNotices } from "./notices";
import { useUndo } from "./useUndo";

/** The contract's methods that write (their result is a WriteResult). */
export type WriteMethod = { [M in MethodName]: MethodResults[M] extends WriteResult ? M : never }[MethodName];

export interface Actions {
  setStatus(ids: string[], status: ReadStatus): Promise<boolean>;
  addTags(ids: string[], tags: string[]): Promise<boolean>;
  removeTags(ids: string[], tags: string[]): Promise<boolean>;
  /**
   * Any write of the contract: refreshes the views, shows a failure as "<failure>: <reason>" and
   * resolves undefined then, and offers Undo (toast) when the result carries an `undoLabel`.
   */
  write<M extends WriteMethod>(method: M, arg: MethodInput<M>, failure: string): Promise<MethodResults[M] | undefined>;
}

export function useActions(): Actions {
  const { refresh } = useLibrary();
  const { reportError } = useNotices();
  const { offer } = useUndo();

  return useMemo(() => {
    /** Resolves with the result on success; a failure is shown to the user, never thrown at the caller. */
    async function call<R>(what: string, write: () => Promise<R>): Promise<R | undefined> {
      try {
        const result = await write();
        const label = undoLabelOf(result);
        if (label) offer(label);
        return result;
      } catch (err) {
        reportError(err, what);
        return undefined;
      } finally {
        refresh();
      }
    }
    const run = async (what: string, write: () => Promise<WriteResult>) => (await call(what, write)) !== undefined;
    return {
      write: (method, arg, failure) => call(failure, () => callMethod(method, arg)),
      setStatus: (ids, status) => run("Changing the status failed", () => folio.setStatus({ ids, status })),
      addTags: (ids, tags) => run("Adding the tag failed", () => folio.addTags({ ids, tags })),
      removeTags: (ids, tags) => run("Removing the tag failed", () => folio.removeTags({ ids, tags })),
    };
  }, [refresh, reportError, offer]);
}

function callMethod<M extends WriteMethod>(method: M, arg: MethodInput<M>): Promise<MethodResults[M]> {
  // FolioApi gives each method exactly this signature, but TypeScript cannot see it through a generic M.
  const fn = folio[method] as unknown as (a: MethodInput<M>) => Promise<MethodResults[M]>;
  return fn(arg);
}

function undoLabelOf(result: unknown): string | undefined {
  if (typeof result !== "object" || result === null || !("undoLabel" in result)) return undefined;
  return typeof result.undoLabel === "string" && result.undoLabel !== "" ? result.undoLabel : undefined;
}
