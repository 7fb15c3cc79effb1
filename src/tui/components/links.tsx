import { Box, Text } from 'ink';
import type { DocLink } from '../node-text.js';
import { osc8 } from '../terminal-codes.js';
import { useTheme } from '../theme.js';

/** Doc links: clickable titles (OSC 8) where the terminal supports them, else the title and the full URL. */
export function LinkList({ links, hyperlinks }: { links: DocLink[]; hyperlinks: boolean }) {
  const theme = useTheme();
  if (links.length === 0) return null;
  return (
    <Box flexDirection="column">
      <Text bold>Read:</Text>
      {links.map((link) => (
        <Box key={link.id} flexDirection="column" paddingLeft={2}>
          <Text color={theme.accent} underline={hyperlinks}>
            {hyperlinks ? osc8(link.title, link.url) : link.title}
          </Text>
          {!hyperlinks && <Text color={theme.muted}>{link.url}</Text>}
        </Box>
      ))}
    </Box>
  );
}
