import { Text } from 'ink';
import TextInput from 'ink-text-input';
import { useTheme } from '../theme.js';
import { useMemo } from 'react';
import { KeyBus, KeyScope } from './key-scope.js';

interface Props {
  label: string;
  value: string;
  /** Told at each draw where to send the keys this field hears (see keys.ts): typed text, Left/Right, Backspace. */
  view: { current: { bus?: KeyBus } };
  /** Which field this is: a new one starts with the cursor at the end of its value. */
  id: string;
  onChange(value: string): void;
  placeholder?: string;
}

/**
 * A text field: ink-text-input, which edits and draws the text and its cursor. Enter, Esc,
 * Up/Down and Ctrl+U/Ctrl+W are the key map's; Ctrl+U and Ctrl+W reach the field as the
 * Backspaces they stand for, so the field keeps its cursor.
 */
export function Field({ label, value, view, id, onChange, placeholder }: Props) {
  const theme = useTheme();
  const bus = useMemo(() => new KeyBus(), [id]);
  view.current = { bus };
  return (
    <Text wrap="truncate-start">
      <Text bold>{label}</Text>
      <Text color={theme.accent}>
        <KeyScope bus={bus}>
          <TextInput key={id} value={value} onChange={onChange} {...(placeholder ? { placeholder } : {})} />
        </KeyScope>
      </Text>
    </Text>
  );
}
