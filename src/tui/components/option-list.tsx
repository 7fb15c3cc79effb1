import { Box, Text } from 'ink';
import { useTheme } from '../theme.js';

/** A numbered list with a cursor; long rows wrap under their own text, not under the number. */
export function OptionList({ items, cursor, numbered = true }: { items: string[]; cursor: number; numbered?: boolean }) {
  const theme = useTheme();
  const gutter = numbered ? String(items.length).length + 4 : 2;
  return (
    <Box flexDirection="column">
      {items.map((label, i) => {
        const on = i === cursor;
        const mark = `${on ? '>' : ' '} ${numbered ? `${i + 1}.` : ''}`;
        return (
          <Box key={i}>
            <Box width={gutter} flexShrink={0}>
              <Text bold={on} color={on ? theme.accent : undefined}>
                {mark}
              </Text>
            </Box>
            <Text bold={on} color={on ? theme.accent : undefined}>
              {label}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}

/** Numbered steps: the number in a gutter, the text wrapping beside it. */
export function Steps({ steps }: { steps: string[] }) {
  const gutter = String(steps.length).length + 2;
  return (
    <Box flexDirection="column">
      {steps.map((step, i) => (
        <Box key={i}>
          <Box width={gutter} flexShrink={0}>
            <Text>{`${i + 1}.`}</Text>
          </Box>
          <Text>{step}</Text>
        </Box>
      ))}
    </Box>
  );
}
