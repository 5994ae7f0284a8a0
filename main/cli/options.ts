/** Options shared by several commands. */
import type { OptionSpec } from "./args";

export const DATA_DIR_OPTION: OptionSpec = {
  type: "string",
  value: "DIR",
  description: "Library folder (default: $FOLIO_DATA_DIR, else the desktop app's data folder)",
};
