import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, CONTENT_DIR, FIXTURES, fixture, fixtureFiles } from './helpers.js';
import { PINNED_LOCALE } from '../cli/run-cli.js';

// A Graph response comes in pages; a page with "@odata.nextLink" has a next one. When
// that next page is not among the files given, its events were not read: say so.

const MESSAGE = 'the response has more pages (@odata.nextLink) that were not given: their events were not read';
const page1 = fixture('graph-pages/page-1.json');
const page = (events: unknown[], head: Record<string, unknown>, tail: Record<string, unknown> = {}) => JSON.stringify({ '@odata.context': 'x', ...head, value: events, ...tail });
const events = (JSON.parse(page1.toString()) as { value: unknown[] }).value;
const LINK = 'https://graph.microsoft.com/v1.0/auditLogs/provisioning?$skiptoken=abc';

describe('Graph pages with a next page', () => {
  it('says once, at the link, that a page given alone has more pages', () => {
    const report = analyse({ 'page-1.json': page1 });
    expect(report.summary.records).toBe(4);
    expect(report.problems).toEqual([{ file: 'page-1.json', line: 307, message: MESSAGE }]);
  });

  it('finds the link before the records as well as after them, and in any chunking', () => {
    for (const text of [page(events, { '@odata.nextLink': LINK }), page(events, {}, { '@odata.nextLink': LINK })]) {
      for (const chunkSize of [65_536, 5, 1]) {
        const report = analyse({ 'p.json': text }, { chunkSize });
        expect(report.summary.records).toBe(4);
        expect(report.problems).toEqual([{ file: 'p.json', line: 1, message: MESSAGE }]);
      }
    }
  });

  it('says nothing when a last page (no link) is given with it, or when the link is null', () => {
    expect(analyse(fixtureFiles('graph-pages')).problems).toEqual([]);
    expect(analyse({ 'p.json': page(events, { '@odata.nextLink': null }) }).problems).toEqual([]);
  });

  it('names every page when all the pages given link on', () => {
    const report = analyse({ 'a.json': page(events.slice(0, 2), { '@odata.nextLink': LINK }), 'b.json': page(events.slice(2), { '@odata.nextLink': LINK + 'x' }) });
    expect(report.summary.records).toBe(4);
    expect(report.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([`a.json: ${MESSAGE}`, `b.json: ${MESSAGE}`]);
  });

  it('exits 1 from the CLI: events were left unread', () => {
    const result = spawnSync(process.execPath, ['dist/cli.cjs', '--content', CONTENT_DIR, 'analyze', join(FIXTURES, 'graph-pages/page-1.json')], { encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, CI: 'true', NO_COLOR: '1' }, input: '' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`graph-pages/page-1.json:307: ${MESSAGE}`);
  });
});
