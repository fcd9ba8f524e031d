/** The part of Eleventy's configuration API these plugins use (Eleventy ships no types). */
export interface EleventyConfig {
  addExtension(extension: string, options: { key: string }): void;
  addTemplateFormats(format: string): void;
  addGlobalData(name: string, value: () => unknown): void;
  addWatchTarget(path: string): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  ignores: Set<string>;
  setServerOptions(options: Record<string, unknown>): void;
  on(event: "eleventy.after", listener: (event: { directories: { output: string }; runMode: "build" | "watch" | "serve" }) => Promise<void>): void;
}
