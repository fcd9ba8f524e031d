// Wiring only: plugins live in src/_config/, metadata in src/_data/site.json.
// Run through tsx (see package.json scripts) so the TypeScript modules load.
import dataPlugin from "./src/_config/data.ts";
import { pathsFromEnv } from "./src/_model/dossier.ts";
import { shardFromEnv } from "./src/_config/shard.ts";
import shardingPlugin from "./src/_config/sharding.ts";
import { loadSite } from "./src/_model/site.ts";
import templatesPlugin from "./src/_config/templates.ts";

export default function (eleventyConfig) {
  const paths = pathsFromEnv(process.env);
  eleventyConfig.addPlugin(templatesPlugin);
  eleventyConfig.addPlugin(dataPlugin);
  eleventyConfig.addPlugin(shardingPlugin, {
    input: "src",
    shard: shardFromEnv(process.env),
    assets: { "src/css": "css", "src/js": "js", "src/favicon.svg": "favicon.svg" },
  });
  return {
    // No output folder here: it would win over the one the build names (Eleventy writes to _site by default).
    dir: { input: "src" },
    pathPrefix: loadSite(paths.site, process.env).pathPrefix,
  };
}
