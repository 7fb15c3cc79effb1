import { Box, Text } from 'ink';
import { OptionList } from '../components/option-list.js';
import { cut } from '../components/breadcrumbs.js';

/** The copy and open choosers: what to act on, picked like an answer. */
export function ChooserScreen({ title, items, cursor, width }: { title: string; items: string[]; cursor: number; width: number }) {
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>{title}</Text>
      <OptionList items={items.map((item) => cut(item, width - 6))} cursor={cursor} />
    </Box>
  );
}
