import { describe, expect, it } from 'vitest';
import { replayPath } from '../../src/engine/path.js';
import { currentNode } from '../../src/engine/engine.js';
import { markdownReport } from '../../src/tui/node-text.js';
import { defaultServices } from '../../src/tui/services.js';
import { contentFrom, smallContent } from '../helpers/content.js';

describe('the saved Markdown report (H4)', () => {
  it('keeps a link title that holds Markdown as plain text, so it cannot add a link of its own', () => {
    const yaml = smallContent['main.yaml']!
      .replace('title: Doc A', 'title: "Official tutorial](javascript:alert(document.cookie)) [more"')
      .replace('      - Add the users.', '      - "Add the users: see <b>this</b> and `code` *now*"');
    const content = contentFrom({ 'main.yaml': yaml });
    const replay = replayPath(content, 'scope/assign-users');
    if (!replay.ok) throw new Error(replay.error);
    const report = markdownReport(content, replay.state, currentNode(content, replay.state), new Date(0), '1.0.0');
    expect(report).toContain('- [Official tutorial\\](javascript:alert(document.cookie)) \\[more](https://learn.microsoft.com/en-us/entra/a)');
    expect(report).toContain('2. Add the users: see \\<b>this\\</b> and \\`code\\` \\*now\\*');
    // Every "](" that is not escaped is one of the report's own links.
    expect(report).not.toMatch(/[^\\]\]\(javascript:/);
  });
});

describe('opening a link (o)', () => {
  it('hands the browser nothing but a plain https address', async () => {
    const { openUrl } = defaultServices('1.0.0');
    await expect(openUrl('https://learn.microsoft.com/x\u0007\u001B]52;c;ZXZpbAo=\u0007')).rejects.toThrow(
      'not opened: the address holds a bell (U+0007) at character 30',
    );
    await expect(openUrl('https://evil.example@learn.microsoft.com/x')).rejects.toThrow('holds a user name');
    await expect(openUrl('javascript:alert(1)')).rejects.toThrow('must be an https:// address');
  });
});

describe('a long paste into search (/) and code lookup (e) (L8)', () => {
  it('is cut where it is typed, with a note, and the wizard stays responsive', async () => {
    const { renderWizard } = await import('./harness.js');
    const w = await renderWizard();
    await w.press('/');
    await w.waitFor('Search: ');
    await w.press('quarantine '.repeat(2000));
    await w.waitFor('Only the first 20 words (200 characters at most) are searched.');
    const frame = await w.waitFor('Take the job out of quarantine');
    // The field shows the end of what was kept; the start scrolled off behind "…".
    expect(frame).toMatch(/…quarantine quarantine/);
    expect(frame).not.toContain('quarantine quarantine '.repeat(20));
    w.app.unmount();
  });

  // The first screen's field is opened by the paste itself: what it was given was searched whole
  // by Enter, and a long line of one word asks the fuzzy matcher for a table of its length squared.
  it('on the first screen, is cut as it opens the field, and Enter searches what was kept', async () => {
    const { renderWizard } = await import('./harness.js');
    const w = await renderWizard();
    await w.press('quarantine '.repeat(2000));
    await w.waitFor('Only the first 20 words (200 characters at most) are searched.');
    await w.press('enter');
    const frame = await w.waitFor('Take the job out of quarantine');
    // The search field holds what was kept: twenty words at most.
    const field = frame.split('\n').find((line) => line.includes('quarantine quarantine'))!;
    expect(field.match(/quarantine/g)!.length).toBeLessThanOrEqual(20);
    w.app.unmount();
  });
});
