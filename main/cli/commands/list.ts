/** `folio list`: every paper with its user state, as a table or (--json) as one JSON array. */
import type { FolioHandlers } from "../../../shared/api/contract";
import { LIMITS } from "../../../shared/api/schemas";
import { call } from "../../core/dispatch";
import { type CommandSpec, stringOption } from "../args";
import { formatJson, formatTable, type ListEntry, toListEntry } from "../format";
import { openCliLibrary, reportNotices, withLibrary } from "../library";
import { DATA_DIR_OPTION } from "../options";

export const listCommand: CommandSpec = {
  name: "list",
  summary: "List every paper with its status, tags and note",
  options: {
    "data-dir": DATA_DIR_OPTION,
    json: { type: "boolean", description: "Print one JSON array of {id, title, abstract, links, status, ...}" },
  },

  async run(values, ctx) {
    const library = await openCliLibrary(ctx, stringOption(values, "data-dir"), {
      command: "list",
      readOnlyFallback: true,
    });
    reportNotices(ctx, library.notices);
    const entries = await withLibrary(library, () => allEntries(library.handlers));
    ctx.io.stdout(values.json ? formatJson(entries) : formatTable(entries));
    return 0;
  },
};

/** Pages through `query` in the library's order, then reads each paper in full, all through `call`. */
async function allEntries(handlers: FolioHandlers): Promise<ListEntry[]> {
  const entries: ListEntry[] = [];
  for (let offset = 0; ; ) {
    const page = await call(handlers, "query", { offset, limit: LIMITS.pageSize });
    for (const row of page.items) entries.push(toListEntry(await call(handlers, "getPaper", { id: row.id })));
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return entries;
  }
}
