import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A Graph answer that is not a success, with what the admin can do about it. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly path: string,
  ) {
    super(message);
  }
}

export interface GraphClientOptions {
  base: string;
  token: string;
  /** An HTTPS proxy agent, when HTTPS_PROXY applies to the base. */
  agent?: Agent;
  timeoutMs?: number;
  /** Throttled (429) or unavailable (503) answers are retried this often, honouring Retry-After. */
  retries?: number;
  /** The longest Retry-After honoured, so one answer cannot stall the run for hours. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Collection<T> {
  items: T[];
  /** Set when paging stopped early: the read is partial and says why. */
  partial?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Read-only Microsoft Graph access: GET with paging, throttling and timeouts. It never writes. */
export class GraphClient {
  private readonly base: URL;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GraphClientOptions) {
    this.base = new URL(options.base.endsWith('/') ? options.base : `${options.base}/`);
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async get<T>(path: string): Promise<T> {
    return (await this.fetchJson(this.urlFor(path), path)) as T;
  }

  /** Follows @odata.nextLink up to maxPages; stops (partial) on a page that fails after the first. */
  async getAll<T>(path: string, maxPages = 20): Promise<Collection<T>> {
    const items: T[] = [];
    let url: URL | undefined = this.urlFor(path);
    for (let page = 1; url; page++) {
      if (page > maxPages) return { items, partial: `stopped after ${maxPages} pages; more exist` };
      let body: { value?: T[]; '@odata.nextLink'?: string };
      try {
        body = (await this.fetchJson(url, path)) as typeof body;
      } catch (error) {
        if (page === 1) throw error;
        return { items, partial: `page ${page} could not be read: ${(error as Error).message}` };
      }
      items.push(...(Array.isArray(body.value) ? body.value : []));
      try {
        url = nextPage(body['@odata.nextLink'], this.base);
      } catch (error) {
        return { items, partial: (error as Error).message };
      }
    }
    return { items };
  }

  private urlFor(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  private async fetchJson(url: URL, path: string): Promise<unknown> {
    const retries = this.options.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const answer = await this.send(url, path);
      // The proxy's own refusal (407, 403 to CONNECT) is not Graph's: no Graph permission explains it.
      if (answer.proxyStatus !== undefined && answer.proxyStatus !== 200) {
        throw new GraphError(`the proxy answered HTTP ${answer.proxyStatus} instead of connecting to ${url.host}`, 0, 'Proxy', path);
      }
      if (answer.status >= 200 && answer.status < 300) return parseJson(answer.body, path);
      const retryable = answer.status === 429 || answer.status === 503;
      if (retryable && attempt < retries) {
        await this.sleep(retryDelay(answer.retryAfter, attempt, this.options.maxRetryAfterMs ?? 60_000));
        continue;
      }
      throw graphError(answer.status, answer.body, path);
    }
  }

  private send(url: URL, path: string): Promise<{ status: number; body: string; retryAfter?: string; proxyStatus?: number }> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const request = url.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise((resolve, reject) => {
      // https-proxy-agent reports the proxy's answer to CONNECT, and replays a refusal as if it were the response.
      let proxyStatus: number | undefined;
      const req = request(
        url,
        {
          method: 'GET',
          agent: url.protocol === 'https:' ? this.options.agent : undefined,
          headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json', ConsistencyLevel: 'eventual' },
          timeout: timeoutMs,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), retryAfter: headerOf(res, 'retry-after'), proxyStatus }),
          );
          res.on('error', reject);
        },
      );
      req.on('proxyConnect', (connect: { statusCode?: number }) => {
        proxyStatus = connect.statusCode;
      });
      req.on('timeout', () => req.destroy(new GraphError(`no answer within ${Math.round(timeoutMs / 1000)} s`, 0, 'Timeout', path)));
      req.on('error', (error) => reject(error instanceof GraphError ? error : new GraphError(`cannot reach ${url.host}: ${(error as NodeJS.ErrnoException).code ?? error.message}`, 0, 'Network', path)));
      req.end();
    });
  }
}

function headerOf(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A nextLink is followed only on the host the client was pointed at: the token never leaves it. */
function nextPage(link: unknown, base: URL): URL | undefined {
  if (typeof link !== 'string' || link === '') return undefined;
  const url = new URL(link, base);
  if (url.host !== base.host || url.protocol !== base.protocol) {
    throw new GraphError(`a next-page link points at another host (${url.host}); not followed`, 0, 'ForeignNextLink', link);
  }
  return url;
}

export function retryDelay(retryAfter: string | undefined, attempt: number, maxMs: number): number {
  const seconds = Number(retryAfter);
  if (retryAfter !== undefined && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, maxMs);
  const date = retryAfter ? Date.parse(retryAfter) : Number.NaN;
  if (Number.isFinite(date)) return Math.min(Math.max(0, date - Date.now()), maxMs);
  return Math.min(2 ** attempt * 1000, maxMs);
}

function parseJson(text: string, path: string): unknown {
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    throw new GraphError('the answer is not JSON', 200, 'NotJson', path);
  }
}

function graphError(status: number, body: string, path: string): GraphError {
  let code: string | undefined;
  let message = '';
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    code = typeof parsed.error?.code === 'string' ? parsed.error.code : undefined;
    message = typeof parsed.error?.message === 'string' ? parsed.error.message : '';
  } catch {
    // Not Graph's error shape (a proxy's page, say): the status alone speaks.
  }
  const summary = [`HTTP ${status}`, code, message.slice(0, 300)].filter(Boolean).join(': ');
  return new GraphError(summary, status, code, path);
}
