import { Box, Text } from 'ink';
import { listLimit, OptionList, type ListWiring } from '../components/option-list.js';
import { cut } from '../components/breadcrumbs.js';

/** The copy and open choosers: what to act on, picked like an answer. */
export function ChooserScreen(props: { title: string; items: string[]; cursor: number; width: number; room?: number | undefined; wiring: ListWiring; id: string }) {
  const { title, items, cursor, width, room } = props;
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>{title}</Text>
      <OptionList wiring={props.wiring} id={props.id} items={items.map((item) => cut(item, width - 7))} cursor={cursor} limit={listLimit(room, 2)} />
    </Box>
  );
}
