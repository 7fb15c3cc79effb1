import { describe, expect, it } from 'vitest';
import { run } from '../cli/run-cli.js';
import { sourcedSmallContent, writeContentDir } from '../helpers/content.js';

/** Content an author got wrong in many ways at once, none of them a YAML syntax error. */
const broken = writeContentDir({
  'main.yaml': sourcedSmallContent()['main.yaml']!
    .replace('next: assign-users', 'next: asign-users')
    .replace('prompt: Which scope is set?', 'prompt: Which scope is set?\n    keywords: [scope, Scope]')
    .replace('prompt: Type the code.', 'prompt: Type the code.\n    optoins: []')
    .replace('title: Doc A', 'title: ""')
    .replace('url: https://learn.microsoft.com/en-us/entra/a', 'url: https://x@learn.microsoft.com/en-us/entra/a')
    .replace('kind: info', 'kind: infos')
    .replace('    code: Unknown\n', '    code: Unknown\n    aliases: [entryconflict]\n'),
  'codes.yaml': [
    'codes:',
    '  typed-wrong:',
    '    code: 5',
    '    category: nope',
    '    title: "Bell\\a"',
    '    retry: { automatic: yes, adminMustAct: false }',
    '    steps: []',
    '    links: [doc-a]',
    '',
  ].join('\n'),
});

const validate = (language: string, ...more: string[]) => run(['--lang', language, 'validate', broken, ...more], { content: false });
/** `file:line:col: ` and the sentence after it. */
const split = (line: string) => /^(\S+:\d+:\d+: )(.*)$/.exec(line)!.slice(1) as [string, string];
const problems = (stdout: string) => stdout.trimEnd().split('\n').slice(0, -1);

describe('validate words its diagnostics in the reader’s language', () => {
  const english = validate('en');
  const danish = validate('da');
  const dutch = validate('nl');

  it('the same problems at the same places, each sentence in Danish and in Dutch', () => {
    const places = problems(english.stdout).map((line) => split(line)[0]);
    expect(places.length).toBeGreaterThan(10);
    for (const other of [danish, dutch]) {
      const lines = problems(other.stdout);
      expect(lines.map((line) => split(line)[0])).toEqual(places);
      lines.forEach((line, i) => expect(split(line)[1]).not.toBe(split(problems(english.stdout)[i]!)[1]));
      expect(other.status).toBe(1);
    }
    expect(english.stdout.trimEnd().split('\n').at(-1)).toBe(`${places.length} problems in ${broken}`);
    expect(danish.stdout.trimEnd().split('\n').at(-1)).toBe(`${places.length} problemer i ${broken}`);
    expect(dutch.stdout.trimEnd().split('\n').at(-1)).toBe(`${places.length} problemen in ${broken}`);
  });

  it('ids, keys, paths, codes and suggestions stay as written; the words around them are Danish or Dutch', () => {
    const at = (stdout: string, place: string) => problems(stdout).find((line) => line.includes(`/${place}: `));
    expect(at(danish.stdout, 'main.yaml:26:15')).toMatch(/: ukendt node "asign-users" \(mente du "assign-users"\?\)$/);
    expect(at(dutch.stdout, 'main.yaml:26:15')).toMatch(/: onbekend knooppunt "asign-users" \(bedoelde u "assign-users"\?\)$/);
    expect(at(danish.stdout, 'main.yaml:40:11')).toMatch(/: nodes\.about-cycles\.kind: "infos" er ikke en nodetype: brug question, remedy, info eller code-lookup$/);
    expect(at(dutch.stdout, 'main.yaml:7:12')).toMatch(/: links\.doc-a\.title: mag niet leeg zijn$/);
    expect(at(danish.stdout, 'codes.yaml:5:12')).toMatch(/: codes\.typed-wrong\.title: indeholder et klokketegn \(U\+0007\) ved tegn 5: kontroltegn og usynlige tegn er ikke tilladt i tekst: fjern det$/);
    expect(at(dutch.stdout, 'codes.yaml:3:5')).toMatch(/: codes\.typed-wrong: de verplichte sleutel "meaning" ontbreekt \(string\)$/);
    // zod's own checks, in zod's Danish and Dutch.
    expect(at(danish.stdout, 'codes.yaml:3:11')).toMatch(/: codes\.typed-wrong\.code: ugyldigt input: forventede streng, fik tal$/);
    expect(at(dutch.stdout, 'codes.yaml:4:15')).toMatch(/: codes\.typed-wrong\.category: ongeldige optie: verwacht één van "app-provisioning"\|/);
  });

  it('LANG=nl_NL.UTF-8 gives the Dutch of --lang nl, LC_ALL=da_DK overrides it, and a language the tool does not speak gives the English', () => {
    expect(run(['validate', broken], { content: false, env: { LANG: 'nl_NL.UTF-8' } }).stdout).toBe(dutch.stdout);
    expect(run(['validate', broken], { content: false, env: { LC_ALL: 'da_DK.UTF-8', LANG: 'nl_NL.UTF-8' } }).stdout).toBe(danish.stdout);
    expect(run(['validate', broken], { content: false, env: { LANG: 'fr_FR.UTF-8' } }).stdout).toBe(english.stdout);
  });

  it('--json keeps every key, place and code and words only the message', () => {
    type Shown = { language: string; problems: Array<Record<string, unknown>> };
    const en = JSON.parse(validate('en', '--json').stdout) as Shown;
    const da = JSON.parse(validate('da', '--json').stdout) as Shown;
    expect([en.language, da.language, (JSON.parse(validate('nl', '--json').stdout) as Shown).language]).toEqual(['en', 'da', 'nl']);
    expect(da.problems.map(({ message: _, ...rest }) => rest)).toEqual(en.problems.map(({ message: _, ...rest }) => rest));
    expect(Object.keys(da.problems[0]!)).toEqual(['file', 'line', 'col', 'code', 'message']);
    expect(da.problems.map((p) => p.message)).toEqual(problems(danish.stdout).map((line) => split(line)[1]));
  });
});

