/**
 * The same article stored twice, or republished elsewhere with other page
 * chrome, is one article: the later copy points at the first.
 */
import { overlap } from "./fingerprint.ts";

export interface DuplicateCandidate {
  raw: string;
  raw_sha256: string;
  fingerprint: string[];
}

/** Share of paragraphs two copies must have in common. */
export const SAME_ARTICLE = 0.8;

/**
 * `candidates` in order of precedence: the first of several copies is the one
 * kept. Returns raw name → raw name of the copy it duplicates. Only articles
 * that share a paragraph are compared, so the cost grows with the corpus, not its square.
 */
export function findDuplicates(candidates: DuplicateCandidate[]): Map<string, string> {
  const duplicateOf = new Map<string, string>();
  const bySha = new Map<string, string>();
  const byParagraph = new Map<string, DuplicateCandidate[]>();
  for (const candidate of candidates) {
    const exact = bySha.get(candidate.raw_sha256);
    const near = exact
      ? undefined
      : [...new Set(candidate.fingerprint.flatMap((hash) => byParagraph.get(hash) ?? []))].find(
          (other) => overlap(candidate.fingerprint, other.fingerprint) >= SAME_ARTICLE,
        );
    const original = exact ?? near?.raw;
    if (original) {
      duplicateOf.set(candidate.raw, original);
      continue;
    }
    bySha.set(candidate.raw_sha256, candidate.raw);
    for (const hash of candidate.fingerprint) {
      const sharing = byParagraph.get(hash);
      if (sharing) sharing.push(candidate);
      else byParagraph.set(hash, [candidate]);
    }
  }
  return duplicateOf;
}
