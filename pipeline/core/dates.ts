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

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

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
