import type { ContentNode } from '../content/model.js';

// Kept apart from search.ts so screens can say why a hit matched without loading the index code.

/** Why a hit was offered: the code that was read in the query, or the query's words it shares. */
export interface Why {
  /** The catalogue code (or alias) found in the query. */
  code?: string;
  /** What was set aside or read differently to find that code, e.g. `ignored the prefix "Salesforce"`. */
  note?: string;
  /** The query's words (as typed) that this hit contains. */
  words?: string[];
}

export interface SearchHit {
  id: string;
  kind: ContentNode['kind'];
  title: string;
  /** The code for catalogue entries, for display beside the title. */
  code?: string;
  /** Higher is better; the code read in the query and exact ids come first. */
  score: number;
  why: Why;
}

/** The two ways of saying why, in the reader's language (the interface catalogue has them). */
export interface WhyWords {
  whyCode: (code: string, note?: string) => string;
  whyWords: (words: string) => string;
}
const ENGLISH: WhyWords = { whyCode: (code, note) => `code ${code}${note ? `: ${note}` : ''}`, whyWords: (words) => `matched ${words}` };

/** Why a hit was offered, in a few words: "code EntryConflict: ..." or `matched "token", "expired"`. */
export function whyText(hit: SearchHit, say: WhyWords = ENGLISH): string {
  const { code, note, words } = hit.why;
  if (code) return say.whyCode(code, note);
  return say.whyWords((words ?? []).map((w) => `"${w}"`).join(', '));
}
