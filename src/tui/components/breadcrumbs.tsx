import { Box, Text } from 'ink';
import type { Breadcrumb } from '../../engine/engine.js';
import { useTheme } from '../theme.js';

const SHOWN = 3;

/**
 * How the admin got here, one row per answer, cut to the width: the last three under a
 * count of the earlier ones, or when rows are short only the last one or two, the first
 * of them led by dots when answers before it are hidden.
 */
export function crumbLines(crumbs: Breadcrumb[], width: number, keep: 'all' | 2 | 1 = 'all'): string[] {
  const shown = keep === 'all' ? SHOWN : keep;
  const hidden = Math.max(0, crumbs.length - shown);
  const rows = crumbs.slice(-shown).map((c, i) => `  ${i === 0 && hidden > 0 && keep !== 'all' ? '... ' : ''}${c.question} > ${c.answer}`);
  if (hidden > 0 && keep === 'all') rows.unshift(`  (${hidden} earlier answer${hidden === 1 ? '' : 's'})`);
  return rows.map((row) => cut(row, width));
}

export function Breadcrumbs({ lines }: { lines: string[] }) {
  const theme = useTheme();
  if (lines.length === 0) return null;
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} color={theme.muted}>
          {line}
        </Text>
      ))}
    </Box>
  );
}

/** Cuts with ASCII dots: a non-ASCII ellipsis would start Intl.Segmenter on the first frame. */
export function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 3))}...`;
}
