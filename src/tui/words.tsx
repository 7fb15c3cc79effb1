import { createContext, useContext } from 'react';
import { messages, type Messages } from '../i18n/messages.js';

/**
 * The interface's own words in the language the content was loaded in, for the screens
 * that are not handed the content. Set once by the app, like the theme.
 */
export const WordsContext = createContext<Messages>(messages('en'));

export function useWords(): Messages {
  return useContext(WordsContext);
}
