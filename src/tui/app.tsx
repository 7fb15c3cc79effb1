import { Box, Text, useInput, useStdin } from 'ink';
import { useDeferredValue, useEffect, useMemo } from 'react';
import type { Content } from '../content/model.js';
import { breadcrumbs, type WizardState } from '../engine/engine.js';
import { helpLines, nodeBodyLines } from './body-lines.js';
import { Breadcrumbs, crumbLines } from './components/breadcrumbs.js';
import { Footer, packHints, type Hint } from './components/footer.js';
import { copyItems, nodeLinks } from './node-text.js';
import { optionRows } from './components/option-list.js';
import { ChooserScreen } from './screens/menu-screens.js';
import { answerRows, DESCRIBE_ROWS, DescribeField, NodeAnswers } from './screens/node-screen.js';
import { Field } from './components/field.js';
import { Header, NoticeLine, noticeLines, planScroll, ScrollScreen, type ScrollPage } from './screens/scroll-screen.js';
import { CodeEntryScreen, SearchScreen } from './screens/text-screens.js';
import type { WizardServices } from './services.js';
import { makeTheme, ThemeContext } from './theme.js';
import { WordsContext } from './words.js';
import { messages, type Messages } from '../i18n/messages.js';

type HintWords = Messages['wizard']['hint'];
import { MIN_COLUMNS, MIN_ROWS } from './frame-layout.js';
import { useTerminalSize, useWizard, type FieldHandlers, type ListHandlers } from './use-wizard.js';
import { atFirstQuestion, codeChoices, codeFallThroughHint, isStartScreen, isTextMode, nodeChoices, nodeOf, searchResults, type CodeChoice, type Notice, type UiContext, type UiState } from './wizard-state.js';

export interface WizardAppProps {
  content: Content;
  services: WizardServices;
  initial: WizardState;
  hyperlinks: boolean;
  color: boolean;
  /** Told the walk's state as it changes, to say where the admin was on quitting. */
  onWalk?: (state: WizardState) => void;
}

/** Lines longer than this are hard to read; wider terminals get margin instead. */
const MAX_WIDTH = 110;

export function WizardApp(props: WizardAppProps) {
  const theme = useMemo(() => makeTheme(props.color), [props.color]);
  // Decided once: undefined (a pipe) must not count as a terminal.
  const interactive = useStdin().isRawModeSupported === true;
  const { state, ctx, onKey, viewRef, list, field } = useWizard(props.content, props.services, props.initial);
  const { onWalk } = props;
  useEffect(() => {
    onWalk?.(state.wizard);
  }, [onWalk, state.wizard]);
  useInput(onKey, { isActive: interactive });
  const size = useTerminalSize();
  const width = Math.max(20, Math.min(size.columns, MAX_WIDTH));
  const hints = hintsFor(ctx, state, size.rows !== undefined && size.rows < COMPACT_ROWS);
  const catalogue = useMemo(() => messages(props.content.language), [props.content.language]);
  const words = catalogue.wizard;
  const notice = state.overlay === 'help' ? null : shownNotice(state, isStartScreen(ctx, state) ? words.digitsOrText : words.digits);
  const page = scrollPage(ctx, state, width, props.hyperlinks, list, field);
  const plan = page && planScroll(page, size.rows, width, notice, hints, { key: 'PgDn', label: words.hint.more });
  // The scroll keys read how far they can go on the screen as it was last laid out.
  viewRef.current = plan?.view;
  if (size.rows !== undefined && (size.rows < MIN_ROWS || size.columns < MIN_COLUMNS)) {
    // Smaller than this nothing useful fits: one line, and the keys still work (Ctrl+C quits; q
    // too, but on the first screen, where it types). A field in use (q or a letter there starts
    // the description) is drawn on the line under it: what is typed is seen, and reaches it.
    const label = fieldLabel(ctx, state, words);
    return (
      <ThemeContext.Provider value={theme}>
        <Box flexDirection="column" width={size.columns}>
          <Text wrap="truncate">{words.tooSmall(MIN_COLUMNS, MIN_ROWS, size.columns, size.rows)}</Text>
          {label !== null && <Field label={label} value={state.query} view={field.view} id={state.overlay === 'describe' ? 'describe' : screenId(state)} onChange={field.onChange} />}
        </Box>
      </ThemeContext.Provider>
    );
  }
  return (
    <ThemeContext.Provider value={theme}>
      <WordsContext.Provider value={catalogue}>
      {page && plan ? (
        <ScrollScreen page={page} plan={plan} width={width} notice={notice} />
      ) : (
        <Box flexDirection="column" width={width}>
          <Box flexDirection="column" gap={1}>
            <Header title={titleOf(ctx, state)} width={width} />
            <Screen ctx={ctx} state={state} width={width} room={shortRoom(size.rows, width, notice, hints)} list={list} field={field} />
          </Box>
          {notice && <NoticeLine notice={notice} width={width} />}
          <Box marginTop={1}>
            <Footer hints={hints} width={width} />
          </Box>
        </Box>
      )}
      </WordsContext.Provider>
    </ThemeContext.Provider>
  );
}

