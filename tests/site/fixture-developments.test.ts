import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDevelopments } from "../../pipeline/model/developments.ts";
import { loadEntities } from "../../pipeline/model/entities.ts";
import { mergeDevelopments } from "../../pipeline/corpus/developments/merge.ts";
import { renderDevelopments } from "../../pipeline/article/render/developments.ts";
import { loadArticles } from "../../src/_model/articles.ts";
import { FIXTURE_CORPUS } from "./build.ts";

describe("the site fixture's developments file", () => {
  it("is what merging the fixture's articles gives, ids carried forward", () => {
    const file = join(FIXTURE_CORPUS, "developments.json");
    const text = readFileSync(file, "utf8");
    const merged = mergeDevelopments(loadArticles(join(FIXTURE_CORPUS, "articles")).articles, loadEntities(join(FIXTURE_CORPUS, "entities.yaml")), parseDevelopments(text, file));
    expect(renderDevelopments(merged).join("")).toBe(text);
  });
});
