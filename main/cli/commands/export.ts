/** `folio export`: the library (or the papers matching --query) written in a file format. */
import type { MethodInput } from "../../../shared/api/schemas";
import { EXPORT_FORMATS } from "../../../shared/api/schemas";
import { call } from "../../core/dispatch";
import { checkTarget, writeExport } from "../../transfer/write-export";
import { type CommandSpec, type OptionValues, stringOption, UsageError } from "../args";
import { openCliLibrary, reportNotices, withLibrary } from "../library";
import { DATA_DIR_OPTION } from "../options";

type ExportFormat = (typeof EXPORT_FORMATS)[number];

function formatOption(raw: string | undefined): ExportFormat {
  if (raw === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(", ")})`);
  const format = EXPORT_FORMATS.find((f) => f === raw);
  if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, not "${raw}"`);
  return format;
}

function exportArg(values: OptionValues, format: ExportFormat): MethodInput<"exportLibrary"> {
  const text = stringOption(values, "query");
  return {
    format,
    bom: values.bom === true,
    ...(text === undefined ? { scope: "all" } : { scope: "query", query: { text } }),
  };
}

export const exportCommand: CommandSpec = {
  name: "export",
  summary: "Export papers with their notes as Markdown, BibTeX, CSV, CSL-JSON or a Folio backup",
  options: {
    "data-dir": DATA_DIR_OPTION,
    format: { type: "string", value: "FORMAT", description: `One of ${EXPORT_FORMATS.join(", ")} (required)` },
    out: {
      type: "string",
      value: "PATH",
      description: "The file to write (required); for markdown-folder, a new or empty folder",
    },
    query: {
      type: "string",
      value: "Q",
      description: "Only the papers this search matches (the app's search box syntax)",
    },
    bom: { type: "boolean", description: "Start a CSV with a UTF-8 byte-order mark, for Excel" },
    force: { type: "boolean", description: "Replace an existing file, or write into a folder that is not empty" },
  },

  async run(values, ctx) {
    const format = formatOption(stringOption(values, "format"));
    const out = stringOption(values, "out");
    if (!out) throw new UsageError("export needs --out PATH");
    const target = { force: values.force === true, forceFlag: "--force" };
    // Checked before the export is built, so a refused target costs nothing; checked again when writing.
    await checkTarget(out, format, target);
    const library = await openCliLibrary(ctx, stringOption(values, "data-dir"), {
      command: "export",
      readOnlyFallback: true,
    });
    reportNotices(ctx, library.notices);
    const result = await withLibrary(library, () => call(library.handlers, "exportLibrary", exportArg(values, format)));
    await writeExport(out, result, target);
    ctx.io.stdout(`Exported ${result.papers} ${result.papers === 1 ? "paper" : "papers"} to ${out}\n`);
    return 0;
  },
};
