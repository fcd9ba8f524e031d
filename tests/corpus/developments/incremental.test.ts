import { describe, expect, it } from "vitest";
import type { Development, FrontMatter } from "../../../pipeline/model/schema.ts";
import { readInFull, merge, type Earlier, type Membership } from "../../../pipeline/corpus/developments/merge.ts";
import { previousOf } from "../../../pipeline/corpus/developments/identity.ts";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import { renderDevelopments } from "../../../pipeline/article/render/developments.ts";
import { article, day, month, yearless } from "../../../bench/articles.ts";
import { createRng } from "../../../bench/prng.ts";
import { ENTITIES } from "./samples.ts";

const PEOPLE = ["Haibatullah Akhundzada", "Al Thani", "Sohail Shaheen", "Zalmay Khalilzad", "Thomas West"];
const CITIES = ["Kandahar", "Doha", "Kabul", "Abu Dhabi"];

// A seeded sequence: the same corpus on every run.
function corpus(count: number): FrontMatter[] {
  const rng = createRng(7);
  const next = (n: number) => rng.int(0, n - 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  const sentence = () => (next(4) === 0 ? `Talks were held in ${CITIES[next(4)]}.` : `${PEOPLE[next(5)]} met ${PEOPLE[next(5)]} in ${CITIES[next(4)]}.`);
  return Array.from({ length: count }, (_, a) => {
    const developments: Development[] = Array.from({ length: 1 + next(4) }, () => {
      const [year, m, d] = [2021 + next(2), 1 + next(3), 1 + next(6)];
      const kind = next(10);
      if (kind < 6) return day(`${year}-${pad(m)}-${pad(d)}`, sentence());
      if (kind < 9) return month(`${year}-${pad(m)}`, sentence());
      return { date: `${year}`, precision: "year" as const, text: sentence() };
    });
    const undated = next(6) === 0;
    return article(`a-${pad(a)}`, undated ? null : `2023-0${1 + next(9)}-1${next(9)}`, undated ? [] : developments, undated ? { unresolved: [yearless(sentence(), "le 3 février", 2, 1 + next(6))] } : {});
  });
}

interface Merged {
  developments: MergedDevelopment[];
  memberships: Membership[];
}

/** `merge`, with what it kept as last written read in full. */
function mergeAll(articles: FrontMatter[], previous: MergedDevelopment[] = [], earlier?: Earlier): Merged {
  const merged = merge(articles, ENTITIES, previous.map(previousOf), earlier);
  return { developments: readInFull(merged), memberships: merged.memberships };
}

const file = (merged: Merged) => renderDevelopments(merged.developments).join("");

/** Merges `after` twice, from scratch and from what merging `before` left, and returns both. */
function bothWays(before: FrontMatter[], after: FrontMatter[]): { full: Merged; again: Merged; last: Merged } {
  const last = mergeAll(before, mergeAll(before).developments);
  const text = (list: FrontMatter[]) => new Map(list.map((a) => [a.id, JSON.stringify(a)]));
  const [was, now] = [text(before), text(after)];
  const gone = before.filter((a) => now.get(a.id) !== JSON.stringify(a));
  const earlier: Earlier = { memberships: last.memberships, changed: new Set([...gone, ...after.filter((a) => was.get(a.id) !== JSON.stringify(a))].map((a) => a.id)) };
  return { full: mergeAll(after, last.developments), again: mergeAll(after, last.developments, earlier), last };
}

function expectSame(before: FrontMatter[], after: FrontMatter[]): Merged {
  const { full, again, last } = bothWays(before, after);
  expect(file(again)).toBe(file(full));
  expect(again.memberships).toEqual(full.memberships);
  expect(file(full)).not.toBe(file(last));
  return full;
}

const base = corpus(120);
const meeting = "Haibatullah Akhundzada met Al Thani in Kandahar.";
const withMeeting = [...base, article("m-first", "2024-05-13", [day("2024-05-12", meeting)])];
const meetingOf = (merged: Merged) => merged.developments.find((d) => d.date === "2024-05-12")!;
// People the base corpus never names, so that only these articles' reports can meet.
const talks = "Abdul Ghani Baradar met Amir Khan Muttaqi in Kabul.";
const talksIn2022 = { date: "2022", precision: "year" as const, text: "In 2022 Abdul Ghani Baradar met Amir Khan Muttaqi in Kabul." };
/** The source articles of the development `article` is a source of. */
const holding = (merged: Merged, article: string) => merged.developments.find((d) => d.sources.some((s) => s.article === article))!.sources.map((s) => s.article);

describe("merging again only what a change touches", () => {
  it("gives the corpus's file byte for byte when an article is added", () => {
    const dated = base.filter((a) => a.developments.length > 0).at(-1)!;
    expectSame(base.filter((a) => a !== dated), base);
  });
  it("gives it when an article is removed", () => {
    expectSame(base, base.filter((a) => a.id !== "a-40"));
  });
  it("gives it when an article's developments or title change", () => {
    const edited = base.map((a) => (a.id === "a-07" ? { ...a, title: "Edited", developments: [...a.developments.slice(1), day("2021-02-03", meeting)] } : a));
    expectSame(base, edited);
  });
  it("gives it when a year-less report joins a development, and when it leaves", () => {
    const dated = [...base, article("f-1", "2022-02-21", [day("2022-02-20", meeting)])];
    const undated = article("f-2", null, [], { unresolved: [yearless("Al Thani met Haibatullah Akhundzada in Kandahar.", "le 20 février", 2, 20)] });
    const joined = expectSame(dated, [...dated, undated]);
    expect(joined.developments.find((d) => d.date === "2022-02-20")!.sources.map((s) => s.article)).toEqual(expect.arrayContaining(["f-1", "f-2"]));
    expectSame([...dated, undated], dated);
  });
  it.each([
    ["an earlier-dated", "2024-05-12"],
    ["a later-dated", "2024-05-20"],
    ["a same-day", "2024-05-13"],
  ])("gives it, ids included, when %s source joins a development", (_, published) => {
    const before = mergeAll(withMeeting);
    const after = expectSame(withMeeting, [...withMeeting, article("m-other", published, [day("2024-05-12", "Al Thani met Haibatullah Akhundzada in Kandahar.")])]);
    expect(meetingOf(after).sources.map((s) => s.article).sort()).toEqual(["m-first", "m-other"]);
    expect(meetingOf(after).id).toBe(meetingOf(before).id);
  });
  it.each([1, 2, 3])("gives it when articles across the corpus are added, removed and edited at once (draw %i)", (seed) => {
    const rng = createRng(seed);
    const picked = new Set(Array.from({ length: 12 }, () => base[rng.int(0, base.length - 1)]!.id));
    const [removed, edited] = [[...picked].slice(0, 6), [...picked].slice(6)];
    const after = base
      .filter((a) => !removed.includes(a.id))
      .map((a) => (edited.includes(a.id) ? { ...a, developments: [...a.developments.slice(1), month("2022-02", "Sohail Shaheen met Al Thani in Doha.")] } : a));
    expectSame(base, [...after, ...corpus(130).slice(120).map((a) => ({ ...a, id: `n-${a.id}` }))]);
  });
  it("gives it when a year report joins an event of a month no change reached", () => {
    const dated = [...base, article("y-1", "2022-05-11", [day("2022-05-10", meeting)])];
    const after = expectSame(dated, [...dated, article("y-2", "2023-01-05", [{ date: "2022", precision: "year", text: "In 2022 Haibatullah Akhundzada met Al Thani in Kandahar." }])]);
    expect(after.developments.find((d) => d.date === "2022-05-10")!.sources.map((s) => s.article)).toEqual(expect.arrayContaining(["y-1", "y-2"]));
  });
  it("gives it when a new event in one year leaves a year-less report of that day unsure of its year", () => {
    const undated = article("u-1", null, [], { unresolved: [yearless(meeting, "le 20 septembre", 9, 20)] });
    const once = [...base, article("u-2", "2021-09-21", [day("2021-09-20", meeting)]), undated];
    expect(mergeAll(once).developments.find((d) => d.date === "2021-09-20")!.sources.map((s) => s.article)).toContain("u-1");
    const twice = expectSame(once, [...once, article("u-3", "2022-09-21", [day("2022-09-20", meeting)])]);
    expect(twice.developments.flatMap((d) => d.sources.map((s) => s.article))).not.toContain("u-1");
  });
  it("gives it when a year report's joining lets a year-less report of another article join too", () => {
    const dated = [...base, article("r-1", "2022-09-21", [day("2022-09-20", "Sohail Shaheen spoke in Doha.")]), article("r-2", null, [], { unresolved: [yearless("Thomas West met Zalmay Khalilzad.", "le 20 septembre", 9, 20)] })];
    expect(mergeAll(dated).developments.flatMap((d) => d.sources.map((s) => s.article))).not.toContain("r-2");
    const after = expectSame(dated, [...dated, article("r-3", "2023-01-05", [{ date: "2022", precision: "year", text: "In 2022 Sohail Shaheen, Thomas West and Zalmay Khalilzad met in Doha." }])]);
    expect(after.developments.find((d) => d.date === "2022-09-20")!.sources.map((s) => s.article)).toEqual(["r-1", "r-3", "r-2"]);
  });
  it("gives it when a new event of a year is older than the one a year report of that year joined", () => {
    const dated = [...base, article("o-1", "2022-11-03", [day("2022-11-02", talks)]), article("o-2", "2023-01-05", [talksIn2022])];
    expect(holding(mergeAll(dated), "o-2")).toEqual(["o-1", "o-2"]);
    const after = expectSame(dated, [...dated, article("o-3", "2022-03-05", [day("2022-03-04", talks)])]);
    expect(holding(after, "o-2")).toEqual(["o-3", "o-2"]);
  });
  it("gives it when a new event of a year is younger than the one a year report of that year joined", () => {
    const dated = [...base, article("o-1", "2022-03-05", [day("2022-03-04", talks)]), article("o-2", "2023-01-05", [talksIn2022])];
    const after = expectSame(dated, [...dated, article("o-3", "2022-11-03", [day("2022-11-02", talks)])]);
    expect(holding(after, "o-2")).toEqual(["o-1", "o-2"]);
    expect(holding(after, "o-3")).toEqual(["o-3"]);
  });
  it("gives it when an event a year report joined is grouped otherwise", () => {
    const dated = [...base, article("s-1", "2022-06-11", [month("2022-06", talks)]), article("s-2", "2023-01-05", [talksIn2022])];
    expect(holding(mergeAll(dated), "s-2")).toEqual(["s-1", "s-2"]);
    const after = expectSame(dated, [...dated, article("s-3", "2022-06-02", [day("2022-06-01", talks)])]);
    expect(holding(after, "s-2")).toEqual(["s-3", "s-1", "s-2"]);
  });
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))("gives it when one article is added anywhere in the corpus (draw %i)", (seed) => {
    const added = corpus(120 + seed).at(-1)!;
    expectSame(base, [...base, { ...added, id: `z-${seed}`, developments: added.developments.length ? added.developments : [{ date: "2022", precision: "year" as const, text: "In 2022 Sohail Shaheen met Al Thani in Doha." }] }]);
  });
  it("gives it when an article bridges two developments", () => {
    const two = [...base, article("p-1", "2024-07-02", [day("2024-07-01", "Sohail Shaheen met Thomas West in Doha.")]), article("p-2", "2024-07-03", [day("2024-07-01", "Zalmay Khalilzad spoke in Doha.")])];
    const apart = mergeAll(two).developments.filter((d) => d.date === "2024-07-01");
    expect(apart).toHaveLength(2);
    const after = expectSame(two, [...two, article("p-3", "2024-07-04", [month("2024-07", "Sohail Shaheen and Zalmay Khalilzad met in Doha.")])]);
    const bridged = after.developments.filter((d) => d.date === "2024-07-01");
    expect(bridged.flatMap((d) => d.sources.map((s) => s.article)).sort()).toEqual(["p-1", "p-2", "p-3"]);
  });
});
