/** Sidebar figures, refetched whenever the library changes. */
import { useEffect, useState } from "react";
import type { LibraryStats } from "../../shared/api/contract";
import { folio } from "../api/bridge";
import { useLibrary } from "./library";
import { useNotices } from "./notices";

export function useStats(): LibraryStats | undefined {
  const { revision } = useLibrary();
  const { reportError } = useNotices();
  const [stats, setStats] = useState<LibraryStats>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the refetch trigger
  useEffect(() => {
    let live = true;
    folio.stats({}).then(
      (s) => {
        if (live) setStats(s);
      },
      (err: unknown) => {
        if (live) reportError(err, "Loading the sidebar counts failed");
      },
    );
    return () => {
      live = false;
    };
  }, [revision, reportError]);

  return stats;
}
