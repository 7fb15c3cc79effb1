import { execFile } from 'node:child_process';
import { UserError } from '../cli/exit-codes.js';
import { cliWords } from '../i18n/cli-words.js';

export type TokenSource = 'environment' | 'stdin' | 'azure-cli' | 'device-code';

export interface Token {
  token: string;
  source: TokenSource;
}

export interface AuthOptions {
  env: NodeJS.ProcessEnv;
  tokenStdin?: boolean;
  clientId?: string;
  tenant?: string;
  /** Where the scopes are asked for: the Graph resource of the chosen cloud. */
  graphBase: string;
  readStdin: () => Promise<string>;
  /** Runs `az`; returns null when it is missing or not signed in. */
  azureCli?: (resource: string) => Promise<string | null>;
  deviceCode?: (authority: string, clientId: string, scopes: string[], say: (text: string) => void, language?: string) => Promise<string>;
  say: (text: string) => void;
  /** The language of the errors (English when not given). */
  language?: string;
}

/** Only read permissions: the tool never writes to the tenant. */
export const READ_SCOPES = ['Application.Read.All', 'Synchronization.Read.All', 'AuditLog.Read.All', 'Directory.Read.All'];

/**
 * A token the admin already has, in this order: the environment, standard input, the
 * Azure CLI's sign-in, then a device-code sign-in for a client id. Never printed or saved.
 */
export async function acquireToken(options: AuthOptions): Promise<Token> {
  const words = cliWords(options.language).error.check;
  const token = await findToken(options);
  // An access token is printable ASCII; anything else (a pasted line break, a curly quote)
  // would make Node refuse the header with a stack trace. The token itself is not echoed.
  if (!/^[\x21-\x7e]+$/.test(token.token)) {
    throw new UserError(words.badToken(words.tokenOrigin[token.source]));
  }
  return token;
}

async function findToken(options: AuthOptions): Promise<Token> {
  const words = cliWords(options.language).error.check;
  const fromEnv = options.env.PROVISION_DOCTOR_GRAPH_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: 'environment' };
  if (options.tokenStdin) {
    const token = (await options.readStdin()).trim();
    if (!token) throw new UserError(words.emptyStdin);
    return { token, source: 'stdin' };
  }
  const resource = graphResource(options.graphBase);
  const fromAz = await (options.azureCli ?? azureCliToken)(resource);
  if (fromAz) return { token: fromAz, source: 'azure-cli' };
  const clientId = options.clientId ?? options.env.PROVISION_DOCTOR_CLIENT_ID;
  if (!clientId) {
    throw new UserError(words.noToken);
  }
  const tenant = options.tenant ?? options.env.PROVISION_DOCTOR_TENANT_ID ?? 'organizations';
  const scopes = READ_SCOPES.map((scope) => `${resource}/${scope}`);
  const deviceCode = options.deviceCode ?? (await import('./device-code.js')).deviceCodeToken;
  const authority = `https://${signInHost(options.graphBase)}/${encodeURIComponent(tenant)}`;
  return { token: await deviceCode(authority, clientId, scopes, options.say, options.language), source: 'device-code' };
}

/** https://graph.microsoft.com/v1.0 → https://graph.microsoft.com (the resource tokens are issued for). */
export function graphResource(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.host}`;
}

/** The sign-in host of the cloud whose Graph is used: US Government and China have their own. */
export function signInHost(graphBase: string): string {
  const host = new URL(graphBase).hostname;
  if (host.endsWith('graph.microsoft.us')) return 'login.microsoftonline.us';
  if (host.endsWith('chinacloudapi.cn')) return 'login.chinacloudapi.cn';
  return 'login.microsoftonline.com';
}

function azureCliToken(resource: string): Promise<string | null> {
  const target = resource === 'https://graph.microsoft.com' ? ['--resource-type', 'ms-graph'] : ['--resource', resource];
  const args = ['account', 'get-access-token', ...target, '--query', 'accessToken', '--output', 'tsv'];
  return new Promise((resolve) => {
    // A missing `az`, one that is not signed in, or one that hangs: each means "not this way".
    execFile('az', args, { timeout: 20_000, windowsHide: true, shell: process.platform === 'win32' }, (error, stdout) => {
      const token = String(stdout ?? '').trim();
      resolve(error || !token ? null : token);
    });
  });
}
