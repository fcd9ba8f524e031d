/**
 * Hostile raw files, made on demand and never stored: huge files, long lines,
 * repeated sentences, many dates, deep nesting, binary data, odd encodings,
 * empty titles, impossible dates, control characters, broken front matter
 * and markup. The same bytes for the same seed. The reliability tests
 * normalize them all in one run; the per-file benchmark times the large texts.
 */
import iconv from "iconv-lite";
import { MAX_HTML_BYTES, MAX_RAW_BYTES } from "../pipeline/article/read/limits.ts";
import { createRng, type Rng } from "./prng.ts";

export interface HostileFile {
  name: string;
  bytes: Buffer;
  kind: string;
  /** What normalize must do with it; `either` when both a written article and a reasoned rejection are right. */
  expect: "written" | "rejected" | "either";
}

const KiB = 1024;
const MiB = 1024 * KiB;

const SENTENCES = [
  "US and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said.",
  "Les médiateurs qataris ont réuni les deux délégations à Doha pour évoquer les avoirs gelés.",
  "Katarische Vermittler brachten beide Seiten in Doha zusammen, um über Gefangene zu sprechen.",
  "Los mediadores cataríes reunieron a ambas delegaciones en Doha para hablar de la ayuda humanitaria.",
];
const HEADLINE = "Talks resume in Doha";
const LEAD = `${SENTENCES[0]} A Qatari official said both delegations had agreed to meet again within a month.`;
const article = (body = LEAD) => `${HEADLINE}\nJune 3, 2024\n\n${body}\n`;

/** `unit` repeated until the text has `size` characters. */
const filled = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** A text of `count` pieces made by `piece`, joined by `separator`. */
const joined = (count: number, piece: (index: number) => string, separator: string) => Array.from({ length: count }, (_, i) => piece(i)).join(separator);

const utf8 = (text: string) => Buffer.from(text, "utf8");
const frontMatter = (yaml: string, body = article()) => utf8(`---\n${yaml}\n---\n${body}`);
const nested = (open: string, close: string, depth: number, inside: string) => `${open.repeat(depth)}${inside}${close.repeat(depth)}`;
const page = (body: string, head = `<title>${HEADLINE}</title>`) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const ARTICLE_HTML = `<h1>${HEADLINE}</h1><p>${LEAD}</p><p>${SENTENCES[0]}</p>`;

function randomBytes(rng: Rng, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = rng.int(0, 255);
  return bytes;
}

