import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../pipeline/model/types.ts";
import { assignIds, slugFor } from "../../pipeline/corpus/ids.ts";

type IdFields = Pick<ArticleRecord, "raw" | "title" | "published" | "raw_sha256">;
const published = (date: string) => ({ date, time: null, zone: null, evidence: date }) as unknown as ArticleRecord["published"];
const article = (raw: string, title: string, date: string | null, shaDigit = "a"): IdFields => ({
  raw,
  title,
  published: date ? published(date) : null,
  raw_sha256: shaDigit.repeat(64),
});
const ids = (records: IdFields[], existing = new Map<string, string>()) => assignIds(records as ArticleRecord[], existing);

describe("slugFor", () => {
  it("prefixes the publication date to the title slug", () => {
    expect(slugFor(article("000.txt", "Talks between the US and Taliban delegations are scheduled in Doha", "2021-10-09"))).toBe(
      "2021-10-09-talks-between-the-us-and-taliban-delegations-are-scheduled",
    );
  });

  it("uses the slug alone when there is no date", () => {
    expect(slugFor(article("002.txt", "Afghanistan: Qatar’s mediation", null))).toBe("afghanistan-qatars-mediation");
  });

  it("transliterates French and German letters", () => {
    expect(slugFor(article("x.txt", "Gespräche über Flüchtlinge in Doha", null))).toBe("gespraeche-ueber-fluechtlinge-in-doha");
    expect(slugFor(article("x.txt", "Le Qatar, médiateur clé à Kaboul", null))).toBe("le-qatar-mediateur-cle-a-kaboul");
  });

  it("cuts a long title at a word within 60 characters and never after 'of' or 'in'", () => {
    const slug = slugFor(article("000.txt", "Significance of meeting between Qatari FM and Taliban leader in Kandahar", null));
    expect(slug).toBe("significance-of-meeting-between-qatari-fm-and-taliban-leader");
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it("drops a dangling French article at the cut", () => {
    const slug = slugFor(article("004.txt", "En août 2021, le départ des troupes internationales a permis aux talibans de prendre le contrôle", null));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-(de|le|la|les|des|du|et|en)$/);
  });

  it("falls back to the file's hash when the title has no letters to slug", () => {
    expect(slugFor(article("x.txt", "!!! ???", "2023-06-06", "b"))).toBe("2023-06-06-article-bbbbbbbb");
  });

  it("gives a lower-case slug the front matter schema accepts", () => {
    expect(slugFor(article("x.txt", "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?", "2023-06-05"))).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("assignIds", () => {
  it("gives each new article its slug", () => {
    expect(ids([article("000.txt", "Doha meeting held", "2023-06-06"), article("001.txt", "Secret visit to Kandahar", null)])).toEqual(
      new Map([
        ["000.txt", "2023-06-06-doha-meeting-held"],
        ["001.txt", "secret-visit-to-kandahar"],
      ]),
    );
  });

  it("keeps the id an article already has when its title changes", () => {
    const existing = new Map([["000.txt", "2023-06-06-old-title"]]);
    expect(ids([article("000.txt", "A much better title", "2023-06-06")], existing).get("000.txt")).toBe("2023-06-06-old-title");
  });

  it("breaks a clash between two new articles with the second's hash", () => {
    const result = ids([article("000.txt", "Doha talks", "2023-06-06", "a"), article("001.txt", "Doha talks", "2023-06-06", "b")]);
    expect(result.get("000.txt")).toBe("2023-06-06-doha-talks");
    expect(result.get("001.txt")).toBe("2023-06-06-doha-talks-bbbbbbbb");
  });

  it("breaks a clash with an id already written for another file", () => {
    const existing = new Map([["000.txt", "2023-06-06-doha-talks"]]);
    expect(ids([article("001.txt", "Doha talks", "2023-06-06", "c")], existing).get("001.txt")).toBe("2023-06-06-doha-talks-cccccccc");
  });

  it("gives unique ids to three byte-identical copies of one article", () => {
    const records = ["000.txt", "005.txt", "009.txt"].map((raw) => article(raw, "Doha talks", "2023-06-06", "a"));
    expect([...ids(records).values()]).toEqual(["2023-06-06-doha-talks", "2023-06-06-doha-talks-aaaaaaaa", "2023-06-06-doha-talks-aaaaaaaa-2"]);
  });

  it("gives unique ids to many articles with the same title", () => {
    const records = ["a", "b", "c", "d"].map((digit, i) => article(`00${i}.txt`, "Doha talks", null, digit));
    expect(new Set(ids(records).values()).size).toBe(4);
  });
});
