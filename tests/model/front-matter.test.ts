import { describe, expect, it } from "vitest";
import { readBody, readFrontMatter } from "../../pipeline/model/front-matter.ts";

const article = `---
id: 2023-06-06-meeting
published: '2023-06-06'
undated_looking: 2023-06-06
flag: yes
count: 3
---
The text, with a line that looks like front matter:

---
not: yaml
`;

describe("readFrontMatter", () => {
  it("keeps dates as strings, quoted or not, and reads 'yes' as a string (YAML 1.2 core)", () => {
    expect(readFrontMatter(article).data).toEqual({ id: "2023-06-06-meeting", published: "2023-06-06", undated_looking: "2023-06-06", flag: "yes", count: 3 });
  });
  it("returns the body after the front matter, untouched", () => {
    expect(readFrontMatter(article).content).toBe("The text, with a line that looks like front matter:\n\n---\nnot: yaml\n");
  });
  it("throws on malformed YAML", () => expect(() => readFrontMatter("---\ntitle: [unclosed\n---\nx\n")).toThrow());
  it("gives empty data to a file without front matter", () => expect(readFrontMatter("Just text.\n").data).toEqual({}));
});

describe("readBody", () => {
  it("returns the same body as a full read", () => expect(readBody(article)).toBe(readFrontMatter(article).content));
  it("skips front matter it never parses, even malformed", () => expect(readBody("---\ntitle: [unclosed\n---\nx\n")).toBe("x\n"));
});
