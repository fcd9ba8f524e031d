// `node --import tsx bin/many-pages.ts [--output DIR]`: the development, entity and
// per-language timeline pages, written after Eleventy has built the rest (see build-site.js).
import { parseArgs } from "node:util";
import { writePages } from "../src/_config/many-pages.ts";
import { Dossier, pathsFromEnv } from "../src/_config/dossier.ts";

const { values } = parseArgs({ options: { output: { type: "string", default: "_site" } } });
await writePages(new Dossier(pathsFromEnv(process.env), process.env), values.output);
