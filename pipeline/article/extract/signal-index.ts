/**
 * Counts each topic's signals in folded text in one pass over its words,
 * exactly as a per-topic regex `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])`
 * scanned with matchAll would: a signal starts at a word and ends before a
 * letter or digit, the longest one at a place wins, and matches never overlap.
 * A signal's first word must be the text's word where it starts, so each word
 * is one map lookup instead of a regex trial at every character.
 */
import { eachWordRun } from "../text/word-runs.ts";

const WORD_CHAR = /[\p{L}\p{N}]/uy;

const firstWord = (signal: string) => /^[\p{L}\p{N}]+/u.exec(signal)?.[0] ?? "";

function startsWord(text: string, at: number): boolean {
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text);
}

interface Candidate {
  topic: number;
  signal: string;
  weight: number;
}

export interface SignalIndex {
  /** Topic count; scores come back in the same order. */
  topics: number;
  /** First word → candidates, per topic longest first (the regex's order). */
  byWord: Map<string, Candidate[]>;
}

/** `signals[t]`: topic t's folded signals, each starting with a letter or digit (the taxonomy's schema sees to it). */
export function indexSignals(signals: string[][], weight: (signal: string) => number): SignalIndex {
  const byWord = new Map<string, Candidate[]>();
  for (const [topic, list] of signals.entries()) {
    for (const signal of [...list].sort((a, b) => b.length - a.length)) {
      const word = firstWord(signal);
      const candidates = byWord.get(word) ?? [];
      candidates.push({ topic, signal, weight: weight(signal) });
      byWord.set(word, candidates);
    }
  }
  return { topics: signals.length, byWord };
}

/** Sum of the weights of each topic's matches in `text`. */
export function countSignals(index: SignalIndex, text: string): number[] {
  const scores = new Array<number>(index.topics).fill(0);
  // A topic's next match may not start inside its previous one.
  const free = new Array<number>(index.topics).fill(0);
  eachWordRun(text, (at, end) => {
    const candidates = index.byWord.get(text.slice(at, end));
    if (!candidates) return;
    for (const { topic, signal, weight } of candidates) {
      // Once a topic matched here, its shorter signals are inside that match.
      if (at < free[topic]! || !text.startsWith(signal, at) || startsWord(text, at + signal.length)) continue;
      scores[topic]! += weight;
      free[topic] = at + signal.length;
    }
  });
  return scores;
}
