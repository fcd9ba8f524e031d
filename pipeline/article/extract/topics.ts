/**
 * Topics from the taxonomy by evidence in the text: each signal (in any of the
 * taxonomy's languages) that occurs counts once, a phrase twice (it is specific),
 * and a headline mention double. Below the threshold the evidence is thin and
 * the topic is not assigned.
 */
import type { Topic } from "../../model/taxonomy.ts";
import { countSignals, indexSignals, type SignalIndex } from "./signal-index.ts";
import { withoutAccents } from "../text/accents.ts";

export const TOPIC_THRESHOLD = 2;

/** Case, accents and apostrophe styles do not matter when matching. */
export function foldText(text: string): string {
  return withoutAccents(text).replace(/[’‘`]/g, "'").toLowerCase();
}

const weight = (signal: string) => (/[\s-]/.test(signal) ? 2 : 1);

const foldedSignals = (topic: Topic) => Object.values(topic.signals).flat().map(foldText);

// Built once per taxonomy: the taxonomy is read once per run.
const indexes = new WeakMap<Topic[], SignalIndex>();

function evidence(taxonomy: Topic[], text: string): number[] {
  let index = indexes.get(taxonomy);
  if (!index) indexes.set(taxonomy, (index = indexSignals(taxonomy.map(foldedSignals), weight)));
  return countSignals(index, text);
}

/** `foldedBody`: the body already folded, when the caller has it. */
export function topicScores(title: string, body: string, taxonomy: Topic[], foldedBody = foldText(body)): Map<string, number> {
  const inTitle = evidence(taxonomy, foldText(title));
  const inBody = evidence(taxonomy, foldedBody);
  const scores = new Map<string, number>();
  taxonomy.forEach((topic, k) => {
    const score = 2 * inTitle[k]! + inBody[k]!;
    if (score > 0) scores.set(topic.id, score);
  });
  return scores;
}

/** Taxonomy order, so the same text always gives the same list. */
export function assignTopics(title: string, body: string, taxonomy: Topic[], foldedBody = foldText(body)): string[] {
  const scores = topicScores(title, body, taxonomy, foldedBody);
  return taxonomy.filter((topic) => (scores.get(topic.id) ?? 0) >= TOPIC_THRESHOLD).map((topic) => topic.id);
}
