/**
 * Something to say about one file, as vfile's messages are: a warning, or a
 * fatal message when the file was rejected. Normalize, `dossier check`, the
 * normalize report, the review page and the site's invalid files all speak
 * in messages; a `DossierError` carries one. Collected, never thrown, and
 * reported together at the end.
 */
export interface Message {
  /** The file the message is about, as the step that read it names it. */
  file: string;
  /** `area:problem`, e.g. `date:ambiguous`, `check:stale`. */
  rule: string;
  reason: string;
  /** A fatal message means the file was rejected (or, in `dossier check`, is an error). */
  fatal: boolean;
  /** 1-based line of the file the message points at, when it points at one. */
  line?: number;
}

const message = (file: string, rule: string, reason: string, fatal: boolean, line?: number): Message =>
  line === undefined ? { file, rule, reason, fatal } : { file, rule, reason, fatal, line };

export const warn = (file: string, rule: string, reason: string, line?: number): Message => message(file, rule, reason, false, line);

export const fail = (file: string, rule: string, reason: string, line?: number): Message => message(file, rule, reason, true, line);

/** `corpus/raw/a.txt:3: warning date:ambiguous: …`: how every command prints a message. */
export function formatMessage({ file, line, fatal, rule, reason }: Message): string {
  return `${file}${line === undefined ? "" : `:${line}`}: ${fatal ? "error" : "warning"} ${rule}: ${reason}`;
}

/** An extractor's answer: a value plus whatever it had to say about it. */
export interface Extracted<T> {
  value: T;
  messages: Message[];
}
