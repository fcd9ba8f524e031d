/** The merged developments → `developments.json`, one development per block, stamped with a hash of itself. */
import type { MergedDevelopment } from "../../model/developments.ts";
import { hasIntactStamp, PLACEHOLDER, stampParts } from "./stamp.ts";

const HASH_LINE = /^ {2}"output_sha256": "([0-9a-f]{64})",$/m;

// Merging builds every development in the schema's shape, so the file is not checked again here: the site and `check` read it against the schema.
// The file is in parts, a thousand developments each, the text `JSON.stringify({ output_sha256, developments }, null, 2)`
// gives: at 100,000 articles it is some 370 MB, which as one string, made and then stamped, the heap could not hold.
const PART = 1000;

export function renderDevelopments(developments: MergedDevelopment[]): string[] {
  const head = `{\n  "output_sha256": "${PLACEHOLDER}",\n  "developments": [`;
  if (developments.length === 0) return stampParts([`${head}]\n}\n`]);
  const parts = [`${head}\n`];
  for (let at = 0; at < developments.length; at += PART) {
    // "[\n  {…},\n  {…}\n]" without its brackets, two levels deeper.
    const list = JSON.stringify(developments.slice(at, at + PART), null, 2);
    parts.push(`  ${list.slice(2, -2).replaceAll("\n", "\n  ")}${at + PART < developments.length ? "," : ""}\n`);
  }
  parts.push("  ]\n}\n");
  return stampParts(parts);
}

/** False when the file was changed after it was written (a hand edit). */
export function hasIntactDevelopments(text: string): boolean {
  return hasIntactStamp(text, HASH_LINE);
}
