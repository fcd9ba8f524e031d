import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonLd, trusted, webUrl } from "../../../src/_views/html.ts";

describe("html", () => {
  it("escapes interpolated text", () => {
    expect(html`<p title="${`"x" & 'y'`}">${"<script>alert(1)</script>"}</p>`.value).toBe(
      '<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
  it("keeps markup built by html, nested and in lists", () => {
    expect(html`<ul>${["a<", "b"].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe("<ul><li>a&lt;</li><li>b</li></ul>");
  });
  it("drops null, undefined and false", () => expect(html`${null}${undefined}${false}${0}`.value).toBe("0"));
  it("keeps trusted markup as is", () => expect(html`${trusted("<em>x</em>")}`.value).toBe("<em>x</em>"));
  it("does not treat a look-alike object as safe", () => {
    const forged = { value: "<b>" } as unknown as string;
    expect(html`${forged}`.value).toBe("[object Object]");
  });
  it("escapes template syntax only as HTML requires", () => expect(escapeHtml("{{ 7*7 }} {% raw %}")).toBe("{{ 7*7 }} {% raw %}"));
});

describe("webUrl", () => {
  it("keeps http and https addresses", () => expect(webUrl("https://example.org/a")).toBe("https://example.org/a"));
  it("refuses javascript: and data: URLs", () => {
    expect(webUrl("javascript:alert(1)")).toBeNull();
    expect(webUrl(" JavaScript:alert(1)")).toBeNull();
    expect(webUrl("data:text/html,<script>1</script>")).toBeNull();
  });
  it("passes null through", () => expect(webUrl(null)).toBeNull());
});

describe("jsonLd", () => {
  it("escapes what could close the script element or start markup, and reads back as the same data", () => {
    const data = { headline: "</script><script>alert(1)</script> <!-- & \u2028", n: 1 };
    const block = jsonLd(data).value;
    const json = block.slice('<script type="application/ld+json">'.length, -"</script>".length);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
