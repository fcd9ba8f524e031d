import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { declaredCharset, decodeHtml, metaCharset } from "../../../pipeline/article/html/charset.ts";

const latin1Page = Buffer.from('<html><head><meta charset="windows-1252"></head><body>médiation</body></html>', "latin1");

describe("declaredCharset", () => {
  it("reads the charset parameter of a content type", () => {
    expect(declaredCharset('text/html; charset="ISO-8859-1"')).toBe("iso-8859-1");
    expect(declaredCharset("text/html")).toBeNull();
    expect(declaredCharset(null)).toBeNull();
  });
});

describe("metaCharset", () => {
  it("reads <meta charset> and the http-equiv form", () => {
    expect(metaCharset(latin1Page)).toBe("windows-1252");
    const httpEquiv = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">');
    expect(metaCharset(httpEquiv)).toBe("shift_jis");
  });
});

describe("metaCharset on an archived page", () => {
  it("reads a <meta> charset that an archive's toolbar scripts push past the first kilobyte, and none from the body", () => {
    const toolbar = `<script src="/_static/js/playback.js" charset="utf-8"></script>\n`.repeat(30);
    const archived = iconv.encode(`<html><head>${toolbar}<meta http-equiv="Content-Type" content="text/html; charset=gb2312"/><title>卡塔尔斡旋</title></head><body></body></html>`, "gb2312");
    expect(archived.indexOf("charset=gb2312")).toBeGreaterThan(1024);
    expect(metaCharset(archived)).toBe("gb2312");
    expect(decodeHtml(archived)).toContain("<title>卡塔尔斡旋</title>");
    expect(metaCharset(Buffer.from(`<html><head><title>Doha</title></head><body><p>${"text ".repeat(300)}</p><meta charset="windows-1252"></body></html>`))).toBeNull();
  });
});

describe("decodeHtml", () => {
  it("decodes with the charset the page declares", () => {
    expect(decodeHtml(latin1Page)).toContain("médiation");
  });

  it("reads windows-1252 curly quotes, which Latin-1 lacks", () => {
    expect(decodeHtml(Buffer.from([0x92, 0x93, 0x94]), "text/html; charset=windows-1252")).toBe("’“”");
  });

  it("lets the server's charset win over the page's", () => {
    const utf8 = Buffer.from('<meta charset="windows-1252"><p>médiation</p>', "utf8");
    expect(decodeHtml(utf8, "text/html; charset=utf-8")).toContain("médiation");
  });

  it("falls back to UTF-8 for an unknown label", () => {
    expect(decodeHtml(Buffer.from("<p>médiation</p>"), "text/html; charset=x-made-up")).toContain("médiation");
  });
});
