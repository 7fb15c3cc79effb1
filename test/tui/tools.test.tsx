import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { fakeServices, renderWizard } from './harness.js';

afterEach(() => cleanup());

const osc52 = (text: string) => `\u001B]52;c;${Buffer.from(text).toString('base64')}\u0007`;
const QUARANTINE_URL = 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-quarantine-status';
const LOGS_URL = 'https://learn.microsoft.com/en-us/entra/identity/monitoring-health/concept-provisioning-logs';

describe('search (/)', () => {
  it('shows live matches and Enter jumps there; back returns through the jump', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('/');
    await w.waitFor('Search: ');
    await w.press('quarantine');
    await w.waitFor('> [remedy] Take the job out of quarantine');
    await w.press('enter');
    const frame = await w.waitFor('Cause: Too many failures');
    expect(frame).toContain('jumped to: Take the job out of quarantine');
    await w.press('esc');
    await w.waitFor('Are all users missing, or only some?');
  });

  it('finds error codes by alias; Esc closes without moving; down picks the next match', async () => {
    const w = await renderWizard();
    await w.press('/');
    await w.press('ConflictingEntry');
    await w.waitFor('[code] A value clashes with an existing account (EntryConflict)');
    await w.waitFor('Why: code ConflictingEntry');
    await w.press('esc');
    await w.waitFor('What do you see with provisioning to the app?');
    await w.press('/');
    await w.press('scope');
    await w.waitFor(/\[\w+\] .*\n {2}\[/);
    const second = w.frame().split('\n').find((line) => line.startsWith('  ['))!.slice(2).replace(/^\[\w+\] /, '').replace(/ - matched .*$/, '');
    await w.press('down');
    await w.press('enter');
    await w.waitFor(`provision-doctor ${second}`);
  });

  it('says when nothing matches', async () => {
    const w = await renderWizard();
    await w.press('/');
    await w.press('xqxqxq');
    await w.waitFor('No good match: try other words, or Esc to go back.');
  });
});

describe('error code (e)', () => {
  it('looks up from any screen and back returns to that screen', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('e');
    await w.waitFor('Type or paste an error code, or a whole reason line from a log.');
    await w.press('EntryConflict');
    await w.press('enter');
    await w.waitFor('Error code: EntryConflict');
    await w.press('left');
    await w.waitFor('Are all users missing, or only some?');
  });

  it('answers a pasted line without a known code by its words, and says so', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('e');
    await w.waitFor('Type or paste an error code, or a whole reason line from a log.');
    await w.press('the job keeps failing and went into quarantine');
    await w.press('enter');
    await w.waitFor('No known code in what you pasted; this answers its words (matched');
  });

  it('names codes of the unknown code\'s family first, as near misses', async () => {
    const w = await renderWizard({ contentDir: 'content', path: 'no-users-start' });
    await w.press('e');
    await w.waitFor('Code: ');
    await w.press('Authorization_RequestDenid');
    await w.waitFor('> not the same code, close: Authorization_RequestDenied - Microsoft Graph refused');
  });

  it('never shows a near miss as if it matched', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('e');
    await w.press('EntryConflct');
    await w.waitFor('> not the same code, close: EntryConflict - A value clashes');
    await w.press('enter');
    await w.waitFor('"EntryConflct" is not in the catalogue; EntryConflict is close to it, not the same code');
  });
});

describe('copy (c)', () => {
  it('offers the whole remedy, each step and each link', async () => {
    const w = await renderWizard({ path: 'quarantine' });
    await w.press('c');
    const frame = await w.waitFor('Copy what?');
    expect(frame).toContain('1. the whole remedy as text');
    expect(frame).toContain('2. step 1: Fix the credentials on the Provisioning page.');
    expect(frame).toContain('5. link: Application provisioning in quarantine status');
    expect(frame).toContain('6. link: Provisioning logs error codes');
    expect(frame).toContain('7. the path: quarantine');
  });

  it('copies with the system clipboard where there is one and says so', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ path: 'quarantine', services });
    await w.press('c');
    await w.press('1');
    await w.waitFor('Copied the whole remedy as text to the clipboard.');
    expect(record.clipboard).toHaveLength(1);
    expect(record.clipboard[0]).toContain('Cause: Too many failures put the job in quarantine.');
    expect(record.clipboard[0]).toContain('  2. Restart provisioning.');
    expect(record.clipboard[0]).toContain(QUARANTINE_URL);
    expect(record.terminal).toEqual([]);
  });

  it('uses OSC 52 over SSH and writes exactly its bytes', async () => {
    const { services, record } = fakeServices({ remote: true });
    const w = await renderWizard({ path: 'quarantine', services });
    await w.press('c');
    await w.press('down');
    await w.press('enter');
    await w.waitFor("Sent step 1 to the terminal's clipboard (OSC 52).  (? more)");
    // The notice keeps to one row; why, and where OSC 52 works, is under ?.
    await w.press('?');
    await w.waitFor('SSH session. OSC 52 works where the terminal allows it (in tmux: set -g set-clipboard on).');
    expect(record.terminal).toEqual([osc52('Fix the credentials on the Provisioning page.')]);
    expect(record.clipboard).toEqual([]);
  });

  it('uses OSC 52 where there is no clipboard tool', async () => {
    const { services, record } = fakeServices({ clipboard: null });
    const w = await renderWizard({ path: 'quarantine', services });
    await w.press('c');
    await w.press('5');
    await w.waitFor("Sent link to the terminal's clipboard (OSC 52).");
    await w.press('?');
    await w.waitFor('no clipboard tool here');
    expect(record.terminal).toEqual([osc52(QUARANTINE_URL)]);
  });

  it('falls back to OSC 52 when the clipboard fails, and does not claim it copied', async () => {
    const { services, record } = fakeServices({ clipboard: { write: () => Promise.reject(new Error('xsel not found')) } });
    const w = await renderWizard({ path: 'quarantine', services });
    await w.press('c');
    await w.press('6');
    expect(await w.waitFor("Sent link to the terminal's clipboard (OSC 52).")).not.toContain('Copied');
    await w.press('?');
    await w.waitFor('the system clipboard failed: xsel not found');
    expect(record.terminal).toEqual([osc52(LOGS_URL)]);
  });

  it('Esc leaves the chooser without copying', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ path: 'quarantine', services });
    await w.press('c');
    await w.waitFor('Copy what?');
    await w.press('esc');
    await w.waitFor('Did this help?');
    expect(record.clipboard).toEqual([]);
  });
});

