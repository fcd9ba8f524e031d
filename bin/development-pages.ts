// `node --import tsx bin/development-pages.ts [--output DIR]`: every development's page,
// written after Eleventy has built the rest (see build-site.js).
import { parseArgs } from "node:util";
import { writeDevelopmentPages } from "../src/_config/development-pages.ts";
import { Dossier, pathsFromEnv } from "../src/_config/dossier.ts";

const { values } = parseArgs({ options: { output: { type: "string", default: "_site" } } });
await writeDevelopmentPages(new Dossier(pathsFromEnv(process.env), process.env), values.output);
