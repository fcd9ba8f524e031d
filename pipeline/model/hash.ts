/** The one content hash of the pipeline: raw files, generated files and their stamps. */
import { createHash } from "node:crypto";
import type { TextOrBytes } from "./bytes.ts";

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/** The hash of the text `parts` make together, without joining them: a generated file too large for one string. */
export function sha256Parts(parts: Iterable<TextOrBytes>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}
