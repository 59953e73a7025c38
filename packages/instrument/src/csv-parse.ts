// An RFC 4180 reader, the inverse of csvText: used to merge translators' CSV files back and in tests.
// Accepts CRLF or LF, a leading byte-order mark, quoted fields with doubled quotes and line breaks.
// Reports the 1-based line of each record, and of a quote left open, so errors can name file:line.

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
}

export type CsvParseResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; line: number; message: { nb: string; en: string } };

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let start = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    // A blank line (one empty cell) is no record; the final newline is not an empty record either.
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: start, cells });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      i++;
      continue;
    } else if (c === "\n") {
      endRecord();
      line++;
      start = line;
    } else cell += c;
    i++;
  }
  if (quoted)
    return {
      ok: false,
      line: quoteLine,
      message: {
        nb: 'Et sitattegn (") åpner et felt som aldri lukkes.',
        en: 'A quote (") opens a field that is never closed.',
      },
    };
  if (cell !== "" || cells.length > 0) endRecord();
  return { ok: true, records };
}

/** Undoes the formula guard of csvCell: one apostrophe is dropped from apostrophes before = + - @ tab or CR. */
export function unguardCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
