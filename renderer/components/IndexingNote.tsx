/**
 * "Indexing…" beside the result count while the core is still building its search index (after a first
 * start). Answers are already correct then (the core scans); only slower. The core
 * sends no event when the index is ready, so while the note shows, a count query is asked now and then
 * until it reports the index built: rarely, since before that each one is a scan (~0.2 s at 100k papers)
 * that slows the very build it waits for.
 */
import { useEffect, useState } from "react";
import { folio } from "../api/bridge";

const FIRST_CHECK_MS = 2000;
const CHECK_EVERY_MS = 5000;

export function IndexingNote({ indexed }: { indexed: boolean | undefined }) {
  const [ready, setReady] = useState(false);
  // Once built, the index stays built: an import is taken in within about a second (answers come from a
  // scan meanwhile, marked indexed: false), too short to bring the note back.
  const building = indexed === false && !ready;

  useEffect(() => {
    if (!building) return;
    let live = true;
    let timer: number | undefined;
    const check = () => {
      folio.query({ limit: 0 }).then(
        (r) => {
          if (!live) return;
          if (r.indexed !== false) setReady(true);
          else timer = window.setTimeout(check, CHECK_EVERY_MS);
        },
        // The list's own queries report failures; this check only keeps the note up to date.
        (err: unknown) => console.warn("[folio] checking the search index failed:", err),
      );
    };
    timer = window.setTimeout(check, FIRST_CHECK_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [building]);

  if (!building) return null;
  return (
    <span className="list-indexing" title="Search works meanwhile, a little slower">
      Indexing…
    </span>
  );
}
