/**
 * Which import format a file is in, decided from its CONTENT; the file name only breaks ties.
 *
 *   detectFormat(text: string, filename?: string): ImportFormat   (throws an Error when unknown)
 *
 * Checks, in order: JSON (a Folio backup has "folio": "backup"; CSL-JSON is an array of objects with
 * "type" / "title"), an Atom <feed>, RIS ("TY  - " lines), a Zotero CSV header (Key, Item Type,
 * Publication Year, Author, Title…), BibTeX ("@article{"…), and last the trending-papers page (when
 * it yields at least one paper). Only the first 64 KB are looked at, except for the page check.
 */
import Papa from "papaparse";
import { IMPORT_FORMATS } from "../../../shared/api/schemas";
import { parseSeedPage } from "../../../shared/parsers/seed-page";

export { IMPORT_FORMATS };
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, ImportFormat[]>> = {
  bib: ["bibtex"],
  bibtex: ["bibtex"],
  biblatex: ["bibtex"],
  ris: ["ris"],
  csv: ["zotero-csv"],
  json: ["csl-json", "folio-json"],
  xml: ["arxiv-atom"],
  atom: ["arxiv-atom"],
  txt: ["trending-page"],
  md: ["trending-page"],
};

const HEAD_CHARS = 64 * 1024;
const ZOTERO_COLUMNS = ["key", "item type", "publication year", "author", "title"];

export function detectFormat(text: string, filename?: string): ImportFormat {
  const body = text.replace(/^\uFEFF/, "");
  const head = body.slice(0, HEAD_CHARS);
  const candidates = contentCandidates(body, head);
  if (candidates.length === 0) {
    const name = filename ? `"${filename}"` : "the text";
    throw new Error(
      `Could not recognise the format of ${name}: expected BibTeX, RIS, CSL-JSON, a Zotero CSV export, ` +
        "an arXiv Atom feed, a Folio backup or a trending-papers page",
    );
  }
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const preferred = ext && Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
  return candidates.find((c) => preferred?.includes(c)) ?? (candidates[0] as ImportFormat);
}

/** Every format the content looks like, most specific first. */
function contentCandidates(body: string, head: string): ImportFormat[] {
  const found: ImportFormat[] = [];
  const start = head.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) found.push(...jsonKind(body, start));
  if (/^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<feed[\s>]/.test(start) && /Atom|arxiv/i.test(head)) {
    found.push("arxiv-atom");
  }
  if (/^[ \t]*TY {1,2}- ?/m.test(head)) found.push("ris");
  if (looksLikeZoteroCsv(head)) found.push("zotero-csv");
  if (/@[ \t]*[A-Za-z]+[ \t\r\n]*[{(]/.test(head) && !found.includes("csl-json") && !found.includes("folio-json")) {
    found.push("bibtex");
  }
  if (found.length === 0 && parseSeedPage(body).papers.length > 0) found.push("trending-page");
  return found;
}

function jsonKind(body: string, start: string): ImportFormat[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Truncated or broken JSON: judge by the text so the matching parser can report what is wrong.
    if (/"folio"\s*:\s*"backup"/.test(start)) return ["folio-json"];
    return start.startsWith("[") && /"(?:title|type)"\s*:/.test(start) ? ["csl-json"] : [];
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return (value as Record<string, unknown>).folio === "backup" ? ["folio-json"] : [];
  }
  if (Array.isArray(value)) {
    // One bad item should not hide a CSL file: the parser reports it with its line.
    const isCslItem = (item: unknown) =>
      item !== null && typeof item === "object" && !Array.isArray(item) && ("type" in item || "title" in item);
    return value.length === 0 || value.some(isCslItem) ? ["csl-json"] : [];
  }
  return [];
}

function looksLikeZoteroCsv(head: string): boolean {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  if (!/title/i.test(firstLine)) return false;
  const header = Papa.parse<string[]>(firstLine).data[0] ?? [];
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return names.has("title") && ZOTERO_COLUMNS.filter((c) => names.has(c)).length >= 3;
}
