import { describe, expect, it } from "vitest";
import type { PartialDate } from "../../../pipeline/model/dates.ts";
import type { Report } from "../../../pipeline/corpus/developments/reports.ts";
import { sameEvent, type Group } from "../../../pipeline/corpus/developments/same-event.ts";
import { spanOf } from "../../../pipeline/corpus/developments/span.ts";
import { article } from "../../../bench/articles.ts";

const RULES = { actors: ["person" as const], participants: ["organisation" as const, "country" as const], places: ["city" as const], similarity: 0.5 };

/** People count 2 as the merge rules make them; `others` are organisations or countries with what they count (1 in the sentence, 0.5 around it). */
function report(text: string, date: PartialDate | null, actors: string[], places: string[], yearless?: Report["yearless"], others: Record<string, number> = {}): Report {
  const participants = new Map([...actors.map((id) => [id, 2] as const), ...Object.entries(others)]);
  return { article: article("a", null, []), order: 0, text, background: false, date, span: date && spanOf(date), ...(yearless ? { yearless } : {}), entities: [...actors, ...places], actors: new Set(actors), places: new Set(places), participants, where: new Set(places) };
}

function group(seed: Report): Group {
  return { members: [seed], date: seed.date!, span: seed.span!, dateReport: seed, actors: new Set(seed.actors), places: new Set(seed.places) };
}

const may12 = { year: 2023, month: 5, day: 12 };
const meeting = group(report("The meeting took place on May 12 in Kandahar with Haibatullah Akhundzada.", may12, ["haibatullah"], ["kandahar"]));

describe("sameEvent", () => {
  it("accepts a vaguer date with a shared person and no place", () => {
    expect(sameEvent(report("last month the leaders met", { year: 2023, month: 5 }, ["haibatullah", "al-thani"], []), meeting, RULES)).toBe(true);
  });
  it("refuses a shared person in another city", () => {
    expect(sameEvent(report("talks in Doha", may12, ["haibatullah"], ["doha"]), meeting, RULES)).toBe(false);
  });
  it("refuses a different day", () => {
    expect(sameEvent(report("talks", { year: 2023, month: 5, day: 13 }, ["haibatullah"], ["kandahar"]), meeting, RULES)).toBe(false);
  });
  it("refuses a report naming no one against one naming people, even in the same city", () => {
    expect(sameEvent(report("A bomb exploded at a market in Kandahar.", may12, [], ["kandahar"]), meeting, RULES)).toBe(false);
  });
  it("accepts a year-less report of the same month and day", () => {
    expect(sameEvent(report("le 12 mai", null, ["haibatullah"], [], { month: 5, day: 12 }), meeting, RULES)).toBe(true);
    expect(sameEvent(report("le 13 mai", null, ["haibatullah"], [], { month: 5, day: 13 }), meeting, RULES)).toBe(false);
  });
  it("accepts two organisations or countries both sentences name, and not one", () => {
    const talks = group(report("Senior US officials met Taliban representatives in Doha on Thursday.", may12, [], ["doha"], undefined, { "united-states": 1, taliban: 1 }));
    expect(sameEvent(report("Les émissaires américains et talibans se sont retrouvés jeudi à Doha.", may12, [], ["doha"], undefined, { "united-states": 1, taliban: 1 }), talks, RULES)).toBe(true);
    expect(sameEvent(report("A Taliban spokesman described the session as constructive.", may12, [], ["doha"], undefined, { taliban: 1 }), talks, RULES)).toBe(false);
    expect(sameEvent(report("US and Taliban officials met in Kabul on Thursday.", may12, [], ["kabul"], undefined, { "united-states": 1, taliban: 1 }), talks, RULES)).toBe(false);
  });
  it("counts a name around the sentence half", () => {
    const talks = group(report("Senior US officials met Taliban representatives in Doha on Thursday.", may12, [], ["doha"], undefined, { "united-states": 1, taliban: 1 }));
    expect(sameEvent(report("The envoys met in Doha on Thursday.", may12, [], ["doha"], undefined, { "united-states": 0.5, taliban: 0.5 }), talks, RULES)).toBe(false);
    expect(sameEvent(report("The envoys met in Doha on Thursday.", may12, [], ["doha"], undefined, { "united-states": 1, taliban: 0.5, qatar: 0.5 }), talks, RULES)).toBe(false);
    expect(sameEvent(report("The envoys met in Doha on Thursday.", may12, [], ["doha"], undefined, { "united-states": 1, taliban: 1, qatar: 0.5 }), talks, RULES)).toBe(true);
  });
  it("compares the words of reports that name no one", () => {
    const bombing = group(report("A bomb exploded at a market in Kandahar, killing five people.", may12, [], ["kandahar"]));
    expect(sameEvent(report("A bomb exploded at a Kandahar market, killing five people.", may12, [], ["kandahar"]), bombing, RULES)).toBe(true);
    expect(sameEvent(report("Protesters gathered outside the governor's office in Kandahar.", may12, [], ["kandahar"]), bombing, RULES)).toBe(false);
  });
});

describe("sameEvent against a large group", () => {
  const may = (text: string, others: Record<string, number>) => report(text, may12, [], [], undefined, others);
  it("finds the one member that shares enough, whichever members joined before and after it", () => {
    const big = group(may("US officials in Doha", { "united-states": 1 }));
    big.members.push(...Array.from({ length: 50 }, (_, k) => may(`report ${k}`, { taliban: 1 })), may("US and Taliban envoys", { "united-states": 1, taliban: 1 }));
    expect(sameEvent(may("américains et talibans", { "united-states": 1, taliban: 1 }), big, RULES)).toBe(true);
    // A member added after the group was last compared counts too.
    const later = group(may("US officials in Doha", { "united-states": 1 }));
    expect(sameEvent(may("américains et talibans", { "united-states": 1, taliban: 1 }), later, RULES)).toBe(false);
    later.members.push(may("US and Taliban envoys", { "united-states": 1, taliban: 1 }));
    expect(sameEvent(may("américains et talibans", { "united-states": 1, taliban: 1 }), later, RULES)).toBe(true);
  });
  it("finds the one member in nearly the same words, among many in other words, and one that joined since", () => {
    const inKandahar = (text: string) => report(text, may12, [], ["kandahar"]);
    const bombing = inKandahar("A bomb exploded at a market in Kandahar, killing five people.");
    const market = group(inKandahar("Traders reopened their stalls in Kandahar."));
    market.members.push(...Array.from({ length: 50 }, (_, k) => inKandahar(`Shopkeepers counted losses number ${k} in Kandahar.`)));
    expect(sameEvent(bombing, market, RULES)).toBe(false);
    market.members.push(inKandahar("A bomb exploded at a Kandahar market, killing five people."));
    expect(sameEvent(bombing, market, RULES)).toBe(true);
    // Half the report's words shared, but spread over members that each share fewer.
    const spread = group(inKandahar("A bomb exploded near the square."));
    spread.members.push(inKandahar("Market traders were killing time in Kandahar, five people said."));
    expect(sameEvent(bombing, spread, RULES)).toBe(false);
  });
  it("refuses when the group holds both participants only in different members", () => {
    const split = group(may("US officials", { "united-states": 1 }));
    split.members.push(may("Taliban envoys", { taliban: 1 }));
    expect(sameEvent(may("américains et talibans", { "united-states": 1, taliban: 1 }), split, RULES)).toBe(false);
  });
});
