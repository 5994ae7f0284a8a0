/**
 * Splits a long LaTeX text value (an abstract, a title) into the pieces the LaTeX decoder can decode
 * one by one, so that an abstract with one "$\delta$" in it sends that piece to the slow decoder,
 * not the whole abstract.
 *
 *   cutLatexText(raw): Cut[] | undefined         undefined: decode the value whole
 *   splitParagraphs(raw): string[] | undefined   the same for notes, by paragraph
 *
 * A split happens only at white space outside braces and math, where nothing in LaTeX can reach
 * across: not after a control word or symbol (its argument may follow a space, as in "\c c"), not
 * before "{", "[", "^" or "_". Values with paragraphs, comments, environments, \verb, \[ \( math or
 * \\ line breaks, or "$$" (display math, or two formulas back to back) are not split at all. The
 * pieces, decoded and joined with one space, give the text the whole value decodes to once white
 * space is collapsed; the fast-path tests check it. Cuts are positions, flagged when the piece holds a
 * character LaTeX may act on, so the caller decodes the unflagged runs between them in one go.
 */

/** Constructs whose reach this splitter does not follow. */
const UNSPLITTABLE = /\n[ \t\r]*\n|(?<!\\)%|(?<!\\)\$\$|\\begin|\\verb|\\\(|\\\[|\\\\/;
const ENDS_IN_MACRO = /\\(?:[A-Za-z@]+|[^A-Za-z@])$/;

/** A paragraph break in a note: a blank line or "\\par" (which also takes the white space after it). */
const PARAGRAPH_BREAK = /[ \t\r]*\n[ \t\r]*\n[ \t\r\n]*|[ \t\r\n]*(?:\\par(?![A-Za-z@])[ \t\r\n]*)+/;
const NOT_BY_PARAGRAPH = /(?<!\\)%|\\begin|\\verb|\\\\/;

/**
 * The paragraphs of a note-like (rich text) value, which the decoder renders joined by "<p>";
 * undefined when there is only one, or a paragraph break sits inside braces.
 */
export function splitParagraphs(raw: string): string[] | undefined {
  if (NOT_BY_PARAGRAPH.test(raw)) return undefined;
  const paragraphs = raw.split(PARAGRAPH_BREAK).filter((paragraph) => paragraph.trim());
  if (paragraphs.length < 2 || !paragraphs.every(balanced)) return undefined;
  return paragraphs;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length && depth >= 0; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
  }
  return depth === 0;
}

/** One piece of a cut value: raw.slice(start, end), and whether it holds a character LaTeX may act on. */
export interface Cut {
  start: number;
  end: number;
  /** Holds \\ $ ~ ^ _ & # % ` or '' (a quick flag: whether it really needs the decoder is for the caller). */
  latex: boolean;
}

/** The pieces of `raw` in order (white space between them dropped), or undefined when it stays whole. */
export function cutLatexText(raw: string): Cut[] | undefined {
  if (UNSPLITTABLE.test(raw)) return undefined;
  const cuts: Cut[] = [];
  let depth = 0;
  let math = false;
  let start = -1;
  let latex = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    const kind = ch < 128 ? KIND[ch] : OTHER;
    if (kind === SPACE) {
      if (start !== -1 && depth === 0 && !math) {
        let next = i;
        while (next < raw.length && isSpace(raw.charCodeAt(next))) next++;
        const following = raw[next];
        // Only a piece with a backslash (so flagged) can end in a macro.
        const endsInMacro = latex && ENDS_IN_MACRO.test(raw.slice(start, i));
        if (!endsInMacro && !(following && TAKES_ARGUMENT.includes(following))) {
          cuts.push({ start, end: i, latex });
          start = -1;
          latex = false;
        }
        i = next - 1;
      }
      continue;
    }
    if (start === -1) start = i;
    if (kind === OTHER) continue; // most characters: nothing to track
    if (kind === QUOTE) {
      if (raw.charCodeAt(i + 1) === 39) latex = true;
      continue;
    }
    latex ||= kind === LATEX;
    if (ch === 92 /* \\ */) i++;
    else if (ch === 123 /* { */) depth++;
    else if (ch === 125 /* } */) depth--;
    else if (ch === 36 /* $ */ && depth === 0) math = !math;
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || math) return undefined;
  if (start !== -1) cuts.push({ start, end: raw.trimEnd().length, latex });
  return cuts.length > 1 ? cuts : undefined;
}

/** What the cutter does with each ASCII character (one table lookup in the loop). */
const OTHER = 0;
const SPACE = 1;
/** The characters of LATEX_CHARACTER in bibtex-plain-values.ts: \\ $ ~ ^ _ & # % ` */
const LATEX = 2;
const BRACE = 3;
const QUOTE = 4;
const KIND = new Uint8Array(128);
for (const c of " \t\n\r") KIND[c.charCodeAt(0)] = SPACE;
for (const c of "\\$~^_&#%`") KIND[c.charCodeAt(0)] = LATEX;
for (const c of "{}") KIND[c.charCodeAt(0)] = BRACE;
KIND[39] = QUOTE;

/** What may start an argument of the piece before it. */
const TAKES_ARGUMENT = "{[^_";

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}
