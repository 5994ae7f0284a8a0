/**
 * Papers under each parent tag, children included (what filtering by the parent shows). The sidebar
 * figures count exact tags only, so each parent's total is asked with a zero-row query.
 */
import { useEffect, useState } from "react";
import { folio } from "../api/bridge";
import { useLibrary } from "./library";
import { useNotices } from "./notices";

export function useTagTotals(parents: readonly string[]): ReadonlyMap<string, number> {
  const { revision } = useLibrary();
  const { reportError } = useNotices();
  const [totals, setTotals] = useState<ReadonlyMap<string, number>>(new Map());
  const key = parents.join("\n");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `parents`; `revision` refetches
  useEffect(() => {
    let live = true;
    const names = key === "" ? [] : key.split("\n");
    Promise.all(names.map((tag) => folio.query({ tags: [tag], limit: 0 }).then((r) => [tag, r.total] as const))).then(
      (pairs) => {
        if (live) setTotals(new Map(pairs));
      },
      (err: unknown) => {
        if (live) reportError(err, "Counting the tags failed");
      },
    );
    return () => {
      live = false;
    };
  }, [key, revision, reportError]);

  return totals;
}
