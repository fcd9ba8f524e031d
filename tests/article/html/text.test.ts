import { describe, expect, it } from "vitest";
import { textBlocks } from "../../../pipeline/article/html/text.ts";
import { bodyOf } from "../../helpers/html.ts";

describe("textBlocks", () => {
  it("gives one block per paragraph", () => {
    expect(textBlocks(bodyOf("<p>First.</p><p>Second.</p>"))).toEqual(["First.", "Second."]);
  });

  it("puts a section heading in a block of its own", () => {
    expect(textBlocks(bodyOf("<p>Intro.</p><h2>Doha meeting</h2><p>Body.</p>"))).toEqual([
      "Intro.",
      "Doha meeting",
      "Body.",
    ]);
  });

  it("keeps links and emphasis inside the sentence", () => {
    const node = bodyOf('<p>Talks with <a href="/x">Al-Thani</a> were <em>"highly important"</em>.</p>');
    expect(textBlocks(node)).toEqual(['Talks with Al-Thani were "highly important".']);
  });

  it("turns <br> into a line break within the block", () => {
    expect(textBlocks(bodyOf("<p>Monday, 06/05/2023<br>Kabul</p>"))).toEqual(["Monday, 06/05/2023\nKabul"]);
  });

  it("reads a data table's row as one line, and a layout table's cells as blocks", () => {
    const results = "<table><tr><th>Platz</th><th>Verein</th><th></th><th>Zeit</th></tr><tr><td>1.</td><td><b>TS Göppingen I</b></td><td></td><td>50,59 sec.</td></tr></table>";
    expect(textBlocks(bodyOf(results))).toEqual(["Platz Verein Zeit", "1. TS Göppingen I 50,59 sec."]);
    expect(textBlocks(bodyOf("<table><tr><td><p>Erster Absatz.</p><p>Zweiter.</p></td><td>Seitenleiste</td></tr></table>"))).toEqual(["Erster Absatz.", "Zweiter.", "Seitenleiste"]);
  });

  it("collapses source whitespace and non-breaking spaces", () => {
    expect(textBlocks(bodyOf("<p>  The   meeting\n   took&nbsp;place  </p>"))).toEqual(["The meeting took place"]);
  });

  it("gives each list item its own block", () => {
    expect(textBlocks(bodyOf("<ul><li>Women's rights</li><li>Counter-terrorism</li></ul>"))).toEqual([
      "Women's rights",
      "Counter-terrorism",
    ]);
  });

  it("splits text that runs around a nested block", () => {
    expect(textBlocks(bodyOf("<div>Lead text<p>Inner paragraph.</p>tail</div>"))).toEqual([
      "Lead text",
      "Inner paragraph.",
      "tail",
    ]);
  });

  it("drops scripts, styles and buttons", () => {
    const node = bodyOf("<p>Kept.</p><script>track()</script><style>p{}</style><p>Share <button>Copy link</button></p>");
    expect(textBlocks(node)).toEqual(["Kept.", "Share"]);
  });

  it("gives nothing for an empty element", () => {
    expect(textBlocks(bodyOf("<div> <p>  </p> </div>"))).toEqual([]);
  });
});