describe('open (o)', () => {
  it('opens the only link directly', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ path: 'missing-users/assign-users', services });
    await w.press('o');
    await w.waitFor('Opened "Assign users to an app" in your browser.');
    expect(record.opened).toEqual(['https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/assign-user-or-group-access-portal']);
  });

  it('asks which link when there are several', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ path: 'quarantine', services });
    await w.press('o');
    await w.waitFor('Open which link?');
    await w.press('j');
    await w.press('enter');
    await w.waitFor('Opened "Provisioning logs error codes"');
    expect(record.opened).toEqual([LOGS_URL]);
  });

  it('shows the URL instead over SSH and without a desktop', async () => {
    const remote = fakeServices({ remote: true });
    const w = await renderWizard({ path: 'missing-users/assign-users', services: remote.services });
    await w.press('o');
    await w.waitFor(/SSH session: open this address on your own computer:\nhttps:\/\/learn/);
    expect(remote.record.opened).toEqual([]);
    cleanup();
    const headless = fakeServices({ desktop: false });
    const h = await renderWizard({ path: 'missing-users/assign-users', services: headless.services });
    await h.press('o');
    await h.waitFor(/No desktop to open a browser on; the address:\nhttps:\/\/learn/);
    expect(headless.record.opened).toEqual([]);
  });

  it('shows the URL when the browser cannot be started', async () => {
    const { services } = fakeServices({ openUrl: () => Promise.reject(new Error('spawn xdg-open ENOENT')) });
    const w = await renderWizard({ path: 'missing-users/assign-users', services });
    await w.press('o');
    await w.waitFor(/Could not open a browser; the address: +\(\? more\)\nhttps:\/\/learn/);
    await w.press('?');
    await w.waitFor('spawn xdg-open ENOENT');
  });

  it('says so on a screen without links', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('o');
    await w.waitFor('No link to open on this screen.');
  });
});

describe('save (s)', () => {
  it('writes a Markdown report of the path, the remedy and the links to a file it names', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ path: 'missing-users/assign-users/check-scope', services });
    await w.press('s');
    await w.waitFor('Saved the report to:\n/reports/provision-doctor-report-20250102-030405.md');
    expect([...record.files.keys()]).toEqual(['/reports/provision-doctor-report-20250102-030405.md']);
    const report = record.files.get('/reports/provision-doctor-report-20250102-030405.md')!;
    expect(report).toContain('# Provisioning troubleshooting report');
    expect(report).toContain('provision-doctor 9.9.9');
    expect(report).toContain('Path: `missing-users/assign-users/check-scope`');
    expect(report).toContain('Go on from there with `provision-doctor --resume missing-users/assign-users/check-scope`.');
    expect(report).toContain('1. What do you see with provisioning to the app?\n   - Users are missing in the app');
    expect(report).toContain('2. Are all users missing, or only some?\n   - Nobody at all');
    expect(report).toContain('3. Assign the users to the app\n   - this did not help');
    expect(report).toContain('## Where it led: Check the scoping filter');
    expect(report).toContain('**Cause:** A scoping filter leaves the users out.');
    expect(report).toContain('### Steps\n\n1. Open the attribute mappings and read the scoping filters.');
    expect(report).toContain('- [Scoping filters for provisioning](https://learn.microsoft.com/');
  });

  it('says when the file cannot be written', async () => {
    const { services } = fakeServices({
      writeFile: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    const w = await renderWizard({ path: 'missing-users', services });
    await w.press('s');
    await w.waitFor('Could not save the report.');
    await w.press('?');
    await w.waitFor('/home/admin/provision-doctor-report-20250102-030405.md: EACCES: permission denied');
  });

  it('never writes over a report: a name that exists gets -1, -2', async () => {
    const { services, record } = fakeServices();
    const taken = new Set(['/reports/provision-doctor-report-20250102-030405.md', '/reports/provision-doctor-report-20250102-030405-1.md']);
    services.writeFile = (path, text) => {
      if (taken.has(path)) throw Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST' });
      record.files.set(path, text);
    };
    const w = await renderWizard({ path: 'missing-users', services });
    await w.press('s');
    await w.waitFor('Saved the report to:\n/reports/provision-doctor-report-20250102-030405-2.md');
  });

  it('saves to the fallback folder when this one is read-only, and shows the path without control characters', async () => {
    const { services, record } = fakeServices({ cwd: '/read\u001B]0;x\u0007only' });
    services.writeFile = (path, text) => {
      if (path.startsWith('/read')) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      record.files.set(path, text);
    };
    const w = await renderWizard({ path: 'missing-users', services });
    await w.press('s');
    await w.waitFor('This folder is read-only; saved the report to:\n/home/admin/provision-doctor-report-20250102-030405.md');
    expect([...record.files.keys()]).toEqual(['/home/admin/provision-doctor-report-20250102-030405.md']);
  });
});
