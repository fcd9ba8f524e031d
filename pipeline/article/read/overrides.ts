/**
 * A raw file may open with a YAML block of corrections (title, published, …).
 * Those values win over extraction; a block with any other key is article text.
 */
import { parse } from "yaml";
import { OVERRIDE_KEYS, overridesSchema, type Overrides } from "../../model/schema.ts";
import { warn, type Extracted } from "../../model/messages.ts";
import { withoutControlsIn } from "../../model/controls.ts";

const BLOCK = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export interface SplitText {
  overrides: Overrides;
  text: string;
}

function isOverrideMap(data: unknown): data is Record<string, unknown> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.length > 0 && keys.every((key) => (OVERRIDE_KEYS as string[]).includes(key));
}

/** `file` names the file in the messages. */
export function splitOverrides(file: string, text: string): Extracted<SplitText> {
  const match = BLOCK.exec(text);
  if (!match) return { value: { overrides: {}, text }, messages: [] };
  let data: unknown;
  try {
    // YAML escapes ("\u0001", "\x1b") bring in control characters the decoded text no longer has.
    data = withoutControlsIn(parse(match[1]!));
  } catch {
    return { value: { overrides: {}, text }, messages: [] };
  }
  if (!isOverrideMap(data)) return { value: { overrides: {}, text }, messages: [] };
  const rest = text.slice(match[0].length);
  // A bare date in YAML parses as a string with the `yaml` package's core schema; keep it as written.
  const result = overridesSchema.safeParse(data);
  if (result.success) return { value: { overrides: result.data, text: rest }, messages: [] };
  const overrides: Overrides = {};
  const messages = [];
  for (const [key, value] of Object.entries(data)) {
    const one = overridesSchema.safeParse({ [key]: value });
    if (one.success) Object.assign(overrides, one.data);
    else messages.push(warn(file, "overrides:invalid", `override '${key}' ignored: ${one.error.issues[0]!.message}`));
  }
  return { value: { overrides, text: rest }, messages };
}
