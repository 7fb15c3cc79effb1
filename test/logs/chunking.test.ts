import { describe, expect, it } from 'vitest';
import { JsonSplitter } from '../../src/logs/json-splitter.js';
import { analyse, fixture } from './helpers.js';

// Files are read in 1 MiB chunks, so any byte can fall on a chunk edge: a key, an
// escape, a multi-byte character, the newline ending a stray line. The splitter
// must hand out the same records and problems however the bytes are cut up.

const PAGE_EVENTS = (JSON.parse(fixture('graph-pages/page-1.json').toString()) as { value: Array<Record<string, unknown>> }).value;
const small = (e: Record<string, unknown>) => ({ activityDateTime: e.activityDateTime, provisioningStatusInfo: e.provisioningStatusInfo, changeId: e.changeId });

const INPUTS: Record<string, string> = {
  'graph page': JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/provisioning', value: PAGE_EVENTS.map(small) }),
  'pretty page with escapes': JSON.stringify({ '@odata.context': 'x', value: PAGE_EVENTS.slice(0, 2).map((e) => ({ ...small(e), reason: 'a "quoted" \\ back\\slash, é, 😀' })) }, null, 2),
  'JSON lines with damage': [
    JSON.stringify(small(PAGE_EVENTS[0]!)),
    'WARNING: the "next page failed — réessayez',
    JSON.stringify(small(PAGE_EVENTS[1]!)).slice(0, 50),
    JSON.stringify(small(PAGE_EVENTS[2]!)),
    '[INFO] done',
    JSON.stringify(small(PAGE_EVENTS[3]!)),
  ].join('\r\n'),
  'array with a stray element': `[${JSON.stringify(small(PAGE_EVENTS[0]!))}, 42, "x", ${JSON.stringify(small(PAGE_EVENTS[1]!))}]`,
};

function split(bytes: Buffer, size: number) {
  const out: string[] = [];
  const splitter = new JsonSplitter({
    record: (text, index, line) => out.push(`record ${index} line ${line}: ${text}`),
    problem: (message, line, index) => out.push(`problem ${index ?? '-'} line ${line}: ${message}`),
    container: (kind) => out.push(`container ${kind}`),
    nextLink: (line) => out.push(`next link line ${line}`),
  });
  for (let at = 0; at < bytes.length; at += size) splitter.write(bytes.subarray(at, at + size));
  splitter.end();
  return out;
}

describe('chunk edges', () => {
  it.each(Object.keys(INPUTS))('%s: the same records and problems for chunks of every size', (name) => {
    const bytes = Buffer.from(INPUTS[name]!);
    const whole = split(bytes, bytes.length);
    expect(whole.filter((l) => l.startsWith('record')).length).toBeGreaterThanOrEqual(2);
    for (let size = 1; size < bytes.length; size++) {
      const parts = split(bytes, size);
      if (parts.join('\n') !== whole.join('\n')) expect(parts, `chunks of ${size} bytes`).toEqual(whole);
    }
  });

  it('reads a Graph page whose "value" key straddles the 1 MiB read boundary', () => {
    const prefix = '{"@odata.context":"';
    const rest = `","value":${JSON.stringify(PAGE_EVENTS)}}`;
    // Every cut from just before the key's opening quote to just after its closing one.
    for (let cut = 1; cut <= 9; cut++) {
      const pad = 'x'.repeat((1 << 20) - prefix.length - cut);
      const report = analyse({ 'page.json': prefix + pad + rest }, { chunkSize: 1 << 20 });
      expect(report.summary.records, `cut ${cut} bytes into ${rest.slice(0, 10)}`).toBe(4);
      expect(report.summary.files[0]!.description).toBe('Microsoft Graph auditLogs/provisioning page');
      expect(report.problems).toEqual([]);
    }
  });
});
