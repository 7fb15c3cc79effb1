import { Box, Text } from 'ink';
import { osc8 } from '../terminal-codes.js';
import { useTheme } from '../theme.js';
import type { Line } from '../wrap.js';

/** Rows wrapped beforehand (see wrap.ts): each one a row on screen, never wrapped again. */
export function Lines({ lines }: { lines: Line[] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.length === 0
            ? ' '
            : line.map((span, j) => (
                <Text key={j} bold={span.bold} underline={span.underline} color={span.color ? theme[span.color] : undefined}>
                  {span.url ? osc8(span.text, span.url) : span.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
