/** Decoding import files: UTF-8 (BOM or not), UTF-16 with a BOM, Windows-1252, and binary refused. */
import { describe, expect, it } from "vitest";
import { decodeText, looksBinary } from "../../../shared/parsers/text-file";

describe("decodeText", () => {
  const text = "@article{k, title = {Řehůřek — naïve}}\n";
  it.each([
    ["UTF-8", Buffer.from(text, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
  ])("reads %s", (_name, bytes) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8 (an old Latin-1 .bib)", () => {
    expect(decodeText(Buffer.from("title = {Na\xefve caf\xe9}", "latin1"))).toBe("title = {Naïve café}");
  });

  it("refuses NUL bytes and runs of control bytes as binary", () => {
    expect(looksBinary(Buffer.from("PK\x03\x04\x00\x00"))).toBe(true);
    expect(looksBinary(Buffer.from("\x01\x02\x03\x04abc"))).toBe(true);
    expect(looksBinary(Buffer.from("TY  - JOUR\r\n\tAU  - X\f\n"))).toBe(false);
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBeUndefined();
  });
});
