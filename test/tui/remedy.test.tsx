import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { fakeServices, renderWizard } from './harness.js';

afterEach(() => cleanup());

const ASSIGN_URL = 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/assign-user-or-group-access-portal';

describe('remedy screen', () => {
  it('shows the cause, numbered steps, links as plain URLs and asks whether it helped', async () => {
    const w = await renderWizard({ path: 'quarantine' });
    const frame = w.frame();
    expect(frame).toContain('Take the job out of quarantine');
    expect(frame).toContain('Cause: Too many failures put the job in quarantine.');
    expect(frame).toMatch(/1\. Fix the credentials on the Provisioning page\.\n2\. Restart provisioning\.\n3\. Watch the next cycle\./);
    expect(frame).toContain('Application provisioning in quarantine status');
    expect(frame).toContain('https://learn.microsoft.com/en-us/entra/identity/monitoring-health/concept-provisioning-logs');
    expect(frame).toContain('Did this help?');
    expect(w.raw()).not.toContain('\u001B]8;;');
  });

  it('shows links as OSC 8 hyperlinks where the terminal supports them', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users', hyperlinks: true });
    expect(w.raw()).toContain(`\u001B]8;;${ASSIGN_URL}\u0007Assign users to an app\u001B]8;;\u0007`);
    expect(w.frame()).not.toContain(ASSIGN_URL);
  });

  it('"yes" marks it fixed and says what to do next', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users' });
    await w.press('1');
    const frame = await w.waitFor('Marked as fixed.');
    expect(frame).toContain('s saves a report for the ticket');
  });

  it('"no" goes to what to try next when there is one', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users' });
    expect(w.frame()).toContain('2. No, show what to try next');
    await w.press('down');
    await w.press('enter');
    const frame = await w.waitFor('Check the scoping filter');
    expect(frame).toContain('Assign the users to the app > this did not help');
  });

  it('"no" goes back when nothing follows', async () => {
    const w = await renderWizard({ path: 'quarantine' });
    expect(w.frame()).toContain('2. No, go back');
    await w.press('2');
    await w.waitFor('What do you see with provisioning to the app?');
  });
});

describe('info screen', () => {
  it('shows the facts and their links and continues with Enter', async () => {
    const w = await renderWizard({ path: 'missing-users/scope-info' });
    const frame = w.frame();
    expect(frame).toContain('- The scope decides who is provisioned.');
    expect(frame).toContain('- Filters apply after assignment.');
    expect(frame).toContain('Scoping filters for provisioning');
    await w.press('enter');
    await w.waitFor('Cause: A scoping filter leaves the users out.');
    await w.press('esc');
    await w.waitFor('The scope decides who is provisioned.');
  });
});

describe('error-code entry on a code-lookup node', () => {
  it('suggests codes live as one types and lands on the entry as explain does', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    expect(w.frame()).toContain('Type or paste the error code from the provisioning log.');
    await w.press('entryconf');
    await w.waitFor('> EntryConflict - A value clashes with an existing account');
    await w.press('enter');
    const frame = await w.waitFor('What it means: An attribute value already belongs to another object.');
    expect(frame).toContain('Error code: EntryConflict');
    expect(frame).toContain('Retry: The provisioning service does not fix this by retrying. You need to act.');
    expect(frame).toMatch(/1\. Read which attribute clashed in the failed event\.\n2\. Fix the value on one side\./);
    expect(frame).toContain('2. No, show what to try next');
  });

  it('keys like q and r are typed, not obeyed; Backspace erases; up and down choose a suggestion', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('qr');
    await w.waitFor('Code: qr');
    expect(w.quit()).toBe(false);
    await w.press('backspace');
    await w.press('backspace');
    await w.press('In');
    await w.waitFor('InsufficientRights - The app refused the credentials');
    await w.press('enter');
    const frame = await w.waitFor('Error code: InsufficientRights');
    expect(frame).toContain('retries by itself after 40 minutes');
  });

  it('reads a prefixed variant and a whole log line, and says what it set aside', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('SalesforceEntryConflict');
    await w.press('enter');
    await w.waitFor('read "SalesforceEntryConflict" as "EntryConflict" (ignored the prefix "Salesforce")');
    await w.press('esc');
    await w.waitFor('Type or paste the error code');
    await w.press('Failed with EntryConflict while updating');
    await w.press('enter');
    await w.waitFor('found the code "EntryConflict" in the text');
  });

  it('an unknown code lands on the general advice and says so', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('zzzz');
    await w.waitFor('No code in the catalogue matches yet');
    await w.press('enter');
    const frame = await w.waitFor('"zzzz" is not in the error-code catalogue: here is the general advice.');
    expect(frame).toContain('A code the catalogue does not know');
  });

  it('a description that nothing answers is not shown anything "close": it lands on the general advice and says so', async () => {
    // The same honesty as --plain: no near miss is offered when there is none.
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('nice weather today');
    let frame = await w.waitFor('No code in the catalogue matches yet; Enter shows the general advice.');
    expect(frame).not.toContain('not the same code');
    await w.press('enter');
    frame = await w.waitFor('"nice weather today" is not in the error-code catalogue: here is the general advice.');
    expect(frame).toContain('A code the catalogue does not know');
  });


  it('drops escape sequences and control characters from pasted text', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('Entry\u0007Conflict');
    await w.waitFor('Code: EntryConflict');
  });
});

describe('a remedy with a caution', () => {
  it('says it before the steps, marked so it stands out without colour, and in the saved report', async () => {
    const { services, record } = fakeServices();
    const level = chalk.level;
    chalk.level = 1;
    const w = await renderWizard({ path: 'quarantine', services, color: false });
    try {
      const frame = w.frame();
      expect(frame).toContain("! Caution: Restarting clears the job's state, so the next cycle reads every user again.");
      expect(frame.indexOf('Caution:')).toBeLessThan(frame.indexOf('Steps:'));
      expect(w.raw()).toMatch(/\u001B\[1m[^\n]*Caution:/);
    } finally {
      chalk.level = level;
    }
    await w.press('s');
    await w.waitFor('Saved');
    const report = [...record.files.values()][0] ?? '';
    expect(report).toContain("> **Caution:** Restarting clears the job's state");
    expect(report.indexOf('Caution')).toBeLessThan(report.indexOf('### Steps'));
  });
});
