import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DossierError } from "../../pipeline/model/errors.ts";
import { loadEntities, parseEntities } from "../../pipeline/model/entities.ts";

const FILE = "corpus/entities.yaml";

const rejection = (text: string) => {
  try {
    parseEntities(text, FILE);
  } catch (error) {
    return error;
  }
  return null;
};

describe("the entity table", () => {
  it("loads the corpus table", () => {
    const table = loadEntities(fileURLToPath(new URL("../../corpus/entities.yaml", import.meta.url)));
    expect(table.merge).toEqual({ actors: ["person"], participants: ["organisation", "country"], places: ["city"], similarity: 0.5, language: "en" });
    expect(table.entities.find((e) => e.id === "haibatullah-akhundzada")?.names).toContain("Hebatullah Akhundzada");
  });
  it("rejects text that is not YAML", () => {
    expect(rejection("entities: [")).toMatchObject({ name: "DossierError", detail: { rule: "entities:yaml", file: FILE } });
  });
  it("rejects an entity of an unknown kind, naming the field", () => {
    const error = rejection("merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: doha\n    kind: town\n    names: [Doha]\n");
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ detail: { rule: "entities:schema" }, message: expect.stringContaining("entities.0.kind") });
  });
  it("rejects an id that is not a slug", () => {
    expect(rejection("merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: Doha City\n    kind: city\n    names: [Doha]\n")).toMatchObject({ detail: { rule: "entities:schema" } });
  });
  it("rejects merge rules without actors", () => {
    expect(rejection("merge: {actors: [], places: [city], similarity: 0.5}\nentities: []\n")).toMatchObject({ detail: { rule: "entities:schema" }, message: expect.stringContaining("merge.actors") });
  });
  it("rejects an entity without names", () => {
    expect(rejection("merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: doha\n    kind: city\n    names: []\n")).toMatchObject({ detail: { rule: "entities:schema" } });
  });
  it("rejects a role that ends before it starts", () => {
    const text = "merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: a\n    kind: person\n    names: [A]\n    roles:\n      - names: [chief]\n        from: 2020-01-01\n        to: 2019-01-01\n";
    expect(rejection(text)).toMatchObject({ detail: { rule: "entities:schema" } });
  });
  it("rejects an id used twice", () => {
    const text = "merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: doha\n    kind: city\n    names: [Doha]\n  - id: doha\n    kind: city\n    names: [Dauha]\n";
    expect(rejection(text)).toMatchObject({ detail: { rule: "entities:duplicate" } });
  });
  it("rejects a name given to two entities, whatever its spelling", () => {
    const text = "merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: a\n    kind: person\n    names: [Al Thani]\n  - id: b\n    kind: person\n    names: [al-Thani]\n";
    expect(rejection(text)).toMatchObject({ detail: { rule: "entities:ambiguous" } });
  });
  it("lets a role pass from one holder to the next", () => {
    const text =
      "merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: a\n    kind: person\n    names: [A]\n    roles: [{names: [Prime Minister of Qatar], from: 2020-01-28, to: 2023-03-06}]\n" +
      "  - id: b\n    kind: person\n    names: [B]\n    roles: [{names: [Prime Minister of Qatar], from: 2023-03-07}]\n";
    expect(parseEntities(text, FILE).entities).toHaveLength(2);
  });
});
