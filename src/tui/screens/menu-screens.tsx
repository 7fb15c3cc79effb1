import { Box, Text } from 'ink';
import { OptionList } from '../components/option-list.js';
import { cut } from '../components/breadcrumbs.js';
import { useTheme } from '../theme.js';

/** The copy and open choosers: what to act on, picked like an answer. */
export function ChooserScreen({ title, items, cursor, width }: { title: string; items: string[]; cursor: number; width: number }) {
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>{title}</Text>
      <OptionList items={items.map((item) => cut(item, width - 6))} cursor={cursor} />
    </Box>
  );
}

const KEYS: Array<[string, string]> = [
  ['Up/Down, j/k', 'move through the answers'],
  ['1-9, Enter, Right', 'choose an answer'],
  ['Esc, Backspace, Left', 'go back one step (works any number of times)'],
  ['r', 'start again from the first question'],
  ['/', 'search questions, remedies and error codes'],
  ['e', 'look up an error code (or paste a reason line from a log)'],
  ['c', 'copy a link, a step or the whole remedy'],
  ['o', 'open a doc link in the browser (shows the address over SSH)'],
  ['s', 'save a Markdown report for a support ticket'],
  ['?', 'this help'],
  ['q, Ctrl+C', 'quit'],
];

export function HelpScreen() {
  const theme = useTheme();
  const width = Math.max(...KEYS.map(([key]) => key.length)) + 2;
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {KEYS.map(([key, what]) => (
        <Box key={key}>
          <Box width={width} flexShrink={0}>
            <Text bold color={theme.accent}>
              {key}
            </Text>
          </Box>
          <Text>{what}</Text>
        </Box>
      ))}
    </Box>
  );
}
