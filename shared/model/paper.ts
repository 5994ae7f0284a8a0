/** The bibliographic record of one paper, as stored in corpus.json. Written on import only. */
export interface Paper {
  /** Stable id: `arxiv:<id>`, `doi:<doi>` or `t:<hash of normalized title>`. */
  id: string;
  title: string;
  abstract: string;
  /** Code / project links found in the abstract or given by the source; http(s) only. */
  links: string[];
  authors: string[];
  year?: number;
  venue?: string;
  doi?: string;
  arxivId?: string;
  url?: string;
  /** Where the paper came from, e.g. `seed:trending-papers.txt` or `bibtex:smith2020`. */
  source: string;
  /** ISO timestamp of the import that added it. */
  addedAt: string;
}

/** Fields a parser produces before the library assigns identity and timestamps. */
export type ParsedPaper = Omit<Paper, "id" | "addedAt" | "source"> & {
  /** Note text carried by the source file (BibTeX `annote`, Zotero notes...). */
  note?: string;
  /** Keywords carried by the source file. */
  keywords?: string[];
  /** Source key (citation key, record number) for reports. */
  key?: string;
};

/** A problem a parser found: reported to the user, never silently dropped. */
export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParseResult {
  papers: ParsedPaper[];
  problems: ParseProblem[];
}
