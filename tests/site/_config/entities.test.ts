import { describe, expect, it } from "vitest";
import { findMentions, recurring } from "../../../src/_config/entities.ts";

describe("findMentions", () => {
  it("finds people and places in English text", () => {
    const mentions = findMentions("Joe Biden spoke to Sheikh Tamim in Doha. Later, Joe Biden flew to Kabul.", "en");
    expect(mentions.people["Joe Biden"]).toBe(2);
    expect(Object.keys(mentions.places)).toEqual(expect.arrayContaining(["Doha", "Kabul"]));
  });
  it("claims no names in languages it cannot read", () => {
    expect(findMentions("Joe Biden a parlé à Doha.", "fr")).toEqual({ people: {}, places: {}, organisations: {} });
  });
});

describe("recurring", () => {
  it("keeps names mentioned at least twice, most mentioned first", () => {
    const a = { people: { "Joe Biden": 1, "Amina Mohammed": 1 }, places: {}, organisations: {} };
    const b = { people: { "Joe Biden": 2, Guterres: 2 }, places: {}, organisations: {} };
    expect(recurring([a, b], "people")).toEqual([
      { name: "Joe Biden", mentions: 3 },
      { name: "Guterres", mentions: 2 },
    ]);
  });
});
