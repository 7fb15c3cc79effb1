import type { Agent } from 'node:http';
import { acquireToken, type Token } from '../check/auth.js';
import type { CheckReport } from '../check/check-schema.js';
import { GraphClient, GraphError } from '../check/graph-client.js';
import { networkInWords } from '../check/network-words.js';
import { findApp, readTenant } from '../check/read-tenant.js';
import { renderCheck } from '../check/render.js';
import { buildCheckReport } from '../check/report.js';
import type { Content } from '../content/model.js';
import { cliWords, type CliWords } from '../i18n/cli-words.js';
import { messages } from '../i18n/messages.js';
import { stripControl } from '../text/strip-control.js';
import { ExitCode, UserError } from './exit-codes.js';
import { chooseMode } from './mode.js';
import { jsonLanguage } from './json-language.js';
import { offerWalk } from './offer-walk.js';
import { stdoutIsTerminal, writeError } from './output.js';
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
  const words = cliWords(content.language).error.check;
  const base = graphBase(options.graphBase, content.language);
  if (!options.app) throw new UserError(words.nameTheApp);
  const token = await acquireToken({
    language: content.language,
    env: process.env,
    tokenStdin: options.tokenStdin,
    clientId: options.clientId,
    tenant: options.tenant,
    graphBase: base.href,
    readStdin,
    // The sign-in's instructions come from the network: cleaned like every other line.
    say: writeError,
  });
  const client = new GraphClient({ base: base.href, token: token.token, agent: await proxyAgent(base, process.env, words) });
  let report: CheckReport;
  try {
    report = await check(client, content, options, base.href, token);
  } catch (error) {
    if (error instanceof GraphError) {
      const why = networkInWords(stripControl(error.message), messages(content.language).check.network);
      throw new UserError(words.graph(`${why}${accessHint(error, words)}`), ExitCode.problems);
    }
    throw error;
  }
  out(options.json ? JSON.stringify({ language: jsonLanguage(content), ...report }, null, 2) : renderCheck(report, styleFor(process.env, stdoutIsTerminal()), content.language));
  const mode = chooseMode({ plain: options.plain ?? false, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: stdoutIsTerminal() });
  if (!options.json && mode !== 'no-terminal' && !process.env.CI && !options.tokenStdin) await offerWalk(content, 'finding', report.findings.map((f) => f.path), mode);
  const troubled = report.findings.some((f) => f.severity === 'error') || report.reads.some((r) => r.outcome !== 'read');
  return troubled ? ExitCode.problems : ExitCode.ok;
}

async function check(client: GraphClient, content: Content, options: CheckOptions, base: string, token: Token): Promise<CheckReport> {
  const words = cliWords(content.language).error.check;
  const apps = await findApp(client, options.app!);
  if (apps.length === 0) throw new UserError(words.noApp(stripControl(options.app!)), ExitCode.notFound);
  if (apps.length > 1) {
    const list = apps.slice(0, 10).map((a) => `${a.id} (${stripControl(a.displayName ?? '')})`).join(', ');
    throw new UserError(words.manyApps(apps.length, stripControl(options.app!), list), ExitCode.usage);
  }
  const read = await readTenant(client, apps[0]!, options.user);
  return buildCheckReport(content, read, base, token.source);
}

function accessHint(error: GraphError, words: CliWords['error']['check']): string {
  if (error.status === 401) return words.tokenRefused;
  if (error.status === 403) return words.needsApplicationRead;
  return '';
}

/** https only, except on this machine (a local server for tests): a token never travels in clear text. */
export function graphBase(value: string, language?: string): URL {
  const words = cliWords(language).error.check;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(words.graphBaseNotAddress(stripControl(value), GLOBAL_GRAPH));
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UserError(words.graphBaseHttps);
  }
  if (url.username || url.password || url.search || url.hash) throw new UserError(words.graphBaseAlone);
  // The host reaches `az` (through cmd.exe on Windows) as --resource: a host such as
  // "x&calc.exe", which URL accepts, would be a second command there.
  if (!/^[a-z0-9.-]+$/.test(url.hostname) && url.hostname !== '[::1]') {
    throw new UserError(words.graphBaseHost);
  }
  return url;
}

/** HTTPS_PROXY (or https_proxy) applies unless NO_PROXY names the Graph host. */
async function proxyAgent(base: URL, env: NodeJS.ProcessEnv, words: CliWords['error']['check']): Promise<Agent | undefined> {
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
    throw new UserError(words.proxy);
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
