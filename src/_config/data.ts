/**
 * Makes the corpus available to every page as `dossier`, reloaded on each
 * build unless one was kept, and the part of the site the build writes as
 * `shard` (`DOSSIER_SHARD`, read at each build). While serving (`npm start`)
 * it also writes the files of `many-pages.ts` after each build;
 * `npm run build:site` writes them once Eleventy has let its pages go.
 */
import { writePages } from "./many-pages.ts";
import { Dossier, pathsFromEnv } from "../_model/dossier.ts";
import type { EleventyConfig } from "./eleventy.ts";
import { shardFromEnv } from "./shard.ts";

let kept: Dossier | undefined;

/** Every later build in this process uses `dossier` instead of reading the corpus again: one read for all the shards of a build. */
export function keepDossier(dossier: Dossier): void {
  kept = dossier;
}

export default function dataPlugin(config: EleventyConfig): void {
  const paths = pathsFromEnv(process.env);
  let current: Dossier | undefined;
  const load = () => (current = kept ?? new Dossier(paths, process.env));
  config.addGlobalData("dossier", load);
  config.addGlobalData("shard", () => shardFromEnv(process.env));
  config.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode !== "build") await writePages(current ?? load(), shardFromEnv(process.env), directories.output);
  });
  config.addWatchTarget(`${paths.corpus}/`);
  config.addWatchTarget(paths.report);
}
