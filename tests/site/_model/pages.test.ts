import { describe, expect, it } from "vitest";
import { pagePath, paginate } from "../../../src/_model/pages.ts";

describe("pagePath", () => {
  it("keeps the list's own path for the first page and numbers the rest from 2", () => {
    expect(pagePath("timeline/", 0)).toBe("timeline/");
    expect(pagePath("timeline/", 1)).toBe("timeline/2/");
    expect(pagePath("sources/the-reference/", 9)).toBe("sources/the-reference/10/");
  });
});

describe("paginate", () => {
  it("cuts a list into pages of the given size, the last one shorter", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "timeline/");
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => page.number)).toEqual([0, 1, 2]);
  });
  it("tells every page the paths of all the pages", () => {
    const pages = paginate([1, 2, 3], 1, "topics/detainees/");
    for (const page of pages) expect(page.paths).toEqual(["topics/detainees/", "topics/detainees/2/", "topics/detainees/3/"]);
  });
  it("gives an empty list one empty page, so its path exists", () => {
    expect(paginate([], 100, "timeline/")).toEqual([{ path: "timeline/", number: 0, paths: ["timeline/"], items: [] }]);
  });
  it("makes one page of a list that fits exactly", () => expect(paginate([1, 2], 2, "timeline/")).toHaveLength(1));
});
