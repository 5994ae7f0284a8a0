/** Reading the import fixtures (test/fixtures/import), by file name. */
import { readdirSync, readFileSync } from "node:fs";

const DIR = new URL("../../fixtures/import/", import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, DIR), "utf8");
}

export function fixtureNames(): string[] {
  return readdirSync(DIR).sort();
}
