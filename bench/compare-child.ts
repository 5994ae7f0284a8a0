/** One search library at one size (see compare-libs.ts); prints one JSON line. */
import { compareLib } from "./compare-libs";

const [lib = "minisearch", size = "10000", seedPath = ""] = process.argv.slice(2);
console.log(JSON.stringify(await compareLib(lib, Number(size), seedPath)));
