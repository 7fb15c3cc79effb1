import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { createContext, useContext, useMemo } from 'react';
import { useTheme } from '../theme.js';
import { useWords } from '../words.js';
import { wrapText } from '../wrap.js';
import { KeyBus, KeyScope } from './key-scope.js';

const gutterOf = (count: number, numbered: boolean) => (numbered ? String(count).length + 2 : 0);

/** Each label wrapped beside the indicator and number; with no width, Ink wraps them. */
function wrapLabels(items: string[], numbered: boolean, width?: number): string[] {
  return width === undefined ? items : items.map((label) => wrapText(label, width - 2 - gutterOf(items.length, numbered)).join('\n'));
}

/** Rows the list takes at `width`: what the frame layout counts before drawing. */
export function optionRows(items: string[], width: number, numbered = true): number {
  return wrapLabels(items, numbered, width).reduce((sum, label) => sum + label.split('\n').length, 0);
}

/**
 * The items shown in `limit` rows: all of them when they fit, else a window that follows the
 * cursor, one row kept to say there are more. The window is the wizard's own, not
 * ink-select-input's `limit`, which rotates the list so that numbers would move.
 */
export function listWindow(count: number, cursor: number, limit: number | undefined): { start: number; end: number } {
  if (limit === undefined || count <= limit) return { start: 0, end: count };
  const size = Math.max(1, limit - 1);
  const start = Math.max(0, Math.min(cursor - Math.floor(size / 2), count - size));
  return { start, end: start + size };
}

/** Rows a list may take in `room` rows after `used` rows of its screen; never fewer than two. */
export function listLimit(room: number | undefined, used: number): number | undefined {
  return room === undefined ? undefined : Math.max(2, room - used);
}

interface Entry {
  key: string;
  label: string;
  /** The item's place in the whole list, whatever window is shown. */
  value: number;
}

/** How the rows look: the gutter's width and whether it holds a number. */
const GutterContext = createContext({ numbered: true, gutter: 3 });

function Indicator({ isSelected = false }: { isSelected?: boolean }) {
  const theme = useTheme();
  return (
    <Box width={2} flexShrink={0}>
      <Text bold={isSelected} color={isSelected ? theme.accent : undefined}>
        {isSelected ? '>' : ' '}
      </Text>
    </Box>
  );
}

function Item(props: { isSelected?: boolean; label: string }) {
  const { isSelected = false, label } = props;
  // ink-select-input hands the whole item to this component: its value is its number.
  const value = (props as Partial<Entry>).value ?? 0;
  const theme = useTheme();
  const { numbered, gutter } = useContext(GutterContext);
  // Without colour the highlighted answer still stands out: bold and underlined.
  const on = { bold: isSelected, underline: isSelected && theme.accent === undefined, color: isSelected ? theme.accent : undefined };
  return (
    <Box>
      {numbered && (
        <Box width={gutter} flexShrink={0}>
          <Text {...on}>{`${value + 1}.`}</Text>
        </Box>
      )}
      <Text {...on}>{label}</Text>
    </Box>
  );
}

/** How a list is tied to the wizard (see use-wizard.ts). */
export interface ListWiring {
  /** Told at each draw whether the list is windowed, and where to send the keys it hears (see keys.ts). */
  view: { current: { windowed: boolean; bus?: KeyBus } };
  onSelect(index: number): void;
  onHighlight(index: number): void;
}

interface Props {
  items: string[];
  /** The highlighted item, kept in the wizard's state. */
  cursor: number;
  wiring: ListWiring;
  /** Which list this is: a new one starts with its own highlight. */
  id: string;
  numbered?: boolean;
  /** Labels wrap beside the gutter at this width; without it, Ink wraps them. */
  width?: number;
  /** Rows the list may take (one row per item when it has to be windowed). */
  limit?: number | undefined;
}

/**
 * An answer list: ink-select-input with the wizard's look. When the list is windowed the
 * key map moves the cursor itself and the list is drawn afresh at each move, so that the
 * numbers stay on their items.
 */
export function OptionList({ items, cursor, wiring, id, numbered = true, width, limit }: Props) {
  const labels = wrapLabels(items, numbered, width);
  const { start, end } = listWindow(items.length, cursor, limit);
  const windowed = end - start < items.length;
  const { listWindow: windowRow } = useWords().walk;
  // A bus of its own per list: a key meant for it never reaches the list of the screen before.
  const bus = useMemo(() => new KeyBus(), [id]);
  wiring.view.current = { windowed, bus };
  const entries = useMemo<Entry[]>(
    () => labels.slice(start, end).map((label, k) => ({ key: String(start + k), label: windowed ? (label.split('\n')[0] ?? '') : label, value: start + k })),
    [labels.join('\u0000'), start, end, windowed],
  );
  const look = useMemo(() => ({ numbered, gutter: gutterOf(items.length, numbered) }), [numbered, items.length]);
  return (
    <Box flexDirection="column">
      <GutterContext.Provider value={look}>
        <KeyScope bus={bus}>
          <SelectInput<number>
            key={windowed ? `${id}:${start}:${cursor}` : id}
            items={entries}
            initialIndex={Math.max(0, cursor - start)}
            indicatorComponent={Indicator}
            itemComponent={Item}
            onSelect={(item) => wiring.onSelect(item.value)}
            onHighlight={(item) => wiring.onHighlight(item.value)}
          />
        </KeyScope>
      </GutterContext.Provider>
      {windowed && <Text>{`  ${windowRow(start + 1, end, items.length)}`}</Text>}
    </Box>
  );
}
