/** What a library opened read-only answers to a write: one clear sentence, nothing changed. */
import { FolioError } from "../../../shared/api/errors";

export function readOnlyRefusal(dataDir: string): FolioError {
  return new FolioError(
    "READ_ONLY",
    `This library is open read-only (the folder ${dataDir} cannot be written): nothing can be changed. Make the folder writable, then open the library again to edit it.`,
  );
}
