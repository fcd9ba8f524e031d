import { describe, expect, it } from "vitest";
import { isDesk, isNameWithRole, isPersonName, leadingName } from "../../../pipeline/article/text/names.ts";

describe("isPersonName", () => {
  it.each([
    "Mohamed Yosry",
    "Jane Doe",
    "Mohamed bin Abdulrahman Al Thani",
    "Mohamed bin Abdulrahman al-Thani",
    "Abdulrahman Al-Thani",
    "Haibatullah Akhundzada",
    "Mullah Abdul Ghani Baradar",
    "Jean-Pierre Dupont",
    "María López",
    "Anna Schmidt",
    "Ursula von der Leyen",
    "Conor O'Neill",
    "J. R. Smith",
    "Abdel Fattah el-Sisi",
    "Valéry Giscard d'Estaing",
  ])("accepts %s", (name) => {
    expect(isPersonName(name)).toBe(true);
  });

  it.each([
    ["one word", "Yosry"],
    ["a desk", "Staff Writer"],
    ["a role", "Diplomatic Correspondent"],
    ["a masthead", "The Reference"],
    ["a wire agency", "Reuters Staff"],
    ["a section label", "Afghanistan Update"],
    ["a French desk", "La Rédaction"],
    ["a German desk", "Redaktion Berlin"],
    ["a sentence", "The talks were held in Doha"],
    ["lower case words", "jane doe"],
    ["a lower-case word with a hyphen", "Jane al-doe"],
    ["a name with a number", "Jane Doe 2"],
    ["seven words", "Mohamed bin Abdulrahman bin Jassim Al Thani Junior"],
    ["particles only around one name", "bin Al Thani"],
  ])("rejects %s: %s", (_, text) => {
    expect(isPersonName(text)).toBe(false);
  });
});

describe("isDesk", () => {
  it.each(["Staff Writer", "Al Jazeera Staff", "La Rédaction", "Redaktion", "Reuters", "Diplomatic Correspondent"])("takes %s for a desk", (text) => {
    expect(isDesk(text)).toBe(true);
  });

  it.each(["Jane Doe", "Mohamed bin Abdulrahman Al Thani", "the staff of the ministry", "Kaboul à Doha"])("does not take %s for a desk", (text) => {
    expect(isDesk(text)).toBe(false);
  });
});

describe("leadingName", () => {
  const words = (text: string) => text.split(" ");
  it.each([
    ["Alex Bozarjian KTRK logo", "Alex Bozarjian"],
    ["Evgenia Karp Zuletzt geändert", "Evgenia Karp"],
    ["Michael R. Bloomberg said", "Michael R. Bloomberg"],
    ["Emmanuelle Ducros Emmanuelle Ducros", "Emmanuelle Ducros"],
    ["Matthieu Hy le", "Matthieu Hy"],
    ["Richard David Precht im Gespräch", "Richard David Precht"],
    ["Jane Doe, Reuters", "Jane Doe"],
    ["Evan Halper Staff Writer", "Evan Halper"],
    ["Jane Doe Senior Correspondent", "Jane Doe"],
    ["Sarah Schnieder Reiterrevue International", "Sarah Schnieder"],
    ["Anna Beck Frankfurter Rundschau", "Anna Beck"],
  ])("reads the name %s opens with", (text, name) => {
    expect(leadingName(words(text))).toBe(name);
  });
  it("stops at a word the caller says ends a name", () => {
    expect(leadingName(words("Jane Doe Image"), (word) => word === "Image")).toBe("Jane Doe");
  });
  it("is null when the words do not open with a name", () => {
    expect(leadingName(words("the talks in Doha"))).toBeNull();
    expect(leadingName(words("Yosry"))).toBeNull();
    // A role ends a name; an outlet's word inside it makes it none.
    expect(leadingName(words("Gulf Times Staff"))).toBeNull();
    expect(leadingName(words("Neue Zürcher Zeitung Online"))).toBeNull();
  });
});

describe("isPersonName on phrases and codes", () => {
  it("reads no phrase with an article or a preposition in it, and no row of codes", () => {
    expect(isPersonName("Die Ticketpreise")).toBe(false);
    expect(isPersonName("Im Wortlaut")).toBe(false);
    expect(isPersonName("Anna In Kultur")).toBe(false);
    expect(isPersonName("Writing Plugins In Emacs")).toBe(false);
    expect(isPersonName("FR IT EN")).toBe(false);
  });

  it("reads no phrase with a German article between its nouns, but a name with one after its particle", () => {
    expect(isPersonName("Tipp der Woche")).toBe(false);
    expect(isPersonName("Anna von der Beck")).toBe(true);
  });

  it("still reads a name opened by a particle, and one of initials", () => {
    expect(isPersonName("De Vries Anna")).toBe(true);
    expect(isPersonName("R. R.")).toBe(true);
  });
});

describe("isNameWithRole", () => {
  it.each([
    "Richard Adams Education editor",
    "Jane Doe, Senior Correspondent, Gulf Desk",
    "& Sylvia Torres-Guillén, Director of Education Equity",
    "Omar Haddad Staff Writer",
  ])("reads %j as a byline without its 'By'", (line) => {
    expect(isNameWithRole(line)).toBe(true);
  });

  it.each(["Qatar hosts talks between US envoys and the Taliban", "Jane Doe", "Editor's picks", "Thousands of UK academics 'treated as second-class citizens'"])("does not read %j as one", (line) => {
    expect(isNameWithRole(line)).toBe(false);
  });
});
