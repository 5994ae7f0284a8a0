/** The one command-line option the desktop app reads: `--data-dir <dir>` or `--data-dir=<dir>`. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg.startsWith("--data-dir=")) return arg.slice("--data-dir=".length) || undefined;
    if (arg === "--data-dir") return argv[i + 1] || undefined;
  }
  return undefined;
}
