/**
 * The papers the user sees: corpus.json (written on import) overlaid with the edits kept in
 * library.json (papers added by hand, edited or deleted), so such an edit never rewrites the corpus.
 */
import type { Paper } from "../../shared/model/paper";
import type { CorpusStore } from "./store/corpus-store";
import type { LibraryStore } from "./store/library-store";

export class PaperView {
  constructor(
    private readonly corpus: CorpusStore,
    private readonly store: LibraryStore,
  ) {}

  get(id: string): Paper | undefined {
    const edit = this.store.get("corpus", id);
    if (edit) return "paper" in edit ? edit.paper : undefined;
    return this.corpus.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Every visible paper: corpus order (edits in place, deletions skipped), then papers added by hand. */
  *all(): Generator<Paper> {
    const edits = this.store.data.corpus;
    for (const paper of this.corpus.all()) {
      const edit = edits[paper.id];
      if (!edit) yield paper;
      else if ("paper" in edit) yield edit.paper;
    }
    for (const [id, edit] of Object.entries(edits)) {
      if ("paper" in edit && !this.corpus.has(id)) yield edit.paper;
    }
  }
}
