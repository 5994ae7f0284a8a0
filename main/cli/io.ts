/** What a command may touch of the outside world; tests pass their own to run the CLI in-process. */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { findAppRoot } from "../paths";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Resolves when a long-running command (`serve`) should stop: SIGINT/SIGTERM for the real process. */
  untilStopped(): Promise<void>;
  /** The folder holding package.json, data/ and dist/; found from this file when not given. */
  appRoot?: string;
}

export function defaultAppRoot(): string {
  return findAppRoot(dirname(fileURLToPath(import.meta.url)));
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    untilStopped: () =>
      new Promise((resolve) => {
        // After the first signal the handlers are gone, so a second Ctrl+C stops the process outright.
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      }),
  };
}
