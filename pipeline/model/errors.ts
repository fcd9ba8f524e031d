import { getSystemErrorMap } from "node:util";
import { fail, type Message } from "./messages.ts";

/**
 * The one error family of the pipeline: it carries a fatal message, which
 * names the file and the cause, as Eleventy's own errors do. Thrown only at
 * the edges (reading, writing); extraction reports problems as messages instead.
 */
export class DossierError extends Error {
  readonly detail: Message;

  constructor(file: string, rule: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = "DossierError";
    this.detail = fail(file, rule, reason);
  }
}

/** The system's own words for a failed file operation, e.g. `EACCES: permission denied`. */
export function systemReason(cause: unknown): string {
  const error = cause as NodeJS.ErrnoException;
  const described = typeof error?.errno === "number" ? getSystemErrorMap().get(error.errno)?.[1] : undefined;
  if (error?.code && described) return `${error.code}: ${described}`;
  return error?.code ?? error?.message ?? String(cause);
}
