/**
 * The preload runs under the page's CSP (script-src 'self'), where any `new Function` is refused and
 * reported as a violation. zod probes for it, and compiles object parsers with it, unless it is
 * jitless: loading the preload and parsing with the contract's schemas must construct no Function.
 */
import { afterEach, expect, it, vi } from "vitest";
import { fake } from "../../fakes/electron";

vi.mock("electron", () => import("../../fakes/electron"));

const RealFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = RealFunction;
});

it("loading the preload and validating with the contract's schemas never constructs a Function", async () => {
  const built: string[] = [];
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args, newTarget) {
      built.push(String(args.at(-1)).slice(0, 80));
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      built.push(String(args.at(-1)).slice(0, 80));
      return Reflect.apply(target, self, args);
    },
  });

  await import("../../../main/electron/preload");
  const { methodSchemas } = await import("../../../shared/api/schemas");
  const parsed = methodSchemas.query.safeParse({ text: "soups", limit: 5 });

  expect(parsed.success).toBe(true);
  expect(fake.contextBridge.exposed.has("folio")).toBe(true);
  expect(built).toEqual([]);
});
