import type { Content, ContentNode } from '../content/model.js';
import { currentNode, nextInWalk, nextOf, start, transition, type WizardEvent, type WizardState } from '../engine/engine.js';
import { CodeIndex } from '../engine/lookup.js';
import { serializePath } from '../engine/path.js';
import { limitQuery, MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS } from '../engine/query-limit.js';
import { ContentSearch } from '../engine/search.js';
import { whyText } from '../engine/why.js';
import { explainUnknown } from '../engine/unknown-code.js';
import { answersOf } from '../engine/answers.js';
import { readSearchIndex } from './read-search-index.js';
import { renderNode } from './render-node.js';
import { stripControl } from '../text/strip-control.js';
import { plainStyle, type Style } from './style.js';
import { messages, type Messages } from '../i18n/messages.js';

/** The dialogue's words that take what follows them; the others are commands only when alone. */
const TAKES_WORDS = new Set(['search', 'code']);

export interface Reply {
  text: string;
  done: boolean;
}

/**
 * The wizard as a linear dialogue for screen readers, dumb terminals and scripts:
 * each step is printed once, answers come one line at a time, nothing is redrawn.
 * All moves go through the pure engine; this class only keeps the current state
 * and the numbered extra choices (search results, code suggestions) on offer.
 */
export class PlainDialogue {
  private state: WizardState;
  /** Node ids offered by the last search or code lookup; numbers pick from these first. */
  private offered: string[] = [];
  private searchIndex: ContentSearch | undefined;
  private codeIndex: CodeIndex | undefined;
  /** The dialogue's own words, in the language the content was loaded in. */
  private readonly catalogue: Messages;
  private readonly words: Messages['plain'];

  constructor(
    private readonly content: Content,
    private readonly style: Style = plainStyle,
    initial: WizardState = start(content),
  ) {
    this.state = initial;
    this.catalogue = messages(content.language);
    this.words = this.catalogue.plain;
  }

  begin(): string {
    return `${this.words.typeHelp}\n\n${this.describe()}`;
  }

  /** The path string of the walk so far (what `provision-doctor path` replays). */
  path(): string {
    return serializePath(this.state);
  }

  answer(line: string): Reply {
    // Pasted log text can carry terminal control sequences: never echo them back.
    const input = stripControl(line).trim();
    const [word = '', ...rest] = input.split(/\s+/);
    const argument = rest.join(' ');
    const offered = this.offered;
    this.offered = [];
    // A word that takes nothing after it is a command only alone on its line: "restart the
    // job did not help" or "help desk says users are missing" describes a problem.
    const command = rest.length === 0 || TAKES_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : '';
    if (input === '') return this.reply(this.describe());
    switch (command) {
      case 'quit':
      case 'exit':
        return { text: this.farewell(), done: true };
      case 'help':
      case '?':
        return this.reply(this.words.help);
      case 'path':
        return this.reply(this.path() ? this.words.path(this.path()) : this.words.pathEmpty);
      case 'back':
        if (this.state.history.length === 0) return this.reply(`${this.words.atStart}\n\n${this.describe()}`);
        return this.move({ type: 'back' });
      case 'restart':
        return this.move({ type: 'restart' }, this.words.startingAgain);
      case 'search':
        return this.reply(argument ? this.search(argument) : this.words.searchHow);
      case 'code':
        return this.reply(argument ? this.lookup(argument) : this.words.codeHow);
    }
    return this.choose(input, offered);
  }

  private choose(input: string, offered: string[]): Reply {
    const node = currentNode(this.content, this.state);
    const number = /^\d+$/.test(input) ? Number(input) : undefined;
    if (number !== undefined && number >= 1 && number <= offered.length) {
      return this.move({ type: 'jump', to: offered[number - 1]! });
    }
    if (node.kind === 'question') {
      const labels = node.options.map((o) => o.label.toLowerCase());
      const wanted = input.toLowerCase();
      let index = number !== undefined ? number - 1 : labels.indexOf(wanted);
      if (index < 0 && number === undefined) index = this.optionByWords(labels, wanted);
      if (index >= 0 && index < node.options.length) return this.move({ type: 'choose', option: index });
      // At the first question, words that are no answer describe the problem: what answers them.
      if (number === undefined && this.atFirstQuestion()) {
        const found = this.search(input, { quietWhenNone: true });
        return this.reply(found ?? this.words.notAnOptionNorFound(input, node.options.length));
      }
      return this.reply(this.words.notAnOption(input, node.options.length));
    }
    if (node.kind === 'code-lookup') return this.reply(this.lookup(input));
    const next = nextOf(node);
    if (node.kind === 'info') {
      if (next && (number === 1 || /^(next|continue)$/i.test(input))) return this.move({ type: 'next' });
      return this.reply(this.words.notAnswerInfo(input));
    }
    // A remedy or an error code: 1 it fixed it, 2 it did not (the wizard's numbers).
    if (number === 1 || /^(yes|fixed)\b/i.test(input)) {
      return this.reply(this.words.fixed(this.path()));
    }
    if (number === 2 || /^(no|next|continue)\b/i.test(input)) {
      if (next) return this.move({ type: 'next' });
      if (this.state.history.length > 0) return this.move({ type: 'back' });
      return this.reply(`${this.words.atStart}\n\n${this.describe()}`);
    }
    return this.reply(this.words.notAnswerRemedy(input));
  }

