/**
 * Makes the corpus available to every page as `dossier`, reloaded on each
 * build, and writes the files of `many-pages.ts` once Eleventy has written its
 * own, from the same data.
 */
import { writePages } from "./many-pages.ts";
import { Dossier, pathsFromEnv } from "./dossier.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function dataPlugin(config: EleventyConfig): void {
  const paths = pathsFromEnv(process.env);
  let current: Dossier | undefined;
  config.addGlobalData("dossier", () => (current = new Dossier(paths, process.env)));
  config.on("eleventy.after", async ({ directories }) => {
    await writePages(current ?? new Dossier(paths, process.env), directories.output);
  });
  config.addWatchTarget(`${paths.corpus}/`);
  config.addWatchTarget(paths.report);
}
