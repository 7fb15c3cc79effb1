import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// stdout is a pipe here, whatever runs the tests: writeOut writes to fd 1 itself.
const writeSync = vi.fn<(fd: number, bytes: Uint8Array, offset: number) => number>();
vi.mock('node:fs', async (original) => ({
  ...(await original<typeof import('node:fs')>()),
  fstatSync: () => ({ isCharacterDevice: () => false }),
  writeSync: (fd: number, bytes: Uint8Array, offset: number) => writeSync(fd, bytes, offset),
}));

const eagain = Object.assign(new Error('write EAGAIN'), { code: 'EAGAIN' });
let streamed: string[];

beforeEach(() => {
  vi.resetModules();
  // The output state is the process's, shared by every bundle: each test starts a fresh one.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('provision-doctor.output')];
  writeSync.mockReset();
  streamed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    streamed.push(Buffer.from(chunk).toString());
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('output into a pipe or a file', () => {
  it('is written to the descriptor whole, however many writes that takes', async () => {
    const written: string[] = [];
    writeSync.mockImplementation((_, bytes, offset) => {
      const part = Buffer.from(bytes).subarray(offset, offset + 4);
      written.push(part.toString());
      return part.length;
    });
    const { writeOut } = await import('../../src/cli/output.js');
    writeOut('Conflict\nA value clashes');
    expect(written.join('')).toBe('Conflict\nA value clashes\n');
    expect(writeSync.mock.calls.every(([fd]) => fd === 1)).toBe(true);
    expect(streamed).toEqual([]);
  });

  it('waits through the stream when a non-blocking pipe is full, and later lines keep their order', async () => {
    writeSync.mockImplementationOnce(() => 5).mockImplementation(() => {
      throw eagain;
    });
    const { writeOut } = await import('../../src/cli/output.js');
    writeOut('first block');
    writeOut('second block');
    expect(streamed).toEqual([' block\n', 'second block\n']);
    expect(writeSync).toHaveBeenCalledTimes(2);
  });

  it('a full disk is still one line on stderr and exit 1', async () => {
    const stderr: string[] = [];
    writeSync.mockImplementation((fd, bytes, offset) => {
      if (fd === 1) throw Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' });
      stderr.push(Buffer.from(bytes).subarray(offset).toString());
      return bytes.length - offset;
    });
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exited');
    }) as typeof process.exit);
    const { writeOut } = await import('../../src/cli/output.js');
    expect(() => writeOut('Conflict')).toThrow('exited');
    expect(stderr).toEqual(['provision-doctor: cannot write the output: no space left on the device (ENOSPC)\n']);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('ends the process early only while no stream may still hold a block', async () => {
    writeSync.mockImplementation((_, bytes, offset) => bytes.length - offset);
    const { everythingWritten, writeError, writeOut } = await import('../../src/cli/output.js');
    writeError('provision-doctor: a warning');
    writeOut('a line');
    expect(everythingWritten()).toBe(true);
    writeSync.mockImplementationOnce(() => {
      throw eagain;
    });
    writeOut('a full pipe');
    expect(streamed).toEqual(['a full pipe\n']);
    expect(everythingWritten()).toBe(false);
  });
});
