/**
 * The import dialog's work: preview a source (nothing is written), preview again when the keyword
 * option changes, and commit the previewed plan in one undoable step. Only the latest request counts;
 * an error keeps everything the user gave (the pasted text, the chosen file) so nothing is lost.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportPreview, ImportResult } from "../../shared/api/contract";
import { folio } from "../api/bridge";
import { errorMessage } from "../lib/autosave";
import type { ImportSource } from "../lib/transfer";

export interface ImportProblem {
  message: string;
  /** Where, one line each (an unreadable file's line numbers). */
  details: string[];
}

export interface ImportFlow {
  source: ImportSource | undefined;
  preview: ImportPreview | undefined;
  keywordsAsTags: boolean;
  busy: "reading" | "importing" | undefined;
  error: ImportProblem | undefined;
  /** Read a source and show what importing it would do. */
  load(source: ImportSource): void;
  setKeywordsAsTags(on: boolean): void;
  /** Import what the preview shows; resolves with the result, or undefined when it failed. */
  commit(): Promise<ImportResult | undefined>;
  /** Back to choosing a source (the pasted text stays in its box). */
  back(): void;
  /** Show a problem found before the core was asked (a file too large, binary). */
  fail(message: string): void;
}

function problem(err: unknown): ImportProblem {
  const details =
    typeof err === "object" && err !== null && "details" in err && Array.isArray(err.details)
      ? err.details.filter((d): d is string => typeof d === "string")
      : [];
  return { message: errorMessage(err), details };
}

const isExpired = (err: unknown) =>
  typeof err === "object" && err !== null && "code" in err && err.code === "NOT_FOUND";

export function useImportPreview(initial: ImportSource | undefined): ImportFlow {
  const [source, setSource] = useState<ImportSource>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [keywordsAsTags, setKeywords] = useState(true);
  const [busy, setBusy] = useState<ImportFlow["busy"]>();
  const [error, setError] = useState<ImportProblem>();
  const request = useRef(0);

  const run = useCallback(async (src: ImportSource, tags: boolean) => {
    const mine = ++request.current;
    setSource(src);
    setBusy("reading");
    setError(undefined);
    try {
      const result = await folio.previewImport({
        text: src.text,
        ...(src.filename ? { filename: src.filename } : {}),
        keywordsAsTags: tags,
      });
      if (mine === request.current) setPreview(result);
    } catch (err) {
      if (mine !== request.current) return;
      setPreview(undefined);
      setError(problem(err));
    } finally {
      if (mine === request.current) setBusy(undefined);
    }
  }, []);

  const load = useCallback((src: ImportSource) => void run(src, keywordsAsTags), [run, keywordsAsTags]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the source the dialog opened with
  useEffect(() => {
    if (initial) void run(initial, true);
  }, []);

  const setKeywordsAsTags = useCallback(
    (on: boolean) => {
      setKeywords(on);
      if (source) void run(source, on);
    },
    [run, source],
  );

  const commit = useCallback(async () => {
    if (!preview || !source) return undefined;
    const mine = ++request.current;
    setBusy("importing");
    setError(undefined);
    try {
      return await folio.commitImport({ token: preview.token });
    } catch (err) {
      if (mine !== request.current) return undefined;
      if (isExpired(err)) {
        // The plan was already used or forgotten: plan again against the library as it is now.
        await run(source, keywordsAsTags);
        setError({
          message: "The preview had expired; here it is again, up to date. Import again to go on.",
          details: [],
        });
      } else {
        setError(problem(err));
      }
      return undefined;
    } finally {
      if (mine === request.current) setBusy(undefined);
    }
  }, [preview, source, run, keywordsAsTags]);

  const back = useCallback(() => {
    request.current++;
    setPreview(undefined);
    setSource(undefined);
    setError(undefined);
    setBusy(undefined);
  }, []);

  const fail = useCallback((message: string) => {
    request.current++;
    setPreview(undefined);
    setBusy(undefined);
    setError({ message, details: [] });
  }, []);

  return { source, preview, keywordsAsTags, busy, error, load, setKeywordsAsTags, commit, back, fail };
}
