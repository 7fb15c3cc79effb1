import type { Content } from '../content/model.js';
import { start, type WizardState } from '../engine/engine.js';
import { replayPath } from '../engine/path.js';
import { ExitCode, UserError } from './exit-codes.js';

/**
 * Where a walk begins: the start, or the end of a saved path (`--resume`). A path that names
 * no walk in this content is "not found" (exit 1), as it is for `provision-doctor path`: the
 * option was used rightly, and a script must read the same code for the same path either way.
 */
export function resumeState(content: Content, path: string | undefined): WizardState {
  if (!path) return start(content);
  const replayed = replayPath(content, path);
  if (!replayed.ok) throw new UserError(`--resume: ${replayed.error}`, ExitCode.notFound);
  return replayed.state;
}
