/** The journal and the snapshot under refused writes, through the injected fs layer. */
import { appendFile, open, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OpenFile } from "../../../main/core/store/file-io";
import { Journal, readJournal } from "../../../main/core/store/journal";
import { LibraryStore } from "../../../main/core/store/library-store";
import { enospc, FakeDisk } from "../../helpers/fake-disk";
import { makeTempDir, removeDir } from "../../helpers/temp-library";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const put = (id: string, v: unknown) => ({ k: "tags", id, v });

describe("the journal", () => {
  it("cuts a short write back, refuses what was queued behind it, and numbers on without a gap", async () => {
    const path = join(dir, "library.journal");
    const disk = new FakeDisk();
    const journal = await Journal.open(path, { lastSeq: 0, validBytes: 0, openFile: disk.open });
    expect(await journal.append([put("a", { color: "red" })])).toBe(1);
    const good = await readFile(path);

    disk.free = 10;
    const torn = journal.append([put("b", { color: "x".repeat(100) })]);
    const queued = journal.append([put("c", { color: "blue" })]);
    await expect(torn).rejects.toMatchObject({ code: "ENOSPC" });
    await expect(queued).rejects.toMatchObject({ code: "ENOSPC" });
    expect(disk.written).toBe(good.length + 10);
    expect(await readFile(path)).toEqual(good);
    expect(journal.lastSeq).toBe(1);

    disk.free = Number.POSITIVE_INFINITY;
    expect(await journal.append([put("d", { color: "green" })])).toBe(2);
    await journal.close();
    const replay = await readJournal(path);
    expect(replay.problems).toEqual([]);
    expect(replay.entries.map((e) => [e.s, e.id])).toEqual([
      [1, "a"],
      [2, "d"],
    ]);
  });

  it("drops a torn tail at open, so the next append does not land on it", async () => {
    const path = join(dir, "library.journal");
    const first = await Journal.open(path, { lastSeq: 0, validBytes: 0 });
    await first.append([put("a", { color: "red" })]);
    await first.close();
    await appendFile(path, '{"s":2,"k":"tags","id":"torn","v":{"co');

    const replay = await readJournal(path);
    expect(replay.entries.map((e) => e.id)).toEqual(["a"]);
    const second = await Journal.open(path, { lastSeq: 1, validBytes: replay.validBytes });
    await second.append([put("b", { color: "blue" })]);
    await second.close();
    const again = await readJournal(path);
    expect(again.problems).toEqual([]);
    expect(again.entries.map((e) => [e.s, e.id])).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
  });
});

describe("the snapshot", () => {
  it("never saves an edit whose journal line is refused while library.json is being written", async () => {
    // Once armed: opening the snapshot's temp file makes an edit arrive (it is in memory when the snapshot
    // is serialized), and its journal write waits until the temp file is complete, then fails.
    let store: LibraryStore | undefined;
    let refused: Promise<string> | undefined;
    let armed = false;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const openFile: OpenFile = async (path, flags) => {
      const fh = await open(path, flags);
      const isJournal = path.endsWith("library.journal");
      if (armed && !isJournal && !refused) {
        refused = store?.put([{ k: "tags", id: "refused", v: { color: "#f00" } }]).then(
          () => "saved",
          (err: NodeJS.ErrnoException) => String(err.code),
        );
      }
      return {
        write: async (data) => {
          if (!isJournal || !armed) return fh.write(data);
          await gate;
          throw enospc();
        },
        sync: async () => {
          await fh.sync();
          if (!isJournal && armed) release();
        },
        datasync: () => fh.datasync(),
        truncate: (length) => fh.truncate(length),
        stat: () => fh.stat(),
        close: () => fh.close(),
      };
    };
    store = await LibraryStore.open(dir, { openFile, compactAfterIdleMs: 60_000 });
    await store.put([{ k: "tags", id: "kept", v: { color: "#00ff00" } }]);
    armed = true;
    const outcome = await store.compact().then(
      () => "written",
      (err: Error) => err.message,
    );
    expect(await refused).toBe("ENOSPC");
    expect(store.data.tags.refused).toBeUndefined();
    const snapshot = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(snapshot.tags.refused).toBeUndefined();
    expect(outcome).toBe("an edit was refused while library.json was written");

    armed = false;
    await store.close();
    const again = await LibraryStore.open(dir);
    try {
      expect(Object.keys(again.data.tags)).toEqual(["kept"]);
    } finally {
      await again.close();
    }
  });
});
