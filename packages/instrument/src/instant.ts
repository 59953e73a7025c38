// RFC 3339 date-time: the form the schema's "date-time" format accepts, after upper-casing.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/**
 * Milliseconds since the epoch of an RFC 3339 date-time, for comparing timestamps as instants, not
 * as strings: "…09:00:00.5Z" is after "…09:00:00Z", and "…10:00:00+02:00" before "…09:00:00Z".
 * Anything else is -Infinity, older than every real timestamp (Date.parse alone would read "42"
 * as the year 2042).
 *
 * Date.parse wants an upper-case T and Z and knows no leap second (23:59:60, valid RFC 3339). A
 * leap second is placed in the last millisecond before it, after that millisecond's first half (so
 * after any "23:59:59.999…"), its fraction spread over a quarter millisecond: "23:59:60.2" comes
 * after "23:59:59.999" and "23:59:60.1", and before the next minute's ":00". (Reading :60 as :59,
 * as before, put "23:59:60.2" before "23:59:59.5".)
 */
export function instant(timestamp: unknown): number {
  const text = String(timestamp).toUpperCase().replace(/\s/, "T");
  const m = DATE_TIME.exec(text);
  const leap = m?.[1] === "60";
  // The seconds sit at 17–18 of "YYYY-MM-DDTHH:MM:SS".
  const t = m ? Date.parse(leap ? `${text.slice(0, 17)}59.999${m[3]}` : text) : NaN;
  if (Number.isNaN(t)) return -Infinity;
  // A double near 1.5e12 resolves about 0.00024 ms: the fraction spans a quarter of a millisecond.
  return leap ? t + 0.5 + Number(`0${m[2] ?? ""}`) / 4 : t;
}
