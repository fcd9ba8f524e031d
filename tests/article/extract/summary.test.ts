import { describe, expect, it } from "vitest";
import { leadSummary } from "../../../pipeline/article/extract/summary.ts";

const LEAD_003 =
  "A US delegation wants to meet with high-ranking Taliban representatives this weekend for the first time since the withdrawal from Afghanistan. The meeting will be held in the Qatari capital, Doha. Talks should be about the evacuation of foreigners.";

describe("leadSummary", () => {
  it("takes the first two sentences of the lead", () => {
    expect(leadSummary(LEAD_003, "en")).toBe(
      "A US delegation wants to meet with high-ranking Taliban representatives this weekend for the first time since the withdrawal from Afghanistan. The meeting will be held in the Qatari capital, Doha.",
    );
  });

  it("takes a one-sentence lead whole", () => {
    expect(leadSummary("The Taliban leader’s response to Al-Thani during the meeting has not been clear yet.", "en")).toBe(
      "The Taliban leader’s response to Al-Thani during the meeting has not been clear yet.",
    );
  });

  it("takes only the first sentence when two would be too long", () => {
    const first = `Qatar is scrambling to persuade the Taliban to stop the offensive as militant groups advanced towards the gates of Kabul after occupying the eastern city of Jalalabad on Sunday.`;
    const second = `A person familiar with the mediation work said that a delegation of high-level officials from the Taliban and the Afghan government is expected to hold talks in Doha on Monday.`;
    expect(leadSummary(`${first} ${second}`, "en")).toBe(first);
  });

  it("cuts an overlong first sentence at a word and marks the cut", () => {
    const lead = `En août 2021, ${"le départ des troupes internationales a permis aux talibans de prendre le contrôle, ".repeat(5)}fin.`;
    const summary = leadSummary(lead, "fr");
    expect(summary.length).toBeLessThanOrEqual(321);
    expect(summary.endsWith("…")).toBe(true);
    expect(lead.startsWith(summary.slice(0, -1))).toBe(true);
    expect(summary.at(-2)).not.toBe(" ");
  });

  it("keeps 'Dr.' inside the first sentence", () => {
    expect(leadSummary("Dr. Mohamed Abdel Razek explained the visit. He is an expert. He spoke on Monday.", "en")).toBe(
      "Dr. Mohamed Abdel Razek explained the visit. He is an expert.",
    );
  });

  it("returns an empty summary for an empty lead", () => {
    expect(leadSummary("", "en")).toBe("");
  });
});
