// Field access that tolerates the spellings of every source: camelCase (Graph),
// PascalCase (Azure Monitor, Log Analytics), other casings, and nested objects
// stored as JSON text (Log Analytics columns, provision-on-demand responses).

export type Bag = Record<string, unknown>;

/**
 * The value under the first of `names` present, as written, in PascalCase or in camelCase.
 * Other casings are not searched: a full key scan per lookup cost more than the JSON
 * parsing itself on large files, and the documented shapes use only these two.
 */
export function field(obj: unknown, ...names: string[]): unknown {
  if (!obj || typeof obj !== 'object') return undefined;
  const bag = obj as Bag;
  for (const name of names) {
    for (const spelling of spellings(name)) {
      const v = bag[spelling];
      if (v !== undefined && v !== null) return v;
    }
  }
  return undefined;
}

// Spellings are built once per name: building them per lookup allocated fresh strings
// that V8 had to hash on every property access (the hottest cost on large files).
const SPELLINGS = new Map<string, string[]>();
function spellings(name: string): string[] {
  let list = SPELLINGS.get(name);
  if (!list) {
    list = [...new Set([name, name.charAt(0).toUpperCase() + name.slice(1), name.charAt(0).toLowerCase() + name.slice(1)])];
    SPELLINGS.set(name, list);
  }
  return list;
}

/**
 * An object, parsing JSON text when a column stored the object as a string. A list
 * stands for its first element, however deeply nested: followed in a loop, since the
 * nesting is the log's to choose and recursion ran out of stack at 100,000 levels.
 */
export function obj(value: unknown): Bag | undefined {
  let v = value;
  while (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    v = v[0];
  }
  if (typeof v === 'string') {
    const parsed = parseJsonText(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Bag) : undefined;
  }
  return v && typeof v === 'object' ? (v as Bag) : undefined;
}

export function list(value: unknown): unknown[] {
  if (typeof value === 'string') {
    const parsed = parseJsonText(value);
    return Array.isArray(parsed) ? parsed : [];
  }
  return Array.isArray(value) ? value : [];
}

function parseJsonText(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/** A non-empty string, or undefined; numbers are turned into text. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value === '') return undefined;
    // Trimming allocates; most cells have no surrounding space.
    if (value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
    const t = value.trim();
    return t === '' ? undefined : t;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function path(root: unknown, ...steps: string[][]): unknown {
  let current: unknown = root;
  for (const names of steps) {
    current = field(obj(current), ...names);
    if (current === undefined) return undefined;
  }
  return current;
}
