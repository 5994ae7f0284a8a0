/** `folio import FILE`: preview what importing a file does, print it, then (unless --dry-run) do it. */
import { IMPORT_FORMATS } from "../../../shared/api/schemas";
import { call } from "../../core/dispatch";
import { readImportFile } from "../../transfer/read-import-file";
import { type CommandSpec, stringOption, UsageError } from "../args";
import { formatJson } from "../format";
import { DRY_RUN_NOTE, formatCommitted, formatPreview } from "../import-report";
import { openCliLibrary, reportNotices, withLibrary } from "../library";
import { DATA_DIR_OPTION } from "../options";

type ImportFormat = (typeof IMPORT_FORMATS)[number];

function formatOption(raw: string | undefined): ImportFormat | undefined {
  if (raw === undefined) return undefined;
  const format = IMPORT_FORMATS.find((f) => f === raw);
  if (!format) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(", ")}, not "${raw}"`);
  return format;
}

export const importCommand: CommandSpec = {
  name: "import",
  operands: ["FILE"],
  summary: "Import papers from BibTeX, RIS, CSL-JSON, Zotero CSV, arXiv Atom or a Folio backup",
  options: {
    "data-dir": DATA_DIR_OPTION,
    format: {
      type: "string",
      value: "FORMAT",
      description: `Read FILE as ${IMPORT_FORMATS.join(", ")} (default: detected from the content)`,
    },
    "dry-run": { type: "boolean", description: "Only report what importing FILE would do; write nothing" },
    json: { type: "boolean", description: "Print one JSON object: the preview, plus `committed` or `dryRun`" },
    "no-keywords": { type: "boolean", description: "Do not turn the file's keywords into tags" },
  },

  async run(values, ctx, [path = ""]) {
    const format = formatOption(stringOption(values, "format"));
    // Read before opening the library: a file that is not there or not text touches nothing.
    const file = await readImportFile(path);
    const library = await openCliLibrary(ctx, stringOption(values, "data-dir"), { command: "import" });
    reportNotices(ctx, library.notices);
    const dryRun = values["dry-run"] === true;
    const { preview, committed } = await withLibrary(library, async () => {
      const preview = await call(library.handlers, "previewImport", {
        text: file.text,
        filename: file.filename,
        ...(format ? { format } : {}),
        keywordsAsTags: values["no-keywords"] !== true,
      });
      const committed = dryRun ? undefined : await call(library.handlers, "commitImport", { token: preview.token });
      return { preview, committed };
    });
    // The token means nothing once this process ends, so it is left out of the report.
    const { token: _token, ...report } = preview;
    if (values.json) {
      ctx.io.stdout(formatJson(committed ? { ...report, committed } : { ...report, dryRun: true }));
    } else {
      ctx.io.stdout(formatPreview(preview, path));
      ctx.io.stdout(committed ? formatCommitted(committed) : DRY_RUN_NOTE);
    }
    return 0;
  },
};
