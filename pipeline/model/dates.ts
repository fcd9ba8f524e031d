/** Calendar dates at the precision the text supports; never more. */
export type Precision = "day" | "month" | "year";

/** 'YYYY-MM-DD' (day), 'YYYY-MM' (month) or 'YYYY' (year). */
export type DateString = string;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return "day";
  if (date.month !== undefined) return "month";
  return "year";
}

/** A date or time part with its leading zeros: `pad(5)` is "05", `pad(33, 4)` is "0033". */
export const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in a month of the Gregorian calendar, in any year. */
export const daysInMonth = (year: number, month: number) => (month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** A real date of the calendar (no 31 June, no 29 February 2023). */
export function isRealDate(year: number, month: number, day = 1): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The first day a date covers, 'YYYY-MM-DD', so dates of different precision compare as text: "2024-02" starts on 2024-02-01. */
export const firstDayOf = ({ year, month = 1, day = 1 }: PartialDate): DateString => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The last day a date covers: "2024-02" ends on 2024-02-29, "2013" on 2013-12-31. */
export const lastDayOf = ({ year, month = 12, day }: PartialDate): DateString => `${pad(year, 4)}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;

export function formatPartialDate(date: PartialDate): DateString {
  let out = pad(date.year, 4);
  if (date.month !== undefined) out += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) out += `-${pad(date.day)}`;
  return out;
}

export function parseDateString(value: DateString): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new RangeError(`not a YYYY[-MM[-DD]] date: ${value}`);
  const [, y, m, d] = match;
  return {
    year: Number(y),
    ...(m === undefined ? {} : { month: Number(m) }),
    ...(d === undefined ? {} : { day: Number(d) }),
  };
}
