import { PublicClientApplication } from '@azure/msal-node';
import { UserError } from '../cli/exit-codes.js';

/**
 * Device-code sign-in with MSAL for a public client (a read-only app registration).
 * The admin opens the address on any device and types the code; nothing is cached or saved.
 */
export async function deviceCodeToken(authority: string, clientId: string, scopes: string[], say: (text: string) => void): Promise<string> {
  const app = new PublicClientApplication({ auth: { clientId, authority } });
  try {
    const result = await app.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (response) => say(response.message) });
    if (!result?.accessToken) throw new UserError('the sign-in returned no token', 1);
    return result.accessToken;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`sign-in failed: ${(error as Error).message.split('\n')[0]}`, 1);
  }
}
