/** Tag names: case-insensitive identity, `/` for hierarchy (`method/transformers`). */

export const tagKey = (tag: string): string => tag.trim().toLocaleLowerCase();

/** True when `tag` is `parent` or one of its descendants (`method` covers `method/transformers`). */
export function isTagWithin(tag: string, parent: string): boolean {
  const t = tagKey(tag);
  const p = tagKey(parent);
  return t === p || t.startsWith(`${p}/`);
}

/** Rename `tag` if it is `from` or below it: `a/b` renamed `a` -> `c` becomes `c/b`. */
export function renameWithin(tag: string, from: string, to: string): string | undefined {
  if (!isTagWithin(tag, from)) return undefined;
  return to + tag.trim().slice(from.trim().length);
}

export interface TagNode<T> {
  /** The last path segment. */
  label: string;
  /** The full tag name. */
  name: string;
  item?: T;
  children: TagNode<T>[];
}

/** Arrange flat tag names into a tree by `/` (parents that exist only as prefixes get a node too). */
export function tagTree<T extends { name: string }>(items: readonly T[]): TagNode<T>[] {
  const roots: TagNode<T>[] = [];
  const byKey = new Map<string, TagNode<T>>();
  const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name));
  for (const item of sorted) {
    const parts = item.name.split("/").filter((p) => p !== "");
    let siblings = roots;
    let path = "";
    parts.forEach((label, i) => {
      path = path ? `${path}/${label}` : label;
      let node = byKey.get(tagKey(path));
      if (!node) {
        node = { label, name: path, children: [] };
        byKey.set(tagKey(path), node);
        siblings.push(node);
      }
      if (i === parts.length - 1) node.item = item;
      siblings = node.children;
    });
  }
  return roots;
}
