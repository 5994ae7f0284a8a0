/**
 * Electron's security checklist items that live in configuration rather than code: the renderer's CSP
 * and the fuses flipped in the packaged binary.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HEADER_CSP, PAGE_CSP, withPageCsp } from "../../../shared/csp";

const source = readFileSync(new URL("../../../renderer/index.html", import.meta.url), "utf8");
/** index.html as the build writes it (vite.config.ts runs withPageCsp on it). */
const html = withPageCsp(source);
const builder = parse(readFileSync(new URL("../../../electron-builder.yml", import.meta.url), "utf8")) as {
  electronFuses: Record<string, boolean>;
  files: string[];
};

function metaCsp(): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("renderer/index.html has no CSP meta tag");
  return match[1];
}

function csp(): Map<string, string[]> {
  return new Map(
    metaCsp()
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

describe("the renderer's Content-Security-Policy", () => {
  const policy = csp();

  it("allows scripts from the app only: no unsafe-eval, no unsafe-inline, no remote hosts", () => {
    const scripts = policy.get("script-src") ?? policy.get("default-src");
    expect(scripts).toEqual(["'self'"]);
  });

  it("defaults to self and forbids objects, frames, base and form targets", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("frame-src") ?? policy.get("child-src")).toEqual(["'none'"]);
  });

  it("loads no remote content: images and connections stay on the app's own origin", () => {
    for (const directive of ["img-src", "connect-src", "style-src", "font-src"]) {
      for (const source of policy.get(directive) ?? ["'self'"]) {
        expect(["'self'", "data:"]).toContain(source);
      }
    }
  });

  it("has no inline script in the page", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("is written once: the built meta tag is PAGE_CSP, the header (server, app://) adds frame-ancestors", () => {
    expect(metaCsp()).toBe(PAGE_CSP);
    expect(source).not.toContain("default-src");
    expect(HEADER_CSP).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
    // A meta tag cannot carry frame-ancestors: Chromium ignores it there and logs a CSP error.
    expect(PAGE_CSP).not.toContain("frame-ancestors");
  });

  it("the build refuses a page without the CSP placeholder", () => {
    expect(() => withPageCsp("<!doctype html><title>x</title>")).toThrow(/placeholder/);
  });
});

describe("Electron fuses in the packaging config", () => {
  it("turn off Node-as-a-runtime paths and require the app from a verified asar", () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("package the built app and the bundled corpus", () => {
    expect(builder.files).toEqual(expect.arrayContaining(["dist/**", "data/**", "package.json"]));
  });
});
