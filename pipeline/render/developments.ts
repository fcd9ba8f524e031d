/** The merged developments → `developments.json`, one development per block, stamped with a hash of itself. */
import { developmentsFileSchema, type MergedDevelopment } from "../core/developments.ts";
import { hasIntactStamp, PLACEHOLDER, stamp } from "./stamp.ts";

const HASH_LINE = /^ {2}"output_sha256": "([0-9a-f]{64})",$/m;

export function renderDevelopments(developments: MergedDevelopment[]): string {
  const file = developmentsFileSchema.parse({ output_sha256: PLACEHOLDER, developments });
  return stamp(`${JSON.stringify(file, null, 2)}\n`);
}

/** False when the file was changed after it was written (a hand edit). */
export function hasIntactDevelopments(text: string): boolean {
  return hasIntactStamp(text, HASH_LINE);
}
