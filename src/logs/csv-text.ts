// Searches over CSV text that make no strings: the reader's and the column reader's
// tools for finding cells, line breaks and the separator.

/**
 * Where the cells of a row without quotes start: `starts[c]` for cell c, and one past
 * the separator ending the last cell asked for. Returns how many cells it found (fewer
 * than `count` when the row is short). No strings are made.
 */
export function cellBounds(text: string, start: number, end: number, delimiter: string, starts: Int32Array, count: number): number {
  let at = start;
  for (let c = 0; c < count; c++) {
    starts[c] = at;
    const next = text.indexOf(delimiter, at);
    if (next === -1 || next >= end) {
      starts[c + 1] = end + delimiter.length;
      return c + 1;
    }
    at = next + delimiter.length;
  }
  starts[count] = at;
  return count;
}

export function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  let k = text.indexOf('\n', from);
  while (k >= 0 && k < to) {
    n++;
    // A row's own line break ends its span: searching on would scan the next row.
    if (k + 1 >= to) break;
    k = text.indexOf('\n', k + 1);
  }
  return n;
}

export function countOf(text: string, part: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf(part, from); k !== -1 && k < to; k = text.indexOf(part, k + part.length)) n++;
  return n;
}

export function cellEnd(text: string, from: number, delimiter: string, newline: string): number {
  const d = text.indexOf(delimiter, from);
  const b = text.indexOf(newline, from);
  return d === -1 ? (b === -1 ? text.length : b) : b === -1 ? d : Math.min(d, b);
}

/** "2024-05-01T10:03:00Z" → "0-0-0a0:0:0a": what the first cells of a table's rows share. */
export function firstCellShape(cell: string): string {
  return cell.trim().replace(/\d+/g, '0').replace(/\p{L}+/gu, 'a');
}

/** The one place the separator of a CSV file is decided: Excel's `sep=` line, else the header's most common of , ; and tab. */
export function guessDelimiter(headerLine: string): string {
  const declared = /^sep=(.)\s*$/i.exec(headerLine);
  if (declared) return declared[1]!;
  const outside = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: outside.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}
