import { describe, expect, it } from "vitest";
import { loadReport, parseReport } from "../../../src/_model/report.ts";

describe("loadReport", () => {
  it("reads the normalize report", () => {
    const files = loadReport("tests/fixtures/site-corpus/report.json");
    expect(files.filter((f) => f.status === "rejected").map((f) => f.raw)).toEqual(["009_binary.txt"]);
  });
  it("treats a missing report as empty", () => expect(loadReport("no/such/report.json")).toEqual([]));
});

describe("parseReport", () => {
  it("names the file when the report is not JSON", () => expect(() => parseReport("{", "r.json")).toThrow("r.json: not valid JSON"));
  it("names the field when the report has the wrong shape", () => {
    expect(() => parseReport('{"files":[{"raw":"a","status":"lost","messages":[]}]}', "r.json")).toThrow(/r\.json: files\.0\.status/);
  });
});
