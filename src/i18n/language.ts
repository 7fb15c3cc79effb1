/** The languages the whole tool speaks. English is the base; the others are overlays. */
export const LANGUAGES = ['en', 'da', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LanguageChoice {
  language: Language;
  /** Where it came from, for `--help` and bug reports: the flag, a locale variable, or the default. */
  from: '--lang' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default';
}

/** "da_DK.UTF-8", "nl_BE", "nl", "da-DK" → the language; "C", "POSIX" and others → undefined. */
export function languageOfLocale(value: string | undefined): Language | undefined {
  const code = value?.trim().toLowerCase().match(/^([a-z]{2})(?:[_-][a-z]{2})?(?:[.@].*)?$/)?.[1];
  return LANGUAGES.find((language) => language === code);
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * `--lang`, else the locale as POSIX reads it for messages: LC_ALL overrides LC_MESSAGES,
 * which overrides LANG. The first variable that is set decides, even when it names a
 * language the tool does not speak (then English): a later one is not consulted.
 */
export function chooseLanguage(flag: string | undefined, env: Record<string, string | undefined>): LanguageChoice {
  if (flag !== undefined) {
    const language = languageOfLocale(flag);
    if (!language) throw new RangeError(`--lang: "${flag}" is not one of ${LANGUAGES.join(', ')}`);
    return { language, from: '--lang' };
  }
  for (const variable of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    return { language: languageOfLocale(value) ?? 'en', from: variable };
  }
  return { language: 'en', from: 'default' };
}

/** The value of `--lang` on a command line (`--lang da` or `--lang=da`; the last one counts, none after `--`). */
export function langFlag(args: readonly string[]): string | undefined {
  let flag: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--lang') flag = args[++i];
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
  }
  return flag;
}

/**
 * The language of `--help` and of the usage errors, known before the arguments are parsed.
 * An unusable `--lang` falls back to the environment here: the one-line error about it comes
 * later, once a command runs, in the language the environment gives.
 */
export function earlyLanguage(args: readonly string[], env: Record<string, string | undefined>): Language {
  const flag = langFlag(args);
  const language = flag === undefined ? undefined : languageOfLocale(flag);
  return language ?? chooseLanguage(undefined, env).language;
}

/** A value made on first use and kept: the catalogues of the languages a run does not speak are never made. */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
