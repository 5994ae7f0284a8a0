import { describe, expect, it } from "vitest";
import { isSafeExternalUrl } from "../../../main/electron/external-links";

const MALICIOUS: [string, string][] = [
  ["javascript: scheme", "javascript:alert(1)"],
  ["mixed-case javascript", "JaVaScRiPt:alert(document.domain)"],
  ["javascript after a space", " javascript:alert(1)"],
  ["javascript after a newline", "\njavascript:alert(1)"],
  ["javascript with a tab inside", "java\tscript:alert(1)"],
  ["data: URL", "data:text/html,<script>alert(1)</script>"],
  ["data: base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
  ["file: URL", "file:///etc/passwd"],
  ["file: Windows path", "file://C:/Windows/System32/calc.exe"],
  ["vbscript:", "vbscript:msgbox(1)"],
  ["ms-msdt (Follina)", "ms-msdt:/id PCWDiagnostic /skip force"],
  ["smb share", "smb://evil.example/share/payload.exe"],
  ["custom protocol", "folio://open?file=/etc/passwd"],
  ["mailto (not a web page)", "mailto:someone@example.com"],
  ["ftp", "ftp://example.com/file"],
  ["about:blank", "about:blank"],
  ["chrome internal page", "chrome://settings"],
  ["view-source", "view-source:https://example.com"],
  ["blob", "blob:https://example.com/0b1d1e2f"],
  ["protocol-relative", "//evil.example/path"],
  ["absolute path", "/etc/passwd"],
  ["relative path", "notes/paper.html"],
  ["empty string", ""],
  ["http:/\\ trick", "http:/\\evil.example"],
  ["backslashes for slashes", "https:\\\\evil.example"],
  ["backslash before @", "https://good.example\\@evil.example"],
  ["no slashes", "https:evil.example"],
  ["one slash", "https:/evil.example"],
  ["three slashes", "https:///evil.example"],
  ["no host", "http://"],
  ["credentials", "http://user:pass@evil.example"],
  ["user only", "https://user@evil.example"],
  ["empty user", "https://@evil.example"],
  ["host disguised as a user", "https://arxiv.org@evil.example/abs/1"],
  ["leading space", " https://example.com"],
  ["leading newline", "\nhttps://example.com"],
  ["trailing newline", "https://example.com\n"],
  ["carriage return inside", "https://example.com/\r\nSet-Cookie:x"],
  ["space in host", "https://exa mple.com"],
  ["NUL byte", "https://example.com/\u0000"],
  ["leading NUL", "\u0000https://example.com"],
  ["DEL character", "https://example.com/\u007f"],
  ["right-to-left override", "https://example.com/\u202Egpj.exe"],
  ["zero-width space", "https://example.com\u200B/"],
  ["no-break space", "https://example.com/\u00A0"],
  ["line separator", "https://example.com/\u2028"],
  ["bad port", "https://example.com:99999/"],
  ["too long", `https://example.com/${"a".repeat(2048)}`],
];

const SAFE = [
  "https://arxiv.org/abs/2401.00001",
  "http://example.com",
  "https://example.com:8443/a/b?c=d&e=f#g",
  "HTTPS://EXAMPLE.COM/Paper.pdf",
  "https://doi.org/10.1000/xyz%20123",
  "https://[2001:db8::1]/",
  "https://huggingface.co/papers/2503.01234",
];

describe("isSafeExternalUrl", () => {
  it("has a table of at least 25 malicious inputs", () => {
    expect(MALICIOUS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(MALICIOUS)("refuses %s", (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each(SAFE)("accepts %s", (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it("accepts a URL of exactly 2048 characters and refuses one longer", () => {
    const base = "https://example.com/";
    expect(isSafeExternalUrl(base + "a".repeat(2048 - base.length))).toBe(true);
    expect(isSafeExternalUrl(base + "a".repeat(2049 - base.length))).toBe(false);
  });

  it("refuses values that are not strings at run time (the renderer is untrusted)", () => {
    for (const value of [undefined, null, 42, {}, ["https://example.com"]]) {
      expect(isSafeExternalUrl(value as unknown as string)).toBe(false);
    }
  });
});
