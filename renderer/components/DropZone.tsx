/**
 * Files dropped anywhere on the window start an import: while a file is dragged over the window a
 * full-window overlay says so; the first dropped file is read and handed to `onDrop`. Drags of text
 * or links (not files) are left alone, so dropping text into a field still works.
 */
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../lib/autosave";
import { readImportFile } from "../lib/import-file";
import type { ImportStart } from "../state/useTransfer";

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;

export function DropZone({ onDrop }: { onDrop(start: ImportStart): void }) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every element crossed; the window is left when they balance.
  const depth = useRef(0);

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
    };
    const hover = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allows the drop (and keeps the browser from opening the file)
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = async (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      try {
        onDrop({ source: await readImportFile(file) });
      } catch (err) {
        onDrop({ error: errorMessage(err) });
      }
    };
    const onDropEvent = (e: DragEvent) => void drop(e);
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", hover);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", onDropEvent);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", hover);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", onDropEvent);
    };
  }, [onDrop]);

  if (!over) return null;
  return (
    <div className="drop-overlay" role="status">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">Drop to import</p>
        <p className="drop-overlay-hint">BibTeX, RIS, CSL-JSON, Zotero CSV, arXiv Atom or a Folio backup</p>
      </div>
    </div>
  );
}
