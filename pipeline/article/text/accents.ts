/**
 * Characters below U+00C0 have no canonical decomposition and none is a mark,
 * and the marks removed leave nothing that composes across such a character:
 * only the runs of the others need decomposing, which is most of the cost.
 */
const DECOMPOSABLE = /[^\x00-\xbf]+/g;
const MARKS = /\p{M}/gu;
const stripRun = (run: string) => run.normalize("NFD").replace(MARKS, "");

/** A text without its accents and other combining marks: "Doḥa" → "Doha", "État" → "Etat". */
export function withoutAccents(text: string): string {
  return text.replace(DECOMPOSABLE, stripRun);
}
