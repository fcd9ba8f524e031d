/** Wraps a story in the chrome of a news page: mastheads, boilerplate, bylines, odd layouts. */
import { formatMoment } from "./calendar.ts";
import type { Rng } from "./prng.ts";
import type { Story } from "./story.ts";
import { forLanguage, type Vocabulary } from "./vocabulary.ts";

export interface Rendered {
  text: string;
  encoding: "utf8" | "windows-1252";
  wrapped: boolean;
}

/** Greedy word wrap, the way text pasted from a terminal or e-mail arrives. */
export function hardWrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function headline(story: Story, rng: Rng, vocab: Vocabulary, outlet: string): string[] {
  const p = vocab.proportions;
  if (rng.chance(p.no_headline)) return [];
  if (rng.chance(p.caps_headline)) return [story.headline.toLocaleUpperCase(story.language), ""];
  if (rng.chance(p.outlet_suffix)) return [`${story.headline} – ${outlet}`, ""];
  return [story.headline, ""];
}

function byline(story: Story, rng: Rng, vocab: Vocabulary): string[] {
  if (!rng.chance(vocab.proportions.byline)) return [];
  const first = rng.pick(vocab.names);
  const authors = rng.chance(vocab.proportions.two_authors)
    ? `${first} ${vocab.and[story.language] ?? "and"} ${rng.pick(vocab.names.filter((n) => n !== first))}`
    : first;
  return [`${vocab.bylines[story.language] ?? "By"} ${authors}`];
}

export function renderArticle(story: Story, rng: Rng, vocab: Vocabulary): Rendered {
  const p = vocab.proportions;
  const { language } = story;
  const outlet = rng.pick(forLanguage(vocab.outlets, language));
  const wrapped = rng.chance(p.wrapped);
  const top = vocab.boilerplate.top.filter(() => rng.chance(0.15));
  const masthead = rng.chance(0.3) ? [rng.pick(forLanguage(vocab.mastheads, language)), ""] : [];
  const dateLine = story.dated ? [formatMoment(rng.pick(forLanguage(vocab.date_formats, language)), story.published, language)] : [];
  const outletLine = rng.chance(0.3) ? [outlet] : [];
  const head = [...top, ...masthead, ...headline(story, rng, vocab, outlet), ...dateLine, ...outletLine, ...byline(story, rng, vocab)];
  const inline = forLanguage(vocab.boilerplate.inline, language);
  const body: string[] = [];
  for (const paragraph of story.paragraphs) {
    body.push(wrapped ? hardWrap(paragraph, 70) : paragraph);
    if (rng.chance(0.08)) body.push(rng.pick(inline));
  }
  const bottom = rng.chance(0.4) ? vocab.boilerplate.bottom.slice(0, rng.int(1, vocab.boilerplate.bottom.length)) : [];
  const separator = rng.chance(0.1) ? "\n" : "\n\n";
  const text = [head.join("\n"), body.join(separator), bottom.join("\n\n")].filter(Boolean).join("\n\n\n") + "\n";
  return {
    text: rng.chance(p.crlf) ? text.replace(/\n/g, "\r\n") : text,
    encoding: rng.chance(p.windows_1252) ? "windows-1252" : "utf8",
    wrapped,
  };
}
