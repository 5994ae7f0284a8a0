/** The selected paper's full record and state, refetched when the library changes. */
import { useEffect, useState } from "react";
import type { PaperDetail } from "../../shared/api/contract";
import { folio } from "../api/bridge";
import { errorMessage } from "../lib/autosave";
import { useLibrary } from "./library";

export interface PaperView {
  /** The loaded paper; it may lag behind `id` while the next one loads. */
  detail: PaperDetail | undefined;
  loading: boolean;
  error: string | undefined;
}

export function usePaper(id: string | undefined): PaperView {
  const { revision } = useLibrary();
  const [view, setView] = useState<PaperView>({ detail: undefined, loading: false, error: undefined });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the refetch trigger
  useEffect(() => {
    if (id === undefined) {
      setView({ detail: undefined, loading: false, error: undefined });
      return;
    }
    let live = true;
    setView((v) => ({ ...v, loading: true }));
    folio.getPaper({ id }).then(
      (detail) => {
        if (live) setView({ detail, loading: false, error: undefined });
      },
      (err: unknown) => {
        if (live) setView({ detail: undefined, loading: false, error: errorMessage(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [id, revision]);

  return view;
}
