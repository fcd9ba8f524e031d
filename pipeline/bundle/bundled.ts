/**
 * What the bundler fixes when it makes the bundle (see load.js). Unbundled,
 * as tests and tsx load the pipeline, there is none.
 */
declare const DOSSIER_SOURCES_SHA256: string | undefined;

/** The hash of the pipeline's sources the bundle was made from, or null when running unbundled. */
export const bundledSources: string | null = typeof DOSSIER_SOURCES_SHA256 === "string" ? DOSSIER_SOURCES_SHA256 : null;
