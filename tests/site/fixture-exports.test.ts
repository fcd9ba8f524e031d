/** The fixture corpus's OPML list, iCalendar files and CSV, each read by a real parser. */
import { beforeAll, describe, expect, it } from "vitest";
import { parseDevelopments, type MergedDevelopment } from "../../pipeline/model/developments.ts";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { guids, readCalendar, readCsv, readFeed, readOpml } from "./feeds.ts";

const BASE = "https://example.github.io/dossier/";
let site = "";
let developments: MergedDevelopment[] = [];

beforeAll(() => {
  site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE });
  developments = parseDevelopments(read(FIXTURE_CORPUS, "developments.json"), "developments.json");
});

describe("feeds.opml", () => {
  it("lists every feed once, by its address and its own title, grouped as the feeds page groups them", async () => {
    const { title, outlines } = readOpml(read(site, "feeds.opml"));
    expect(title).toBe("Qatar, the Taliban and the United States: feeds");
    expect(outlines.map((group) => group.attributes.text)).toEqual(["The whole dossier", "Topics", "Sources"]);
    const listed = outlines.flatMap((group) => group.children.map((outline) => outline.attributes));
    const rss = listFiles(site).filter((file) => file.endsWith(".xml") && file !== "sitemap.xml");
    expect(listed.map((outline) => outline.xmlUrl).sort()).toEqual(rss.map((file) => `${BASE}${file}`).sort());
    for (const outline of listed) {
      const { feed } = await readFeed(read(site, outline.xmlUrl!.slice(BASE.length)));
      expect(outline, outline.xmlUrl).toMatchObject({ type: "rss", text: feed.title, title: feed.title, htmlUrl: feed.link });
    }
  });

  it("is linked, with every feed in every format, from the feeds page", () => {
    const page = read(site, "feeds/index.html");
    expect(page).toContain(`href="${BASE}feeds.opml"`);
    for (const file of listFiles(site).filter((f) => (/\.(xml|atom|ics|csv)$/.test(f) && f !== "sitemap.xml") || /feed\.json$|^articles\.json$/.test(f))) {
      expect(page, file).toContain(`href="${BASE}${file}"`);
    }
  });
});

describe("iCalendar", () => {
  const calendars = () => listFiles(site).filter((file) => file.endsWith(".ics"));

  it("has one calendar of all developments and one per topic", () => {
    expect(calendars()).toEqual(["developments.ics", "topics/detainees/developments.ics", "topics/qatar-mediation/developments.ics", "topics/us-taliban-talks/developments.ics"]);
  });

  it("parses with ical.js, one all-day event per development, its UID the development's feed id", () => {
    const { name, events } = readCalendar(read(site, "developments.ics"));
    // ical.js hands back the value of a property it does not know (NAME, from RFC 7986) as written.
    expect(name).toBe("Qatar\\, the Taliban and the United States: developments");
    expect(events.map((event) => event.uid)).toEqual(developments.map((development) => development.id));
    for (const event of events) expect(event.allDay, event.uid).toBe(true);
    const feedIds = [...guids(read(site, "feed.xml")).keys()];
    expect(feedIds.every((id) => events.some((event) => event.uid === id))).toBe(true);
  });

  it("spans what the date states: a day, a range of days, a month, a year", () => {
    const byId = new Map(readCalendar(read(site, "developments.ics")).events.map((event) => [event.uid, event]));
    expect(byId.get("dev-304b7b8ea9613d18")).toMatchObject({ start: "2023-05-12", end: "2023-05-13" });
    expect(byId.get("dev-352fdaa63cf27fa8")).toMatchObject({ start: "2024-01-14", end: "2024-01-16" });
    expect(byId.get("dev-0d9eb6e08d455ffe")).toMatchObject({ start: "2023-05-01", end: "2023-06-01" });
    expect(byId.get("dev-0a0cbd816e41677e")).toMatchObject({ start: "2013-01-01", end: "2014-01-01" });
  });

  it("keeps text exactly through escaping, links the development, marks context, and stamps events from the data, not the clock", () => {
    const byId = new Map(readCalendar(read(site, "developments.ics")).events.map((event) => [event.uid, event]));
    for (const development of developments) {
      const event = byId.get(development.id)!;
      expect(event.summary).toBe(development.text);
      expect(event.url).toBe(`${BASE}developments/${development.id}/`);
      expect(event.categories.includes("Context")).toBe(development.background);
    }
    expect(byId.get("dev-304b7b8ea9613d18")?.stamp).toBe("2023-06-06T00:00:00Z");
    expect(byId.get("dev-0a0cbd816e41677e")?.stamp).toBe("2013-01-01T00:00:00Z");
  });

  it("keeps each topic's calendar to that topic", () => {
    const ids = readCalendar(read(site, "topics/detainees/developments.ics")).events.map((event) => event.uid);
    expect(ids).toEqual(developments.filter((development) => development.topics.includes("detainees")).map((development) => development.id));
  });

  it("ends lines with CRLF and folds them at 75 octets, without splitting a character", () => {
    for (const file of calendars()) {
      const text = read(site, file);
      expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      for (const line of text.split("\r\n")) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
      expect(text).not.toContain("\uFFFD");
    }
    expect(read(site, "developments.ics")).toMatch(/\r\n /);
  });
});

describe("developments.csv", () => {
  it("parses with csv-parse, one row per development, newest first", () => {
    const rows = readCsv(read(site, "developments.csv"));
    expect(rows.map((row) => row.id)).toEqual(developments.map((development) => development.id));
    expect(Object.keys(rows[0]!)).toEqual(["id", "date", "precision", "end", "text", "background", "topics", "entities", "url", "source_articles", "source_titles", "source_outlets", "source_urls"]);
  });

  it("round-trips each development and its sources, quotes, commas and markup included", () => {
    const rows = new Map(readCsv(read(site, "developments.csv")).map((row) => [row.id, row]));
    const list = (cell: string) => (cell === "" ? [] : cell.split("\n"));
    for (const development of developments) {
      const row = rows.get(development.id)!;
      expect(row).toMatchObject({ date: development.date, precision: development.precision, end: development.end ?? "", text: development.text, background: String(development.background) });
      expect(list(row.topics!)).toEqual(development.topics);
      expect(list(row.entities!)).toEqual(development.entities);
      const sources = list(row.source_articles!).map((article, i) => ({
        article,
        title: row.source_titles!.split("\n")[i],
        source: row.source_outlets!.split("\n")[i] || null,
        url: row.source_urls!.split("\n")[i] || null,
      }));
      expect(sources).toEqual(development.sources.map(({ article, title, source, url }) => ({ article, title, source, url })));
    }
  });

  it("writes RFC 4180 records: CRLF after each, a field quoted only when it must be", () => {
    const text = read(site, "developments.csv");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe("id,date,precision,end,text,background,topics,entities,url,source_articles,source_titles,source_outlets,source_urls");
    expect(text).toContain("\r\ndev-0a0cbd816e41677e,2013,year,,A prisoner exchange was first discussed.,false,detainees,");
  });
});
