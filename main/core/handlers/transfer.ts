/**
 * Import (preview, then commit in one atomic step) and export of the library in other tools' formats.
 */
import type { ExportResult, FolioHandlers, ImportPreview } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import { LIMITS } from "../../../shared/api/schemas";
import type { Paper, ParsedPaper } from "../../../shared/model/paper";
import { DEFAULT_PAPER_STATE, type PaperState } from "../../../shared/model/user-state";
import {
  type ExportItem,
  toBackup,
  toBibtex,
  toCslJson,
  toCsv,
  toMarkdownFile,
  toMarkdownFolder,
} from "../../formats/export";
import type { FolioBackup, ImportFormat } from "../../formats/import";
import { type ParsePool, readImportWith } from "../../workers/parse-pool";
import { TaskFailed } from "../../workers/worker-pool";
import { planBackup } from "../backup-import";
import type { LibraryContext } from "../context";
import { indexPapers, mergeNotes, planImportSteps, STEP } from "../import-plan";
import { ImportSessions } from "../import-sessions";
import { toPaper } from "../papers";
import { runSteps, runStepsInTurns } from "../steps";
import type { Change } from "../store/library-store";

type TransferHandlers = Pick<FolioHandlers, "previewImport" | "commitImport" | "exportLibrary">;

type Pending =
  | {
      kind: "papers";
      format: Exclude<ImportFormat, "folio-json">;
      source: string;
      parsed: ParsedPaper[];
      tags: boolean;
    }
  | { kind: "backup"; backup: FolioBackup };

interface Planned {
  changes: Change[];
  added: string[];
  merged: string[];
  skipped: { title: string; reason: string }[];
  /** The records in `changes` stamped with the time of planning: new papers, merged papers' states. */
  dated: { papers: Paper[]; states: PaperState[] };
}

/** A previewed import, with its plan and the library revision the plan was made against. */
type Session = Pending & { entries: number; planned: Planned; revision: number };

const SAMPLE = 50;

