import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Breadcrumb } from '../../engine/engine.js';
import { Breadcrumbs, crumbLines, cut } from '../components/breadcrumbs.js';
import { Footer, packHints, type Hint } from '../components/footer.js';
import { Lines } from '../components/lines.js';
import { fitFrame, scrollIndicator, scrollView, type FrameLayout, type ScrollView } from '../frame-layout.js';
import { useTheme } from '../theme.js';
import { useWords } from '../words.js';
import type { Notice } from '../wizard-state.js';
import { wrapText, type Line } from '../wrap.js';

/** A screen whose middle may scroll: a node (question, remedy, code, info) or the help. */
export interface ScrollPage {
  title: string;
  crumbs: Breadcrumb[];
  /** The row counting the crumbs left out, in the reader's words (English without it). */
  earlier?: (n: number) => string;
  body: Line[];
  /** The answers, whole or in a window of `limit` rows; the optional rows (a hint) only when there is room. */
  answers(limit: number | undefined, optional: boolean): ReactNode;
  /** Rows the answers take in full, the list's items and the rows around it, and the optional rows. */
  answerRows: number;
  list: { items: number; around: number };
  optional: number;
  /** The scroll offset in the UI state; clamped here, since a resize can move the end. */
  offset: number;
  /** Letters type on this screen (the first one): the scroll keys named are not letters. */
  typing?: boolean;
}

export interface ScrollPlan {
  layout: FrameLayout;
  view: ScrollView;
  offset: number;
  crumbs: string[];
  hints: Hint[];
}

/** The paging key, in English unless the app passes the reader's word for it. */
const PAGE_HINT: Hint = { key: 'PgDn', label: 'more' };

/** Pure: shares the rows out (see frame-layout.ts) and says what the scroll keys can do. */
export function planScroll(page: ScrollPage, rows: number | undefined, width: number, notice: Notice | null, hints: Hint[], pageHint: Hint = PAGE_HINT): ScrollPlan {
  const footer = packHints(hints, width).length;
  const layout = fitFrame({
    rows,
    crumbs: (keep) => crumbLines(page.crumbs, width, keep, page.earlier).length,
    body: page.body.length,
    answers: page.answerRows,
    list: page.list,
    optional: page.optional,
    notice: notice ? noticeLines(notice, width).length : 0,
    footer,
  });
  const view = scrollView(layout, page.body.length);
  const offset = Math.min(page.offset, view.max);
  // The paging key joins the footer while there is more below, and only when it fits on the lines the footer already takes.
  const withPage = layout.scrolls && offset < view.max ? [...hints, pageHint] : hints;
  return {
    layout,
    view,
    offset,
    crumbs: crumbLines(page.crumbs, width, layout.crumbs, page.earlier),
    hints: packHints(withPage, width).length === footer ? withPage : hints,
  };
}

export function ScrollScreen({ page, plan, width, notice }: { page: ScrollPage; plan: ScrollPlan; width: number; notice: Notice | null }) {
  const { layout, offset } = plan;
  const gap = layout.gaps ? 1 : 0;
  const said = useWords().walk.scroll;
  return (
    <Box flexDirection="column" width={width}>
      <Header title={page.title} width={width} />
      {plan.crumbs.length > 0 && (
        <Box marginTop={gap}>
          <Breadcrumbs lines={plan.crumbs} />
        </Box>
      )}
      {layout.viewport > 0 && (
        <Box marginTop={gap} flexDirection="column">
          <Lines lines={page.body.slice(offset, offset + layout.viewport)} />
          {layout.scrolls && (
            <Text wrap="truncate">
              {cut(scrollIndicator(offset, layout.viewport, page.body.length, said, !page.typing), width)}
            </Text>
          )}
        </Box>
      )}
      {page.answerRows > 0 && <Box marginTop={gap}>{page.answers(layout.answerLimit, layout.optional)}</Box>}
      {notice && <NoticeLine notice={notice} width={width} gap={gap} />}
      <Box marginTop={gap}>
        <Footer hints={plan.hints} width={width} />
      </Box>
    </Box>
  );
}

/** The app's name and the screen's title, on one row whatever the width. */
export function Header({ title, width }: { title: string; width: number }) {
  const theme = useTheme();
  const name = 'provision-doctor ';
  return (
    <Text wrap="truncate">
      <Text color={theme.muted}>{name}</Text>
      <Text bold color={theme.accent}>
        {cut(title, Math.max(4, width - name.length))}
      </Text>
    </Text>
  );
}

/**
 * A notice in one row (cut, with "?" for the whole of it), and an address or a file path
 * it names whole on the rows under it, from the first column, so it can be selected.
 */
export function noticeLines(notice: Notice, width: number, moreWord = 'more'): string[] {
  const more = notice.detail || notice.text.length > width ? `  (? ${moreWord})` : '';
  const text = notice.text.length + more.length <= width ? `${notice.text}${more}` : `${cut(notice.text, width - more.length)}${more}`;
  return [text, ...(notice.url ? wrapText(notice.url, width) : [])];
}

export function NoticeLine({ notice, width, gap = 1 }: { notice: Notice; width: number; gap?: number }) {
  const theme = useTheme();
  const moreWord = useWords().wizard.hint.more;
  const color = notice.tone === 'good' ? theme.good : notice.tone === 'warn' ? theme.warn : theme.accent;
  const [first, ...rest] = noticeLines(notice, width, moreWord);
  return (
    <Box marginTop={gap} flexDirection="column">
      <Text color={color}>{first}</Text>
      {rest.length > 0 && <Text>{rest.join('\n')}</Text>}
    </Box>
  );
}
