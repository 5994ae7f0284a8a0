/**
 * RIS import (Zotero, EndNote, Mendeley, publisher exports).
 *
 *   parseRis(text: string): ParseResult
 *
 * A record runs from "TY  - " to "ER  -". A line that is not a tag line continues the previous tag:
 * for list tags (AU, A1, KW...) it is one more value (EndNote writes keywords one per line), for
 * notes it is a new line, for everything else a wrapped value joined with a space. Problems name the
 * record number and carry the line. Field map: TI/T1 title; AU/A1 authors; PY/Y1/DA year; T2/JO/JF/JA
 * venue; DO (or a DOI in M3) doi; UR url; AB/N2 abstract; KW keywords; N1 note; ID key.
 */
import type { ParsedPaper, ParseProblem, ParseResult } from "../../../shared/model/paper";
import { buildPaper } from "./build-paper";
import { capProblems } from "./problems";
import { cleanDoi, collapse, findArxivId, findYear, normalizeText } from "./text";

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;
const LIST_TAGS = new Set(["AU", "A1", "A2", "A3", "A4", "KW", "UR", "L1", "L2", "L3", "L4", "SN", "AD"]);
const NOTE_TAGS = new Set(["N1"]);

interface RisRecord {
  number: number;
  line: number;
  tags: Map<string, string[]>;
}

export function parseRis(text: string): ParseResult {
  const lines = normalizeText(text).split("\n");
  const problems: ParseProblem[] = [];
  const papers: ParsedPaper[] = [];
  let record: RisRecord | undefined;
  let count = 0;
  let lastTag: string | undefined;

  const finish = (closed: boolean) => {
    if (!record) return;
    if (!closed) {
      problems.push({
        line: record.line,
        message: `Record ${record.number} (line ${record.line}) has no "ER  -" end line; imported what was read`,
      });
    }
    papers.push(toPaper(record));
    record = undefined;
    lastTag = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/\s+$/, "");
    const tagLine = TAG_LINE.exec(line.replace(/^\s+(?=[A-Z][A-Z0-9] {1,2}-)/, ""));
    if (tagLine) {
      const tag = tagLine[1] ?? "";
      const value = (tagLine[2] ?? "").trim();
      if (tag === "TY") {
        if (record) finish(false);
        count += 1;
        record = { number: count, line: lineNo, tags: new Map() };
        lastTag = undefined;
        return;
      }
      if (!record) {
        if (tag !== "ER") {
          problems.push({ line: lineNo, message: `"${tag}" line outside a record (no "TY  - " before it); ignored` });
        }
        return;
      }
      if (tag === "ER") {
        finish(true);
        return;
      }
      const values = record.tags.get(tag) ?? [];
      values.push(value);
      record.tags.set(tag, values);
      lastTag = tag;
      return;
    }
    if (line.trim() === "" || !record || !lastTag) return;
    const values = record.tags.get(lastTag) ?? [""];
    const continuation = line.trim();
    if (LIST_TAGS.has(lastTag)) values.push(continuation);
    else {
      const joiner = NOTE_TAGS.has(lastTag) ? "\n" : " ";
      values[values.length - 1] = `${values[values.length - 1] ?? ""}${joiner}${continuation}`;
    }
    record.tags.set(lastTag, values);
  });
  finish(record === undefined);

  if (count === 0) problems.push({ line: 1, message: 'No RIS records found (no "TY  - " line)' });
  return { papers, problems: capProblems(problems) };
}

function toPaper(record: RisRecord): ParsedPaper {
  const first = (...tags: string[]): string | undefined => {
    for (const tag of tags) {
      const value = record.tags.get(tag)?.find((v) => v.trim() !== "");
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const all = (...tags: string[]): string[] => tags.flatMap((tag) => record.tags.get(tag) ?? []);
  const venue = first("T2", "JO", "JF", "JA", "J2");
  const url = all("UR").find((u) => /^https?:\/\//i.test(u.trim()));
  const doi = cleanDoi(first("DO", "DI")) ?? cleanDoi(first("M3"));
  return buildPaper({
    title: collapse(first("TI", "T1", "CT", "BT", "ST") ?? ""),
    abstract: all("AB", "N2").join("\n\n"),
    authors: all("AU", "A1").map(risName),
    year: findYear(first("PY")) ?? findYear(first("Y1")) ?? findYear(first("DA")),
    venue,
    doi,
    arxivId: findArxivId(...all("UR", "L1", "L2"), venue, doi, first("M1", "AN")),
    url,
    note: all("N1").join("\n\n"),
    keywords: all("KW"),
    key: first("ID"),
  });
}

/** RIS names are "Last, First" (sometimes "Last,First"); show them as "First Last". */
function risName(name: string): string {
  const [last, ...rest] = name.split(",");
  const given = rest.join(",").trim();
  return given ? `${given} ${(last ?? "").trim()}` : name.trim();
}
