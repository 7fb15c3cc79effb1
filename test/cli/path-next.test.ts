import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';
import { writeContentDir } from '../helpers/content.js';
import { chainedCauses } from '../helpers/walk-content.js';

const dir = writeContentDir(chainedCauses);

describe('path names the next step the walk would really take', () => {
  it('in the text and in the JSON alike: past a cause the answer ruled out', () => {
    const text = run(['--content', dir, 'path', 'cause-a'], { content: false });
    expect(text.stdout).toContain('If this did not help: C');
    const json = JSON.parse(run(['--content', dir, 'path', 'cause-a', '--json'], { content: false }).stdout);
    expect(json.next).toBe('cause-c');
    expect(json.node.ifNotHelped).toBe('cause-b');
  });
});
