/**
 * A real read-only file system for tests: a tmpfs mounted on a temp folder, filled, then remounted
 * read-only, so writes fail with EROFS as they do on a read-only disk (root ignores mode bits, so
 * chmod cannot show this). Needs root and mount; otherwise `skipped` says why and the tests skip.
 */
import { spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";

export interface ReadOnlyMount {
  /** Why there is no mount (not root, mount refused); undefined when mounted. */
  skipped?: string;
  /** Unmount (and so empty) the folder; safe to call twice. */
  unmount(): void;
}

function mount(args: string[]): string | undefined {
  const r = spawnSync("mount", args, { encoding: "utf8" });
  if (r.error) return r.error.message;
  return r.status === 0 ? undefined : r.stderr.trim() || `mount exited ${r.status}`;
}

/** Mount a tmpfs on `dir`, let `fill` write into it, then make it read-only. */
export async function mountReadOnly(dir: string, fill: (dir: string) => Promise<void>): Promise<ReadOnlyMount> {
  await mkdir(dir, { recursive: true });
  const failed = mount(["-t", "tmpfs", "tmpfs", dir]);
  if (failed) return { skipped: `cannot mount a tmpfs on ${dir} (${failed})`, unmount: () => undefined };
  let mounted = true;
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    const r = spawnSync("umount", [dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`umount ${dir} failed: ${r.stderr.trim()}`);
  };
  try {
    await fill(dir);
  } catch (err) {
    unmount();
    throw err;
  }
  const readOnly = mount(["-o", "remount,ro", dir]);
  if (readOnly) {
    unmount();
    return { skipped: `cannot remount ${dir} read-only (${readOnly})`, unmount };
  }
  return { unmount };
}
