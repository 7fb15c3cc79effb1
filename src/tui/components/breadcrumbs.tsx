import { Box, Text } from 'ink';
import type { Breadcrumb } from '../../engine/engine.js';
import { useTheme } from '../theme.js';

const SHOWN = 3;

/** How the admin got here: the last few answers, one line each, cut to the width. */
export function Breadcrumbs({ crumbs, width }: { crumbs: Breadcrumb[]; width: number }) {
  const theme = useTheme();
  if (crumbs.length === 0) return null;
  const hidden = crumbs.length - SHOWN;
  return (
    <Box flexDirection="column">
      {hidden > 0 && <Text color={theme.muted}>{`  (${hidden} earlier answer${hidden === 1 ? '' : 's'})`}</Text>}
      {crumbs.slice(-SHOWN).map((crumb, i) => (
        <Text key={i} color={theme.muted}>
          {cut(`  ${crumb.question} > ${crumb.answer}`, width)}
        </Text>
      ))}
    </Box>
  );
}

/** Cuts with ASCII dots: a non-ASCII ellipsis would start Intl.Segmenter on the first frame. */
export function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 3))}...`;
}
