/**
 * Makes the corpus available to every page as `dossier`, reloaded on each
 * build. While serving (`npm start`) it also writes the pages of `many-pages.ts`
 * after each build; `npm run build:site` writes them in a step of its own.
 */
import { writePages } from "./many-pages.ts";
import { Dossier, pathsFromEnv } from "./dossier.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function dataPlugin(config: EleventyConfig): void {
  const paths = pathsFromEnv(process.env);
  let current: Dossier | undefined;
  config.addGlobalData("dossier", () => (current = new Dossier(paths, process.env)));
  config.on("eleventy.after", async ({ directories, runMode }) => {
    if (runMode !== "build") await writePages(current ?? new Dossier(paths, process.env), directories.output);
  });
  config.addWatchTarget(`${paths.corpus}/`);
  config.addWatchTarget(paths.report);
}
