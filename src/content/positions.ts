import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

type PathKey = string | number;

/** The YAML node at `path`, or the nearest ancestor that exists (a missing key points at its parent). */
export function nodeAt(doc: Document, path: readonly PathKey[]): Node | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return doc.contents as Node | null;
}

/** Each map's key nodes by key, built on first use: a file of many entries asks once per entry. */
const keyIndexes = new WeakMap<object, Map<string, Node>>();

/** The key node of `key` inside the map at `mapPath`: where an id or an unknown key is written. */
export function keyNodeAt(doc: Document, mapPath: readonly PathKey[], key: string): Node | null {
  const map = doc.getIn(mapPath, true);
  if (!isMap(map)) return null;
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name !== undefined && !index.has(name)) index.set(name, pair.key as Node);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key) ?? null;
}

export function positionOfNode(node: Node | null, lineCounter: LineCounter): Position {
  const offset = node?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

export function hasValueAt(doc: Document, path: readonly PathKey[]): boolean {
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) return parent.has(last);
  if (isSeq(parent) && typeof last === 'number') return last < parent.items.length;
  return false;
}
