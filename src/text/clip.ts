/**
 * A text echoed back to the user, cut to `max` characters with "…" where it was cut: what an
 * admin pastes can be a whole log line of many kilobytes, and the sentence around it is the point.
 */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never half a character outside the Basic Multilingual Plane.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