/** Letters, digits, punctuation and spaces of several scripts, in random words. */
function randomText(rng: Rng, size: number): string {
  const scripts = ["abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "éèàçüöäßñ", "абвгдежзик", "αβγδεζηθ", "的一是不了人我在", "ابتثجحخد", "0123456789", ".,;:!?()«»“”—"];
  let text = "";
  while (text.length < size) {
    const letters = rng.pick(scripts);
    const word = Array.from({ length: rng.int(1, 12) }, () => letters[rng.int(0, letters.length - 1)]).join("");
    text += word + rng.pick([" ", " ", " ", "\n", "\n\n", ". "]);
  }
  return text.slice(0, size);
}

/** A file's bytes and expectation; `html` for a page among texts. */
type Made = Omit<HostileFile, "name" | "kind"> & { html?: boolean };
type Maker = (rng: Rng) => Made[];

/** Kinds whose every file is an HTML page. */
const PAGE_KINDS = new Set(["deep-nesting", "deep-unclosed", "odd-html", "random-html"]);

const MAKERS: Record<string, Maker> = {
  "too-large": () => [
    { bytes: Buffer.alloc(MAX_RAW_BYTES + 1, "a"), expect: "rejected" },
    { bytes: utf8(filled(`${SENTENCES[0]}\n`, MAX_RAW_BYTES + MiB)), expect: "rejected" },
    { bytes: Buffer.alloc(MAX_HTML_BYTES + 1, " "), expect: "rejected", html: true },
    // A long real page: over the limit of a text, mostly scripts, styles and markup around its article.
    { bytes: utf8(page(`${'<script>var tracking = {"a": [1, 2, 3]};</script><div class="teaser"><a href="/x">More</a></div>'.repeat(60_000)}<article>${ARTICLE_HTML}</article>`)), expect: "written", html: true },
  ],
  "long-line": () =>
    [64 * KiB, 256 * KiB, MiB].flatMap((size) => [
      { bytes: utf8(`${HEADLINE}\n\n${filled(`${SENTENCES[0]} `, size)}`), expect: "written" as const },
      { bytes: utf8(`${HEADLINE}\n\n${"a".repeat(size)}`), expect: "written" as const },
      { bytes: utf8(`${HEADLINE}\n\n${filled("officials met in doha and ", size)}`), expect: "written" as const },
    ]),
  "many-lines": () => [
    { bytes: utf8(`${HEADLINE}\n\n${joined(200_000, (i) => `w ${i % 10}`, "\n")}`), expect: "either" },
    { bytes: utf8(`${HEADLINE}\n\n${joined(200_000, (i) => `L${i % 100}.`, "\n")}`), expect: "either" },
    { bytes: utf8(`${HEADLINE}\n\n${joined(100_000, () => "x", "\n")}`), expect: "either" },
    { bytes: utf8(joined(50_000, (i) => `Talks Resume In Doha Number ${i}`, "\n\n")), expect: "either" },
    { bytes: utf8(joined(50_000, (i) => `TALKS IN DOHA ${i}`, "\n")), expect: "either" },
    { bytes: utf8(`${HEADLINE}\n\n${joined(25_000, (i) => `Paragraph ${i} says that officials met in Doha to discuss detainees.`, "\n\n")}`), expect: "written" },
  ],
  "repeated-sentence": () =>
    // The largest: a little less than the limit of a text, in the letters of each language.
    [16 * KiB, 256 * KiB, MiB, 1_900_000].flatMap((size) =>
      SENTENCES.slice(0, 3).map((sentence) => ({ bytes: utf8(`${HEADLINE}\n\n${filled(`${sentence} `, size - HEADLINE.length - 2)}`), expect: "written" as const })),
    ),
  "many-dates": () => {
    const dated = (i: number) => `Officials met in Doha on May ${(i % 28) + 1}, ${2000 + (i % 24)} to discuss detainees.`;
    const formats = ["03/04/2022", "2022-05-06", "6. Mai 2022", "le 12 mai 2022", "el 3 de junio de 2022", "last month", "on Thursday", "mid-May", "February 30, 2023", "2023-13-45", "31/02/2022", "June 29 and 30, 2022"];
    return [
      { bytes: utf8(`${HEADLINE}\n\n${filled(`${dated(7)} `, 1_000_000)}`), expect: "written" },
      { bytes: utf8(`${HEADLINE}\n\n${joined(12_000, dated, " ")}`), expect: "written" },
      { bytes: utf8(`${HEADLINE}\n\n${joined(8_000, dated, "\n\n")}`), expect: "written" },
      ...formats.map((format) => ({ bytes: utf8(article(joined(2_000, (i) => `Envoy ${i} said they met ${format} in Doha.`, " "))), expect: "written" as const })),
      { bytes: utf8(article(joined(5_000, (i) => formats[i % formats.length]!, "\n"))), expect: "either" },
    ];
  },
  "deep-nesting": () =>
    [
      ["<div>", "</div>"],
      ["<table>", "</table>"],
      ["<span>", "</span>"],
      ["<b>", "</b>"],
      ["<section>", "</section>"],
      ["<ul><li>", "</li></ul>"],
      ["<font>", "</font>"],
      ["<blockquote>", "</blockquote>"],
      ["<div><p>", "</p></div>"],
      ["<table><tr><td>", "</td></tr></table>"],
    ].flatMap(([open, close]) => [100, 1_000, 10_000, 50_000].map((depth) => ({ bytes: utf8(page(nested(open!, close!, depth, ARTICLE_HTML))), expect: "written" as const }))),
  "deep-unclosed": () =>
    ["<div>", "<span>", "<p>", "<li>", "<td>", "<a href=x>", "<i>", "<em><strong>"].map((open) => ({ bytes: utf8(page(`${ARTICLE_HTML}${open.repeat(30_000)}x`)), expect: "either" as const })),
  binary: (rng) => [
    ...[KiB, 64 * KiB, MiB].flatMap((size) => [1, 2, 3].map(() => ({ bytes: randomBytes(rng, size), expect: "rejected" as const }))),
    { bytes: Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), randomBytes(rng, 4 * KiB)]), expect: "rejected" },
    { bytes: Buffer.concat([Buffer.from("7f454c46020101", "hex"), randomBytes(rng, 4 * KiB)]), expect: "rejected" },
    { bytes: Buffer.concat([Buffer.from("1f8b0800", "hex"), randomBytes(rng, 4 * KiB)]), expect: "rejected" },
    { bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(rng, 8 * KiB)]), expect: "rejected" },
    { bytes: Buffer.alloc(16 * KiB, 0), expect: "rejected" },
    { bytes: Buffer.concat([utf8(article()), randomBytes(rng, 32 * KiB)]), expect: "either" },
  ],
  encoding: (rng) => {
    const text = article(`${LEAD} ${SENTENCES[1]} ${SENTENCES[2]}`);
    const utf16le = iconv.encode(text, "utf-16le");
    const utf16be = iconv.encode(text, "utf-16be");
    return [
      { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), expect: "written" },
      { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), expect: "written" },
      { bytes: utf16le, expect: "written" },
      { bytes: utf16be, expect: "written" },
      { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le.subarray(0, utf16le.length - 1)]), expect: "rejected" },
      { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00]), utf16le]), expect: "rejected" },
      { bytes: iconv.encode(text, "windows-1252"), expect: "written" },
      { bytes: iconv.encode(text, "latin1"), expect: "written" },
      { bytes: Buffer.concat([utf8(text), Buffer.from([0xe9, 0xe8, 0x92])]), expect: "written" },
      { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]), expect: "written" },
      { bytes: Buffer.concat([utf8(text), Buffer.from([0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf8, 0x88])]), expect: "written" },
      { bytes: iconv.encode(text, "utf-32le" as never), expect: "either" },
      { bytes: iconv.encode(text, "koi8-r"), expect: "written" },
      { bytes: iconv.encode(text, "shift_jis"), expect: "written" },
      { bytes: utf8(page(ARTICLE_HTML, `<meta charset="utf-16"><title>${HEADLINE}</title>`)), expect: "written", html: true },
      { bytes: utf8(page(ARTICLE_HTML, `<meta charset="no-such-charset"><title>${HEADLINE}</title>`)), expect: "written", html: true },
      { bytes: iconv.encode(page(ARTICLE_HTML, `<meta charset="iso-8859-1"><title>${HEADLINE}</title>`), "latin1"), expect: "written", html: true },
      { bytes: Buffer.concat([utf8(text), randomBytes(rng, 64).map((byte) => byte | 0x80)]), expect: "written" },
    ];
  },
  "empty-title": () =>
    [".".repeat(1000), "!!!", "— — —", "😀😀😀", "\u200b\u200b", "…", "-".repeat(300), "* * *", "#", "()"].map((title) => ({
      bytes: utf8(`${title}\n\n${".".repeat(1000)}\n`),
      expect: "either" as const,
    })),
  "empty-title-front-matter": () =>
    ['"\\u0001"', '"\\x1b\\x1b"', '"\\u0000"', '"\\u0085"'].map((title) => ({ bytes: frontMatter(`title: ${title}`), expect: "either" as const })),
  "impossible-date": () =>
    ['"0000-00-00"', '"2023-02-30"', '"2023-13-45"', '"2023-00-10"', '"2023-04-31"', '"1900-02-29"', '"9999-99-99"', '"2023-2-3"', "20230230", '""', '"yesterday"', "2023-02-30", '"2024-02-30T10:00"'].map(
      (date) => ({ bytes: frontMatter(`published: ${date}`), expect: "written" as const }),
    ),
  "impossible-development": () =>
    ['"2023-02-30"', '"2023-13"', '"0000-00-00"', '"2023-00"', '"2021-04-31"'].map((date) => ({
      bytes: frontMatter(`developments:\n  - { date: ${date}, precision: day, text: "Envoys met." }\nunresolved:\n  - { text: "x", expression: "le 31", month: 13, day: 40 }`),
      expect: "written" as const,
    })),
  "control-characters": (rng) => [
    ...["title", "source"].flatMap((key) =>
      ['"\\u0001\\u0002 Talks"', '"Talks \\x1b[31mred\\x1b[0m"', '"Talks\\u007f\\u0085"', '"Talks \\uFFFE"', '"Talks\\u000b\\u000c"'].map((value) => ({ bytes: frontMatter(`${key}: ${value}`), expect: "written" as const })),
    ),
    { bytes: frontMatter('authors: ["Jane\\u0007 Doe", "\\u001bJohn Roe"]'), expect: "written" },
    { bytes: frontMatter('topics: ["qatar-mediation\\u0001"]'), expect: "written" },
    { bytes: frontMatter('developments:\n  - { date: "2024-06-02", precision: day, text: "Envoys\\u0001 met\\x1b." }'), expect: "written" },
    { bytes: utf8(article(`${LEAD}\u0001\u0002\u001b[31m ${SENTENCES[0]}\u007f\u0085`)), expect: "written" },
    { bytes: utf8(`${HEADLINE}\u0007\u0008\nJune 3, 2024\n\n${LEAD}\n`), expect: "written" },
    { bytes: utf8(page(`<h1>${HEADLINE}&#1;&#x1b;</h1><p>${LEAD}&#127;&#x85;</p>`)), expect: "written", html: true },
    {
      bytes: utf8(page(ARTICLE_HTML, `<title>${HEADLINE}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks\\u0001","author":{"name":"Jane\\u001b Doe"},"datePublished":"2024-06-03"}</script>`)),
      expect: "written",
      html: true,
    },
    // A few stray controls in a text (a file of many is binary).
    ...[1, 2, 3].map(() => ({ bytes: utf8(article(`${LEAD} ${joined(5, () => String.fromCharCode(rng.int(1, 8)), " ")} ${SENTENCES[0]}`)), expect: "written" as const })),
  ],
  empty: () => ["", " ", "\n\n\n", "\t\t", "\u00a0\u00a0", "\ufeff", "\u200b", "---\ntitle: Only front matter\n---\n"].map((text) => ({ bytes: utf8(text), expect: "rejected" as const })),
  "front-matter": () => [
    { bytes: utf8(`---\ntitle: [unclosed\n---\n${article()}`), expect: "written" },
    { bytes: utf8(`---\ntitle: Never closed\n${article()}`), expect: "written" },
    { bytes: frontMatter(`title: &a ["x","x","x"]\nauthors: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\ntopics: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]`), expect: "written" },
    { bytes: frontMatter(`title: ${"[".repeat(20_000)}${"]".repeat(20_000)}`), expect: "written" },
    { bytes: frontMatter(`title: "${"x".repeat(MiB)}"`), expect: "either" },
    { bytes: frontMatter("title: 42\nauthors: Jane Doe\nlanguage: english\nurl: javascript:alert(1)"), expect: "written" },
    { bytes: frontMatter("layout: evil\npermalink: /etc/passwd"), expect: "written" },
    { bytes: frontMatter(`topics: [${joined(20_000, (i) => `t${i}`, ",")}]`), expect: "written" },
  ],
  "odd-html": () =>
    [
      "<html><head><title>Only a head</title></head></html>",
      page("<script>var a = 1;</script><style>p{}</style>"),
      `${ARTICLE_HTML}<!-- never closed ${"x".repeat(10_000)}`,
      `${ARTICLE_HTML}<script>${"x".repeat(10_000)}`,
      page(`<div ${joined(20_000, (i) => `a${i}="v"`, " ")}>${ARTICLE_HTML}</div>`),
      page(`<div title="${"x".repeat(MiB)}">${ARTICLE_HTML}</div>`),
      page(`<nav>${joined(30_000, (i) => `<li><a href="/x${i}">Link ${i}</a></li>`, "")}</nav>${ARTICLE_HTML}`),
      page(ARTICLE_HTML, `<title>${HEADLINE}</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>`),
      page(ARTICLE_HTML, `<title>${HEADLINE}</title><script type="application/ld+json">${nested("[", "]", 20_000, "{}")}</script>`),
      page(ARTICLE_HTML, `<title>${HEADLINE}</title><script type="application/ld+json">${nested('{"a":', "}", 20_000, "1")}</script>`),
      `<frameset><frame src="a.html"></frameset>`,
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>${LEAD}</text></svg>`,
      page(`<h1>${"<".repeat(50_000)}</h1><p>${LEAD}</p>`),
      page(`<p>${"&amp;".repeat(100_000)}</p>${ARTICLE_HTML}`),
      page(`${ARTICLE_HTML}${joined(20_000, (i) => `<p>Teaser ${i} from May ${(i % 28) + 1}, 2022</p>`, "")}`),
      page(`<h1>${HEADLINE}</h1>${joined(20_000, () => `<p>${SENTENCES[0]}</p>`, "")}`),
      page(`<h1>${HEADLINE}</h1><p>${filled(`${SENTENCES[0]} `, MiB)}</p>`),
    ].map((html) => ({ bytes: utf8(html), expect: "either" as const })),
  "random-text": (rng) => [KiB, 16 * KiB, 128 * KiB].flatMap((size) => Array.from({ length: 16 }, () => ({ bytes: utf8(randomText(rng, size)), expect: "either" as const }))),
  "random-html": (rng) =>
    Array.from({ length: 24 }, () => {
      const tags = ["div", "p", "span", "a", "table", "td", "h1", "article", "nav", "li", "script", "br"];
      const parts = Array.from({ length: 3000 }, () => (rng.chance(0.5) ? `<${rng.chance(0.4) ? "/" : ""}${rng.pick(tags)}>` : randomText(rng, rng.int(1, 80))));
      return { bytes: utf8(parts.join("")), expect: "either" as const };
    }),
  // Cut anywhere, inside a character's bytes too, as an interrupted download or copy leaves a file.
  truncated: (rng) => {
    const text = article(`${LEAD} ${SENTENCES[1]} ${SENTENCES[2]} ${SENTENCES[3]}`);
    return [utf8(text), iconv.encode(text, "utf-16le"), utf8(page(ARTICLE_HTML))].flatMap((bytes) =>
      Array.from({ length: 5 }, () => ({ bytes: bytes.subarray(0, rng.int(1, bytes.length - 1)), expect: "either" as const })),
    );
  },
  sized: (rng) => sizedTexts(512 * KiB, rng).map(({ bytes, name }) => ({ bytes, expect: "either" as const, html: name.endsWith(".html") })),
  "odd-unicode": () =>
    [
      `${HEADLINE}\n\nZ${"\u0301".repeat(20_000)} ${LEAD}`,
      `${HEADLINE}\n\n${"\u200d".repeat(50_000)}${LEAD}`,
      `${HEADLINE}\n\n\u202e${LEAD}\u202c`,
      `${"\ud83d\ude00".repeat(50_000)}\n\n${LEAD}`,
      `${HEADLINE}\n\n${"\u0000".repeat(100)}${LEAD}`,
      `${HEADLINE}\n\n${LEAD}\u2028${SENTENCES[1]}\u2029${SENTENCES[2]}`,
      `${HEADLINE}\r\r\r${LEAD}\r\n\r\n${SENTENCES[0]}`,
      `${HEADLINE}\n\n${"\ufffd".repeat(10_000)} ${LEAD}`,
    ].map((text) => ({ bytes: utf8(text), expect: "either" as const })),
  markup: () =>
    [
      article(`<script>alert(1)</script> ${LEAD}`),
      article(`{{ 7 * 7 }} {% include "/etc/passwd" %} \${process.exit(1)} ${LEAD}`),
      article(`---\nlayout: x\n---\n${LEAD}`),
      article(`<!-- ${LEAD} -->\n\n${LEAD}`),
      article(`[link](javascript:alert(1)) ![x](http://evil/x.png) ${LEAD}`),
    ].map((text) => ({ bytes: utf8(text), expect: "written" as const })),
};

