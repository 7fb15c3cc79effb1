import type { Agent } from 'node:http';
import { acquireToken, type Token } from '../check/auth.js';
import type { CheckReport } from '../check/check-schema.js';
import { GraphClient, GraphError } from '../check/graph-client.js';
import { findApp, readTenant } from '../check/read-tenant.js';
import { renderCheck } from '../check/render.js';
import { buildCheckReport } from '../check/report.js';
import type { Content } from '../content/model.js';
import { stripControl } from '../text/strip-control.js';
import { ExitCode, UserError } from './exit-codes.js';
import { chooseMode } from './mode.js';
import { jsonLanguage } from './json-language.js';
import { offerWalk } from './offer-walk.js';
import { writeError } from './output.js';
import { styleFor } from './style.js';

export interface CheckOptions {
  app?: string;
  user?: string;
  json?: boolean;
  tokenStdin?: boolean;
  clientId?: string;
  tenant?: string;
  graphBase: string;
  plain?: boolean;
}

export const GLOBAL_GRAPH = 'https://graph.microsoft.com/v1.0';

/** `provision-doctor check --app <app>`: read the tenant (never write), find what is wrong, map it to remedies. */
export async function runCheck(content: Content, options: CheckOptions, out: (text: string) => void): Promise<number> {
  const base = graphBase(options.graphBase);
  if (!options.app) throw new UserError('check: name the app with --app <display name, app id or service principal id>');
  const token = await acquireToken({
    env: process.env,
    tokenStdin: options.tokenStdin,
    clientId: options.clientId,
    tenant: options.tenant,
    graphBase: base.href,
    readStdin,
    // The sign-in's instructions come from the network: cleaned like every other line.
    say: writeError,
  });
  const client = new GraphClient({ base: base.href, token: token.token, agent: await proxyAgent(base, process.env) });
  let report: CheckReport;
  try {
    report = await check(client, content, options, base.href, token);
  } catch (error) {
    if (error instanceof GraphError) throw new UserError(`check: ${stripControl(error.message)}${accessHint(error)}`, ExitCode.problems);
    throw error;
  }
  out(options.json ? JSON.stringify({ language: jsonLanguage(content), ...report }, null, 2) : renderCheck(report, styleFor(process.env, process.stdout.isTTY), content.language));
  const mode = chooseMode({ plain: options.plain ?? false, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: process.stdout.isTTY });
  if (!options.json && mode !== 'no-terminal' && !process.env.CI && !options.tokenStdin) await offerWalk(content, 'finding', report.findings.map((f) => f.path), mode);
  const troubled = report.findings.some((f) => f.severity === 'error') || report.reads.some((r) => r.outcome !== 'read');
  return troubled ? ExitCode.problems : ExitCode.ok;
}

async function check(client: GraphClient, content: Content, options: CheckOptions, base: string, token: Token): Promise<CheckReport> {
  const apps = await findApp(client, options.app!);
  if (apps.length === 0) throw new UserError(`check: no enterprise app (service principal) named or with the id "${stripControl(options.app!)}"`, ExitCode.notFound);
  if (apps.length > 1) {
    const list = apps.slice(0, 10).map((a) => `${a.id} (${stripControl(a.displayName ?? '')})`).join(', ');
    throw new UserError(`check: ${apps.length} apps are named "${stripControl(options.app!)}"; give one's id with --app: ${list}`, ExitCode.usage);
  }
  const read = await readTenant(client, apps[0]!, options.user);
  return buildCheckReport(content, read, base, token.source);
}

function accessHint(error: GraphError): string {
  if (error.status === 401) return ' (the token was refused: it may have expired, or be for another cloud or tenant)';
  if (error.status === 403) return ' (finding the app needs Application.Read.All)';
  return '';
}

/** https only, except on this machine (a local server for tests): a token never travels in clear text. */
export function graphBase(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`--graph-base: "${stripControl(value)}" is not an address such as ${GLOBAL_GRAPH}`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UserError('--graph-base: must be an https:// address (http:// only for a server on this machine)');
  }
  if (url.username || url.password || url.search || url.hash) throw new UserError('--graph-base: give the address alone, without a user, query or fragment');
  // The host reaches `az` (through cmd.exe on Windows) as --resource: a host such as
  // "x&calc.exe", which URL accepts, would be a second command there.
  if (!/^[a-z0-9.-]+$/.test(url.hostname) && url.hostname !== '[::1]') {
    throw new UserError('--graph-base: the host must be a name such as graph.microsoft.com (letters, digits, dots and dashes)');
  }
  return url;
}

/** HTTPS_PROXY (or https_proxy) applies unless NO_PROXY names the Graph host. */
async function proxyAgent(base: URL, env: NodeJS.ProcessEnv): Promise<Agent | undefined> {
  const proxy = env.HTTPS_PROXY ?? env.https_proxy;
  if (!proxy || base.protocol !== 'https:' || bypassed(base.hostname, env.NO_PROXY ?? env.no_proxy)) return undefined;
  // The bundle turns this CommonJS package into an ES module with a default export only,
  // so the named export is looked for on both (tests import it unbundled).
  const module_ = (await import('https-proxy-agent')) as typeof import('https-proxy-agent') & { default?: typeof import('https-proxy-agent') };
  const HttpsProxyAgent = module_.HttpsProxyAgent ?? module_.default!.HttpsProxyAgent;
  try {
    return new HttpsProxyAgent(proxy) as unknown as Agent;
  } catch {
    // Not echoed: a proxy address may hold a user name and password.
    throw new UserError('HTTPS_PROXY: not an address such as http://proxy.example:8080');
  }
}

export function bypassed(host: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => entry === '*' || host === entry.replace(/^\./, '') || host.endsWith(entry.startsWith('.') ? entry : `.${entry}`));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
