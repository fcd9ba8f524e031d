// Wiring only: plugins live in src/_config/, metadata in src/_data/site.json.
// Run through tsx (see package.json scripts) so the TypeScript modules load.
import dataPlugin from "./src/_config/data.ts";
import { pathsFromEnv } from "./src/_config/dossier.ts";
import { loadSite } from "./src/_config/site.ts";
import templatesPlugin from "./src/_config/templates.ts";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(templatesPlugin);
  eleventyConfig.addPlugin(dataPlugin);
  eleventyConfig.addPassthroughCopy({ "src/css": "css", "src/js": "js", "src/favicon.svg": "favicon.svg" });
  return {
    dir: { input: "src", output: "_site" },
    pathPrefix: loadSite(pathsFromEnv(process.env).site, process.env).pathPrefix,
  };
}
