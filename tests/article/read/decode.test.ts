import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeRaw } from "../../../pipeline/article/read/decode.ts";
import { MAX_RAW_BYTES } from "../../../pipeline/article/read/limits.ts";

/** The file the messages name. */
const FILE = "article.txt";

const GERMAN = "Gespräche über Flüchtlinge in Doha: Die Taliban verlangen Anerkennung.";
const FRENCH = "mercredi 7 décembre 2022 — Les talibans ont rencontré l'émissaire américain à Doha.";

const text = (bytes: Uint8Array) => decodeRaw(FILE, bytes).value?.text;
const encoding = (bytes: Uint8Array) => decodeRaw(FILE, bytes).value?.encoding;
const rejection = (bytes: Uint8Array) => {
  const { value, messages } = decodeRaw(FILE, bytes);
  expect(value).toBeNull();
  expect(messages).toHaveLength(1);
  expect(messages[0]!.fatal).toBe(true);
  return messages[0]!.rule;
};

describe("decodeRaw: encodings", () => {
  it("reads plain UTF-8 French as it is", () => {
    expect(text(Buffer.from(FRENCH, "utf8"))).toBe(FRENCH);
    expect(encoding(Buffer.from(FRENCH, "utf8"))).toBe("utf-8");
  });

  it("drops a UTF-8 byte order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, "utf8")]);
    expect(text(bytes)).toBe(GERMAN);
  });

  it("reads Windows-1252 German umlauts when the bytes are not UTF-8", () => {
    const bytes = iconv.encode(GERMAN, "windows-1252");
    expect(text(bytes)).toBe(GERMAN);
    expect(encoding(bytes)).toBe("windows-1252");
  });

  it("reads Windows-1252 curly quotes and the euro sign", () => {
    const line = "„Das ist ein Erfolg“, sagte er – es geht um 17 Milliarden €.";
    expect(text(iconv.encode(line, "windows-1252"))).toBe(line);
  });

  it("reads a Latin-1 French dateline", () => {
    expect(text(iconv.encode("mercredi 7 décembre 2022", "latin1"))).toBe("mercredi 7 décembre 2022");
  });

  it("reads UTF-16 LE with a BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FRENCH, "utf-16le")]);
    expect(text(bytes)).toBe(FRENCH);
    expect(encoding(bytes)).toBe("utf-16le");
  });

  it("reads UTF-16 BE with a BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(GERMAN, "utf-16be")]);
    expect(text(bytes)).toBe(GERMAN);
  });

  it("reads UTF-16 BE without a BOM", () => {
    const bytes = iconv.encode(GERMAN, "utf-16be");
    expect(text(bytes)).toBe(GERMAN);
    expect(encoding(bytes)).toBe("utf-16be");
  });

  it("reads UTF-16 LE without a BOM", () => {
    const bytes = iconv.encode(FRENCH, "utf-16le");
    expect(text(bytes)).toBe(FRENCH);
    expect(encoding(bytes)).toBe("utf-16le");
  });

  it("reads UTF-8 text with a stray Windows-1252 apostrophe without garbling its accents", () => {
    const bytes = Buffer.concat([Buffer.from("Le Qatar a été la puissance protectrice à Kaboul. The Taliban", "utf8"), Buffer.from([0x92]), Buffer.from("s leader met él.", "utf8")]);
    expect(text(bytes)).toBe("Le Qatar a été la puissance protectrice à Kaboul. The Taliban’s leader met él.");
    expect(encoding(bytes)).toBe("utf-8+windows-1252");
  });

  it("reads Windows-1252 text that happens to hold one UTF-8-like pair as Windows-1252", () => {
    const line = "Gespräche über Flüchtlinge in Doha, sagte der Sprecher: „ÄÖÜ“ steht für die Länder.";
    expect(text(iconv.encode(line, "windows-1252"))).toBe(line);
  });

  it("composes decomposed accents (NFD) into single characters", () => {
    expect(text(Buffer.from("De\u0301claration de Doha", "utf8"))).toBe("Déclaration de Doha");
  });
});

