import { describe, expect, it } from "vitest";
import { dataDirFlag } from "../../../main/electron/args";

describe("dataDirFlag", () => {
  it("reads --data-dir <dir> and --data-dir=<dir>", () => {
    expect(dataDirFlag(["electron", ".", "--data-dir", "/tmp/a"])).toBe("/tmp/a");
    expect(dataDirFlag(["Folio", "--data-dir=/tmp/b"])).toBe("/tmp/b");
  });

  it("is undefined when absent or empty", () => {
    expect(dataDirFlag(["electron", "."])).toBeUndefined();
    expect(dataDirFlag(["electron", "--data-dir"])).toBeUndefined();
    expect(dataDirFlag(["electron", "--data-dir="])).toBeUndefined();
  });
});
