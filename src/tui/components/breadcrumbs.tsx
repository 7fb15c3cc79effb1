import { Box, Text } from 'ink';
import type { Breadcrumb } from '../../engine/engine.js';
import { messages } from '../../i18n/messages.js';
import { useTheme } from '../theme.js';
import { wrapText } from '../wrap.js';

const SHOWN = 3;
/** A crumb's title is cut before its answer is: the answer is what a crumb is for. */
const MIN_TITLE = 12;

/** How many crumbs are shown: all (the last three under a count), the last two or one, or none. */
export type CrumbKeep = 'all' | 2 | 1 | 0;

/**
 * How the admin got here, as short `title > answer` rows: the answer whole (on a row of its
 * own under the title when the two do not fit on one), the title cut when it must be. All
 * shows the last three under a count of the earlier ones; 2 and 1 lead with dots when
 * answers before them are hidden.
 */
export function crumbLines(crumbs: Breadcrumb[], width: number, keep: CrumbKeep = 'all', earlier: (n: number) => string = messages('en').walk.earlierAnswers): string[] {
  if (keep === 0) return [];
  const shown = keep === 'all' ? SHOWN : keep;
  const hidden = Math.max(0, crumbs.length - shown);
  const rows = crumbs.slice(-shown).flatMap((c, i) => crumbRows(c, width, i === 0 && hidden > 0 && keep !== 'all' ? '... ' : ''));
  if (hidden > 0 && keep === 'all') rows.unshift(cut(`  ${earlier(hidden)}`, width));
  return rows;
}

function crumbRows(crumb: Breadcrumb, width: number, lead: string): string[] {
  const start = `  ${lead}`;
  const room = width - start.length - ' > '.length - crumb.answer.length;
  if (room >= Math.min(MIN_TITLE, crumb.title.length)) return [`${start}${cut(crumb.title, room)} > ${crumb.answer}`];
  // Too narrow for both: the title on its row, the answer whole under it.
  return [cut(`${start}${crumb.title} >`, width), ...wrapText(crumb.answer, width - 4).map((row) => `    ${row}`)];
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
