import { afterEach, describe, expect, it } from 'vitest';
import { GraphClient, GraphError } from '../../src/check/graph-client.js';
import { startGraphServer, type GraphServer } from './graph-server.js';

let server: GraphServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GraphClient', () => {
  it('gives up on a request that gets no answer, with a clear message', async () => {
    // A port with a listener that never answers: a raw TCP server accepting and ignoring.
    const { createServer } = await import('node:net');
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const client = new GraphClient({ base: `http://127.0.0.1:${port}/v1.0`, token: 't', timeoutMs: 200 });
    await expect(client.get('servicePrincipals')).rejects.toThrow(/no answer within/);
    silent.close();
  });

  it('stops retrying a service that stays unavailable and reports its status', async () => {
    server = await startGraphServer({ busy: { status: 503, headers: { 'Retry-After': '0' }, body: { error: { code: 'ServiceUnavailable', message: 'later' } } } });
    const client = new GraphClient({ base: server.base, token: 't', retries: 2 });
    const failure = await client.get('busy').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphError);
    expect((failure as GraphError).status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it('stops paging after the page limit and says the read is partial', async () => {
    server = await startGraphServer({ loop: () => ({ body: { value: [1], '@odata.nextLink': `${server!.base}/loop` } }) });
    const client = new GraphClient({ base: server.base, token: 't' });
    const all = await client.getAll<number>('loop', 3);
    expect(all.items).toEqual([1, 1, 1]);
    expect(all.partial).toContain('stopped after 3 pages');
  });
});
