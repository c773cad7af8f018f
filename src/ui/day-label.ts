// A day or a month as the reader writes it: "3 Jan 2025" / "2025年1月3日" for YYYY-MM-DD, "Mar 2024" /
// "2024年3月" for a deal known only to its month (YYYY-MM). Anything else is shown as it is.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function label(date: string, locale: string, monthOnly: boolean): string {
  const month = MONTH.test(date);
  if (!month && !DAY.test(date)) return date;
  const time = Date.parse(month ? `${date}-01` : date);
  if (Number.isNaN(time)) return date;
  const parts: Intl.DateTimeFormatOptions = month || monthOnly ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(time);
  } catch {
    return date;
  }
}

export function dayLabel(date: string, locale: string): string {
  return label(date, locale, false);
}

/** The month alone, even of a full day ("Oct 2023", "2023年10月"): a deal in a short line. */
export function monthLabel(date: string, locale: string): string {
  return label(date, locale, true);
}
