import { describe, expect, it } from "vitest";
import { daysBefore, formatMoment } from "../../bench/calendar.ts";

describe("formatMoment", () => {
  it("reproduces the English date line of sample 000", () => {
    const moment = { year: 2023, month: 6, day: 6, hour: 19, minute: 29 };
    expect(formatMoment("{weekday} {dd}/{month}/{yyyy} - {h12}:{min} {ampm}", moment, "en")).toBe("Tuesday 06/June/2023 - 07:29 PM");
  });

  it("reproduces the dotted English date of sample 003", () => {
    const moment = { year: 2021, month: 10, day: 9, hour: 13, minute: 24 };
    expect(formatMoment("{month} {day}. {yyyy} {hh}:{min}", moment, "en")).toBe("October 9. 2021 13:24");
  });

  it("prints French, German and Spanish names in their own language", () => {
    expect(formatMoment("{weekday} {day} {month} {yyyy}", { year: 2022, month: 12, day: 7, hour: 0, minute: 0 }, "fr")).toBe("mercredi 7 décembre 2022");
    expect(formatMoment("{dd}.{mm}.{yyyy}, {hh}:{min} Uhr", { year: 2024, month: 2, day: 19, hour: 14, minute: 35 }, "de")).toBe("19.02.2024, 14:35 Uhr");
    expect(formatMoment("{day} de {month} de {yyyy}", { year: 2023, month: 6, day: 5, hour: 0, minute: 0 }, "es")).toBe("5 de junio de 2023");
  });

  it("prints midnight as 12 AM", () => {
    expect(formatMoment("{h12} {ampm}", { year: 2023, month: 1, day: 1, hour: 0, minute: 0 }, "en")).toBe("12 AM");
  });

  it("leaves unknown tokens as they are", () => {
    expect(formatMoment("{era} {yyyy}", { year: 2023, month: 1, day: 1, hour: 0, minute: 0 }, "en")).toBe("{era} 2023");
  });
});

describe("daysBefore", () => {
  it("crosses month and year boundaries", () => {
    expect(daysBefore({ year: 2023, month: 1, day: 3, hour: 8, minute: 5 }, 5)).toEqual({ year: 2022, month: 12, day: 29, hour: 8, minute: 5 });
  });
});
