import { getSystemErrorMap } from "node:util";

/**
 * The one error family of the pipeline: always names the file and the cause,
 * as Eleventy's own errors do. Thrown only at the edges (reading, writing);
 * extraction reports problems as messages instead.
 */
export class DossierError extends Error {
  readonly file: string;
  readonly rule: string;

  constructor(file: string, rule: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = "DossierError";
    this.file = file;
    this.rule = rule;
  }
}

/** The system's own words for a failed file operation, e.g. `EACCES: permission denied`. */
export function systemReason(cause: unknown): string {
  const error = cause as NodeJS.ErrnoException;
  const described = typeof error?.errno === "number" ? getSystemErrorMap().get(error.errno)?.[1] : undefined;
  if (error?.code && described) return `${error.code}: ${described}`;
  return error?.code ?? error?.message ?? String(cause);
}
