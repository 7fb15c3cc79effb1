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

/**
 * The items shown of a one-row-per-item list in `limit` rows: all of them when they fit,
 * else a window that follows the cursor, one row kept to say there are more.
 */
function listWindow(count: number, cursor: number, limit: number | undefined): { start: number; end: number } {
  if (limit === undefined || count <= limit) return { start: 0, end: count };
  const size = Math.max(1, limit - 1);
  const start = Math.max(0, Math.min(cursor - Math.floor(size / 2), count - size));
  return { start, end: start + size };
}

/** Rows a list may take in `room` rows after `used` rows of its screen; never fewer than two. */
export function listLimit(room: number | undefined, used: number): number | undefined {
  return room === undefined ? undefined : Math.max(2, room - used);
}

interface Props {
  items: string[];
  cursor: number;
  numbered?: boolean;
  /** Labels wrap beside the gutter at this width; without it, Ink wraps them. */
  width?: number;
  /** Rows the list may take when each item is one row (choosers, search hits). */
  limit?: number;
}

/** A numbered list with a cursor; long rows wrap under their own text, not under the number. */
export function OptionList({ items, cursor, numbered = true, width, limit }: Props) {
  const theme = useTheme();
  const gutter = gutterOf(items, numbered);
  const labels = wrapLabels(items, numbered, width);
  const { start, end } = listWindow(items.length, cursor, limit);
  const windowed = end - start < items.length;
  return (
    <Box flexDirection="column">
      {items.slice(start, end).map((_, k) => {
        const i = start + k;
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
      {windowed && <Text color={theme.muted}>{`  (${start + 1}-${end} of ${items.length}; Up/Down for the others)`}</Text>}
    </Box>
  );
}
