/**
 * Text placed in a Markdown report, with the characters escaped that would turn it into a link,
 * an image, HTML, code or emphasis: a title such as `x](javascript:...) [y` stays plain text.
 * `>` and parentheses are left alone: they only matter after what is escaped here, and the
 * admin-center paths ("Enterprise apps > the app") stay readable in the raw file.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&');
}

/** An address inside `(...)` of a Markdown link: parentheses, spaces and angle brackets could end it early. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
