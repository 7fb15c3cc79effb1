import { render, Box, Text } from 'ink';
import type { Content } from '../content/model.js';
import { currentNode, start } from '../engine/engine.js';

/** Placeholder wizard: shows the start question of the real tree. */
export async function runWizard(content: Content, _options: { path?: string } = {}): Promise<void> {
  const node = currentNode(content, start(content));
  const app = render(
    <Box flexDirection="column">
      <Text bold>{node.kind === 'question' ? node.prompt : node.title}</Text>
      {node.kind === 'question' && node.options.map((o, i) => <Text key={o.next}>{`${i + 1}. ${o.label}`}</Text>)}
    </Box>,
  );
  app.unmount();
  await app.waitUntilExit();
}
