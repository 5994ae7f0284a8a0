/**
 * Heading levels for a note shown under the detail pane's own headings (h2 title, h3 "Note"): the
 * note's top level becomes h4 and no level is skipped, so the page's outline stays valid. Also the
 * preview's safe options (see NotePreview).
 */
import type { Options } from "react-markdown";
import remarkGfm from "remark-gfm";
import { noteUrlTransform } from "./links";

/** The levels to render for headings of Markdown `depths` (1-6), in document order. */
export function headingLevels(depths: readonly number[], base = 4): number[] {
  if (depths.length === 0) return [];
  const top = Math.min(...depths);
  const levels: number[] = [];
  let previous = base - 1;
  for (const depth of depths) {
    const wanted = base + depth - top;
    const level = Math.min(6, Math.max(base, Math.min(wanted, previous + 1)));
    levels.push(level);
    previous = level;
  }
  return levels;
}

/** The bit of mdast this plugin touches. */
interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
}

function collectHeadings(node: MdNode, out: MdNode[]): void {
  if (node.type === "heading") out.push(node);
  for (const child of node.children ?? []) collectHeadings(child, out);
}

/** A remark plugin applying `headingLevels` to the document's headings. */
export function remarkNestHeadings() {
  return (tree: MdNode): void => {
    const headings: MdNode[] = [];
    collectHeadings(tree, headings);
    const levels = headingLevels(headings.map((h) => h.depth ?? 1));
    headings.forEach((h, i) => {
      h.depth = levels[i] ?? 6;
    });
  };
}

/** A Markdown node with text (raw HTML nodes carry theirs in `value`). */
interface MdValueNode extends MdNode {
  value?: string;
  children?: MdValueNode[];
}

/**
 * A remark plugin showing raw HTML in a note as the text the user typed: never parsed, never run, and
 * not silently dropped either (a note saying `<kbd>` shows `<kbd>`).
 */
export function remarkHtmlAsText() {
  const visit = (node: MdValueNode): void => {
    const children = node.children ?? [];
    children.forEach((child, i) => {
      if (child.type !== "html") {
        visit(child);
        return;
      }
      const text: MdValueNode = { type: "text", value: child.value ?? "" };
      // A block of HTML becomes a paragraph of text; HTML inside a paragraph, text in it.
      children[i] = FLOW_PARENTS.has(node.type) ? { type: "paragraph", children: [text] } : text;
    });
  };
  return (tree: MdValueNode): void => visit(tree);
}

/** Nodes whose children are blocks (a text node must sit in a paragraph there). */
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * react-markdown's `urlTransform` for notes: link targets pass `noteUrlTransform` (http(s), mailto:,
 * in-page fragments; `javascript:`, `data:` and the rest are dropped, however they are encoded), and
 * image sources are always dropped: a note never makes the app load anything.
 */
export function noteMarkdownUrl(url: string, key: string): string | undefined {
  if (key !== "href") return undefined;
  return noteUrlTransform(url);
}

/** The note preview's Markdown options (the components come on top, in NotePreview). */
export const NOTE_MARKDOWN_OPTIONS: Readonly<Pick<Options, "remarkPlugins" | "skipHtml" | "urlTransform">> = {
  remarkPlugins: [remarkGfm, remarkHtmlAsText, remarkNestHeadings],
  /** Defense in depth: any raw HTML node left would be dropped, never rendered. */
  skipHtml: true,
  urlTransform: noteMarkdownUrl,
};
