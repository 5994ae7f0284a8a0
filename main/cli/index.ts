/** The `folio` command (bundled to dist/cli/folio.mjs, started by bin/folio.mjs). */
import { processIo } from "./io";
import { runCli } from "./run";

// `folio list | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
