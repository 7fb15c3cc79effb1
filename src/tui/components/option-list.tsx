import { Box, Text } from 'ink';
import { useTheme } from '../theme.js';
import { wrapText } from '../wrap.js';

const gutterOf = (items: string[], numbered: boolean) => (numbered ? String(items.length).length + 4 : 2);

/** Each label wrapped beside the gutter; with no width, Ink wraps them. */
function wrapLabels(items: string[], numbered: boolean, width?: number): string[] {
  return width === undefined ? items : items.map((label) => wrapText(label, width - gutterOf(items, numbered)).join('\n'));
}

/** Rows the list takes at `width`: what the frame layout counts before drawing. */
export function optionRows(items: string[], width: number, numbered = true): number {
  return wrapLabels(items, numbered, width).reduce((sum, label) => sum + label.split('\n').length, 0);
}

/** A numbered list with a cursor; long rows wrap under their own text, not under the number. */
export function OptionList({ items, cursor, numbered = true, width }: { items: string[]; cursor: number; numbered?: boolean; width?: number }) {
  const theme = useTheme();
  const gutter = gutterOf(items, numbered);
  const labels = wrapLabels(items, numbered, width);
  return (
    <Box flexDirection="column">
      {items.map((_, i) => {
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
              {labels[i]}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
