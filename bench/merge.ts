/**
 * How merging scales: a synthetic corpus of N articles (default 10,000),
 * five developments each, some events reported several times.
 * Run: npx tsx bench/merge.ts [articles]
 */
import type { FrontMatter } from "../pipeline/model/schema.ts";
import { mergeDevelopments } from "../pipeline/corpus/developments/merge.ts";
import type { EntityTable } from "../pipeline/model/entities.ts";
import { article } from "./articles.ts";

const count = Number(process.argv[2] ?? 10_000);
const PEOPLE = 400;
const CITIES = 60;
const person = (i: number) => `Person${String.fromCharCode(65 + (i % 26))}${i} Name${i}`;
const city = (i: number) => `City${i}ville`;

const table: EntityTable = {
  merge: { actors: ["person"], participants: ["organisation", "country"], places: ["city"], similarity: 0.5 },
  entities: [
    ...Array.from({ length: PEOPLE }, (_, i) => ({ id: `person-${i}`, kind: "person" as const, names: [person(i)] })),
    ...Array.from({ length: CITIES }, (_, i) => ({ id: `city-${i}`, kind: "city" as const, names: [city(i)] })),
  ],
};

// A fixed xorshift sequence, so every run measures the same corpus.
let state = 42;
const next = (n: number) => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return Math.floor(((state >>> 0) / 2 ** 32) * n);
};
const pad = (n: number) => String(n).padStart(2, "0");

// Distinct events, each told by about two articles on average.
const events = Array.from({ length: (count * 5) / 2 }, () => ({
  date: `${2020 + next(5)}-${pad(1 + next(12))}-${pad(1 + next(28))}`,
  text: `${person(next(PEOPLE))} met ${person(next(PEOPLE))} in ${city(next(CITIES))} on that day.`,
}));

const articles: FrontMatter[] = Array.from({ length: count }, (_, a) =>
  article(
    `article-${a}`,
    `2024-${pad(1 + next(12))}-${pad(1 + next(28))}`,
    Array.from({ length: 5 }, () => ({ ...events[next(events.length)]!, precision: "day" as const })),
    { title: `Article ${a}`, source: null, url: null, topics: [] },
  ),
);

const started = performance.now();
const merged = mergeDevelopments(articles, table);
const seconds = (performance.now() - started) / 1000;
const reports = count * 5;
console.log(`${count} articles, ${reports} developments -> ${merged.length} events in ${seconds.toFixed(2)} s`);
