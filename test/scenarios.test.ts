import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../src/content/load.js';
import type { Content } from '../src/content/model.js';
import { replayPath } from '../src/engine/path.js';
import { findByMeaning } from '../src/engine/search.js';

/**
 * Real problem reports from public threads (test/scenarios/*.yaml, format in the shared
 * FORMATS notes): the answers an admin with that symptom would give must lead to the node
 * that answers it, and that node must link or cite the page that confirms the answer.
 */
interface Scenario {
  source: string;
  symptom: string;
  path: string;
  expect: string;
  docs: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const scenarioDir = join(root, 'test', 'scenarios');
const loaded = loadContentDir(join(root, 'content'));

const scenarios: Array<Scenario & { file: string }> = readdirSync(scenarioDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .flatMap((file) => (parse(readFileSync(join(scenarioDir, file), 'utf8')) as Scenario[]).map((s) => ({ ...s, file })));

function content(): Content {
  if (!loaded.content) throw new Error(`content did not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.content;
}

/** The link ids a node offers or cites: its links, the links of its facts, and its sources. */
function pagesOf(c: Content, id: string): string[] {
  const node = c.nodes[id];
  if (!node) return [];
  const links = 'links' in node && Array.isArray(node.links) ? node.links : [];
  const facts = node.kind === 'info' ? node.facts.flatMap((f) => f.links ?? []) : [];
  const sources = 'sources' in node && node.sources ? node.sources.map((s) => s.link) : [];
  return [...links, ...facts, ...sources];
}

describe('real cases from public threads', () => {
  it('has at least 35 cases, each complete and from a public https address', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(35);
    for (const s of scenarios) {
      expect(s.source, s.file).toMatch(/^https:\/\//);
      expect(s.symptom?.trim().length ?? 0, s.source).toBeGreaterThan(20);
      expect(typeof s.path, s.source).toBe('string');
      expect(typeof s.expect, s.source).toBe('string');
      expect(typeof s.docs, s.source).toBe('string');
    }
  });

  it('never uses one thread twice', () => {
    const sources = scenarios.map((s) => s.source);
    expect(sources.length - new Set(sources).size).toBe(0);
  });

  // Searching the admin's own words finds the answer too (issue 12). Not every report can:
  // some say little beyond the app's name and the story, so the figure is held as a floor.
  // Measured: 83 of 86. When it fails, the message lists the cases it missed.
  it('finds the expected node in the top 3 of a search on the symptom for at least 95% of the cases', () => {
    const c = content();
    const missed = scenarios.filter((s) => !findByMeaning(c, s.symptom, 3).some((h) => h.id === s.expect));
    const passed = scenarios.length - missed.length;
    const report = missed.map((s) => `${s.file}: ${s.expect} for "${s.symptom.trim()}"`).join('\n');
    expect(passed / scenarios.length, `missed:\n${report}`).toBeGreaterThanOrEqual(0.95);
  });

  it.each(scenarios.map((s) => [`${s.file}: ${s.source}`, s] as const))('%s: the admin\'s answers lead to the expected node, which names the page', (_name, s) => {
    const c = content();
    const replay = replayPath(c, s.path);
    if (!replay.ok) throw new Error(`${s.source}: ${replay.error}`);
    expect(replay.state.current).toBe(s.expect);
    expect(c.links[s.docs], `link "${s.docs}" exists`).toBeDefined();
    expect(pagesOf(c, s.expect)).toContain(s.docs);
  });
});
