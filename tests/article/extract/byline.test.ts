import { describe, expect, it } from "vitest";
import { deskInByline, isByline, nameOfLine, namesAfterBylineWord, namesInStamp, parseByline, parseWireCredit, uniqueNames, withoutMenuWords } from "../../../pipeline/article/extract/byline.ts";

describe("parseByline", () => {
  it.each([
    ["By Mohamed Yosry and Jane Doe, Diplomatic Correspondent", ["Mohamed Yosry", "Jane Doe"]],
    ["By Mohamed Yosry", ["Mohamed Yosry"]],
    ["Par Mohamed bin Abdulrahman al-Thani", ["Mohamed bin Abdulrahman al-Thani"]],
    ["Par Jean Dupont", ["Jean Dupont"]],
    ["Par Jean Dupont et Marie Martin", ["Jean Dupont", "Marie Martin"]],
    ["Par Jean Dupont (AFP)", ["Jean Dupont"]],
    ["Von Anna Schmidt in Berlin", ["Anna Schmidt"]],
    ["Von Anna Schmidt und Jonas Weber, Berlin", ["Anna Schmidt", "Jonas Weber"]],
    ["Por María López", ["María López"]],
    ["Por María López y Carlos Ruiz, en Madrid", ["María López", "Carlos Ruiz"]],
    ["By Jane Doe | Reuters", ["Jane Doe"]],
    ["By Jane Doe - Staff Writer", ["Jane Doe"]],
    ["By Jane Doe in Doha", ["Jane Doe"]],
    ["By Jane Doe & John Roe", ["Jane Doe", "John Roe"]],
    ["Written by Mohamed Yosry", ["Mohamed Yosry"]],
    ["By Mohamed Yosry, Jane Doe and John Roe", ["Mohamed Yosry", "Jane Doe", "John Roe"]],
    ["By Jane Doe, BBC News", ["Jane Doe"]],
    ["By Jane Doe, Middle East Correspondent", ["Jane Doe"]],
    ["By Jane Doe | Published 7 December 2022", ["Jane Doe"]],
    ["Von Anna Schmidt, dpa", ["Anna Schmidt"]],
    ["Par Jean Dupont, envoyé spécial à Kaboul", ["Jean Dupont"]],
    ["Por María López, corresponsal en Kabul", ["María López"]],
    ["By Mohamed bin Abdulrahman Al Thani", ["Mohamed bin Abdulrahman Al Thani"]],
  ])("reads the names in %s", (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each([
    ["a desk", "By Staff Writer"],
    ["a wire agency", "By Reuters"],
    ["a French desk", "Par La Rédaction"],
    ["a sentence starting with By", "By Sunday the Taliban had entered Kabul, officials said."],
    ["a Spanish sentence starting with Por", "Por primera vez los talibanes se reunieron con Estados Unidos en Doha."],
    ["a French sentence starting with De", "De nombreux pays ont salué la médiation du Qatar."],
    ["a line without a prefix", "Mohamed Yosry"],
    ["a French correspondent line", "De notre correspondant à Kaboul"],
    ["an Al Jazeera staff byline", "By Al Jazeera Staff"],
    ["a headline", "Talks between the US and Taliban delegations are scheduled in Doha"],
  ])("returns null for %s", (_, line) => {
    expect(parseByline(line)).toBeNull();
  });

  it("reads the byline after \"author\", a particle in capitals inside a name, and a name printed twice glued", () => {
    expect(namesAfterBylineWord("Post author By Helge Fahrnberger")).toEqual(["Helge Fahrnberger"]);
    expect(namesAfterBylineWord("Par Loïc Le Clerc")).toEqual(["Loïc Le Clerc"]);
    expect(namesAfterBylineWord("Par Tom Roth le 07 Mai 2020")).toEqual(["Tom Roth"]);
    expect(nameOfLine("Ophélie OstermannOphélie Ostermann")).toBe("Ophélie Ostermann");
    expect(nameOfLine("YouTube Kanal")).toBeNull();
  });

  it("ends a name at a handle glued to it", () => {
    expect(namesAfterBylineWord("By Eric Levitz@EricLevitz")).toEqual(["Eric Levitz"]);
  });

  it("keeps a name whose surname starts like a byline word whole", () => {
    expect(namesInStamp("Von Isabella.DiBiase am Samstag")).toEqual(["Isabella.DiBiase"]);
  });

  it("keeps the dot of a last initial, once", () => {
    expect(parseByline("By : Joe S.")).toEqual(["Joe S."]);
    expect(parseByline("By Jane Doe.")).toEqual(["Jane Doe"]);
  });

  it("returns null for a line longer than a byline", () => {
    expect(parseByline(`By Jane Doe ${"and the desk ".repeat(15)}`)).toBeNull();
  });
});

describe("isByline", () => {
  it.each(["By Mohamed Yosry", "By Staff Writer", "By Al Jazeera Staff", "Par La Rédaction", "Von Redaktion Berlin", "By Reuters Staff in Doha"])("takes %s for a byline", (line) => {
    expect(isByline(line)).toBe(true);
  });

  it.each(["De Kaboul à Doha, le long chemin des talibans", "Por qué Catar media entre Washington y los talibanes", "By Sunday the Taliban had entered Kabul", "Staff Writer"])(
    "does not take %s for a byline",
    (line) => {
      expect(isByline(line)).toBe(false);
    },
  );
});

describe("parseWireCredit", () => {
  it("names the reporter and not the editor", () => {
    expect(parseWireCredit("Reporting by Jane Doe; Editing by John Roe")).toEqual(["Jane Doe"]);
  });

  it("names reporters and writers, dropping where they filed from", () => {
    expect(parseWireCredit("(Reporting by Jane Doe in Doha and Anna Schmidt in Berlin; Writing by Mohamed Yosry; Editing by John Roe)")).toEqual([
      "Jane Doe",
      "Anna Schmidt",
      "Mohamed Yosry",
    ]);
  });

  it("names additional reporters", () => {
    expect(parseWireCredit("Additional reporting by María López")).toEqual(["María López"]);
  });

  it("names nobody in an editing-only credit", () => {
    expect(parseWireCredit("Editing by John Roe and Jane Doe")).toEqual([]);
  });

  it("names nobody when the credit is a desk", () => {
    expect(parseWireCredit("Reporting by Reuters Staff; Editing by John Roe")).toEqual([]);
  });
});

describe("uniqueNames", () => {
  it("keeps the first spelling of a name repeated in another case", () => {
    expect(uniqueNames(["Jane Doe", "Mohamed Yosry", "JANE DOE", "jane doe"])).toEqual(["Jane Doe", "Mohamed Yosry"]);
  });

  it("keeps the order in which names were found", () => {
    expect(uniqueNames(["Mohamed Yosry", "Jane Doe"])).toEqual(["Mohamed Yosry", "Jane Doe"]);
  });
});

describe("deskInByline", () => {
  it("gives the desk a byline names in place of a person", () => {
    expect(deskInByline("Von Redaktion")).toBe("Redaktion");
    expect(deskInByline("Author Redaktion")).toBe("Redaktion");
    expect(deskInByline("Redaktion, ")).toBe("Redaktion");
    expect(deskInByline("Von Anna Beck")).toBeNull();
    expect(deskInByline("Politik")).toBeNull();
  });
});

describe("namesInStamp", () => {
  // What the stamp line says beside its dates, as `besideDates` gives it.
  it.each([
    ["4.02.2022 par Bob Fischer", " par Bob Fischer", ["Bob Fischer"]],
    ["Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023", "Von Jan Kupitz |  | Zuletzt geändert: ", ["Jan Kupitz"]],
    ["Text von Christian Seiler Illustration von Markus Roost", "Text von Christian Seiler Illustration von Markus Roost", ["Christian Seiler", "Markus Roost"]],
    ["Von Roland Brockmann und Sebastian Drescher, 3. Mai 2023", "Von Roland Brockmann und Sebastian Drescher, ", ["Roland Brockmann", "Sebastian Drescher"]],
    ["By Amelie Marie Nishizawa Feb 8, 2020 5 min read", "By Amelie Marie Nishizawa  5 min read", ["Amelie Marie Nishizawa"]],
  ])("reads the byline inside %s", (_, rest, names) => {
    expect(namesInStamp(rest)).toEqual(names);
  });
  it("reads a user name after a byline word", () => {
    expect(namesInStamp("von flerche")).toEqual(["flerche"]);
    expect(namesInStamp("Posted on  by Realiberry")).toEqual(["Realiberry"]);
    expect(namesInStamp("Veröffentlicht von Cem Basman")).toEqual(["Cem Basman"]);
  });
  it("reads a name beside the date when no byline word stands there", () => {
    expect(namesInStamp("Bettina Kugler ,  ")).toEqual(["Bettina Kugler"]);
    expect(namesInStamp("Sabine Schönfelder / ")).toEqual(["Sabine Schönfelder"]);
    // "11.12.2019 - Anna Beck": a spaced hyphen parts the stamp, one inside a name does not.
    expect(namesInStamp("  - Anna Beck")).toEqual(["Anna Beck"]);
    expect(namesInStamp("  - Anna Beck-Roth")).toEqual(["Anna Beck-Roth"]);
  });
  it("reads no author from an embedded post's credit", () => {
    expect(namesInStamp("— Jane Doe (@janedoe) ")).toEqual([]);
  });
  it("reads no desk or section as an author", () => {
    expect(namesInStamp("Politik ")).toEqual([]);
  });
});

describe("nameOfLine", () => {
  it("reads a name alone on its line, and one with a button's word after it", () => {
    expect(nameOfLine("Mohamed Yosry")).toBe("Mohamed Yosry");
    expect(nameOfLine("Alex Bozarjian Image")).toBe("Alex Bozarjian");
  });
  it("reads a name with a short role after it", () => {
    expect(nameOfLine("Richard Adams Education editor")).toBe("Richard Adams");
    expect(nameOfLine("• Ronja Beck")).toBe("Ronja Beck");
  });
  it("is null for a line that says more than a name", () => {
    expect(nameOfLine("Jane Doe meets the envoys")).toBeNull();
    expect(nameOfLine("By Jane Doe")).toBeNull();
  });
});

describe("parseByline with a first name alone", () => {
  it("reads a blog's signature after By or Von", () => {
    expect(parseByline("By Daniel")).toEqual(["Daniel"]);
    expect(parseByline("Von Steffi")).toEqual(["Steffi"]);
  });
  it("reads no agency or button as one", () => {
    expect(parseByline("By Reuters")).toBeNull();
  });
});

describe("namesAfterBylineWord", () => {
  it("reads a byline inside a line that states no date", () => {
    expect(namesAfterBylineWord("Eine Kolumne von Nils Pickert")).toEqual(["Nils Pickert"]);
    expect(namesAfterBylineWord("Interview: Julia Lauter")).toEqual(["Julia Lauter"]);
  });
  it("reads a byline word glued to the name", () => {
    expect(namesAfterBylineWord("Veröffentlicht vonChris Jung")).toEqual(["Chris Jung"]);
    expect(namesAfterBylineWord("AuthorAndreas Kalt4 Kommentare")).toEqual(["Andreas Kalt"]);
  });
  it("takes no month, all-caps word or Spanish 'de' for a user name", () => {
    expect(namesAfterBylineWord("7 de diciembre de 2022")).toEqual([]);
    expect(namesAfterBylineWord("Issued by CEMO")).toEqual([]);
  });
});

describe("namesAfterBylineWord inside a phrase", () => {
  it("takes a user name only after a byline word that opens the line or follows a date", () => {
    expect(namesAfterBylineWord("von flerche")).toEqual(["flerche"]);
    expect(namesAfterBylineWord("Nordish by Nature")).toEqual([]);
    expect(namesAfterBylineWord("Profilbild von Montana")).toEqual([]);
    expect(namesAfterBylineWord("Kommentar von human am")).toEqual([]);
  });
  it("stops a name at a word that labels what follows", () => {
    expect(namesAfterBylineWord("von Andrea Meier Kategorien: Allgemein")).toEqual(["Andrea Meier"]);
  });
});

describe("names glued or labelled on real pages", () => {
  it("parts a name glued to its copy, and skips a picture's label before it", () => {
    expect(namesInStamp("Alexandria DouziechAlexandria Douziech")).toEqual(["Alexandria Douziech"]);
    expect(namesInStamp("Avatar Frank Hahn am ")).toEqual(["Frank Hahn"]);
  });
  it("takes no function word for a user name", () => {
    expect(namesAfterBylineWord("Interview mit")).toEqual([]);
  });
});

describe("user names with digits", () => {
  it("keeps a user name's digits, and parts only a count glued to a name", () => {
    expect(namesAfterBylineWord("Author: Bo2man am")).toEqual(["Bo2man"]);
    expect(namesAfterBylineWord("AuthorAndreas Kalt4 Kommentare")).toEqual(["Andreas Kalt"]);
  });
  it("takes no 'zum' for a user name, and reads 'vom' and 'Auteur' as byline words", () => {
    expect(namesAfterBylineWord("Rezept von Zum Profil")).toEqual([]);
    expect(namesAfterBylineWord("vom Krimiblogger")).toEqual(["Krimiblogger"]);
    expect(namesAfterBylineWord("Auteur : Anna Kubišta")).toEqual(["Anna Kubišta"]);
  });
});

describe("withoutMenuWords", () => {
  const entries = new Set(["Kultur", "Netzwerk", "Kaufratgeber", "Wannenkopfhütte"]);
  it.each([
    ["Carola Pönisch Kultur", "Carola Pönisch"],
    ["Markus Elsberger Netzwerk", "Markus Elsberger"],
    ["Steffi Kaufratgeber", "Steffi"],
    ["Kräutergarten der Wannenkopfhütte", "Kräutergarten"],
  ])("drops the category a stamp runs on into: %s", (name, kept) => {
    expect(withoutMenuWords(name, entries)).toBe(kept);
  });
  it("keeps a name none of whose words ends in a menu entry, and a name's first word", () => {
    expect(withoutMenuWords("Anna Kultur Beck", entries)).toBe("Anna Kultur Beck");
    expect(withoutMenuWords("Kultur", entries)).toBe("Kultur");
  });
});

describe("namesAfterBylineWord with a user name", () => {
  it("keeps the digits of a user name, and parts a count glued to a surname", () => {
    expect(namesAfterBylineWord("Dezember 10, 2019 · von freeman1984 · in Uncategorized")).toEqual(["freeman1984"]);
    expect(namesAfterBylineWord("22. Januar 2020 // Autor: c1ph4 // ~ Lesezeit: 1 Minute")).toEqual(["c1ph4"]);
    expect(namesAfterBylineWord("Von Andreas Kalt4 Kommentare")).toEqual(["Andreas Kalt"]);
  });
});

describe("parseByline with a glued handle", () => {
  it("ends the name at the handle glued to it", () => {
    expect(parseByline("By Eric Levitz@EricLevitz")).toEqual(["Eric Levitz"]);
  });
});

describe("parseByline run on into its stamp", () => {
  it.each([
    ["Posted by Jane Doe at 18:52  Tagged with: garden, spring", ["Jane Doe"]],
    ["Author: jdoe2 am 29.12.2010, 13:36 Uhr", ["jdoe2"]],
    ["By Anna on 31. October, 2023 | 18 Comments. This post may contain affiliate links.", ["Anna"]],
    ["Von Tom Roth Vom 3. Februar 2022 0", ["Tom Roth"]],
    ["Gespeichert von jdoe am 24. Juli 2017 - 18:55", ["jdoe"]],
    ["Eingestellt von Tom Roth um 21:11", ["Tom Roth"]],
  ])("reads whoever signs before the date or time in %s", (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it("reads no weekday before a time as a signer", () => {
    expect(parseByline("By Sunday at 5 pm the troops had left the city")).toBeNull();
  });
});

describe("namesAfterBylineWord after a preposition", () => {
  it("reads no byline word that a preposition or an article leads into", () => {
    expect(namesAfterBylineWord("Interview mit Autorin Jane Doe")).toEqual([]);
    expect(namesAfterBylineWord("Die von Tom Roth beschriebene Lage")).toEqual([]);
    expect(namesAfterBylineWord("Ein Gastbeitrag von Tom Roth")).toEqual(["Tom Roth"]);
  });
});

describe("nameOfLine after a picture", () => {
  it("reads the name after the placeholder of the author's picture", () => {
    expect(nameOfLine("[Image-from] Jane Doe")).toBe("Jane Doe");
    expect(nameOfLine("[svg]Anna Beck")).toBe("Anna Beck");
    expect(nameOfLine("[Image-from] Jane Doe lacht in die Kamera")).toBeNull();
  });
});

describe("namesInStamp with a user name in capitals", () => {
  it("reads a user name in capitals after a stamp's byline word, alone in its part", () => {
    expect(namesInStamp("  by JDX")).toEqual(["JDX"]);
    expect(namesInStamp("  by JDX Staff Report")).toEqual([]);
  });

  it("reads none outside a stamp, where capitals open a heading", () => {
    expect(namesAfterBylineWord("by JDX")).toEqual([]);
  });
});
