import { Box, Text, useInput, useStdin } from 'ink';
import { useMemo } from 'react';
import type { Content } from '../content/model.js';
import { breadcrumbs, type WizardState } from '../engine/engine.js';
import { Breadcrumbs } from './components/breadcrumbs.js';
import { Footer, type Hint } from './components/footer.js';
import { copyItems, nodeLinks } from './node-text.js';
import { ChooserScreen, HelpScreen } from './screens/menu-screens.js';
import { NodeScreen } from './screens/node-screen.js';
import { CodeEntryScreen, SearchScreen } from './screens/text-screens.js';
import type { WizardServices } from './services.js';
import { makeTheme, ThemeContext, useTheme } from './theme.js';
import { useColumns, useWizard } from './use-wizard.js';
import { codeChoices, isTextMode, nodeOf, searchResults, type UiContext, type UiState } from './wizard-state.js';

export interface WizardAppProps {
  content: Content;
  services: WizardServices;
  initial: WizardState;
  hyperlinks: boolean;
  color: boolean;
}

/** Lines longer than this are hard to read; wider terminals get margin instead. */
const MAX_WIDTH = 110;

export function WizardApp(props: WizardAppProps) {
  const theme = useMemo(() => makeTheme(props.color), [props.color]);
  // Decided once: undefined (a pipe) must not count as a terminal.
  const interactive = useStdin().isRawModeSupported === true;
  const { state, ctx, onKey } = useWizard(props.content, props.services, props.initial);
  useInput(onKey, { isActive: interactive });
  const width = Math.max(20, Math.min(useColumns(), MAX_WIDTH));
  return (
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column" width={width}>
        <Screen ctx={ctx} state={state} width={width} hyperlinks={props.hyperlinks} />
        {state.notice && <NoticeLine text={state.notice.text} tone={state.notice.tone} />}
        <Box marginTop={1}>
          <Footer hints={hintsFor(ctx, state)} width={width} />
        </Box>
      </Box>
    </ThemeContext.Provider>
  );
}

function Screen({ ctx, state, width, hyperlinks }: { ctx: UiContext; state: UiState; width: number; hyperlinks: boolean }) {
  const node = nodeOf(ctx, state);
  const { content } = ctx;
  switch (state.overlay) {
    case 'search':
      return (
        <Titled title="Search">
          <SearchScreen query={state.query} hits={searchResults(ctx, state.query)} ready={state.searchReady} cursor={state.cursor} width={width} />
        </Titled>
      );
    case 'code':
      return (
        <Titled title="Look up an error code">
          <CodeEntryScreen
            prompt="Type or paste an error code, or a whole reason line from a log."
            query={state.query}
            choices={codeChoices(ctx, state.query)}
            cursor={state.cursor}
            width={width}
          />
        </Titled>
      );
    case 'copy':
      return (
        <Titled title={`Copy from: ${node.title}`}>
          <ChooserScreen title="Copy what?" items={copyItems(content, state.wizard, node).map((i) => i.label)} cursor={state.cursor} width={width} />
        </Titled>
      );
    case 'open':
      return (
        <Titled title={`Open from: ${node.title}`}>
          <ChooserScreen title="Open which link?" items={nodeLinks(content, node).map((l) => l.title)} cursor={state.cursor} width={width} />
        </Titled>
      );
    case 'help':
      return (
        <Titled title="Help">
          <HelpScreen />
        </Titled>
      );
    case null:
      return (
        <Titled title={node.title}>
          <Breadcrumbs crumbs={breadcrumbs(content, state.wizard)} width={width} />
          {node.kind === 'code-lookup' ? (
            <CodeEntryScreen
              prompt={node.prompt}
              {...(node.explain ? { explain: node.explain } : {})}
              query={state.query}
              choices={codeChoices(ctx, state.query)}
              cursor={state.cursor}
              width={width}
            />
          ) : (
            <NodeScreen content={content} node={node} cursor={state.cursor} hyperlinks={hyperlinks} resolved={state.resolved} />
          )}
        </Titled>
      );
  }
}

function Titled({ title, children }: { title: string; children: React.ReactNode }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" gap={1}>
      <Text>
        <Text color={theme.muted}>provision-doctor </Text>
        <Text bold color={theme.accent}>
          {title}
        </Text>
      </Text>
      {children}
    </Box>
  );
}

function NoticeLine({ text, tone }: { text: string; tone: 'info' | 'good' | 'warn' }) {
  const theme = useTheme();
  const color = tone === 'good' ? theme.good : tone === 'warn' ? theme.warn : theme.accent;
  return (
    <Box marginTop={1}>
      <Text color={color}>{text}</Text>
    </Box>
  );
}

const NODE_HINTS: Hint[] = [
  { key: 'Enter', label: 'choose' },
  { key: 'Esc', label: 'back' },
  { key: 'r', label: 'restart' },
  { key: '/', label: 'search' },
  { key: 'e', label: 'error code' },
  { key: 'c', label: 'copy' },
  { key: 'o', label: 'open' },
  { key: 's', label: 'save' },
  { key: '?', label: 'help' },
  { key: 'q', label: 'quit' },
];

function hintsFor(ctx: UiContext, state: UiState): Hint[] {
  if (isTextMode(ctx, state)) {
    return [
      { key: 'Enter', label: 'choose' },
      { key: 'Up/Down', label: 'move' },
      { key: 'Esc', label: 'back' },
      { key: 'Ctrl+C', label: 'quit' },
    ];
  }
  if (state.overlay === 'help') return [{ key: 'Esc', label: 'close' }, { key: 'q', label: 'quit' }];
  if (state.overlay) return [{ key: 'Enter', label: 'choose' }, { key: 'Esc', label: 'back' }, { key: '?', label: 'help' }, { key: 'q', label: 'quit' }];
  return NODE_HINTS;
}
