import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Breadcrumb } from '../../engine/engine.js';
import { Breadcrumbs, crumbLines, cut } from '../components/breadcrumbs.js';
import { Footer, packHints, type Hint } from '../components/footer.js';
import { Lines } from '../components/lines.js';
import { fitFrame, scrollIndicator, scrollView, type FrameLayout, type ScrollView } from '../frame-layout.js';
import { useTheme } from '../theme.js';
import type { Notice } from '../wizard-state.js';
import { wrapText, type Line } from '../wrap.js';

/** A screen whose middle may scroll: a node (question, remedy, code, info) or the help. */
export interface ScrollPage {
  title: string;
  crumbs: Breadcrumb[];
  body: Line[];
  answers: ReactNode;
  answerRows: number;
  /** The scroll offset in the UI state; clamped here, since a resize can move the end. */
  offset: number;
}

export interface ScrollPlan {
  layout: FrameLayout;
  view: ScrollView;
  offset: number;
  crumbs: string[];
  hints: Hint[];
}

const PAGE_HINT: Hint = { key: 'PgDn', label: 'more' };

/** Pure: shares the rows out (see frame-layout.ts) and says what the scroll keys can do. */
export function planScroll(page: ScrollPage, rows: number | undefined, width: number, notice: Notice | null, hints: Hint[]): ScrollPlan {
  const footer = packHints(hints, width).length;
  const layout = fitFrame({
    rows,
    crumbRows: crumbLines(page.crumbs, width).length,
    crumbCount: page.crumbs.length,
    body: page.body.length,
    answers: page.answerRows,
    notice: notice ? noticeLines(notice.text, width).length : 0,
    footer,
  });
  const view = scrollView(layout, page.body.length);
  // The paging key joins the footer only when it fits on the lines the footer already takes.
  const withPage = layout.scrolls ? [...hints, PAGE_HINT] : hints;
  return {
    layout,
    view,
    offset: Math.min(page.offset, view.max),
    crumbs: crumbLines(page.crumbs, width, layout.crumbs),
    hints: packHints(withPage, width).length === footer ? withPage : hints,
  };
}

export function ScrollScreen({ page, plan, width, notice }: { page: ScrollPage; plan: ScrollPlan; width: number; notice: Notice | null }) {
  const theme = useTheme();
  const { layout, offset } = plan;
  const gap = layout.gaps ? 1 : 0;
  return (
    <Box flexDirection="column" width={width}>
      <Header title={page.title} width={width} />
      {plan.crumbs.length > 0 && (
        <Box marginTop={gap}>
          <Breadcrumbs lines={plan.crumbs} />
        </Box>
      )}
      {page.body.length > 0 && (
        <Box marginTop={gap} flexDirection="column">
          <Lines lines={page.body.slice(offset, offset + layout.viewport)} />
          {layout.scrolls && (
            <Text color={theme.muted} wrap="truncate">
              {cut(scrollIndicator(offset, layout.viewport, page.body.length), width)}
            </Text>
          )}
        </Box>
      )}
      {page.answerRows > 0 && <Box marginTop={gap}>{page.answers}</Box>}
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

/** A notice, wrapped beforehand so that the layout knows its rows. */
export function noticeLines(text: string, width: number): string[] {
  return wrapText(text, width);
}

export function NoticeLine({ notice, width, gap = 1 }: { notice: Notice; width: number; gap?: number }) {
  const theme = useTheme();
  const color = notice.tone === 'good' ? theme.good : notice.tone === 'warn' ? theme.warn : theme.accent;
  return (
    <Box marginTop={gap}>
      <Text color={color}>{noticeLines(notice.text, width).join('\n')}</Text>
    </Box>
  );
}
