import { describe, expect, it } from "vitest";
import { reportsOf } from "../../../pipeline/corpus/developments/reports.ts";
import { article, day, yearless } from "../../../bench/articles.ts";
import { ENTITIES } from "./samples.ts";

describe("reportsOf", () => {
  it("sorts the entities of a report into actors and places", () => {
    const [report] = reportsOf([article("a", "2023-06-06", [day("2023-05-12", "The meeting took place on May 12 in Kandahar with Taliban leader Haibatullah Akhundzada.")])], ENTITIES);
    expect(report!.entities).toEqual(["kandahar", "haibatullah-akhundzada"]);
    expect([...report!.actors]).toEqual(["haibatullah-akhundzada"]);
    expect([...report!.places]).toEqual(["kandahar"]);
  });
  it("reads a title as its holder on the date of the development", () => {
    const [report] = reportsOf([article("a", "2023-06-05", [{ date: "2023-05", precision: "month", text: "the Prime Minister of Qatar met the leader of the Taliban last month" }])], ENTITIES);
    expect([...report!.actors]).toEqual(["mohammed-bin-abdulrahman-al-thani", "haibatullah-akhundzada"]);
  });
  it("keeps year-less unresolved developments and drops relative ones", () => {
    const reports = reportsOf(
      [article("a", null, [], { unresolved: [yearless("Ils se sont rencontrés le 12 mai.", "le 12 mai", 5, 12), { text: "Le Qatar les a rencontrés le mois dernier.", expression: "le mois dernier" }] })],
      ENTITIES,
    );
    expect(reports.map((r) => r.yearless)).toEqual([{ month: 5, day: 12 }]);
  });
});
