/** Makes the corpus available to every page as `dossier`, reloaded on each build. */
import { Dossier, pathsFromEnv } from "./dossier.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function dataPlugin(config: EleventyConfig): void {
  const paths = pathsFromEnv(process.env);
  config.addGlobalData("dossier", () => new Dossier(paths, process.env));
  config.addWatchTarget(`${paths.corpus}/`);
  config.addWatchTarget(paths.report);
}
