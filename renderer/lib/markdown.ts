/**
 * Heading levels for a note shown under the detail pane's own headings (h2 title, h3 "Note"): the
 * note's top level becomes h4 and no level is skipped, so the page's outline stays valid.
 */

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
