import { Box, Text } from 'ink';
import { whyText } from '../../engine/why.js';
import type { FoundHit } from '../find.js';
import { Field } from '../components/field.js';
import { listLimit, OptionList, type ListWiring } from '../components/option-list.js';
import { cut } from '../components/breadcrumbs.js';
import { useTheme } from '../theme.js';
import { useWords } from '../words.js';
import type { CodeChoice } from '../wizard-state.js';
import { wrapText } from '../wrap.js';
import type { KeyBus } from '../components/key-scope.js';

/** The wiring of a screen with a field over a list: both are drawn from the wizard's state. */
export interface FieldScreen {
  id: string;
  list: ListWiring;
  field: { view: { current: { bus?: KeyBus } }; onChange(text: string): void };
}

/** Error-code entry, both as a code-lookup node and as the "e" screen: live suggestions as one types. */
export function CodeEntryScreen(props: {
  prompt: string;
  explain?: string;
  query: string;
  found: string;
  choices: CodeChoice[];
  /** What Enter does when no code is offered (see codeFallThroughHint). */
  fallThrough: string;
  cursor: number;
  width: number;
  room?: number | undefined;
  wiring: FieldScreen;
}) {
  const theme = useTheme();
  const words = useWords().wizard;
  const { query, choices } = props;
  // Wrapped here so the rows above the suggestions are known: the list gets the rest.
  const prompt = wrapText(props.prompt, props.width);
  const explain = props.explain ? wrapText(props.explain, props.width) : [];
  return (
    <Box flexDirection="column" gap={1}>
      <Box flexDirection="column">
        <Text bold>{prompt.join('\n')}</Text>
        {explain.length > 0 && <Text>{explain.join('\n')}</Text>}
      </Box>
      <Field label={words.codeField} value={query} view={props.wiring.field.view} id={props.wiring.id} onChange={props.wiring.field.onChange} />
      {choices.length > 0 && (
        <OptionList
          wiring={props.wiring.list}
          id={`${props.wiring.id}:${props.found}`}
          items={choices.map((c) =>
            cut(c.nearMiss ? words.nearMiss(c.entry.code, c.entry.title) : `${c.entry.code} - ${c.entry.title}${c.note ? ` (${c.note})` : ''}`, props.width - 6),
          )}
          cursor={props.cursor}
          numbered={false}
          limit={listLimit(props.room, prompt.length + explain.length + 3)}
        />
      )}
      {props.found.trim() !== '' && choices.length === 0 && (
        <Text color={theme.warn}>{cut(props.fallThrough, props.width)}</Text>
      )}
    </Box>
  );
}

export function SearchScreen(props: { query: string; found: string; hits: FoundHit[]; ready: boolean; cursor: number; width: number; room?: number | undefined; wiring: FieldScreen }) {
  const theme = useTheme();
  const catalogue = useWords();
  const words = catalogue.wizard;
  const { query, hits, ready } = props;
  const title = wrapText(words.searchPrompt, props.width);
  // The engine may say what matched: shown for the highlighted hit.
  const shown = hits[props.cursor] ?? hits[0];
  const why = shown && whyText(shown, catalogue.plain);
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>{title.join('\n')}</Text>
      <Field label={words.searchField} value={query} view={props.wiring.field.view} id={props.wiring.id} onChange={props.wiring.field.onChange} />
      {!ready && <Text>{words.loadingSearch}</Text>}
      {hits.length > 0 && (
        <OptionList
          wiring={props.wiring.list}
          id={`${props.wiring.id}:${ready}:${props.found}`}
          items={hits.map((h) => cut(`[${words.kind[h.kind] ?? h.kind}] ${h.title}${h.code ? ` (${h.code})` : ''}`, props.width - 6))}
          cursor={props.cursor}
          numbered={false}
          limit={listLimit(props.room, title.length + 3 + (ready ? 0 : 2) + (why ? 2 : 0))}
        />
      )}
      {why && <Text>{cut(words.why(why), props.width)}</Text>}
      {ready && props.found.trim() !== '' && hits.length === 0 && <Text color={theme.warn}>{words.noGoodMatch}</Text>}
    </Box>
  );
}
