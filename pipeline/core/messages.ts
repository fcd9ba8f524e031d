/**
 * Recoverable problems found while normalizing one article. Like vfile's
 * messages they are collected, never thrown, and reported together at the end.
 */
export interface Message {
  /** `area:problem`, e.g. `date:ambiguous`, `title:derived`. */
  rule: string;
  reason: string;
  /** A fatal message means the file was rejected and nothing was written for it. */
  fatal: boolean;
}

export function warn(rule: string, reason: string): Message {
  return { rule, reason, fatal: false };
}

export function fail(rule: string, reason: string): Message {
  return { rule, reason, fatal: true };
}

/** An extractor's answer: a value plus whatever it had to say about it. */
export interface Extracted<T> {
  value: T;
  messages: Message[];
}
