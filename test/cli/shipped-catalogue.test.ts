import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { codeNodes } from '../../src/content/model.js';
import { run } from './run-cli.js';

const codes = codeNodes(loadContentDir('content').content!).map((entry) => entry.code);

// `explain` of a known code reads the catalogue the build wrote for the language (dist/codes*.json);
// the YAML under content/ with its translation is what that catalogue must say.
describe.each(['en', 'da', 'nl'])('the shipped error-code catalogue (%s)', (language) => {
  it('explains every code as the content and its translation do', () => {
    const shipped = run(['--lang', language, 'explain', ...codes, '--json'], { content: false });
    const fromYaml = run(['--lang', language, '--content', 'content', 'explain', ...codes, '--json'], { content: false });
    expect(shipped.status).toBe(0);
    expect(shipped.stderr).toBe('');
    expect(JSON.parse(shipped.stdout)).toEqual(JSON.parse(fromYaml.stdout));
  });

  it('names where each entry leads on to, as the whole content does, though it holds only their titles', () => {
    const shipped = run(['--lang', language, 'explain', ...codes], { content: false });
    const fromYaml = run(['--lang', language, '--content', 'content', 'explain', ...codes], { content: false });
    expect(shipped.stdout.match(/\(provision-doctor show [a-z0-9-]+\)$/gm)?.length).toBeGreaterThan(codes.length / 2);
    expect(shipped.stdout).toBe(fromYaml.stdout);
  });
});