describe('what validate and --content say about files, folders and translations, in Danish and Dutch', () => {
  const overlay = ['locale: da', 'nodes:', '  start:', '    source: en-00000000', '    title: Start', 'links:', '  no-such-link:', '    source: en-00000000', '    title: Intet', ''].join('\n');
  const translated = writeContentDir({ ...sourcedSmallContent(), 'locales/da.yaml': overlay, 'locales/danish.yaml': 'locale: da\n' });

  it('an overlay’s problems and the text it leaves untranslated', () => {
    const danish = run(['--lang', 'da', 'validate', translated], { content: false }).stdout;
    expect(danish).toContain(`${translated}/locales/da.yaml:7:3: "no-such-link": indholdet har intet link med det id: fjern det, eller ret id'et\n`);
    expect(danish).toMatch(/locales\/da\.yaml:4:13: "start": den engelske tekst er ændret, siden den blev oversat \(source en-00000000, nu en-[0-9a-f]{8}\); opdater teksten og derefter source-hashen\n/);
    expect(danish).toContain(`${translated}/locales/danish.yaml:1:1: en oversættelse er opkaldt efter sit sprog: da.yaml, eller da.<emne>.yaml for en del af den\n`);
    expect(danish).toMatch(/main\.yaml:\d+:\d+: advarsel: noden "scope" har ingen dansk oversættelse i \S+\/locales\/da\.yaml \(source-hash en-[0-9a-f]{8}\)\n/);
    const dutch = run(['--lang', 'nl', 'validate', translated], { content: false }).stdout;
    expect(dutch).toMatch(/main\.yaml:\d+:\d+: waarschuwing: foutcode "conflict" heeft geen Deense vertaling in \S+\/locales\/da\.yaml \(source-hash en-[0-9a-f]{8}\)\n/);
    expect(dutch).toContain(`${translated}/locales/da.yaml:7:3: "no-such-link" komt niet overeen met een koppeling van de inhoud: verwijder het of verbeter de id\n`);
  });

  it('a folder that is not there, and a file that is a folder', () => {
    expect(run(['--lang', 'da', 'validate', 'no-such-folder'], { content: false }).stdout).toBe('no-such-folder:1:1: kan ikke læse indholdet: mappen findes ikke\n1 problem i no-such-folder\n');
    const folder = writeContentDir({ 'main.yaml': sourcedSmallContent()['main.yaml']!, 'extra.yaml/inside.txt': '' });
    expect(run(['--lang', 'nl', 'validate', folder], { content: false }).stdout).toContain(
      `${folder}/extra.yaml:1:1: is een map, geen YAML-bestand: geef de map een andere naam, of verplaats de bestanden naar een map zonder .yaml in de naam\n`,
    );
  });

  it('--content stops any command with the list in the reader’s language', () => {
    const dir = writeContentDir({ 'main.yaml': sourcedSmallContent()['main.yaml']!.replace('start: start\n', '') });
    const dutch = run(['--content', dir, '--lang', 'nl', 'explain', 'Conflict'], { content: false });
    expect(dutch.stderr).toBe(`provision-doctor: ${dir}/main.yaml:1:1: geen startknooppunt: voeg "start: <node-id>" toe aan één van de inhoudsbestanden\n1 probleem in ${dir}\n`);
    const danish = run(['--content', dir, 'explain', 'Conflict'], { content: false, env: { LANG: 'da_DK.UTF-8' } });
    expect(danish.stderr).toBe(`provision-doctor: ${dir}/main.yaml:1:1: ingen startnode: tilføj "start: <node-id>" i én af indholdsfilerne\n1 problem i ${dir}\n`);
    expect(danish.status).toBe(1);
  });
});
