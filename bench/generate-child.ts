/** Write a generated library of `size` papers to `dir` (corpus.json + library.json). */
import { readFile } from "node:fs/promises";
import { generateLibrary, writeDataDir } from "./generate";

const [dir = "", size = "1000", seedPath = ""] = process.argv.slice(2);
await writeDataDir(dir, generateLibrary(await readFile(seedPath, "utf8"), Number(size)));
console.log(JSON.stringify({ ok: true }));
