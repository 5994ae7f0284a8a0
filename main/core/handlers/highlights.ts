/** Highlights on a paper's abstract: the quoted text plus its position, so it never drifts. */
import { randomUUID } from "node:crypto";
import type { FolioHandlers } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import type { Highlight } from "../../../shared/model/user-state";
import type { LibraryContext } from "../context";

type HighlightHandlers = Pick<FolioHandlers, "addHighlight" | "updateHighlight" | "deleteHighlight">;

export function highlightHandlers(ctx: LibraryContext): HighlightHandlers {
  function requireHighlight(id: string, highlightId: string): void {
    ctx.requirePapers([id]);
    if (!ctx.store.state(id).highlights.some((h) => h.id === highlightId)) {
      throw new FolioError("NOT_FOUND", `No highlight ${highlightId} on paper ${id}`);
    }
  }

  return {
    async addHighlight({ id, start, end, quote, comment }) {
      ctx.requirePapers([id]);
      const abstract = ctx.view.get(id)?.abstract ?? "";
      if (abstract.slice(start, end) !== quote) {
        throw new FolioError("INVALID_ARGUMENT", "The highlighted text does not match the abstract at that position");
      }
      const highlight: Highlight = { id: randomUUID(), start, end, quote, comment, createdAt: ctx.now().toISOString() };
      const result = await ctx.editStates([id], (s) => {
        if (s.highlights.some((h) => h.start === start && h.end === end)) {
          return undefined;
        }
        const highlights = [...s.highlights, highlight].sort((a, b) => a.start - b.start);
        return { ...s, highlights };
      });
      return { ...result, highlight };
    },

    updateHighlight({ id, highlightId, comment }) {
      requireHighlight(id, highlightId);
      return ctx.editStates([id], (s) => ({
        ...s,
        highlights: s.highlights.map((h) => (h.id === highlightId ? { ...h, comment } : h)),
      }));
    },

    deleteHighlight({ id, highlightId }) {
      requireHighlight(id, highlightId);
      return ctx.editStates(
        [id],
        (s) => ({ ...s, highlights: s.highlights.filter((h) => h.id !== highlightId) }),
        "Delete highlight",
      );
    },
  };
}