/** A first digit waiting for a second says so where notices go. */
function shownNotice(state: UiState, digits: (typed: string) => string): Notice | null {
  if (!state.digits) return state.notice;
  return { text: digits(state.digits), tone: 'info' };
}

/** The label of the text field in use, or null when typing goes to none. */
function fieldLabel(ctx: UiContext, state: UiState, words: Messages['wizard']): string | null {
  if (!isTextMode(ctx, state)) return null;
  if (state.overlay === 'describe') return words.describeField;
  return state.overlay === 'search' ? words.searchField : words.codeField;
}

/** Which list or field is on screen: a new one starts afresh. */
function screenId(state: UiState): string {
  const over = state.overlay === 'describe' ? null : state.overlay;
  return `${over ?? 'node'}:${state.wizard.current}:${state.wizard.history.length}`;
}

/** The node screens and the help can be taller than the terminal: their middle scrolls. */
function scrollPage(ctx: UiContext, state: UiState, width: number, hyperlinks: boolean, list: ListHandlers, fields: FieldHandlers): ScrollPage | null {
  if (state.overlay === 'help') {
    const help = { answers: () => null, answerRows: 0, list: { items: 0, around: 0 }, optional: 0 };
    const words = messages(ctx.content.language).wizard;
    const body = helpLines(width, state.notice, words, atFirstQuestion(ctx, state));
    return { title: words.helpTitle, crumbs: [], body, ...help, offset: state.helpScroll };
  }
  const node = nodeOf(ctx, state);
  const describing = state.overlay === 'describe';
  if ((state.overlay && !describing) || node.kind === 'code-lookup') return null;
  // The first screen has a field under its answers: a hint line until it is in use.
  const start = describing || isStartScreen(ctx, state);
  const field = start ? DESCRIBE_ROWS : 0;
  const { answers: said } = messages(ctx.content.language);
  const asks = answerRows(node, width, said) - optionRows(nodeChoices(node, said), width, node.kind !== 'info');
  return {
    title: node.title,
    crumbs: breadcrumbs(ctx.content, state.wizard, messages(ctx.content.language).walk.crumbs),
    earlier: messages(ctx.content.language).walk.earlierAnswers,
    body: nodeBodyLines(ctx.content, node, width, hyperlinks),
    answers: (limit, optional) => {
      const answers = (
        <NodeAnswers node={node} cursor={state.cursor} resolved={state.resolved} width={width} wiring={list} id={`${screenId(state)}:${state.resolved}`} limit={limit} />
      );
      if (!describing && !(start && optional)) return answers;
      return (
        <Box flexDirection="column" gap={1}>
          {answers}
          <DescribeField active={describing} value={state.query} kept={state.draft} width={width} field={fields} />
        </Box>
      );
    },
    answerRows: answerRows(node, width, said) + (describing ? field : 0),
    list: { items: nodeChoices(node).length, around: asks + (describing ? field : 0) },
    optional: describing ? 0 : field,
    offset: state.scroll,
    typing: start,
  };
}

function titleOf(ctx: UiContext, state: UiState): string {
  const node = nodeOf(ctx, state);
  const words = messages(ctx.content.language).wizard;
  switch (state.overlay) {
    case 'search':
      return words.searchTitle;
    case 'code':
      return words.codeTitle;
    case 'copy':
      return words.copyFrom(node.title);
    case 'open':
      return words.openFrom(node.title);
    default:
      return node.title;
  }
}

/** Rows left between the title and the notice and footer: where a short screen's list must fit. */
function shortRoom(rows: number | undefined, width: number, shown: Notice | null, hints: Hint[]): number | undefined {
  if (rows === undefined) return undefined;
  const notice = shown ? 1 + noticeLines(shown, width).length : 0;
  return rows - 1 - 2 - notice - 1 - packHints(hints, width).length;
}

