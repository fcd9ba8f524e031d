/**
 * Generated files carry the hash of their own text, computed with the hash
 * field holding zeros, so a hand edit is noticed without keeping a copy.
 */
import { sha256 } from "../../model/hash.ts";

/** What the hash field holds while the hash is computed. */
export const PLACEHOLDER = "0".repeat(64);

/** The draft, written with `PLACEHOLDER` as its hash, with its hash filled in. */
export function stamp(draft: string): string {
  return draft.replace(PLACEHOLDER, sha256(draft));
}

/** False when the text was changed after it was stamped; `field` matches the hash field and captures the hash. */
export function hasIntactStamp(text: string, field: RegExp): boolean {
  const match = field.exec(text);
  if (!match) return false;
  return sha256(text.replace(field, (line) => line.replace(match[1]!, PLACEHOLDER))) === match[1];
}
