/** Null-prototype record collections: decoded from JSON with every key kept, written back alike. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tagMetaSchema } from "../../../../main/core/schema/files";
import { ownRecord, ownRecordSchema } from "../../../../main/core/schema/own-record";
import { ChunkedJSONFile } from "../../../../main/core/store/chunked-json-file";
import { makeTempDir, removeDir } from "../../../helpers/temp-library";

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"])];
const schema = ownRecordSchema(tagMetaSchema);

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe("ownRecordSchema", () => {
  it("keeps every key JSON.parse made, __proto__ included, in a record with no prototype", () => {
    const text = `{${NAMES.map((n, i) => `${JSON.stringify(n)}:{"color":"c${i}"}`).join(",")}}`;
    const record = schema.parse(JSON.parse(text));
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(NAMES);
    for (const [i, n] of NAMES.entries()) expect(record[n]).toEqual({ color: `c${i}` });
    expect(JSON.stringify(record)).toBe(text);
  });

  it("names the key of a bad value in the error, and refuses what is not an object", () => {
    const bad = schema.safeParse(JSON.parse('{"ok":{},"__proto__":{"color":7}}'));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["__proto__", "color"]);
    for (const value of [[], null, "x", 1]) expect(schema.safeParse(value).success).toBe(false);
  });

  it("is written by the chunked writer as JSON.stringify writes it, also when it is walked", async () => {
    const record = ownRecord<{ color?: string }>();
    for (const [i, n] of NAMES.entries()) record[n] = { color: `c${i}` };
    for (let i = 0; i < 100; i++) record[`tag${i}`] = {};
    const data = { tags: record };
    const path = join(dir, "library.json");
    await new ChunkedJSONFile<typeof data>(path, { walkAbove: 4 }).write(data);
    const text = await readFile(path, "utf8");
    expect(text).toBe(JSON.stringify(data));
    expect(schema.parse(JSON.parse(text).tags)).toEqual(record);
  });
});
