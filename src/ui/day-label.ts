// A day or a month as the reader writes it: "3 Jan 2025" / "2025年1月3日" for YYYY-MM-DD, "Mar 2024" /
// "2024年3月" for a deal known only to its month (YYYY-MM). Anything else is shown as it is.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

export function dayLabel(date: string, locale: string): string {
  const month = MONTH.test(date);
  if (!month && !DAY.test(date)) return date;
  const time = Date.parse(month ? `${date}-01` : date);
  if (Number.isNaN(time)) return date;
  const parts: Intl.DateTimeFormatOptions = month ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(time);
  } catch {
    return date;
  }
}
