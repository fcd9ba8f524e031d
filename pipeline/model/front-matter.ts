/**
 * The one reader of generated articles, for the pipeline and the site alike.
 * js-yaml with the YAML 1.2 core schema: dates stay strings, as the schema
 * expects, and it reads a corpus several times faster than a full YAML
 * document model would.
 */
import matter from "gray-matter";
import yaml from "js-yaml";

const options = { engines: { yaml: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object } };

/** Front matter (not yet checked against the schema) and body; throws on malformed YAML. */
export function readFrontMatter(text: string): { data: unknown; content: string } {
  const { data, content } = matter(text, options);
  return { data, content };
}

// Pages render the body long after the front matter was read: no need to parse it again.
const bodyOnly = { engines: { yaml: () => ({}) } };

/** The body alone, front matter skipped unparsed. */
export function readBody(text: string): string {
  return matter(text, bodyOnly).content;
}