/** The screens that stay short: search, error-code entry, the copy and open choosers; their lists take a window when rows are short. */
function Screen(props: { ctx: UiContext; state: UiState; width: number; room: number | undefined; list: ListHandlers; field: FieldHandlers }) {
  const { ctx, state, width, room, list } = props;
  const node = nodeOf(ctx, state);
  const { content } = ctx;
  const words = messages(content.language).wizard;
  const id = screenId(state);
  const wiring = { id, list, field: props.field };
  // What was typed shows at once; the matches for it follow in a second frame, so typing
  // never waits for the search.
  const found = useDeferredValue(state.query);
  switch (state.overlay) {
    case 'search':
      return (
        <SearchScreen query={state.query} found={found} hits={searchResults(ctx, found)} ready={state.searchReady} cursor={state.cursor} width={width} room={room} wiring={wiring} />
      );
    case 'copy':
      return (
        <ChooserScreen title={words.copyWhat} items={copyItems(content, state.wizard, node).map((i) => i.label)} cursor={state.cursor} width={width} room={room} wiring={list} id={id} />
      );
    case 'open':
      return <ChooserScreen title={words.openWhich} items={nodeLinks(content, node).map((l) => l.title)} cursor={state.cursor} width={width} room={room} wiring={list} id={id} />;
    case 'code':
      return (
        <CodeEntryScreen
          prompt={words.codePrompt}
          query={state.query}
          found={found}
          {...codeOffer(ctx, found)}
          cursor={state.cursor}
          width={width}
          room={room}
          wiring={wiring}
        />
      );
    default:
      if (node.kind !== 'code-lookup') return null;
      const { walk } = messages(content.language);
      const crumbs = crumbLines(breadcrumbs(content, state.wizard, walk.crumbs), width, 'all', walk.earlierAnswers);
      return (
        <>
          <Breadcrumbs lines={crumbs} />
          <CodeEntryScreen
            prompt={node.prompt}
            {...(node.explain ? { explain: node.explain } : {})}
            query={state.query}
            found={found}
            {...codeOffer(ctx, found)}
            cursor={state.cursor}
            width={width}
            room={room === undefined || crumbs.length === 0 ? room : room - crumbs.length - 1}
            wiring={wiring}
          />
        </>
      );
  }
}

/** The codes offered for what was typed, and what Enter does when there are none: searched only then. */
function codeOffer(ctx: UiContext, found: string): { choices: CodeChoice[]; fallThrough: string } {
  const choices = codeChoices(ctx, found);
  return { choices, fallThrough: choices.length === 0 && found.trim() ? codeFallThroughHint(ctx, found) : '' };
}

/** The key bar under a node screen: every key, in the reader's words. */
function nodeHints(h: HintWords): Hint[] {
  return [
    { key: 'Enter', label: h.choose },
    { key: 'Esc', label: h.back },
    { key: 'r', label: h.restart },
    { key: '/', label: h.search },
    { key: 'e', label: h.errorCode },
    { key: 'c', label: h.copy },
    { key: 'o', label: h.open },
    { key: 's', label: h.save },
    { key: '?', label: h.help },
    { key: 'q', label: h.quit },
  ];
}

/** Below this many rows the footer keeps the keys to move on; ? lists the others. */
const COMPACT_ROWS = 16;
function compactHints(h: HintWords): Hint[] {
  return [
    { key: 'Enter', label: h.choose },
    { key: 'Esc', label: h.back },
    { key: '?', label: h.help },
    { key: 'q', label: h.quit },
  ];
}

/**
 * The first screen's key bar: letters type there (keys.ts), so it names the keys that work
 * while typing is possible, and Ctrl+C to quit, since q is a letter there.
 */
function startHints(h: HintWords, compact: boolean): Hint[] {
  const quit = { key: 'Ctrl+C', label: h.quit };
  if (compact) return [{ key: 'Enter', label: h.choose }, { key: 'Tab', label: h.describe }, { key: '?', label: h.help }, quit];
  return [
    { key: 'Up/Down', label: h.move },
    { key: 'Enter', label: h.choose },
    { key: 'Tab', label: h.describe },
    { key: '/', label: h.search },
    { key: '?', label: h.help },
    quit,
  ];
}

function hintsFor(ctx: UiContext, state: UiState, compact: boolean): Hint[] {
  const h = messages(ctx.content.language).wizard.hint;
  if (isStartScreen(ctx, state)) return startHints(h, compact);
  if (state.overlay === 'describe') {
    return [
      { key: 'Enter', label: h.search },
      { key: 'Esc', label: h.backToAnswers },
      { key: 'Ctrl+C', label: h.quit },
    ];
  }
  if (isTextMode(ctx, state)) {
    return [
      { key: 'Enter', label: h.choose },
      { key: 'Up/Down', label: h.move },
      { key: 'Esc', label: h.back },
      { key: 'Ctrl+C', label: h.quit },
    ];
  }
  if (state.overlay === 'help') return [{ key: 'Esc', label: h.close }, { key: 'q', label: h.quit }];
  if (state.overlay || compact) return compactHints(h);
  return nodeHints(h);
}
