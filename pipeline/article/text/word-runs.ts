/**
 * The runs of letters and digits of a text (what `/[\p{L}\p{N}]+/gu` matches),
 * told without a match object per word: topic signals and date readers look
 * up every word of every paragraph.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** Calls `visit(start, end)` for each run, in order; `end` is exclusive. */
export function eachWordRun(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      visit(start, at);
      start = -1;
    }
    at += width;
  }
  if (start >= 0) visit(start, text.length);
}
