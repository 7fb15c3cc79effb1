/**
 * Text for a terminal, fitted to its width: a line too long is wrapped between words, its
 * later rows indented under its text (after a leading "1. ", "- " or "Label: " of up to a
 * half of the width). A word never breaks, and an address or any word wider than the
 * terminal stands whole on a row of its own, for the terminal to wrap and the admin to select.
 */
export function fitToWidth(text: string, width: number | undefined): string {
  if (width === undefined || !(width >= 20)) return text;
  return text
    .split('\n')
    .flatMap((line) => fitLine(line, width))
    .join('\n');
}

const LEAD = /^(\s*(?:\d+\.\s+|[-*]\s+|[A-Z][\w ]{0,30}:\s+)?)/;

function fitLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const lead = LEAD.exec(line)?.[1] ?? '';
  const hang = lead.length <= width / 2 ? ' '.repeat(lead.length) : '';
  const rows: string[] = [];
  let row = lead;
  for (const word of line.slice(lead.length).split(/\s+/).filter(Boolean)) {
    const next = row.trim() === '' || row === lead ? `${row}${word}` : `${row} ${word}`;
    if (next.length <= width || row === lead || row.trim() === '') {
      row = next;
      continue;
    }
    rows.push(row);
    row = `${hang}${word}`;
  }
  rows.push(row);
  return rows;
}

/** Words wrapped to `width` columns; a word longer than that stands alone on its row. */
export function wrapWords(text: string, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (row && row.length + 1 + word.length > width) {
      rows.push(row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  return [...rows, row];
}
