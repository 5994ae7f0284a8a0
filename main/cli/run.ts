/** `runCli(argv, io)`: the whole CLI as a function returning the exit code, so tests run it in-process. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FolioError } from "../../shared/api/errors";
import { type CommandContext, type CommandSpec, parseCommandLine, UsageError } from "./args";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { listCommand } from "./commands/list";
import { serveCommand } from "./commands/serve";
import { type CliIo, defaultAppRoot } from "./io";
import { usage } from "./usage";

export const COMMANDS: readonly CommandSpec[] = [serveCommand, listCommand, importCommand, exportCommand];

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

async function version(appRoot: string): Promise<string> {
  const pkg = JSON.parse(await readFile(join(appRoot, "package.json"), "utf8")) as { version?: unknown };
  return String(pkg.version ?? "unknown");
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const help = usage(COMMANDS);
  try {
    const parsed = parseCommandLine(argv, COMMANDS);
    if (parsed.kind === "help") {
      io.stdout(help);
      return EXIT.ok;
    }
    const ctx: CommandContext = { io, appRoot: io.appRoot ?? defaultAppRoot() };
    if (parsed.kind === "version") {
      io.stdout(`folio ${await version(ctx.appRoot)}\n`);
      return EXIT.ok;
    }
    return await parsed.command.run(parsed.values, ctx, parsed.operands);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`folio: ${err.message}\n\n${help}`);
      return EXIT.usage;
    }
    if (err instanceof FolioError) {
      io.stderr(`folio: ${err.message}\n`);
      // Details say where (an import's line numbers), except one the message already ends with.
      const details = (err.details ?? []).filter((d) => !err.message.endsWith(d));
      for (const line of details.slice(0, 10)) io.stderr(`  ${line}\n`);
      return EXIT.failure;
    }
    // Anything else (a file we cannot read, a port in use) is reported the same way, with its stack
    // only on request, since a stack means nothing to most users.
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`folio: ${message}\n`);
    if (io.env.FOLIO_DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.failure;
  }
}