describe("decodeRaw: line ends and illegal characters", () => {
  it("turns CRLF and lone CR line ends into LF", () => {
    expect(text(Buffer.from("Doha meeting\r\n\r\nThe summit came.\rSecret visit\r\n"))).toBe("Doha meeting\n\nThe summit came.\nSecret visit\n");
  });

  it("removes stray control characters XML cannot carry but keeps tabs and new lines", () => {
    const paragraph = "Qatar is considered one of the important stops for the Taliban movement in communicating with the world.";
    expect(text(Buffer.from(`Secret\u0001 visit\u000B\n\t${paragraph}\u000C\u001F`))).toBe(`Secret visit\n\t${paragraph}`);
  });

  it("removes the non-characters U+FFFE and U+FFFF", () => {
    expect(text(Buffer.from("Kabul\uFFFE \uFFFFtalks", "utf8"))).toBe("Kabul talks");
  });

  it("keeps emoji and other characters outside the BMP", () => {
    expect(text(Buffer.from("Talks in Doha 🇶🇦 𝐓𝐚𝐥𝐢𝐛𝐚𝐧", "utf8"))).toBe("Talks in Doha 🇶🇦 𝐓𝐚𝐥𝐢𝐛𝐚𝐧");
  });

  it("turns no-break spaces into plain spaces", () => {
    expect(text(Buffer.from("See also\u00A0 What Prince Harry is doing", "utf8"))).toBe("See also  What Prince Harry is doing");
  });
});

describe("decodeRaw: rejected files", () => {
  it("rejects an empty file", () => {
    expect(rejection(new Uint8Array(0))).toBe("decode:empty");
  });

  it("rejects a file of only spaces", () => {
    expect(rejection(Buffer.from(" ".repeat(300)))).toBe("decode:empty");
  });

  it("rejects a file of only blank lines and tabs", () => {
    expect(rejection(Buffer.from("\r\n\t \n\n  \t\r\n"))).toBe("decode:empty");
  });

  it("rejects a UTF-16 file that holds only spaces", () => {
    expect(rejection(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("    \n  ", "utf-16le")]))).toBe("decode:empty");
  });

  it("rejects a PNG image as binary", () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      Buffer.from([0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66]),
    ]);
    expect(rejection(png)).toBe("decode:binary");
  });

  it("rejects a file one byte over the size limit and names the limit", () => {
    const { value, messages } = decodeRaw(FILE, Buffer.alloc(MAX_RAW_BYTES + 1, "a"));
    expect(value).toBeNull();
    expect(messages[0]).toMatchObject({ rule: "decode:too-large", fatal: true });
    expect(messages[0]!.reason).toContain(String(MAX_RAW_BYTES));
  });

  it("accepts a file exactly at the size limit", () => {
    const line = "Qatar is scrambling to persuade the Taliban to stop the offensive.\n";
    const bytes = Buffer.alloc(MAX_RAW_BYTES, line);
    expect(decodeRaw(FILE, bytes).value).not.toBeNull();
  });

  it("rejects a UTF-16 file cut in the middle of a surrogate pair as unreadable", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("Doha talks ", "utf-16le"), Buffer.from([0x3d, 0xd8])]);
    expect(rejection(bytes)).toBe("decode:unreadable");
  });

  it("rejects a UTF-16 file with an odd number of bytes as unreadable", () => {
    expect(rejection(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("Doha talks", "utf-16le"), Buffer.from([0x20])]))).toBe("decode:unreadable");
  });

  it("accepts a UTF-16 file whose text holds a replacement character from an earlier bad copy", () => {
    const line = "According to reports, he met the senior representatives of the Iranian Revolutionary Guard \uFFFD in Kandahar.";
    expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(line, "utf-16le")]))).toBe(line);
  });

  it("rejects a file that is only a byte order mark", () => {
    expect(rejection(Buffer.from([0xef, 0xbb, 0xbf]))).toBe("decode:empty");
  });

  it("reads an article whose file was padded with NUL bytes at the end", () => {
    const article = "The Taliban leader’s response to Al-Thani during the meeting has not been clear yet.\n".repeat(20);
    expect(text(Buffer.concat([Buffer.from(article, "utf8"), Buffer.alloc(40)]))).toBe(article);
  });

  it("reads an article with one stray NUL byte and drops it", () => {
    const bytes = Buffer.from("Qatar is considered one of the important stops for the Taliban movement.\u0000 It hosts their office.", "utf8");
    expect(text(bytes)).toBe("Qatar is considered one of the important stops for the Taliban movement. It hosts their office.");
  });

  it("rejects compressed data as binary", () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 197 + 13) % 256));
    expect(rejection(bytes)).toBe("decode:binary");
  });

  it("accepts an article that mentions control-like text without being binary", () => {
    expect(decodeRaw(FILE, Buffer.from("Tuesday 06/June/2023 - 07:29 PM\nThe Reference\n")).messages).toEqual([]);
  });
});
