import { describe, expect, it } from 'vitest';
import { tmuxPane } from './tmux-pane.js';

// The built bin in a real terminal: what an admin runs, keys sent by tmux, the screen read back.
const { tmux, send, start: startPane, history, waitForScreen } = tmuxPane('wizard');

describe('the built wizard in tmux', () => {
  it('starts, walks to a remedy, goes back, searches, quits and restores the terminal', async () => {
    // After the wizard ends, the shell reports its exit code and whether the terminal is back in cooked mode.
    const command = 'node dist/cli.cjs --content test/fixtures/content-wizard; echo "EXIT=$?"; stty -a | grep -o -- "-\\?icanon" | sed "s/^/MODE=/"';
    startPane(command);

    const first = await waitForScreen('Ctrl+C quit');
    expect(first).toContain('What do you see with provisioning to the app?');
    expect(first).toContain('> 1. Users are missing in the app');

    send('1');
    await waitForScreen('Are all users missing, or only some?');
    send('1');
    const remedy = await waitForScreen('Did this help?');
    expect(remedy).toContain('Cause: Only users assigned to the app are provisioned.');
    expect(remedy).toContain('1. Open Enterprise apps and pick the app.');
    expect(remedy).toContain('Missing users > Nobody at all');

    send('Escape');
    await waitForScreen('> 1. Nobody at all');

    send('/');
    await waitForScreen('Search:');
    send('-l', 'quarantine');
    await waitForScreen('[remedy] Take the job out of quarantine');
    send('Enter');
    const found = await waitForScreen('Cause: Too many failures put the job in quarantine.');
    expect(found).toContain('jumped to: Take the job out of quarantine');

    send('q');
    const after = await waitForScreen('MODE=');
    expect(after).toContain('EXIT=0');
    expect(after).toContain('MODE=icanon');
    // Where the admin was stays on the normal screen.
    expect(after).toContain('Last remedy: Take the job out of quarantine');
    // Printed whole: the terminal wraps it at the pane's edge, as it does any long line.
    expect(after.replace(/\n/g, '')).toContain('https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-quarantine-status');
    expect(after).toMatch(/Go on from there: provision-doctor --resume \S+/);
  });

  it('Ctrl+C also says where the admin was', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-wizard --resume missing-users/assign-users; echo "EXIT=$?"');
    await waitForScreen('q quit');
    send('C-c');
    const after = await waitForScreen('EXIT=');
    expect(after).toContain('Last remedy: Assign the users to the app');
    expect(after).toContain('Path: missing-users/assign-users');
    expect(after).toContain('Go on from there: provision-doctor --resume missing-users/assign-users');
  });

  it('refuses a --resume path that names nothing with one line and exit 1, as path does, before drawing anything', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-wizard --resume missing-users/nope; echo "EXIT=$?"');
    const after = await waitForScreen('EXIT=');
    expect(after).toContain('provision-doctor: --resume: path step 2 "nope": not an answer to "missing-users"');
    expect(after).toContain('EXIT=1');
    expect(after).not.toContain('q quit');
  });

  it('opens at a saved path with --resume, and back walks the path in reverse', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-wizard --resume missing-users/assign-users; echo "EXIT=$?"');
    const resumed = await waitForScreen('q quit');
    expect(resumed).toContain('Cause: Only users assigned to the app are provisioned.');
    send('Escape');
    await waitForScreen('> 1. Nobody at all');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('analyze offers the wizard at a failure group, and opens it at that remedy', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-logs analyze test/fixtures/logs/portal-csv; echo "EXIT=$?"');
    await waitForScreen('Open the guide at a failure group');
    send('1', 'Enter');
    const wizard = await waitForScreen('q quit');
    expect(wizard).toContain('Error code: Conflict');
    expect(wizard).toContain('jumped to: A value clashes with an existing account');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('analyze under TERM=dumb goes on in the line-by-line dialogue, not the full-screen wizard', async () => {
    startPane('TERM=dumb node dist/cli.cjs --content test/fixtures/content-logs analyze test/fixtures/logs/portal-csv; echo "EXIT=$?"');
    await waitForScreen('Open the guide at a failure group');
    send('1', 'Enter');
    const dialogue = await waitForScreen('Answer with a number. Path: @conflict');
    expect(dialogue).not.toContain('q quit');
    send('-l', 'quit');
    send('Enter');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('analyze finishes quietly when the question is answered with Ctrl+C', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-logs analyze test/fixtures/logs/portal-csv; echo "EXIT=$?"');
    await waitForScreen('Open the guide at a failure group');
    send('C-c');
    const after = await waitForScreen('EXIT=');
    expect(after).toContain('EXIT=0');
    expect(after).not.toContain('AbortError');
  });

  it('fits a long remedy in an 80x24 pane: the title stays, PgDn reaches the last link, the scrollback gets no copies', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-long --resume setup/where/tutorial; echo "EXIT=$?"', 80, 24);
    const title = "provision-doctor Start from the app's own provisioning tutorial";
    const first = await waitForScreen('q quit');
    expect(first.split('\n')[0]).toBe(title);
    expect(first).toContain('Cause: Every app wants');
    expect(first).toContain('> 1. Yes, this fixed it');
    expect(first).not.toContain('Manage user account provisioning for enterprise apps');
    send('Down');
    await waitForScreen('> 2. No, show what to try next');
    send('PageDown');
    await waitForScreen('above (PgUp)');
    send('PageDown');
    const last = await waitForScreen('Manage user account provisioning for enterprise apps');
    expect(last.split('\n')[0]).toBe(title);
    expect(last).toContain('> 2. No, show what to try next');
    // Frames that fit are redrawn in place: the title is on the screen once and nowhere above it.
    expect(history().split(title).length - 1).toBe(1);
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });
});