/** A raw file of a given size in each shape that once cost time with the square of its size, and plain prose. */
export interface SizedText {
  shape: string;
  name: string;
  bytes: Buffer;
}

export function sizedTexts(size: number, rng = createRng(12)): SizedText[] {
  const dated = (i: number) => `Officials met in Doha on May ${(i % 28) + 1}, ${2000 + (i % 24)} to discuss detainees. `;
  const prose = () => `${SENTENCES[rng.int(0, SENTENCES.length - 1)]} ${rng.pick(["Officials", "Mediators", "Envoys"])} ${rng.int(1, 9999)} said so${rng.pick([".", " on Sunday.", ", diplomats said."])}`;
  const paragraphs = (make: () => string) => {
    let text = `${HEADLINE}\nJune 3, 2024\n\n`;
    while (text.length < size) text += `${joined(rng.int(2, 6), make, " ")}\n\n`;
    return text.slice(0, size);
  };
  const shapes: [string, string][] = [
    ["prose in paragraphs", paragraphs(prose)],
    ["one repeated sentence", `${HEADLINE}\n\n${filled(`${SENTENCES[0]} `, size)}`],
    ["one line of dated sentences", `${HEADLINE}\n\n${filled(joined(24, dated, ""), size)}`],
    ["one word, no space", `${HEADLINE}\n\n${"a".repeat(size)}`],
    ["short lines", `${HEADLINE}\n\n${filled("w 1\nw 2\n", size)}`],
    ["lines shaped like headlines", filled("Talks Resume In Doha Again\n\n", size)],
    ["dated paragraphs", paragraphs(() => dated(rng.int(0, 999)))],
  ];
  const pages: [string, string][] = [
    ["HTML page of paragraphs", page(`<h1>${HEADLINE}</h1>${filled(`<p>${SENTENCES[0]} <a href="/x">Doha</a> on May 3, 2022.</p>\n`, size)}`)],
    ["HTML nested 50,000 deep", page(`${nested("<span>", "</span>", 50_000, ARTICLE_HTML)}${filled(`<p>${SENTENCES[1]}</p>`, Math.max(0, size - 50_000 * 13))}`)],
  ];
  return [
    ...shapes.map(([shape, text]) => ({ shape, name: "sized.txt", bytes: utf8(text) })),
    ...pages.map(([shape, html]) => ({ shape, name: "sized.html", bytes: utf8(html) })),
  ];
}

/** Every hostile file, named after its kind, `.html` for a page. */
export function hostileFiles(seed = 12): HostileFile[] {
  const rng = createRng(seed);
  return Object.entries(MAKERS).flatMap(([kind, make]) =>
    make(rng).map(({ html, ...file }, index) => {
      const extension = html || PAGE_KINDS.has(kind) ? "html" : "txt";
      return { ...file, kind, name: `hostile-${kind}-${String(index).padStart(3, "0")}.${extension}` };
    }),
  );
}
