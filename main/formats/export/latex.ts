/**
 * Writing text into BibTeX field values so that BibTeX/LaTeX — and our own importer — read back the
 * same text. Non-ASCII characters stay as UTF-8.
 *
 *   escapeLatex(text: string): string        one-line fields (title, journal, names)
 *   escapeLatexBlock(text: string): string   multi-line fields (abstract, annote): blank line -> \par,
 *                                            line break -> \\ ; indentation and repeated spaces are
 *                                            not kept (LaTeX collapses them)
 *   verbatimValue(text: string): string      url / doi / eprint: braces and backslashes percent-encoded
 *                                            so the value always stays balanced
 */

const SPECIAL: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/** LaTeX ligatures (-- --- `` '' ,, !` ?`) would change the text: break them with an empty group. */
const LIGATURE = /([-`',!?])(?=[-`',])/g;

export function escapeLatex(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\{}&%$#_~^<>]/g, (ch) => SPECIAL[ch] ?? ch)
    .replace(LIGATURE, "$1{}");
}

export function escapeLatexBlock(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => escapeLatex(line))
        .filter((line) => line !== "")
        // "\\[…]" and "\\*" would read the next line's "[…]" or "*" as an argument: guard with "{}".
        .map((line, i) => (i > 0 && /^[[*]/.test(line) ? `{}${line}` : line))
        .join(" \\\\ "),
    )
    .filter((paragraph) => paragraph !== "")
    .join(" \\par ");
}

export function verbatimValue(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, "%20")
    .replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
