// A doc link is shown, copied, turned into a terminal hyperlink and handed to a browser. The
// address must be exactly what it looks like: the validator rejects anything else in content,
// and the wizard checks it again before opening it.

const INVISIBLE_OR_SPACE = /[\s\p{Cc}\p{Cf}\u2028\u2029]/u;

/** What is wrong with an address, as data: the validator words it in the reader's language. */
export type UrlFault =
  | { kind: 'invisible'; char: string; at: number }
  | { kind: 'not-https' }
  | { kind: 'user'; part: string }
  | { kind: 'not-normal'; normal: string };

/** The wizard's refusal to hand an address to the browser; the fault is worded in the reader's language on screen. */
export class RefusedAddress extends Error {
  constructor(readonly fault: UrlFault) {
    super(`not opened: the address ${describeUrlFault(fault)}`);
  }
}

/** Why `url` is not a plain https address that reads as what it is, or undefined when it is one. */
export function urlFault(url: string): UrlFault | undefined {
  const bad = INVISIBLE_OR_SPACE.exec(url);
  if (bad) return { kind: 'invisible', char: bad[0], at: bad.index + 1 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'not-https' };
  }
  if (parsed.protocol !== 'https:') return { kind: 'not-https' };
  if (parsed.username || parsed.password) return { kind: 'user', part: url.slice(url.indexOf('//') + 2, url.indexOf('@') + 1) };
  // A bare host without the slash after it is the same address and hides nothing.
  const normal = parsed.href;
  if (url !== normal && !(`${url}/` === normal && parsed.pathname === '/')) return { kind: 'not-normal', normal };
  return undefined;
}

export function describeUrlFault(fault: UrlFault): string {
  switch (fault.kind) {
    case 'invisible':
      return `holds ${describeCharacter(fault.char)} at character ${fault.at}: an address must not hold spaces, control or invisible characters`;
    case 'not-https':
      return 'must be an https:// address';
    case 'user':
      return `holds a user name before "@" ("${fault.part}"), so it reads as another site: remove it`;
    case 'not-normal':
      return `is not written the way a browser reads it ("${fault.normal}"): write it that way`;
  }
}

/** `U+001B`, with the character's name for the ones people meet. */
export function describeCharacter(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[char];
  return name ? `${name} (${code})` : `the character ${code}`;
}

const CHARACTER_NAMES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\u0007': 'a bell',
  '\u001b': 'an escape character',
  '\u00a0': 'a no-break space',
  '\u200b': 'a zero-width space',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u202e': 'a right-to-left override',
  '\ufeff': 'a byte-order mark',
});
