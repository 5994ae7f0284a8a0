/**
 * Every file and folder under a directory, each file with its modification time and content: equal trees
 * mean nothing was created, moved, removed or rewritten.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";

export async function fileTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    tree[relative(dir, path)] = entry.isDirectory()
      ? "<folder>"
      : `${(await stat(path)).mtimeMs} ${await readFile(path, "utf8")}`;
  }
  return tree;
}
