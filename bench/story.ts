/** What an article says, before any site wraps it in chrome. */
import type { Topic } from "../pipeline/model/taxonomy.ts";
import { daysBefore, formatMoment, type Moment } from "./calendar.ts";
import type { Rng } from "./prng.ts";
import { forLanguage, type Vocabulary } from "./vocabulary.ts";

export interface Story {
  language: string;
  topics: string[];
  /** When the article appeared; events are dated before it. */
  published: Moment;
  /** Whether the page prints `published` at all. */
  dated: boolean;
  headline: string;
  paragraphs: string[];
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function fill(template: string, values: Record<string, string>): string {
  return capitalize(template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole));
}

function signalOf(topic: Topic, language: string, rng: Rng): string {
  const signals = topic.signals[language] ?? topic.signals["en"] ?? [topic.title];
  return rng.pick(signals);
}

function sentence(rng: Rng, vocab: Vocabulary, story: Pick<Story, "language" | "published">, topics: Topic[]): string {
  const { language, published } = story;
  const templates = forLanguage(vocab.sentences, language);
  const dated = rng.chance(vocab.dated_sentence);
  const candidates = templates.filter((t) => t.includes("{when}") === dated);
  const template = rng.pick(candidates.length > 0 ? candidates : templates);
  const when = template.includes("{when}")
    ? formatMoment(rng.pick(forLanguage(vocab.event_dates, language)), daysBefore(published, rng.int(1, 400)), language)
    : "";
  return fill(template, {
    actor: rng.pick(forLanguage(vocab.actors, language)),
    place: rng.pick(vocab.places),
    signal: signalOf(rng.pick(topics), language, rng),
    when,
  });
}

export function composeStory(rng: Rng, vocab: Vocabulary, taxonomy: Topic[]): Story {
  const language = rng.weighted(vocab.languages);
  const published: Moment = {
    year: rng.int(vocab.years[0], vocab.years[1]),
    month: rng.int(1, 12),
    day: rng.int(1, 28),
    hour: rng.int(0, 23),
    minute: rng.int(0, 59),
  };
  const topics = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(taxonomy)))];
  const base = { language, published };
  const paragraphs = Array.from({ length: rng.int(vocab.paragraphs[0], vocab.paragraphs[1]) }, () =>
    Array.from({ length: rng.int(vocab.sentences_per_paragraph[0], vocab.sentences_per_paragraph[1]) }, () => sentence(rng, vocab, base, topics)).join(" "),
  );
  const headline = fill(rng.pick(forLanguage(vocab.headlines, language)), {
    actor: rng.pick(forLanguage(vocab.actors, language)),
    place: rng.pick(vocab.places),
    signal: signalOf(topics[0]!, language, rng),
  });
  return {
    language,
    topics: topics.map((t) => t.id),
    published,
    dated: !rng.chance(vocab.proportions.undated),
    headline,
    paragraphs,
  };
}
