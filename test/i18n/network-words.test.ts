import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { networkInWords } from '../../src/check/network-words.js';
import { messages } from '../../src/i18n/messages.js';
import { runAsync } from '../check/run-check.js';
import { TOKEN } from '../check/tenant-fixtures.js';

// Why check could not read something, as the Graph client words it (graph-client.ts).
const ENGLISH = [
  'stopped after 20 pages; more exist',
  'page 3 could not be read: no answer within 30 s',
  'page 3 could not be read: HTTP 503: ServiceUnavailable: try later',
  'no answer within 30 s',
  'cannot reach graph.microsoft.com: ECONNRESET',
  'a next-page link points at another host (evil.example); not followed',
];

describe('why check could not read something, in the reader’s language', () => {
  it('the English catalogue words each exactly as the Graph client does; Graph’s own answer stays as it came', () => {
    for (const english of ENGLISH) expect(networkInWords(english, messages('en').check.network)).toBe(english);
    expect(networkInWords('HTTP 403: Authorization_RequestDenied: no', messages('da').check.network)).toBe('HTTP 403: Authorization_RequestDenied: no');
  });

  it.each([
    ['da', ['stoppede efter 20 sider; der er flere', 'side 3 kunne ikke læses: intet svar inden for 30 s', 'side 3 kunne ikke læses: HTTP 503: ServiceUnavailable: try later', 'intet svar inden for 30 s', 'kan ikke nå graph.microsoft.com: ECONNRESET', 'et link til næste side peger på en anden vært (evil.example); det blev ikke fulgt']],
    ['nl', ['gestopt na 20 pagina’s; er zijn er meer', 'pagina 3 kon niet worden gelezen: geen antwoord binnen 30 s', 'pagina 3 kon niet worden gelezen: HTTP 503: ServiceUnavailable: try later', 'geen antwoord binnen 30 s', 'kan graph.microsoft.com niet bereiken: ECONNRESET', 'een koppeling naar de volgende pagina wijst naar een andere host (evil.example); niet gevolgd']],
  ] as const)('%s', (language, said) => {
    expect(ENGLISH.map((english) => networkInWords(english, messages(language).check.network))).toEqual(said);
  });

  it('check’s one-line error when Graph cannot be reached, in Danish', async () => {
    // A port nothing listens on: taken, then freed.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const ran = await runAsync(['--lang', 'da', 'check', '--app', 'Contoso', '--graph-base', `http://127.0.0.1:${port}/v1.0`], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
    expect(ran.stderr).toBe(`provision-doctor: check: kan ikke nå 127.0.0.1:${port}: ECONNREFUSED\n`);
    expect(ran.status).toBe(1);
  });
});