  /** An answer typed as text: the start of one option's label, or words found only in one label. */
  private optionByWords(labels: string[], wanted: string): number {
    const unique = (found: number[]) => (found.length === 1 ? found[0]! : -1);
    const starts = unique(labels.flatMap((label, i) => (label.startsWith(wanted) ? [i] : [])));
    if (starts >= 0) return starts;
    const words = wanted.split(/\s+/);
    return unique(labels.flatMap((label, i) => (words.every((w) => label.includes(w)) ? [i] : [])));
  }

  private move(event: WizardEvent, before?: string): Reply {
    const result = transition(this.content, this.state, event);
    if (!result.ok) return this.reply(result.error);
    this.state = result.state;
    return this.reply(before ? `${before}\n\n${this.describe()}` : this.describe());
  }

  /** `search WORDS`, or a description typed at the first question (then null when nothing answers it). */
  private search(typed: string, options: { quietWhenNone: true }): string | null;
  private search(typed: string): string;
  private search(typed: string, options: { quietWhenNone?: boolean } = {}): string | null {
    this.searchIndex ??= new ContentSearch(this.content, readSearchIndex(this.content), this.catalogue.walk.lookup);
    const { query: words, cut } = limitQuery(typed);
    const note = cut ? `${this.words.queryCut(MAX_QUERY_WORDS, MAX_QUERY_CHARACTERS)}\n` : '';
    const hits = this.searchIndex.search(words, 9);
    if (hits.length === 0 && options.quietWhenNone) return null;
    if (hits.length === 0) return `${note}${this.words.noMatch(words, this.title(currentNode(this.content, this.state)))}`;
    this.offered = hits.map((h) => h.id);
    const lines = hits.map((h, i) => `  ${i + 1}. ${h.code ? `${h.code}: ` : ''}${h.title} (${this.words.kind[h.kind] ?? h.kind}; ${whyText(h, this.words)})`);
    return [`${note}${this.words.matches(words)}`, ...lines, this.words.goThere].join('\n');
  }

  private lookup(code: string): string {
    this.codeIndex ??= new CodeIndex(this.content, this.catalogue.walk.lookup);
    const result = this.codeIndex.lookup(code);
    if (result.match) {
      const moved = this.move({ type: 'jump', to: result.match.entry.id });
      return result.match.note ? `(${result.match.note})\n\n${moved.text}` : moved.text;
    }
    // A pasted line without a known code is answered by its words; a code by codes close to it.
    const search = (this.searchIndex ??= new ContentSearch(this.content, readSearchIndex(this.content), this.catalogue.walk.lookup));
    const unknown = explainUnknown(this.content, result, (query) => search.search(query, 10), this.catalogue.walk.family);
    const sentence = unknown.related.length > 0;
    const close = sentence ? unknown.related.map((h) => this.content.nodes[h.id]!) : unknown.suggestions;
    this.offered = [...close, ...(result.fallback ? [result.fallback] : [])].map((c) => c.id);
    const closeLines = close.map((c, i) => `  ${i + 1}. ${c.kind === 'code' ? `${c.code}: ${c.title}` : c.title}`);
    // Each list under the heading that is true of it: the general advice is not "close to it",
    // and when nothing is, the reply says the content does not cover what was typed.
    const offer = [
      ...(closeLines.length > 0 ? [sentence ? this.words.noKnownCode : `${this.catalogue.closeNotSame}:`, ...closeLines] : [this.words.nothingClose]),
      ...(result.fallback ? [this.words.generalAdvice, `  ${close.length + 1}. ${this.words.unknownFallback(result.fallback.code)}`] : []),
    ];
    const ask = this.offered.length > 0 ? this.words.goThereOrCode : this.words.typeCodeAgain;
    return [this.catalogue.notInCatalogue(code), ...offer, ask].join('\n');
  }

  private describe(): string {
    const node = currentNode(this.content, this.state);
    const body = renderNode(this.content, node, { style: this.style, next: nextInWalk(this.content, this.state) });
    return `${body}\n${this.footer(node)}`;
  }

  /** The walk's first question, where a description in one's own words is an answer too. */
  private atFirstQuestion(): boolean {
    return this.state.history.length === 0 && this.state.current === this.content.start;
  }

  private footer(node: ContentNode): string {
    if (node.kind === 'question') return this.atFirstQuestion() ? this.words.answerOrDescribe : this.words.answerQuestion;
    if (node.kind === 'code-lookup') return this.words.typeCode;
    const answers = answersOf(node, this.catalogue.answers).map((label, i) => `  ${i + 1}. ${label}`);
    if (node.kind === 'info') return `${answers.join('\n')}\n${this.words.answerNumber}`;
    return [this.words.didThisHelp, ...answers, this.words.answerNumberPath(this.path())].join('\n');
  }

  private farewell(): string {
    return this.path() ? this.words.farewell(this.path()) : this.words.goodbye;
  }

  /** Said once when the input ends without "quit". */
  end(): string {
    return this.farewell();
  }

  private title(node: ContentNode): string {
    return node.kind === 'question' ? node.prompt : node.title;
  }

  private reply(text: string): Reply {
    return { text, done: false };
  }
}
