import { describe, expect, it } from 'vitest';
import { usageProblem } from '../../src/cli/usage-error.js';
import { cliWords } from '../../src/i18n/cli-words.js';
import { earlyLanguage, langFlag } from '../../src/i18n/language.js';
import { run } from '../cli/run-cli.js';

/** The command lines of the EXAMPLES block: the same in every language, since a test runs them. */
const exampleCommands = (help: string) => [...help.matchAll(/^ {2}(provision-doctor(?: \S+)*?)(?: {2,}.*)?$/gm)].map((m) => m[1]);

describe('--help in the reader’s language', () => {
  it('the program’s help in Danish: headings, descriptions, options, examples', () => {
    const { stdout, stderr, status } = run(['--lang', 'da', '--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Kør uden argumenter for at starte den interaktive guide/);
    expect(stdout).toContain('Brug: provision-doctor [options] [command]');
    expect(stdout).toMatch(/^Indstillinger:$/m);
    expect(stdout).toMatch(/^Kommandoer:$/m);
    expect(stdout).toMatch(/^ {2}-h, --help +vis hjælp til kommandoen$/m);
    expect(stdout).toMatch(/^ {2}-v, --version +vis versionsnummeret$/m);
    expect(stdout).toMatch(/^ {2}help \[command\] +vis hjælp til en kommando eller denne hjælp$/m);
    expect(stdout).toContain('  provision-doctor explain EntryConflict             hvad en fejlkode betyder, og hvad du skal gøre');
    expect(stdout).toContain('Afslutningskoder: 0 fundet, 1 ikke fundet eller problemer, 2 forkert brug');
    expect(stdout).not.toMatch(/Usage:|Options:|Commands:|Examples:|display help/);
  });

  it('the program’s help in Dutch, from LANG alone; the examples run the same commands as in English', () => {
    const dutch = run(['--help'], { env: { LANG: 'nl_NL.UTF-8' } }).stdout;
    expect(dutch).toContain('Gebruik: provision-doctor [options] [command]');
    expect(dutch).toMatch(/^Opties:$/m);
    expect(dutch).toMatch(/^Opdrachten:$/m);
    expect(dutch).toMatch(/^Voorbeelden:$/m);
    expect(dutch).toContain('  provision-doctor analyze ProvisioningLogs.json     vat een gedownload inrichtingslogboek samen');
    const english = run(['--help']).stdout;
    expect(english).toContain('Usage: provision-doctor [options] [command]');
    expect(exampleCommands(dutch)).toEqual(exampleCommands(english));
    expect(exampleCommands(english).length).toBeGreaterThanOrEqual(8);
  });

  it('a command’s help in Danish and Dutch, with commander’s (default: ...) and (choices: ...) notes', () => {
    const analyze = run(['--lang=nl', 'analyze', '--help']).stdout;
    expect(analyze).toContain('Gebruik: provision-doctor analyze [options] <paths...>');
    expect(analyze).toMatch(/^Argumenten:$/m);
    expect(analyze).toMatch(/^ {2}--until <time> +alleen gebeurtenissen op of voor dit tijdstip \(UTC\)$/m);
    expect(analyze).toMatch(/^ {2}-h, --help +toon help voor de opdracht$/m);
    expect(run(['--lang', 'da', 'search', '--help']).stdout).toMatch(/--limit <n> +højst så mange match \(standard: 10\)/);
    expect(run(['codes', '--help'], { env: { LC_ALL: 'da_DK.UTF-8' } }).stdout).toMatch(/kun denne kategori \(valg: "app-provisioning"/);
    expect(run(['--lang', 'nl', 'help', 'explain']).stdout).toContain('een of meer foutcodes, bijv. EntryConflict');
  });

  it('an unusable --lang leaves help to the environment and still refuses a command in one line, exit 2', () => {
    expect(run(['--lang', 'fr', '--help'], { env: { LANG: 'da_DK.UTF-8' } }).stdout).toContain('Brug: provision-doctor');
    const refused = run(['--lang', 'fr', 'topics'], { env: { LANG: 'da_DK.UTF-8' } });
    expect(refused.stderr).toBe('provision-doctor: --lang: "fr" er ikke en af en, da, nl\n');
    expect(refused.status).toBe(2);
    expect(run(['--lang', 'fr', 'topics']).stderr).toBe('provision-doctor: --lang: "fr" is not one of en, da, nl\n');
  });
});

describe('commander’s usage errors in the reader’s language', () => {
  /** A usage error: exit 2, nothing on stdout, one line on stderr. */
  function usageLine(args: string[], env?: Record<string, string>): string {
    const { stdout, stderr, status } = run(args, env ? { env } : {});
    expect(status, args.join(' ')).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n') && !stderr.slice(0, -1).includes('\n')).toBe(true);
    return stderr.trimEnd();
  }

  it('an unknown option, with the near one, in Danish and Dutch', () => {
    expect(usageLine(['--lang', 'da', 'explain', '--jsn', 'EntryConflict'])).toBe(
      'provision-doctor explain: ukendt indstilling \'--jsn\' (Mente du --json?). Kør "provision-doctor explain --help" for at se, hvordan den bruges.',
    );
    expect(usageLine(['explain', '--jsn', 'EntryConflict'], { LANG: 'nl_BE.UTF-8' })).toBe(
      'provision-doctor explain: onbekende optie \'--jsn\' (Bedoelde u --json?). Voer "provision-doctor explain --help" uit voor uitleg over het gebruik.',
    );
  });

  it('a missing argument, an unknown command, too many arguments, a bad value', () => {
    expect(usageLine(['--lang', 'nl', 'show'])).toBe('provision-doctor show: verplicht argument \'node-id\' ontbreekt. Voer "provision-doctor show --help" uit voor uitleg over het gebruik.');
    expect(usageLine(['--lang', 'da', 'show'])).toMatch(/^provision-doctor show: det påkrævede argument 'node-id' mangler\. Kør /);
    expect(usageLine(['--lang', 'da', 'bogus'])).toMatch(/^provision-doctor: ukendt kommando "bogus"\. Kør "provision-doctor --help"/);
    expect(usageLine(['--lang', 'nl', 'topics', 'extra'])).toMatch(/^provision-doctor topics: te veel argumenten voor 'topics'\. 0 argumenten verwacht, maar 1 gekregen\. Voer /);
    expect(usageLine(['--lang', 'da', 'codes', '--category', 'nope'])).toMatch(/^provision-doctor codes: værdien 'nope' til indstillingen '--category <name>' er ugyldig\. Tilladte valg er app-provisioning, /);
    expect(usageLine(['--lang', 'nl', 'search', 'x', '--limit', '0'])).toMatch(/waarde '0' van optie '--limit <n>' is ongeldig\. Het moet een geheel getal van 1 of meer zijn\. Voer/);
    expect(usageLine(['topics', '--content'], { LANG: 'da_DK.UTF-8' })).toMatch(/^provision-doctor( topics)?: indstillingen '--content <dir>' mangler sin værdi\. Kør /);
  });

  it('help with an unknown command: one line in the reader’s language, no help dump, exit 2', () => {
    expect(usageLine(['help', 'bogus'])).toBe('provision-doctor: unknown command "bogus". Run "provision-doctor --help" for usage.');
    expect(usageLine(['--lang', 'da', 'help', 'bogus'])).toBe('provision-doctor: ukendt kommando "bogus". Kør "provision-doctor --help" for at se, hvordan den bruges.');
    expect(usageLine(['help', 'bogus'], { LANG: 'nl_NL.UTF-8' })).toBe('provision-doctor: onbekende opdracht "bogus". Voer "provision-doctor --help" uit voor uitleg over het gebruik.');
    const known = run(['--lang', 'da', 'help', 'explain']);
    expect(known.status).toBe(0);
    expect(known.stdout).toContain('Brug: provision-doctor explain');
    const itself = run(['--lang', 'da', 'help', '--help']);
    expect(itself.status).toBe(0);
    expect(itself.stdout).toContain('Brug: provision-doctor help [options] [command]');
    const whole = run(['--lang', 'nl', 'help']);
    expect(whole.status).toBe(0);
    expect(whole.stdout).toMatch(/^ {2}help \[command\] +/m);
  });

  it('English words every commander error as commander does; an unknown shape keeps commander’s text', () => {
    const en = cliWords('en').usage;
    const cases: Array<[string, string]> = [
      ['commander.unknownOption', "error: unknown option '--jsn'\n(Did you mean --json?)"],
      ['commander.unknownOption', "error: unknown option '--x'\n(Did you mean one of --a, --b?)"],
      ['commander.missingArgument', "error: missing required argument 'node-id'"],
      ['commander.optionMissingArgument', "error: option '--content <dir>' argument missing"],
      ['commander.excessArguments', "error: too many arguments for 'path'. Expected 1 argument but got 2."],
      ['commander.excessArguments', 'error: too many arguments. Expected 0 arguments but got 3.'],
      ['commander.invalidArgument', "error: option '--category <name>' argument 'it's' is invalid. Allowed choices are a, b."],
      ['commander.invalidArgument', "error: option '--limit <n>' argument 'ten' is invalid. It must be a whole number of 1 or more"],
      ['commander.somethingNew', 'error: something new.\nOn two lines'],
    ];
    for (const [code, message] of cases) {
      const commanders = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
      expect(usageProblem({ code, message }, en), code).toBe(commanders);
    }
    // Commander's own unknown-command error (the program answers one itself) is worded like the program's.
    expect(usageProblem({ code: 'commander.unknownCommand', message: "error: unknown command 'explian'\n(Did you mean explain?)" }, en)).toBe('unknown command "explian" (Did you mean explain?)');
    expect(usageProblem({ code: 'commander.unknownCommand', message: "error: unknown command 'explian'\n(Did you mean explain?)" }, cliWords('nl').usage)).toBe(
      'onbekende opdracht "explian" (Bedoelde u explain?)',
    );
  });
});

describe('the language is known before the arguments are parsed', () => {
  it('reads --lang in both spellings, the last one, never after --', () => {
    expect(langFlag(['--lang', 'da', 'topics'])).toBe('da');
    expect(langFlag(['explain', '--lang=nl', 'X'])).toBe('nl');
    expect(langFlag(['--lang', 'da', '--lang=nl'])).toBe('nl');
    expect(langFlag(['search', '--', '--lang', 'da'])).toBeUndefined();
  });

  it('an unusable --lang falls back to the environment, then English', () => {
    expect(earlyLanguage(['--lang', 'fr'], { LANG: 'nl_NL' })).toBe('nl');
    expect(earlyLanguage(['--lang'], {})).toBe('en');
    expect(earlyLanguage(['--lang=da_DK.UTF-8'], { LANG: 'nl_NL' })).toBe('da');
  });

  it('Danish and Dutch have every word English has', () => {
    const keys = (group: object, prefix = ''): string[] =>
      Object.entries(group).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    expect(keys(cliWords('en'))).toContain('help.headings.Usage:');
    expect(keys(cliWords('da'))).toEqual(keys(cliWords('en')));
    expect(keys(cliWords('nl'))).toEqual(keys(cliWords('en')));
  });
});

describe('the commands’ own errors in the reader’s language, with the same exit codes', () => {
  /** The shipped content, so its ids and its Danish and Dutch are the ones users get. */
  const shipped = (args: string[], env: Record<string, string | undefined> = {}) => run(args, { content: false, env: env as Record<string, string> });

  it('show, path and --resume name what is wrong in Danish and Dutch, exit 1', () => {
    const show = shipped(['--lang', 'da', 'show', 'no-users-quarantin']);
    expect(show.stderr).toBe('provision-doctor: der er ingen node "no-users-quarantin". Mente du: no-users-quarantine?\n');
    expect(show.status).toBe(1);
    const path = shipped(['--lang', 'nl', 'path', 'no-users-start/@nope']);
    expect(path.stderr).toBe('provision-doctor: stap 2 van het pad "@nope": er is geen knooppunt "nope". Controleer het pad, of begin opnieuw met "provision-doctor".\n');
    expect(path.status).toBe(1);
    const resume = shipped(['--plain', '--resume', 'bogus'], { LANG: 'da_DK.UTF-8' });
    expect(resume.stderr).toMatch(/^provision-doctor: --resume: trin 1 i stien "bogus": ikke et svar på "start" \(svarene fører til: setup-start, /);
    expect(resume.status).toBe(1);
  });

  it('the wizard without a terminal points to --plain in Dutch, exit 2', () => {
    const refused = shipped(['--lang', 'nl']);
    expect(refused.stderr).toBe(
      'provision-doctor: de wizard heeft een interactieve terminal nodig; gebruik zonder terminal --plain (een dialoog regel voor regel), explain <code>, search <words> of analyze <log file> (zie --help)\n',
    );
    expect(refused.status).toBe(2);
  });

  it('analyze refuses bad filters (exit 2) and names unreadable paths (exit 1) in Danish and Dutch', () => {
    const filters = shipped(['--lang', 'da', 'analyze', 'x.json', '--since', '02/05/2024']);
    expect(filters.stderr).toBe('provision-doctor: --since "02/05/2024" kan være 2024-02-05 eller 2024-05-02: skriv datoen som år-måned-dag, f.eks. 2024-05-02\n');
    expect(filters.status).toBe(2);
    const status = shipped(['--lang', 'nl', 'analyze', 'x.json', '--status', 'broken', '--until', 'gisteren']);
    expect(status.stderr).toBe(
      'provision-doctor: --until "gisteren" is geen datum of tijd (gebruik bijv. 2024-05-01 of 2024-05-01T10:00Z)\n--status "broken" is niet een van success, failure, skipped, warning, other\n',
    );
    expect(status.status).toBe(2);
    expect(shipped(['--lang', 'da', 'analyze', 'x.json', '--fail-on', 'errors']).stderr).toBe('provision-doctor: --fail-on "errors" er ikke en af failure, warning, skipped\n');
    const missing = shipped(['--lang', 'nl', 'analyze', 'no/such/file.json']);
    expect(missing.stderr).toBe('provision-doctor analyze: no/such/file.json: bestand of map bestaat niet\n');
    expect(missing.status).toBe(1);
  });

  it('check refuses a bad Graph address and a missing token in Danish and Dutch, exit 2', () => {
    const http = shipped(['--lang', 'nl', 'check', '--app', 'x', '--graph-base', 'http://graph.example/v1.0'], { PROVISION_DOCTOR_GRAPH_TOKEN: 'token' });
    expect(http.stderr).toBe('provision-doctor: --graph-base: moet een https://-adres zijn (http:// alleen voor een server op deze computer)\n');
    expect(http.status).toBe(2);
    expect(shipped(['--lang', 'da', 'check']).stderr).toBe('provision-doctor: check: angiv appen med --app <viste navn, app-id eller tjenesteprincipalens id>\n');
    const noToken = shipped(['--lang', 'da', 'check', '--app', 'x'], { PATH: '/nonexistent', PROVISION_DOCTOR_GRAPH_TOKEN: undefined, PROVISION_DOCTOR_CLIENT_ID: undefined });
    expect(noToken.stderr).toMatch(/^provision-doctor: intet token til Microsoft Graph: angiv PROVISION_DOCTOR_GRAPH_TOKEN, /);
    expect(noToken.stderr.trim().split('\n')).toHaveLength(1);
    expect(noToken.status).toBe(2);
  });

  it('search says in Danish that a long query was cut', () => {
    const words = Array.from({ length: 25 }, (_, i) => `word${i}`);
    expect(shipped(['--lang', 'da', 'search', ...words]).stderr).toBe('provision-doctor search: Kun de første 20 ord (højst 200 tegn) søges.\n');
  });
});
