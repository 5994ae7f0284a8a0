/** Every file and folder under a directory with its content, to show that nothing was moved or changed. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

export async function fileTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    tree[relative(dir, path)] = entry.isDirectory() ? "<folder>" : await readFile(path, "utf8");
  }
  return tree;
}
