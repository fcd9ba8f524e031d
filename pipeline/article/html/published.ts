/**
 * The day a page was published, from the dates its markup states and the
 * dateline it prints near the headline. Values are read with the same date
 * readers as text (`datesIn`, `check`); a modified or updated date is never
 * offered here.
 */
import { formatPartialDate } from "../../model/dates.ts";
import type { Fact } from "../../model/types.ts";
import { check } from "../dates/check.ts";
import { datesIn, labelOf } from "../dates/line.ts";
import type { Published } from "../../model/types.ts";

/** A stated value as a day, with the time and zone it states; null when it is not one whole, certain day. */
export function statedDay(claim: Fact<string>): Published | null {
  const [mention] = datesIn(claim.value);
  if (!mention) return null;
  const { resolved, problem } = check(mention, null);
  if (!resolved || problem || resolved.end || resolved.date.day === undefined) return null;
  return { date: formatPartialDate(resolved.date), time: mention.time ?? null, zone: mention.zone ?? null, evidence: claim.evidence };
}

/** The date in a page address: `/2023/11/07/`, `2023-11-07`, or `20231107` standing alone between separators. */
export function urlDate(url: string | null): Fact<string> | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match =
    /(?:^|[/_-])((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (!match) return null;
  return { value: `${match[1]}-${match[2]}-${match[3]}`, evidence: `URL ${path}` };
}

/** Every day the lines print, in every reading: "02/11/2023" prints both 2 November and 11 February. */
export function printedDays(lines: readonly string[]): Set<string> {
  const days = new Set<string>();
  for (const line of lines) {
    for (const { when } of datesIn(line)) {
      if (when.kind !== "absolute") continue;
      for (const date of when.readings) if (date.day !== undefined) days.add(formatPartialDate(date));
    }
  }
  return days;
}

/**
 * The first stated value that is a day, in the caller's order of trust, read
 * in the zone it was written in — unless the page prints another date as its
 * dateline near the headline and nowhere there the stated day: a UTC
 * timestamp is often the evening before (or the morning after) the printed
 * day, and publishing systems keep the date a page was first drafted or
 * moved. A dateline labelled "Updated" never replaces a stated publication
 * date; with no stated day, the dateline is the date.
 */
export function choosePublished(stated: readonly Fact<string>[], dateline: Published | null, near: readonly string[]): Published | null {
  const first = stated.map(statedDay).find((day) => day !== null) ?? null;
  if (!first || !dateline) return first ?? dateline;
  if (dateline.date === first.date || printedDays(near).has(first.date) || labelOf(dateline.evidence).label === "updated") return first;
  return { ...dateline, evidence: `dateline "${dateline.evidence}", not ${first.evidence}` };
}
