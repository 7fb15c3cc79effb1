/**
 * How much of a typed or pasted query is searched. Fuzzy matching costs grow with the query:
 * a pasted 100 KB reason line took a minute, on every keystroke in the wizard. Real queries
 * are a few words; a pasted log line names its code in its first words.
 */
export const MAX_QUERY_CHARACTERS = 200;
export const MAX_QUERY_WORDS = 20;

export interface LimitedQuery {
  query: string;
  cut: boolean;
}

/** The query cut to the limits; text within them comes back exactly as given (spaces included). */
export function limitQuery(text: string): LimitedQuery {
  let query = text;
  if (query.length > MAX_QUERY_CHARACTERS) {
    // Never end on half of a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(query[MAX_QUERY_CHARACTERS - 1]!) ? MAX_QUERY_CHARACTERS - 1 : MAX_QUERY_CHARACTERS;
    query = query.slice(0, end);
    // A word cut in half would be searched as a word of its own ("quarantine qu"): leave it out,
    // unless it is all there is (one long pasted code).
    const lastSpace = query.search(/\s\S*$/);
    if (/\S/.test(text[end] ?? ' ') && lastSpace > 0) query = query.slice(0, lastSpace);
  }
  const words = /\S+/g;
  for (let count = 0; words.exec(query); ) {
    if (++count === MAX_QUERY_WORDS) {
      query = query.slice(0, words.lastIndex);
      break;
    }
  }
  return { query, cut: query.length < text.length };
}
