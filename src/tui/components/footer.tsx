import { Box, Text } from 'ink';
import { useTheme } from '../theme.js';

export interface Hint {
  key: string;
  label: string;
}

const GAP = '  ';

/** Packs the hints into as few lines as the width allows; a hint is never split. */
export function packHints(hints: Hint[], width: number): Hint[][] {
  const lines: Hint[][] = [];
  let line: Hint[] = [];
  let used = 0;
  for (const hint of hints) {
    const size = hint.key.length + 1 + hint.label.length;
    const needed = line.length === 0 ? size : used + GAP.length + size;
    if (line.length > 0 && needed > width) {
      lines.push(line);
      line = [hint];
      used = size;
    } else {
      line.push(hint);
      used = needed;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

export function Footer({ hints, width }: { hints: Hint[]; width: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {packHints(hints, width).map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.map((hint, j) => (
            <Text key={hint.key}>
              {j > 0 ? GAP : ''}
              <Text bold color={theme.accent}>
                {hint.key}
              </Text>
              <Text>{` ${hint.label}`}</Text>
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
