/** The usage text, generated from the command specs so it lists every command and option. */
import type { CommandSpec, OptionSpec } from "./args";

function optionLabel(name: string, o: OptionSpec): string {
  return o.type === "string" ? `--${name} ${o.value ?? "VALUE"}` : `--${name}`;
}

export function usage(commands: readonly CommandSpec[]): string {
  const lines = ["Usage: folio <command> [options]", "", "Commands:"];
  const names = commands.map((c) => [c.name, ...(c.operands ?? [])].join(" "));
  const width = Math.max(...names.map((n) => n.length), "help".length) + 2;
  commands.forEach((c, i) => {
    lines.push(`  ${(names[i] ?? c.name).padEnd(width)}${c.summary}`);
  });
  lines.push(`  ${"help".padEnd(width)}Show this help`);

  for (const c of commands) {
    const entries = Object.entries(c.options);
    if (entries.length === 0) continue;
    lines.push("", `Options for ${c.name}:`);
    const labels = entries.map(([name, o]) => optionLabel(name, o));
    const labelWidth = Math.max(...labels.map((l) => l.length)) + 2;
    entries.forEach(([, o], i) => {
      lines.push(`  ${(labels[i] ?? "").padEnd(labelWidth)}${o.description}`);
    });
  }

  lines.push(
    "",
    "Global options:",
    "  --help, -h     Show this help",
    "  --version      Print Folio's version",
    "",
    "The library lives in --data-dir, else $FOLIO_DATA_DIR, else the desktop app's data folder.",
    "",
  );
  return lines.join("\n");
}
