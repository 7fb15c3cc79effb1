/**
 * Removes terminal control sequences (CSI, OSC) and other control characters from
 * untrusted text (pasted log lines) before it is shown; tabs become spaces.
 */
export function stripControl(text: string): string {
  return text
    .replace(/\u001B\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
