/**
 * Generated files carry the hash of their own text, computed with the hash
 * field holding zeros, so a hand edit is noticed without keeping a copy.
 */
import type { TextOrBytes } from "../../model/bytes.ts";
import { sha256, sha256Parts } from "../../model/hash.ts";

/** What the hash field holds while the hash is computed. */
export const PLACEHOLDER = "0".repeat(64);

/** The draft, written with `PLACEHOLDER` as its hash, with its hash filled in. */
export function stamp(draft: string): string {
  return draft.replace(PLACEHOLDER, sha256(draft));
}

/** `stamp` for a draft in parts, text or bytes, the hash field in the first, which is text: no one string holds the whole. */
export function stampParts(draft: readonly TextOrBytes[]): TextOrBytes[] {
  const [first, ...rest] = draft;
  return [(first as string).replace(PLACEHOLDER, sha256Parts(draft)), ...rest];
}

/** False when the text was changed after it was stamped; `field` matches the hash field and captures the hash. */
export function hasIntactStamp(text: string, field: RegExp): boolean {
  const match = field.exec(text);
  if (!match) return false;
  // Hashed around the hash, with zeros in its place: a large file is not copied to do it.
  const at = match.index + match[0].indexOf(match[1]!);
  return sha256Parts([text.slice(0, at), PLACEHOLDER, text.slice(at + match[1]!.length)]) === match[1];
}
