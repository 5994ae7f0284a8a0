/**
 * "Indexing…" beside the result count while the core is still building its search index (after a first
 * start or a big import). Answers are already correct then (the core scans); only slower. The core
 * sends no event when the index is ready, so while the note shows, a cheap count query is asked now
 * and then until it reports the index built.
 */
import { useEffect, useState } from "react";
import { folio } from "../api/bridge";

const POLL_MS = 1000;

export function IndexingNote({ indexed }: { indexed: boolean | undefined }) {
  const [ready, setReady] = useState(false);
  // Once built, the index stays built (imports update it in place): the note never comes back.
  const building = indexed === false && !ready;

  useEffect(() => {
    if (!building) return;
    let live = true;
    const timer = window.setInterval(() => {
      folio.query({ limit: 0 }).then(
        (r) => {
          if (live && r.indexed !== false) setReady(true);
        },
        // The list's own queries report failures; this poll only keeps the note up to date.
        (err: unknown) => console.warn("[folio] checking the search index failed:", err),
      );
    }, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [building]);

  if (!building) return null;
  return (
    <span className="list-indexing" title="Search works meanwhile, a little slower">
      Indexing…
    </span>
  );
}
