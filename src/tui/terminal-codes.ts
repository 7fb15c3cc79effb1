const ESC = '\u001B';
const BEL = '\u0007';

/** OSC 52: asks the terminal (even across SSH) to put `text` on the local clipboard. */
export function osc52(text: string): string {
  return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}

/** OSC 8: `label` becomes a clickable link to `url` in terminals that support it. */
export function osc8(label: string, url: string): string {
  return `${ESC}]8;;${url}${BEL}${label}${ESC}]8;;${BEL}`;
}
