import { it } from 'vitest';
import { renderWizard } from './harness.js';
it('dbg', async () => {
  const w = await renderWizard({ path: 'code-entry' });
  await w.press('abcd');
  await new Promise((r) => setTimeout(r, 100));
  console.log(w.frame().split('\n').find((l) => l.startsWith('Code')));
  await w.press('\u0017');
  await new Promise((r) => setTimeout(r, 300));
  console.log(w.frame().split('\n').find((l) => l.startsWith('Code')));
});
