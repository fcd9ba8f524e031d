import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fingerprint, fingerprintFolded, overlap } from "../../pipeline/corpus/fingerprint.ts";
import { foldText } from "../../pipeline/article/extract/topics.ts";

const P1 = "Qatar is scrambling to persuade the Taliban to stop the offensive as militant groups advanced towards the gates of Kabul.";
const P2 = "A person familiar with the mediation work said that a delegation of high-level officials is expected to hold talks in Doha.";
const P3 = "“The biggest issue that Qatar has to put pressure on the Taliban is international recognition,” said a person familiar with the work.";

describe("fingerprint", () => {
  it("gives one 16-digit hash per substantial paragraph, sorted", () => {
    const hashes = fingerprint([P1, P2, P3]);
    expect(hashes).toHaveLength(3);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect([...hashes].sort()).toEqual(hashes);
  });

  it("does not depend on paragraph order", () => {
    expect(fingerprint([P3, P1, P2])).toEqual(fingerprint([P1, P2, P3]));
  });

  it("ignores case, accents, quote styles, punctuation and spacing", () => {
    const republished = P3.replace(/[“”]/g, '"').toUpperCase().replace(/ /g, "  ").replace(",", " ,");
    expect(fingerprint([republished])).toEqual(fingerprint([P3]));
    expect(fingerprint(["Le départ des troupes internationales a permis aux talibans de prendre le contrôle de Kaboul."])).toEqual(
      fingerprint(["Le depart des troupes internationales a permis aux talibans de prendre le controle de Kaboul."]),
    );
  });

  it("leaves out short paragraphs such as share prompts and captions", () => {
    expect(fingerprint(["Share this article", "Photo: Reuters", "The talks were held in Doha on Saturday."])).toEqual([]);
  });

  it("counts a paragraph repeated in one article once", () => {
    expect(fingerprint([P1, P1, P2])).toHaveLength(2);
  });

  it("hashes a paragraph's letters and digits with one space for each run of anything else, in any script", () => {
    const sha1 = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 16);
    expect(fingerprintFolded(["qatar's envoys met -- in doha, on 12 may 2023 -- the taliban's leader (again)."])).toEqual([sha1("qatar s envoys met in doha on 12 may 2023 the taliban s leader again")]);
    expect(fingerprintFolded(["«katar» vermittelt weiter: gespräche über gefangene in doha — straße 12, 2023 …"])).toEqual([sha1("katar vermittelt weiter gespräche über gefangene in doha straße 12 2023")]);
    expect(fingerprintFolded(["قطر تستضيف جولة جديدة من المحادثات بين الولايات المتحدة وطالبان في الدوحة، 2023."])).toEqual([sha1("قطر تستضيف جولة جديدة من المحادثات بين الولايات المتحدة وطالبان في الدوحة 2023")]);
  });

  it("tells paragraphs that differ by one word apart", () => {
    expect(fingerprint([P1])).not.toEqual(fingerprint([P1.replace("Kabul", "Kandahar")]));
  });
});

describe("overlap", () => {
  const [a, b, c] = [P1, P2, P3].map((paragraph) => fingerprint([paragraph])[0]!) as [string, string, string];

  it("is 1 for the same paragraphs", () => {
    expect(overlap([a, b], [b, a])).toBe(1);
  });

  it("is the share of the smaller article found in the larger", () => {
    expect(overlap([a], [a, b, c])).toBe(1);
    expect(overlap([a, b], [a, c, "0000000000000000"])).toBe(0.5);
  });

  it("is symmetric", () => {
    expect(overlap([a, b, c], [a])).toBe(overlap([a], [a, b, c]));
  });

  it("is 0 when either article has no substantial paragraph", () => {
    expect(overlap([], [a])).toBe(0);
    expect(overlap([a], [])).toBe(0);
  });
});

describe("fingerprintFolded", () => {
  it("equals fingerprint when given the folded, joined body split again, even with a final sigma at a paragraph's end", () => {
    const paragraphs = [
      "Qatar’s Foreign Minister met the Taliban’s leader in Kandahar to discuss the release of prisoners and women’s rights.",
      "ΟΙ ΣΥΝΟΜΙΛΙΕΣ ΣΤΗ ΝΤΟΧΑ ΣΥΝΕΧΙΣΤΗΚΑΝ ΧΘΕΣ ΜΕ ΤΗ ΣΥΜΜΕΤΟΧΗ ΑΝΤΙΠΡΟΣΩΠΕΙΩΝ ΑΠΟ ΤΙΣ ΗΠΑ ΚΑΙ ΤΟΥΣ ΤΑΛΙΜΠΑΝ ΚΑΙ ΤΟ ΚΑΤΑΡ ΜΕΣΟΛΑΒΗΣ",
      "Les délégations se sont réunies les 29 et 30 juin à Doha, selon un communiqué publié dimanche soir.",
    ];
    expect(fingerprintFolded(foldText(paragraphs.join("\n\n")).split("\n\n"))).toEqual(fingerprint(paragraphs));
  });
});
