import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

type PathKey = string | number;

/**
 * Each map's pairs by key, built on first use. The library finds a key by scanning the map, so
 * a file of many entries, asked once per entry or per problem, would take quadratic time.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: PathKey): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items as Pair[]) {
      // The first of two equal keys, as the library's own lookup finds it.
      if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(String(key));
}

function childOf(node: unknown, key: PathKey): Node | null {
  if (isMap(node)) return (pairOf(node, key)?.value as Node | null | undefined) ?? null;
  if (isSeq(node) && typeof key === 'number') return (node.items[key] as Node | undefined) ?? null;
  return null;
}

/** The YAML node at `path`, or the nearest ancestor that exists (a missing key points at its parent). */
export function nodeAt(doc: Document, path: readonly PathKey[]): Node | null {
  let found = doc.contents as Node | null;
  let node: Node | null = found;
  for (const key of path) {
    node = childOf(node, key);
    if (!node || typeof node !== 'object' || !('range' in node)) break;
    found = node;
  }
  return found;
}

/** The key node of `key` inside the map at `mapPath`: where an id or an unknown key is written. */
export function keyNodeAt(doc: Document, mapPath: readonly PathKey[], key: string): Node | null {
  const map = nodeAtExactly(doc, mapPath);
  if (!isMap(map)) return null;
  return (pairOf(map, key)?.key as Node | undefined) ?? null;
}

export function positionOfNode(node: Node | null, lineCounter: LineCounter): Position {
  const offset = node?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

export function hasValueAt(doc: Document, path: readonly PathKey[]): boolean {
  const parent = nodeAtExactly(doc, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (isMap(parent)) return pairOf(parent, last) !== undefined;
  if (isSeq(parent) && typeof last === 'number') return last < parent.items.length;
  return false;
}

/** The node at `path` itself, or null when any step of it is missing. */
function nodeAtExactly(doc: Document, path: readonly PathKey[]): Node | null {
  let node = doc.contents as Node | null;
  for (const key of path) {
    node = childOf(node, key);
    if (!node) return null;
  }
  return node;
}
