import { readdir, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Backups } from "../../../main/core/store/backups";
import { makeTempDir, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  vi.useRealTimers();
  await removeDir(dir);
});

describe("rotating backups", () => {
  it("keep the last N distinct versions, newest first, and skip an unchanged file", async () => {
    const backups = new Backups(join(dir, "backups"), "library", 10);
    const source = join(dir, "library.json");
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 0; i < 14; i++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 26, 10, i)));
      await writeFile(source, JSON.stringify({ version: i }));
      expect(await backups.take(source)).toBeDefined();
      // The same content again is not a new backup.
      expect(await backups.take(source)).toBeUndefined();
    }
    const files = await backups.list();
    expect(files).toHaveLength(10);
    expect(JSON.parse(await readFile(files[0] ?? "", "utf8"))).toEqual({ version: 13 });
    expect(JSON.parse(await readFile(files[9] ?? "", "utf8"))).toEqual({ version: 4 });
    expect((await readdir(join(dir, "backups"))).every((f) => f.startsWith("library-"))).toBe(true);
  });

  it("never backs up an empty or missing file", async () => {
    const backups = new Backups(join(dir, "backups"), "library", 10);
    expect(await backups.take(join(dir, "missing.json"))).toBeUndefined();
    await writeFile(join(dir, "empty.json"), "");
    expect(await backups.take(join(dir, "empty.json"))).toBeUndefined();
    expect(await backups.list()).toEqual([]);
  });

  it("say when they were taken, from the stamp in their name", async () => {
    const backups = new Backups(join(dir, "backups"), "corpus", 3);
    const source = join(dir, "corpus.json");
    await writeFile(source, "{}");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.UTC(2026, 10, 26, 10, 5, 59)));
    const taken = await backups.take(source);
    expect(await backups.takenAt(taken ?? "")).toBe("2026-11-26 10:05 UTC");
  });

  it("takeIfBehind backs up a file changed since the newest backup, and nothing else", async () => {
    const backups = new Backups(join(dir, "backups"), "corpus", 3);
    const source = join(dir, "corpus.json");
    await writeFile(source, JSON.stringify({ papers: 1 }));
    expect(await backups.takeIfBehind(source)).toBeDefined();
    expect(await backups.takeIfBehind(source)).toBeUndefined();
    // Written after its newest backup (as by an older Folio that backed up only before writing).
    await writeFile(source, JSON.stringify({ papers: 2 }));
    const [newest] = await backups.list();
    await utimes(newest ?? "", new Date(2000, 0, 1), new Date(2000, 0, 1));
    const taken = await backups.takeIfBehind(source);
    expect(JSON.parse(await readFile(taken ?? "", "utf8"))).toEqual({ papers: 2 });
  });
});
