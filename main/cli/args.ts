/** Command-line parsing with node:util parseArgs, driven by the command specs. */
import { parseArgs } from "node:util";
import type { CliIo } from "./io";

export interface OptionSpec {
  type: "string" | "boolean";
  /** Placeholder shown in the usage, e.g. DIR. */
  value?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandSpec {
  name: string;
  /** Required positional arguments, by their placeholder in the usage (e.g. ["FILE"]); none when absent. */
  operands?: readonly string[];
  summary: string;
  options: Record<string, OptionSpec>;
  run(values: OptionValues, ctx: CommandContext, operands: string[]): Promise<number>;
}

/** Passed to every command: the io plus where the app lives. */
export interface CommandContext {
  io: CliIo;
  appRoot: string;
}

/** A mistake in how the command was typed: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export type Parsed =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "command"; command: CommandSpec; values: OptionValues; operands: string[] };

const HELP = { type: "boolean", short: "h" } as const;

function parse(
  args: string[],
  options: Record<string, OptionSpec>,
  allowPositionals = false,
): { values: OptionValues; positionals: string[] } {
  const config = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: o.type }]));
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...config, help: HELP },
      strict: true,
      allowPositionals,
    });
    return { values: values as OptionValues, positionals }; // no option is `multiple`, so no value is an array
  } catch (err) {
    // parseArgs reports unknown options and stray arguments as TypeErrors with a readable message.
    if (err instanceof TypeError) throw new UsageError(err.message);
    throw err;
  }
}

export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help") return { kind: "help" };
  if (first.startsWith("-")) {
    const { values } = parse([...argv], { version: { type: "boolean", description: "" } });
    if (values.help) return { kind: "help" };
    if (values.version) return { kind: "version" };
    return { kind: "help" };
  }
  const command = commands.find((c) => c.name === first);
  if (!command) throw new UsageError(`unknown command "${first}"`);
  const wanted = command.operands ?? [];
  const { values, positionals } = parse(rest, command.options, wanted.length > 0);
  if (values.help) return { kind: "help" };
  if (positionals.length < wanted.length) {
    throw new UsageError(`${command.name} needs ${wanted.slice(positionals.length).join(" ")}`);
  }
  if (positionals.length > wanted.length) {
    throw new UsageError(`${command.name} takes ${wanted.join(" ")}, not also "${positionals[wanted.length]}"`);
  }
  return { kind: "command", command, values, operands: positionals };
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

export function portOption(values: OptionValues, name: string): number {
  const raw = stringOption(values, name);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new UsageError(`--${name} must be a port number from 0 to 65535 (0 picks a free port), not "${raw}"`);
  }
  return port;
}
