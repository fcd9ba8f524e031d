/**
 * Topics from the taxonomy by evidence in the text: each signal (in any of the
 * taxonomy's languages) that occurs counts once, a phrase twice (it is specific),
 * and a headline mention double. Below the threshold the evidence is thin and
 * the topic is not assigned.
 */
import type { Topic } from "../core/taxonomy.ts";

export const TOPIC_THRESHOLD = 2;

/** Case, accents and apostrophe styles do not matter when matching. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘`]/g, "'").toLowerCase();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const weight = (signal: string) => (/[\s-]/.test(signal) ? 2 : 1);

const compiled = new WeakMap<Topic[], { id: string; pattern: RegExp }[]>();

function patterns(taxonomy: Topic[]) {
  let found = compiled.get(taxonomy);
  if (!found) {
    found = taxonomy.map((topic) => {
      const signals = Object.values(topic.signals).flat().map(foldText).sort((a, b) => b.length - a.length);
      return { id: topic.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${signals.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu") };
    });
    compiled.set(taxonomy, found);
  }
  return found;
}

export function topicScores(title: string, body: string, taxonomy: Topic[]): Map<string, number> {
  const foldedTitle = foldText(title);
  const foldedBody = foldText(body);
  const scores = new Map<string, number>();
  for (const { id, pattern } of patterns(taxonomy)) {
    const evidence = (text: string) => [...text.matchAll(pattern)].reduce((sum, match) => sum + weight(match[0]), 0);
    const score = 2 * evidence(foldedTitle) + evidence(foldedBody);
    if (score > 0) scores.set(id, score);
  }
  return scores;
}

/** Taxonomy order, so the same text always gives the same list. */
export function assignTopics(title: string, body: string, taxonomy: Topic[]): string[] {
  const scores = topicScores(title, body, taxonomy);
  return taxonomy.filter((topic) => (scores.get(topic.id) ?? 0) >= TOPIC_THRESHOLD).map((topic) => topic.id);
}
