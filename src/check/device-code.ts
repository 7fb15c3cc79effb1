import { PublicClientApplication } from '@azure/msal-node';
import { UserError } from '../cli/exit-codes.js';
import { cliWords } from '../i18n/cli-words.js';

/**
 * Device-code sign-in with MSAL for a public client (a read-only app registration).
 * The admin opens the address on any device and types the code; nothing is cached or saved.
 */
export async function deviceCodeToken(authority: string, clientId: string, scopes: string[], say: (text: string) => void, language?: string): Promise<string> {
  const words = cliWords(language).error.check;
  const app = new PublicClientApplication({ auth: { clientId, authority } });
  try {
    const result = await app.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (response) => say(response.message) });
    if (!result?.accessToken) throw new UserError(words.signInNoToken, 1);
    return result.accessToken;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(words.signInFailed((error as Error).message.split('\n')[0]!), 1);
  }
}
