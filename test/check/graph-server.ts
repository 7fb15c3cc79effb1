import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route answers a GET by its path and query; a function can answer differently on each call. */
export type Route = Answer | ((request: { url: URL; call: number }) => Answer);

export interface GraphServer {
  base: string;
  requests: Array<{ path: string; authorization: string | undefined }>;
  close(): Promise<void>;
}

/**
 * A Microsoft Graph stand-in on loopback, answering with shapes taken from the Graph reference
 * examples. Routes are matched on the path (and query, when the route key has one); anything
 * unknown is a Graph-style 404.
 */
export async function startGraphServer(routes: Record<string, Route>): Promise<GraphServer> {
  const requests: GraphServer['requests'] = [];
  const calls = new Map<string, number>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/v1\.0\//, '');
    requests.push({ path: `${path}${url.search}`, authorization: req.headers.authorization });
    const key = routes[`${path}${decodeURIComponent(url.search)}`] !== undefined ? `${path}${decodeURIComponent(url.search)}` : path;
    const route = routes[key];
    const call = (calls.get(key) ?? 0) + 1;
    calls.set(key, call);
    const answer: Answer = route === undefined ? notFound(path) : typeof route === 'function' ? route({ url, call }) : route;
    res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/v1.0`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function notFound(path: string): Answer {
  return { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: `Resource '${path}' does not exist.` } } };
}

export function forbidden(): Answer {
  return { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } };
}
