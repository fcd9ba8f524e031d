import { describe, expect, it } from "vitest";
import { mergeDevelopments } from "../../../pipeline/corpus/developments/merge.ts";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import { article, day, month, yearless } from "../../../bench/articles.ts";
import { ENTITIES, SAMPLES, sample } from "./samples.ts";

const corpus = SAMPLES.map(sample);
const merged = mergeDevelopments(corpus, ENTITIES);
const kandahar = (list: MergedDevelopment[]) => list.find((d) => d.date === "2023-05-12")!;

describe("the sample corpus", () => {
  it("makes the 12 May 2023 meeting in Kandahar one development with its three sources", () => {
    const meeting = kandahar(merged);
    expect(merged.filter((d) => d.date === "2023-05-12")).toHaveLength(1);
    expect(meeting).toMatchObject({ precision: "day", date_from: "sample-000", background: false });
    expect(meeting.sources.map((s) => s.article).sort()).toEqual(["sample-000", "sample-001", "sample-004"]);
    expect(meeting.text).toContain("on May 12 in Kandahar");
  });
  it("records where the French article's missing year came from", () => {
    const french = kandahar(merged).sources.find((s) => s.article === "sample-004")!;
    expect(french).toMatchObject({ date_from: "sample-000" });
    expect(french.text).toContain("se sont rencontrés le 12 mai");
    expect(kandahar(merged).sources.find((s) => s.article === "sample-001")).not.toHaveProperty("date_from");
  });
  it("keeps the early-May conference in Doha apart from the Kandahar meeting", () => {
    const doha = merged.filter((d) => d.date === "2023-05");
    expect(doha).toHaveLength(1);
    expect(doha[0]!.text).toContain("early May in the Qatari capital, Doha");
  });
  it("dates nothing more precisely than the sentence its date comes from", () => {
    for (const development of merged) {
      const from = corpus.find((a) => a.id === development.date_from)!;
      expect(from.developments.some((d) => d.date === development.date && d.precision === development.precision)).toBe(true);
    }
  });
  it("keeps the range of 29 and 30 June 2022", () => {
    expect(merged.find((d) => d.date === "2022-06-29")).toMatchObject({ end: "2022-06-30", precision: "day" });
  });
  it("lists the newest first", () => {
    const dates = merged.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  it("gathers the topics and entities of every source", () => {
    const meeting = kandahar(merged);
    expect(meeting.topics).toEqual(expect.arrayContaining(["qatar-mediation", "detainees", "women-rights"]));
    expect(meeting.entities).toEqual(expect.arrayContaining(["kandahar", "haibatullah-akhundzada", "mohammed-bin-abdulrahman-al-thani"]));
  });
  it("gives every development its own id", () => {
    expect(new Set(merged.map((d) => d.id)).size).toBe(merged.length);
  });
});

describe("merging", () => {
  const meeting = "Haibatullah Akhundzada met Mohammed bin Abdulrahman Al Thani in Kandahar on May 12, 2023.";
  const bombing = "A bomb exploded at a market in Kandahar on May 12, 2023, killing five people.";

  it("keeps two different events on the same day in the same city apart", () => {
    const list = mergeDevelopments([article("a", "2023-05-13", [day("2023-05-12", meeting)]), article("b", "2023-05-13", [day("2023-05-12", bombing)])], ENTITIES);
    expect(list).toHaveLength(2);
  });
  it("keeps apart events of the same day with different people in the same city", () => {
    const other = "Sohail Shaheen met Thomas West in Kandahar on May 12, 2023.";
    expect(mergeDevelopments([article("a", "2023-05-13", [day("2023-05-12", meeting)]), article("b", "2023-05-13", [day("2023-05-12", other)])], ENTITIES)).toHaveLength(2);
  });
  it("keeps apart the same people on two different days", () => {
    const later = "Haibatullah Akhundzada met Mohammed bin Abdulrahman Al Thani in Kandahar on May 20, 2023.";
    expect(mergeDevelopments([article("a", "2023-05-13", [day("2023-05-12", meeting)]), article("b", "2023-05-21", [day("2023-05-20", later)])], ENTITIES)).toHaveLength(2);
  });
  it("merges reports without people when they name the same place in nearly the same words", () => {
    const reworded = "On May 12, 2023 a bomb exploded at a market in Kandahar, killing five people.";
    const list = mergeDevelopments([article("a", "2023-05-13", [day("2023-05-12", bombing)]), article("b", "2023-05-14", [day("2023-05-12", reworded)])], ENTITIES);
    expect(list).toHaveLength(1);
    expect(list[0]!.sources).toHaveLength(2);
  });
  it("keeps the most precise date when a month report meets a day report", () => {
    const vague = "Last month Haibatullah Akhundzada received Al Thani.";
    const list = mergeDevelopments([article("a", "2023-06-05", [month("2023-05", vague)]), article("b", "2023-05-13", [day("2023-05-12", meeting)])], ENTITIES);
    expect(list).toEqual([expect.objectContaining({ date: "2023-05-12", precision: "day", date_from: "b", text: meeting })]);
  });
  it("leaves a year-less report out when two events could be meant", () => {
    const before = "Haibatullah Akhundzada met Al Thani in Kandahar on May 12, 2022.";
    const articles = [
      article("a", "2023-05-13", [day("2023-05-12", meeting)]),
      article("b", "2022-05-13", [day("2022-05-12", before)]),
      article("c", null, [], { unresolved: [yearless("Haibatullah Akhundzada et Al Thani se sont rencontrés le 12 mai.", "le 12 mai", 5, 12)] }),
    ];
    expect(mergeDevelopments(articles, ENTITIES).flatMap((d) => d.sources.map((s) => s.article))).not.toContain("c");
  });
  it("keeps people found by hand over those in the sentence", () => {
    const unnamed = "The two leaders met in Kandahar on May 12, 2023.";
    const list = mergeDevelopments(
      [article("a", "2023-05-13", [day("2023-05-12", meeting)]), article("b", "2023-05-13", [day("2023-05-12", unnamed, { entities: ["haibatullah-akhundzada", "kandahar"] })])],
      ENTITIES,
    );
    expect(list).toHaveLength(1);
  });
  it("ignores duplicate articles", () => {
    const list = mergeDevelopments([article("a", "2023-05-13", [day("2023-05-12", meeting)]), article("b", "2023-05-13", [day("2023-05-12", meeting)], { duplicate_of: "a" })], ENTITIES);
    expect(list[0]!.sources.map((s) => s.article)).toEqual(["a"]);
  });
  it("merges nothing across articles without the entity table", () => {
    expect(mergeDevelopments(corpus).filter((d) => d.date === "2023-05-12")[0]!.sources).toHaveLength(1);
  });
});

describe("ids", () => {
  it("stay the same when a new article reports a known event and another reports a new one", () => {
    const newer = article("sample-005", "2023-06-20", [
      day("2023-05-12", "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani flew to Kandahar on May 12, 2023 to meet Hibatullah Akhundzada."),
      day("2023-06-18", "Amir Khan Muttaqi visited Doha on June 18, 2023."),
    ]);
    const after = mergeDevelopments([...corpus, newer], ENTITIES);
    expect(kandahar(after).id).toBe(kandahar(merged).id);
    expect(kandahar(after).sources).toHaveLength(4);
    const old = new Set(merged.map((d) => d.id));
    expect(after.filter((d) => !old.has(d.id)).map((d) => d.date)).toEqual(["2023-06-18"]);
  });
  it("stay the same when any sentence is reworded", () => {
    const reworded = corpus.map((a) => ({ ...a, developments: a.developments.map((d) => ({ ...d, text: d.text.replace(/^According to Reuters, /, "Reuters reports that ").replace("Our sources said that", "We were told that") })) }));
    expect(mergeDevelopments(reworded, ENTITIES).map((d) => d.id).sort()).toEqual(merged.map((d) => d.id).sort());
  });
  it("stay the same when the input comes in another order", () => {
    expect(mergeDevelopments([...corpus].reverse(), ENTITIES)).toEqual(merged);
  });
  it("stay the same when a later source states the day of an event known by its month", () => {
    const vague = article("a", "2023-06-05", [month("2023-05", "Last month Haibatullah Akhundzada received Al Thani.")]);
    const precise = article("b", "2023-06-20", [day("2023-05-12", "Haibatullah Akhundzada met Al Thani in Kandahar on May 12, 2023.")]);
    const [before] = mergeDevelopments([vague], ENTITIES);
    const [after] = mergeDevelopments([vague, precise], ENTITIES);
    expect(after).toMatchObject({ id: before!.id, date: "2023-05-12" });
  });
  it("differ for two events of one article alike in month and person", () => {
    const list = mergeDevelopments(
      [article("a", "2023-06-05", [day("2023-05-02", "Haibatullah Akhundzada met Sohail Shaheen on May 2, 2023."), day("2023-05-20", "Haibatullah Akhundzada met Amir Khan Muttaqi on May 20, 2023.")])],
      ENTITIES,
    );
    expect(new Set(list.map((d) => d.id)).size).toBe(2);
  });
});
