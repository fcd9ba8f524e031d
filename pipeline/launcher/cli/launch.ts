/** What the launcher (`bin/dossier.js`) knows of how the pipeline was loaded, handed to every command. */
export interface Launch {
  /** Hash of the pipeline's sources, which the corpus caches are stamped with. */
  sources: string;
  /** Address of the pool worker's entry. */
  worker: string;
}
