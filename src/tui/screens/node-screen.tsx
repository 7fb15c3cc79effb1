import { Box, Text } from 'ink';
import { retryText } from '../../cli/render-code.js';
import type { Content, ContentNode } from '../../content/model.js';
import { LinkList } from '../components/links.js';
import { OptionList, Steps } from '../components/option-list.js';
import { nodeLinks } from '../node-text.js';
import { useTheme } from '../theme.js';
import { nodeChoices } from '../wizard-state.js';

interface Props {
  content: Content;
  node: ContentNode;
  cursor: number;
  hyperlinks: boolean;
  resolved: boolean;
}

/** A question, a remedy, an error-code entry or an info screen (code-lookup has its own). */
export function NodeScreen({ content, node, cursor, hyperlinks, resolved }: Props) {
  const theme = useTheme();
  const links = nodeLinks(content, node);
  const choices = nodeChoices(node);
  return (
    <Box flexDirection="column" gap={1}>
      {node.kind === 'question' && (
        <Box flexDirection="column">
          <Text bold>{node.prompt}</Text>
          {node.explain && <Text color={theme.muted}>{node.explain}</Text>}
        </Box>
      )}
      {node.kind === 'remedy' && <Labelled label="Cause" text={node.cause} />}
      {node.kind === 'code' && (
        <Box flexDirection="column">
          <Labelled label="Error code" text={node.code} />
          <Labelled label="What it means" text={node.meaning} />
          <Labelled label="Retry" text={retryText(node)} />
        </Box>
      )}
      {node.kind === 'info' && (
        <Box flexDirection="column">
          {node.facts.map((fact, i) => (
            <Box key={i}>
              <Box width={2} flexShrink={0}>
                <Text>-</Text>
              </Box>
              <Text>{fact.text}</Text>
            </Box>
          ))}
        </Box>
      )}
      {(node.kind === 'remedy' || node.kind === 'code') && (
        <Box flexDirection="column">
          <Text bold>Steps:</Text>
          <Steps steps={node.steps} />
        </Box>
      )}
      <LinkList links={links} hyperlinks={hyperlinks} />
      {choices.length > 0 && (
        <Box flexDirection="column">
          {(node.kind === 'remedy' || node.kind === 'code') && (
            <Text bold color={resolved ? theme.good : undefined}>
              {resolved ? 'Marked as fixed.' : 'Did this help?'}
            </Text>
          )}
          <OptionList items={choices} cursor={cursor} numbered={node.kind !== 'info'} />
        </Box>
      )}
    </Box>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <Text>
      <Text bold>{`${label}: `}</Text>
      {text}
    </Text>
  );
}
