/**
 * Splits cleaned units into the headline, the metadata lines around it
 * (datelines, bylines, mastheads, kickers) and the body.
 */
import type { Unit } from "../../model/types.ts";
import { isByline, isBylineWordAlone, nameOfLine } from "./byline.ts";

export type Position = "above-title" | "below-title" | "body";

export interface HeadUnit {
  unit: Unit;
  position: Position;
}

export interface Layout {
  title: Unit | null;
  /** Units that are not body text: everything before the first paragraph, and datelines or bylines just after it. */
  head: HeadUnit[];
  body: Unit[];
}

/**
 * Datelines and bylines often follow a standfirst, a picture with its caption, a share row or a consent notice:
 * look this far into the body for them, and past at most this many paragraphs.
 */
const META_LOOKAHEAD = 20;
const PARAGRAPHS_BEFORE_META = 6;
const MAX_META_PARAGRAPH = 200;

/** `headline` is the one cleaning found in the page (`clean/article.ts`); without one the text has no headline and everything before its first paragraph is head. */
export function splitLayout(units: Unit[], isDateLine: (line: string) => boolean, headline: Unit | null): Layout {
  // "By Tatyana Turner." ends like a sentence, so it is a paragraph; it is still a byline. A name alone after the standfirst is one too.
  const isMeta = (unit: Unit) =>
    (unit.kind === "line" || unit.text.length <= MAX_META_PARAGRAPH) && (isDateLine(unit.text) || isByline(unit.text) || (unit.kind === "line" && nameOfLine(unit.text) !== null));
  const found = headline ? units.indexOf(headline) : -1;
  let headEnd = units.findIndex((unit, index) => unit.kind === "paragraph" && index > found);
  if (headEnd < 0) headEnd = units.length;

  const leading = units.slice(0, headEnd);
  const title = found >= 0 ? headline : null;
  const titleIndex = title ? leading.indexOf(title) : -1;

  const head: HeadUnit[] = [];
  leading.forEach((unit, index) => {
    if (unit !== title) head.push({ unit, position: title && index < titleIndex ? "above-title" : "below-title" });
  });
  const body: Unit[] = [];
  let paragraphs = 0;
  // "Autor:" alone on its line names whoever the next line does: both are the head's.
  let named = false;
  units.slice(headEnd).forEach((unit, index) => {
    if (unit.kind === "paragraph") paragraphs++;
    const byWord = unit.kind === "line" && isBylineWordAlone(unit.text);
    if ((index < META_LOOKAHEAD && paragraphs <= PARAGRAPHS_BEFORE_META && (isMeta(unit) || byWord)) || (named && unit.kind === "line")) head.push({ unit, position: "body" });
    else body.push(unit);
    named = byWord && index < META_LOOKAHEAD;
  });
  return { title, head, body };
}
