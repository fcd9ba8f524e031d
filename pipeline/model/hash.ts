/** The one content hash of the pipeline: raw files, generated files and their stamps. */
import { createHash } from "node:crypto";

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");
