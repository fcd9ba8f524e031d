/** The merged developments → `developments.json`, one development per block, stamped with a hash of itself. */
import type { MergedDevelopment } from "../../model/developments.ts";
import { hasIntactStamp, PLACEHOLDER, stamp } from "./stamp.ts";

const HASH_LINE = /^ {2}"output_sha256": "([0-9a-f]{64})",$/m;

// Merging builds every development in the schema's shape, so the file is not checked again here: the site and `check` read it against the schema.
export function renderDevelopments(developments: MergedDevelopment[]): string {
  return stamp(`${JSON.stringify({ output_sha256: PLACEHOLDER, developments }, null, 2)}\n`);
}

/** False when the file was changed after it was written (a hand edit). */
export function hasIntactDevelopments(text: string): boolean {
  return hasIntactStamp(text, HASH_LINE);
}
