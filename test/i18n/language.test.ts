import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfLocale } from '../../src/i18n/language.js';

describe('the language the tool speaks', () => {
  it.each([
    ['da_DK.UTF-8', 'da'],
    ['nl_NL', 'nl'],
    ['nl_BE.utf8', 'nl'],
    ['da', 'da'],
    ['en_GB.UTF-8', 'en'],
    ['de_DE.UTF-8', undefined],
    ['C', undefined],
    ['POSIX', undefined],
    ['C.UTF-8', undefined],
  ])('%s reads as %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });

  it('--lang wins over the environment', () => {
    expect(chooseLanguage('nl', { LANG: 'da_DK.UTF-8' })).toEqual({ language: 'nl', from: '--lang' });
  });

  it('LC_ALL overrides LC_MESSAGES, which overrides LANG', () => {
    expect(chooseLanguage(undefined, { LC_ALL: 'nl_NL.UTF-8', LC_MESSAGES: 'da_DK', LANG: 'en_US' })).toEqual({ language: 'nl', from: 'LC_ALL' });
    expect(chooseLanguage(undefined, { LC_MESSAGES: 'da_DK', LANG: 'nl_NL' })).toEqual({ language: 'da', from: 'LC_MESSAGES' });
    expect(chooseLanguage(undefined, { LANG: 'da_DK.UTF-8' })).toEqual({ language: 'da', from: 'LANG' });
  });

  it('the first variable set decides, even for a language the tool does not speak; empty ones are skipped', () => {
    expect(chooseLanguage(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'da_DK.UTF-8' })).toEqual({ language: 'en', from: 'LC_ALL' });
    expect(chooseLanguage(undefined, { LC_ALL: '', LANG: 'da_DK.UTF-8' })).toEqual({ language: 'da', from: 'LANG' });
    expect(chooseLanguage(undefined, {})).toEqual({ language: 'en', from: 'default' });
  });

  it('an unknown --lang is refused', () => {
    expect(() => chooseLanguage('fr', {})).toThrow('--lang: "fr" is not one of en, da, nl');
  });
});
