/** Papers added by hand, edited or deleted: kept as an overlay in library.json (see PaperView). */
import type { FolioHandlers } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import { paperId } from "../../../shared/model/ids";
import type { Paper } from "../../../shared/model/paper";
import { extractLinks } from "../../../shared/parsers/seed-page";
import type { LibraryContext } from "../context";
import type { Change } from "../store/library-store";

type PaperHandlers = Pick<FolioHandlers, "addPaper" | "updatePaper" | "deletePapers">;

/** Links shown in the detail pane: the paper's URL first, then those found in the abstract. */
function linksOf(abstract: string, url: string | undefined): string[] {
  return [...new Set([...(url ? [url] : []), ...extractLinks(abstract)])];
}

export function paperHandlers(ctx: LibraryContext): PaperHandlers {
  return {
    async addPaper(fields) {
      const id = paperId({ title: fields.title, doi: fields.doi });
      if (ctx.view.has(id)) {
        return { changed: 0, savedAt: ctx.now().toISOString(), id, existed: true };
      }
      const abstract = fields.abstract ?? "";
      const paper: Paper = {
        id,
        title: fields.title,
        abstract,
        links: linksOf(abstract, fields.url || undefined),
        authors: fields.authors ?? [],
        ...(fields.year !== undefined ? { year: fields.year } : {}),
        ...(fields.venue ? { venue: fields.venue } : {}),
        ...(fields.doi ? { doi: fields.doi } : {}),
        ...(fields.url ? { url: fields.url } : {}),
        source: "manual",
        addedAt: ctx.now().toISOString(),
      };
      const result = await ctx.commit([{ k: "corpus", id, v: { paper } }]);
      return { ...result, id, existed: false };
    },

    async updatePaper({ id, fields }) {
      const current = ctx.view.get(id);
      if (!current) throw new FolioError("NOT_FOUND", `No paper with id ${id}`);
      const next: Paper = { ...current };
      for (const [key, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        if (value === null || (value === "" && key !== "abstract")) delete (next as Partial<Paper>)[key as keyof Paper];
        else Object.assign(next, { [key]: value });
      }
      if ("abstract" in fields || "url" in fields) next.links = linksOf(next.abstract, next.url);
      return ctx.commit([{ k: "corpus", id, v: { paper: next } }]);
    },

    async deletePapers({ ids }) {
      ctx.requirePapers(ids);
      const unique = [...new Set(ids)];
      const changes: Change[] = [];
      for (const id of unique) {
        changes.push({ k: "corpus", id, v: { deleted: true } });
        if (ctx.store.get("papers", id)) changes.push({ k: "papers", id, v: null });
      }
      const title = ctx.view.get(unique[0] ?? "")?.title ?? "";
      const label = unique.length === 1 ? `Delete “${title.slice(0, 60)}”` : `Delete ${unique.length} papers`;
      return ctx.commit(changes, label);
    },
  };
}
