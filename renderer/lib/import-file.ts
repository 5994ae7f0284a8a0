/** Reading a file the user chose or dropped (browser File): size limit, decoding, binary refused. */
import { LIMITS } from "../../shared/api/schemas";
import { binaryFileMessage, decodeText, tooLargeMessage } from "../../shared/parsers/text-file";
import type { ImportSource } from "./transfer";

/** A file that cannot be imported, with the reason to show. */
export class UnreadableFile extends Error {
  override name = "UnreadableFile";
}

export async function readImportFile(file: File): Promise<ImportSource> {
  if (file.size > LIMITS.importBytes)
    throw new UnreadableFile(tooLargeMessage(file.name, file.size, LIMITS.importBytes));
  if (file.size === 0) throw new UnreadableFile(`"${file.name}" is empty`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    // A file that vanished or cannot be read since it was chosen: the browser's reason is all there is.
    throw new UnreadableFile(`Could not read "${file.name}": ${(err as Error).message}`);
  }
  const text = decodeText(bytes);
  if (text === undefined) throw new UnreadableFile(binaryFileMessage(file.name));
  return { text, filename: file.name };
}