describe('every key counts in the built wizard', () => {
  const wizard = 'node dist/cli.cjs --content test/fixtures/content-wizard; echo "EXIT=$?"';

  it('moves once per key when keys arrive in one burst', async () => {
    startPane(wizard);
    await waitForScreen('Ctrl+C quit');
    // The first screen's letters type (see the first-screen tests): its list moves with the arrows.
    send('Down', 'Down');
    const moved = await waitForScreen('> 3. The job is in quarantine');
    expect(moved).toContain('  1. Users are missing in the app');
    send('Up', 'Down', 'Down');
    // Three keys: up to 2, down to 3, down past the end to 1.
    await waitForScreen('> 1. Users are missing in the app');
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('answers two questions typed as one burst, each with its own digit', async () => {
    startPane(wizard);
    await waitForScreen('Ctrl+C quit');
    send('-l', '11');
    const remedy = await waitForScreen('Did this help?');
    expect(remedy).toContain('Cause: Only users assigned to the app are provisioned.');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('survives Ctrl+F1..F4 and a colour sequence typed as input (ink#901), and keys after them still work', async () => {
    startPane(wizard);
    await waitForScreen('Ctrl+C quit');
    send('C-F1');
    send('C-F2');
    send('C-F3');
    send('C-F4');
    send('-l', '\u001B[31m');
    send('Down');
    const after = await waitForScreen('> 2. I have an error code from the logs');
    expect(after).not.toContain('TypeError');
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('takes a pasted two-line reason into the field whole, without Enter in it choosing anything', async () => {
    startPane('node dist/cli.cjs --content test/fixtures/content-wizard --resume missing-users; echo "EXIT=$?"');
    await waitForScreen('q quit');
    send('e');
    await waitForScreen('Code:');
    tmux('set-buffer', 'Error code: EntryConflict.\nReason: the value is taken');
    tmux('paste-buffer', '-p', '-t', 'wizard');
    const field = await waitForScreen('Reason: the value is taken');
    expect(field).toContain('Code: Error code: EntryConflict. Reason: the value is taken');
    send('Enter');
    await waitForScreen('Error code: EntryConflict');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('at 80x12 the frame fits: the title stays, and a key does not wipe the scrollback', async () => {
    // The built-in first screen: nine answers, more than 12 rows hold with the question.
    startPane("seq 1 50 | sed 's/^/history-line-/'; node dist/cli.cjs; echo \"EXIT=$?\"", 80, 12);
    const first = await waitForScreen('Ctrl+C quit');
    expect(first.split('\n')[0]).toBe('provision-doctor What are you seeing?');
    send('Down');
    const moved = await waitForScreen('> 2. ');
    expect(moved).toContain('(1-6 of 16; Up/Down for the others)');
    expect(history().split('\n').filter((line) => line.startsWith('history-line-'))).toHaveLength(50);
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });
});