/** `parser` reads import files off this thread (a worker), so other calls answer meanwhile. */
export function transferHandlers(ctx: LibraryContext, parser: ParsePool): TransferHandlers {
  const sessions = new ImportSessions<Session>();
  const existing = () => {
    const out = [];
    for (const paper of ctx.view.all()) out.push({ paper, state: ctx.store.state(paper.id) });
    return out;
  };

  /**
   * Decide what an import does against the library as it is now; `at` dates what it adds. In steps
   * (runStepsInTurns for a preview, so other calls answer meanwhile; runSteps at commit, which must
   * plan against one state of the library).
   */
  function* plan(pending: Pending, at: string): Generator<void, Planned, void> {
    if (pending.kind === "backup") {
      const planned = planBackup(
        pending.backup,
        existing(),
        (id) => ctx.store.get("smartLists", id) !== undefined,
        (key) => ctx.store.get("tags", key) !== undefined,
      );
      return { ...planned, dated: { papers: [], states: [] } };
    }
    const dated: Planned["dated"] = { papers: [], states: [] };
    const result = yield* planImportSteps(indexPapers(existing()), pending.parsed, { keywordsAsTags: pending.tags });
    const changes: Change[] = [];
    const skipped = result.skipped.map((s) => ({ title: s.title, reason: s.reason }));
    const added: string[] = [];
    const addedIds = new Set<string>();
    for (const [i, add] of result.added.entries()) {
      if (i > 0 && i % STEP === 0) yield;
      const paper = toPaper(add.paper, pending.source, at);
      if (ctx.view.has(paper.id) || addedIds.has(paper.id)) {
        skipped.push({ title: paper.title, reason: "same id as a paper already in the library" });
        continue;
      }
      changes.push({ k: "corpus", id: paper.id, v: { paper } });
      dated.papers.push(paper);
      addedIds.add(paper.id);
      const tags = add.tags.map((t) => ctx.counters.canonicalTag(t));
      if (tags.length > 0 || add.note) {
        const state: PaperState = {
          ...DEFAULT_PAPER_STATE,
          tags,
          highlights: [],
          note: add.note.slice(0, LIMITS.noteLength),
        };
        changes.push({ k: "papers", id: paper.id, v: state });
      }
      added.push(paper.title);
    }
    const merged: string[] = [];
    for (const [i, m] of result.merged.entries()) {
      if (i > 0 && i % STEP === 0) yield;
      const paper = ctx.view.get(m.id);
      if (!paper) continue;
      if (Object.keys(m.fill).length > 0)
        changes.push({ k: "corpus", id: m.id, v: { paper: { ...paper, ...m.fill } } });
      const state = ctx.store.state(m.id);
      const tags = [...state.tags];
      for (const t of m.addTags.map((x) => ctx.counters.canonicalTag(x))) {
        if (!tags.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase())) tags.push(t);
      }
      const note = m.appendNote ? mergeNotes(state.note, m.appendNote) : state.note;
      if (note.length > LIMITS.noteLength) {
        skipped.push({ title: paper.title, reason: "its note would grow past 1 MB; the note was left as it was" });
      }
      const next = { ...state, tags, note: note.length > LIMITS.noteLength ? state.note : note };
      if (JSON.stringify(next) !== JSON.stringify(state)) {
        const updated = { ...next, updatedAt: at };
        changes.push({ k: "papers", id: m.id, v: updated });
        dated.states.push(updated);
      }
      merged.push(paper.title);
    }
    return { changes, added, merged, skipped, dated };
  }

  /**
   * The preview's plan when nothing has changed since (planning 10k entries takes about 0.3 s),
   * dated now; otherwise a new plan against the library as it is now.
   */
  function planAtCommit(session: Session): Planned {
    const at = ctx.now().toISOString();
    if (session.revision !== ctx.store.revision) return runSteps(plan(session, at));
    for (const paper of session.planned.dated.papers) paper.addedAt = at;
    for (const state of session.planned.dated.states) state.updatedAt = at;
    return session.planned;
  }

  async function read(text: string, filename: string | undefined, format: ImportFormat | undefined) {
    try {
      return await readImportWith(parser, { text, filename, format });
    } catch (err) {
      // The file's fault (unknown format, bad backup); a crashed or closed parser is already a FolioError.
      if (err instanceof TaskFailed) throw new FolioError("INVALID_ARGUMENT", err.message);
      throw err;
    }
  }

  function items(arg: Parameters<FolioHandlers["exportLibrary"]>[0]): ExportItem[] {
    const stateOf = (id: string) => ctx.store.state(id);
    if (arg.scope === "ids" && arg.ids) {
      ctx.requirePapers(arg.ids);
      return [...new Set(arg.ids)].map((id) => ({
        paper: ctx.view.get(id) as ExportItem["paper"],
        state: stateOf(id),
      }));
    }
    if (arg.scope === "query" && arg.query) {
      const all = { ...arg.query, offset: 0, limit: Number.MAX_SAFE_INTEGER };
      const ids = ctx.search.query(all).items.map((r) => r.id);
      return ids.map((id) => ({ paper: ctx.view.get(id) as ExportItem["paper"], state: stateOf(id) }));
    }
    return [...ctx.view.all()].map((paper) => ({ paper, state: stateOf(paper.id) }));
  }

  return {
    async previewImport({ text, filename, format, keywordsAsTags }) {
      const read_ = await read(text, filename, format);
      const pending: Pending =
        read_.format === "folio-json"
          ? { kind: "backup", backup: read_.backup }
          : {
              kind: "papers",
              format: read_.format,
              source: `${read_.format}:${filename ?? "pasted text"}`,
              parsed: read_.result.papers,
              tags: keywordsAsTags,
            };
      const entries = pending.kind === "backup" ? pending.backup.papers.length : pending.parsed.length;
      const problems = read_.format === "folio-json" ? [] : read_.result.problems.slice(0, 200);
      if (entries === 0 && problems.length > 0) {
        throw new FolioError(
          "INVALID_ARGUMENT",
          `Nothing could be imported: ${problems[0]?.message}`,
          problems.slice(0, 20).map((p) => `line ${p.line}: ${p.message}`),
        );
      }
      // A change made while the plan is made in turns makes the commit plan again.
      const revision = ctx.store.revision;
      const planned = await runStepsInTurns(plan(pending, ctx.now().toISOString()));
      const token = sessions.add({ ...pending, entries, planned, revision });
      const preview: ImportPreview = {
        token,
        format: read_.format,
        entries,
        added: planned.added.length,
        merged: planned.merged.length,
        skipped: planned.skipped.length,
        problems,
        addedTitles: planned.added.slice(0, SAMPLE),
        mergedTitles: planned.merged.slice(0, SAMPLE),
        skippedEntries: planned.skipped.slice(0, 200),
      };
      return preview;
    },

    async commitImport({ token }) {
      const session = sessions.take(token);
      if (!session)
        throw new FolioError(
          "NOT_FOUND",
          "This import preview has expired or was already used; preview the file again",
        );
      const planned = planAtCommit(session);
      const label = `Import ${planned.added.length} new, ${planned.merged.length} merged`;
      const result = await ctx.commit(planned.changes, planned.changes.length > 0 ? label : undefined, true);
      return { ...result, added: planned.added.length, merged: planned.merged.length, skipped: planned.skipped.length };
    },

    async exportLibrary(arg) {
      const chosen = items(arg);
      const one = (path: string, content: string, mime: string): ExportResult => ({
        format: arg.format,
        suggestedName: path,
        mime,
        papers: chosen.length,
        files: [{ path, content }],
      });
      switch (arg.format) {
        case "markdown":
          return one("folio-notes.md", toMarkdownFile(chosen), "text/markdown");
        case "markdown-folder":
          return {
            format: arg.format,
            suggestedName: "folio-notes",
            mime: "text/markdown",
            papers: chosen.length,
            files: toMarkdownFolder(chosen),
          };
        case "bibtex":
          return one("folio.bib", toBibtex(chosen), "application/x-bibtex");
        case "csv":
          return one("folio.csv", toCsv(chosen, { bom: arg.bom }), "text/csv");
        case "csl-json":
          return one("folio.csl.json", toCslJson(chosen), "application/vnd.citationstyles.csl+json");
        case "json": {
          const states = Object.fromEntries(chosen.map((i) => [i.paper.id, i.state]));
          const savedSearches = Object.entries(ctx.store.data.smartLists).map(([id, l]) => ({ id, ...l }));
          const text = toBackup(
            { papers: chosen.map((i) => i.paper), states, tags: { ...ctx.store.data.tags }, savedSearches },
            { exportedAt: ctx.now().toISOString() },
          );
          return one("folio-backup.json", text, "application/json");
        }
      }
    },
  };
}
