import { join } from 'node:path';
import { useApp, useStdout, type Key } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Content } from '../content/model.js';
import type { WizardState } from '../engine/engine.js';
import { CodeIndex } from '../engine/lookup.js';
import { loadFinder, type Finder } from './find.js';
import type { ScrollView } from './frame-layout.js';
import { drawNow, type KeyBus } from './components/key-scope.js';
import { chooseIntent, keyToIntent, NO_KEY, pendingChoice, type Command, type Intent, type ListView } from './keys.js';
import { copyItems, markdownReport, nodeLinks } from './node-text.js';
import { copyText, firstLine, type WizardServices } from './services.js';
import { initialUi, isStartScreen, nodeOf, reduceUi, type Tone, type UiAction, type UiContext, type UiState } from './wizard-state.js';
import { RefusedAddress } from '../text/safe-url.js';
import { stripControl } from '../text/strip-control.js';
import { messages } from '../i18n/messages.js';

/**
 * The one hook between the pure engine and the screens. State lives in a ref as
 * well as in React, so several keys arriving in one chunk (a paste, a fast typist,
 * tmux send-keys) each see the state the previous key left.
 */
export function useWizard(content: Content, services: WizardServices, initial: WizardState) {
  const { exit } = useApp();
  const searchRef = useRef<Finder | null>(null);
  const ctx = useMemo<UiContext>(() => {
    let codes: CodeIndex | null = null;
    return {
      content,
      codes: () => (codes ??= new CodeIndex(content, messages(content.language).walk.lookup)),
      get search() {
        return searchRef.current;
      },
    };
  }, [content]);
  const stateRef = useRef<UiState>(initialUi(initial));
  // Set by the screen as it lays itself out: how far the scroll keys can go on what is shown.
  const viewRef = useRef<ScrollView | undefined>(undefined);
  // Set by the list as it is drawn: whether the key map or the list moves its highlight.
  // The keys the list and the field on screen hear are only those the key map hands them.
  const listRef = useRef<ListView & { bus?: KeyBus }>({ windowed: false });
  const fieldRef = useRef<{ bus?: KeyBus }>({});
  const [state, setState] = useState(stateRef.current);

  const apply = useCallback(
    (action: UiAction) => {
      stateRef.current = reduceUi(ctx, stateRef.current, action);
      // Drawn at once: the next key finds the screen, its list and its field as this one left them.
      drawNow(() => setState(stateRef.current));
    },
    [ctx],
  );
  const say = useCallback(
    (text: string, tone: Tone = 'info', more: { detail?: string; url?: string } = {}) => apply({ type: 'notice', text, tone, ...more, closeOverlay: true }),
    [apply],
  );

  // Fuse and the index load after the first frame, while the admin reads it: the first frame
  // does not wait for them, and neither does the first search.
  const loading = useRef<Promise<void> | null>(null);
  const searchReady = useCallback(
    () =>
      (loading.current ??= loadFinder(content).then((finder) => {
        searchRef.current = finder;
      })),
    [content],
  );
  useEffect(() => {
    const timer = setTimeout(() => void searchReady(), SEARCH_PRELOAD_MS);
    return () => clearTimeout(timer);
  }, [searchReady]);

  const run = useCallback(
    async (command: Command) => {
      const current = stateRef.current;
      const node = nodeOf(ctx, current);
      const notice = messages(content.language).wizard.notice;
      switch (command.cmd) {
        case 'quit':
          exit();
          return;
        case 'release-digits':
          // Handled by act, which replays the digits through the key map.
          return;
        case 'list':
          listRef.current.bus?.send(command.keys);
          return;
        case 'field':
          // The caret is the key map's bookkeeping (the field draws its own cursor): kept in the
          // ref without a frame of its own, so a typed key costs one redraw, the field's, not two.
          stateRef.current = reduceUi(ctx, stateRef.current, { type: 'caret', to: command.caret });
          fieldRef.current.bus?.send(command.keys);
          return;
        case 'search':
          apply({ type: 'open-overlay', overlay: 'search', ...(command.text ? { query: command.text } : {}) });
          await searchReady();
          apply({ type: 'search-ready' });
          return;
        case 'copy': {
          const item = copyItems(content, current.wizard, node)[command.index];
          if (!item) return;
          const done = await copyText(services, item.text, messages(content.language).walk.clipboard);
          const what = item.label.split(':')[0] ?? item.label;
          if (done.method === 'clipboard') say(notice.copied(what), 'good');
          else say(notice.sentOsc52(what), 'info', { detail: notice.osc52Why(done.why) });
          return;
        }
        case 'open-menu': {
          const links = nodeLinks(content, node);
          if (links.length === 0) say(notice.noLink);
          else if (links.length === 1) await run({ cmd: 'open', index: 0 });
          else apply({ type: 'open-overlay', overlay: 'open' });
          return;
        }
        case 'open': {
          const link = nodeLinks(content, node)[command.index];
          if (!link) return;
          if (services.remote) return say(notice.ssh, 'info', { url: link.url });
          if (!services.desktop) return say(notice.noDesktop, 'info', { url: link.url });
          try {
            await services.openUrl(link.url);
            say(notice.opened(link.title), 'good');
          } catch (error) {
            const why = error instanceof RefusedAddress ? notice.notOpened(messages(content.language).address.fault(error.fault)) : notice.systemSaid(firstLine(error));
            say(notice.couldNotOpen, 'warn', { url: link.url, detail: why });
          }
          return;
        }
        case 'save': {
          const saved = saveReport(services, markdownReport(content, current.wizard, node, services.now(), services.version));
          if (saved.ok) say(saved.fallback ? notice.savedReadOnly : notice.saved, 'good', { url: saved.path });
          else say(notice.couldNotSave, 'warn', { detail: notice.notWritten(saved.path, saved.why) });
          return;
        }
      }
    },
    [apply, content, ctx, exit, say, searchReady, services],
  );

  const act = useCallback(
    (intent: Intent | null) => {
      if (!intent) return;
      if ('cmd' in intent && intent.cmd === 'release-digits') {
        releaseDigits();
        // "4" then "?" at once: answer 4, then the help, as the two keys would do one by one.
        if (intent.then) act(keyToIntent(ctx, stateRef.current, intent.then.input, intent.then.key, listRef.current));
        return;
      }
      if ('cmd' in intent) void run(intent);
      else if (intent.type === 'scroll') apply({ ...intent, ...(viewRef.current ? { view: viewRef.current } : {}) });
      else apply(intent);
      const now = stateRef.current;
      if (now.overlay === 'code' || (!now.overlay && nodeOf(ctx, now).kind === 'code-lookup')) void searchReady().then(() => apply({ type: 'search-ready' }));
    },
    [apply, ctx, run, searchReady],
  );

  /**
   * Digits held on the first screen, taken as answers after all: each replayed through the key
   * map as on any other screen, so "12" of sixteen is answer 12 and "11" of three is answer 1,
   * then answer 1 of the next question. A digit still held then has nothing more to wait for.
   */
  function releaseDigits(): void {
    const held = stateRef.current.digits;
    if (!held) return;
    if (!isStartScreen(ctx, stateRef.current)) return act(pendingChoice(stateRef.current));
    apply({ type: 'digits', digits: '' });
    for (const digit of held) act(keyToIntent(ctx, stateRef.current, digit, NO_KEY, listRef.current, true));
    if (stateRef.current.digits && isStartScreen(ctx, stateRef.current)) act(pendingChoice(stateRef.current));
  }

  const onKey = useCallback((input: string, key: Key) => act(keyToIntent(ctx, stateRef.current, input, key, listRef.current)), [act, ctx]);

  // A held first digit is chosen when no second one comes soon.
  useEffect(() => {
    if (!state.digits) return;
    const timer = setTimeout(() => act({ cmd: 'release-digits' }), DIGIT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [act, state.digits]);

  /** What the list on screen reports: the highlight moved, or an item was chosen with Enter. */
  const list = useMemo(
    () => ({
      view: listRef,
      onHighlight: (index: number) => apply({ type: 'highlight', index }),
      onSelect: (index: number) => act(chooseIntent(stateRef.current, index)),
    }),
    [act, apply],
  );
  const field = useMemo(() => ({ view: fieldRef, onChange: (text: string) => apply({ type: 'set-query', text }) }), [apply]);

  return { state, ctx, onKey, viewRef, list, field };
}

/** When the search index starts loading after the first frame. */
const SEARCH_PRELOAD_MS = 300;

/** How long a first digit waits for a second in lists of ten or more, and digits on the first screen for more. */
const DIGIT_WAIT_MS = 600;

export type ListHandlers = ReturnType<typeof useWizard>['list'];
export type FieldHandlers = ReturnType<typeof useWizard>['field'];

export interface TerminalSize {
  columns: number;
  /** Undefined when the output has no known height: then nothing is limited. */
  rows: number | undefined;
}

/** The terminal's size, following resizes. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = useCallback((): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || undefined }), [stdout]);
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, read]);
  return size;
}

function stamp(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}${pad(when.getMonth() + 1)}${pad(when.getDate())}-${pad(when.getHours())}${pad(when.getMinutes())}${pad(when.getSeconds())}`;
}

/** Errors that say the folder cannot be written to at all, as against this one name. */
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Writes the report to the current folder, never over a file: a name that exists gets -1, -2,
 * ... A folder that cannot be written to sends the report to the fallback folder instead.
 * The path is returned with control characters removed, for the screen.
 */
export function saveReport(services: WizardServices, text: string): { ok: true; path: string; fallback: boolean } | { ok: false; path: string; why: string } {
  const name = `provision-doctor-report-${stamp(services.now())}`;
  let lastError = { path: '', why: '' };
  for (const [folder, fallback] of [
    [services.cwd, false],
    [services.fallbackDir, true],
  ] as const) {
    for (let n = 0; n < 100; n++) {
      const path = join(folder, `${name}${n === 0 ? '' : `-${n}`}.md`);
      try {
        services.writeFile(path, text);
        return { ok: true, path: stripControl(path), fallback };
      } catch (error) {
        lastError = { path: stripControl(path), why: firstLine(error) };
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        if (code && READ_ONLY.has(code)) break;
        return { ok: false, ...lastError };
      }
    }
  }
  return { ok: false, ...lastError };
}
