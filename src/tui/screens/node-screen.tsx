import { Box, Text } from 'ink';
import type { ContentNode } from '../../content/model.js';
import { OptionList, optionRows, type ListWiring } from '../components/option-list.js';
import { useTheme } from '../theme.js';
import { useWords } from '../words.js';
import type { AnswerWords } from '../../engine/answers.js';
import { asksIfItHelped } from '../../engine/engine.js';
import { Field } from '../components/field.js';
import { cut } from '../components/breadcrumbs.js';
import type { FieldHandlers } from '../use-wizard.js';
import { nodeChoices } from '../wizard-state.js';

/** Rows the answers take: always on screen, below whatever the body scrolls. */
export function answerRows(node: ContentNode, width: number, words?: AnswerWords): number {
  const choices = nodeChoices(node, words);
  if (choices.length === 0) return 0;
  return (asksIfItHelped(node) ? 1 : 0) + optionRows(choices, width, node.kind !== 'info');
}

/** The answers of a question, a remedy, an error-code entry or an info screen. */
export function NodeAnswers(props: { node: ContentNode; cursor: number; resolved: boolean; width: number; wiring: ListWiring; id: string; limit?: number | undefined }) {
  const { node, cursor, resolved, width } = props;
  const theme = useTheme();
  const words = useWords();
  const choices = nodeChoices(node, words.answers);
  if (choices.length === 0) return null;
  return (
    <Box flexDirection="column">
      {asksIfItHelped(node) && (
        <Text bold color={resolved ? theme.good : undefined}>
          {resolved ? words.wizard.markedFixed : words.plain.didThisHelp}
        </Text>
      )}
      <OptionList wiring={props.wiring} id={props.id} items={choices} cursor={cursor} numbered={node.kind !== 'info'} width={width} limit={props.limit} />
    </Box>
  );
}

/** The first screen's field: what the admin sees, in their own words or pasted from a log, searched for on Enter. */
export function DescribeField(props: { active: boolean; value: string; kept: string; width: number; field: FieldHandlers }) {
  const { active, value, kept, width, field } = props;
  const words = useWords().wizard;
  if (!active && kept) return <Text>{keptLine(words.describeKept, kept, width)}</Text>;
  if (!active) return <Text>{cut(words.describeHint, width)}</Text>;
  return <Field label={words.describeField} value={value} view={field.view} id="describe" onChange={field.onChange} />;
}

/** The kept description on one row: how to go on with it, then the text, its end when too long. */
function keptLine(label: string, kept: string, width: number): string {
  const room = width - label.length;
  if (room < 4) return cut(label, width);
  return label + (kept.length <= room ? kept : `...${kept.slice(kept.length - room + 3)}`);
}

/** Rows the first screen's field takes below the answers, with the blank row above it. */
export const DESCRIBE_ROWS = 2;
