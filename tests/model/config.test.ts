import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseConfig } from "../../pipeline/model/config.ts";
import { DossierError } from "../../pipeline/model/errors.ts";

const schema = z.object({ topics: z.array(z.string()).min(1) });
const attempt = (text: string) => {
  try {
    parseConfig(text, "corpus/topics.yaml", schema, "taxonomy");
  } catch (error) {
    return error as DossierError;
  }
  throw new Error("expected a DossierError");
};

describe("parseConfig", () => {
  it("returns the data the schema gives", () => expect(parseConfig("topics: [detainees]\n", "t.yaml", schema, "taxonomy")).toEqual({ topics: ["detainees"] }));
  it("names the file and the kind when the YAML is malformed", () => {
    const error = attempt("topics: [unclosed\n");
    expect(error).toBeInstanceOf(DossierError);
    expect(error.message).toContain("corpus/topics.yaml");
    expect(error.detail.rule).toBe("taxonomy:yaml");
  });
  it("names the path of the first schema problem", () => {
    const error = attempt("topics: []\n");
    expect(error.detail.rule).toBe("taxonomy:schema");
    expect(error.message).toContain("topics:");
  });
});
