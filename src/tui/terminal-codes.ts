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

/**
 * Typed or pasted text (a whole log line) may carry escape sequences or control
 * characters: drop them before the text reaches the screen or a report.
 */
export function sanitizeInput(text: string): string {
  return text
    .replace(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g, '')
    .replace(/\u001B\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}
