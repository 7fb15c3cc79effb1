import type { z } from 'zod';
import zodDanish from 'zod/v4/locales/da.js';
import zodDutch from 'zod/v4/locales/nl.js';
import { describeCharacter, describeUrlFault, type UrlFault } from '../text/safe-url.js';
import type { Language } from './language.js';
import { messages } from './messages.js';

/**
 * The validator's sentences, per language: what `validate` and `--content DIR` say about a
 * content file, an overlay or the glossary. A diagnostic keeps the key and the data (ids, keys,
 * paths, numbers) and is worded in the reader's language when it is printed; the English, worded
 * when it is made, is what the build, the tests and the sort order read. Ids, YAML keys and
 * values (kind: question, ifNotHelped, "None of these ...") and file names stay as written.
 * Danish and Dutch use the glossary's terms and the interface's words (messages.ts): node /
 * knooppunt, link / koppeling, løsning / oplossing, "Hvis det ikke hjalp" / "Als dit niet hielp".
 */
type Entry = 'node' | 'code' | 'link';

const q = (text: string) => `"${text}"`;
const megabytes = (bytes: number, comma: boolean) => {
  const text = `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return comma ? text.replace('.', ',') : text;
};

/**
 * The texts the schemas (schema.ts, glossary.ts) give zod: a fixed sentence is recognised by its
 * English, one with data travels in the issue's params (see `ruleOfIssue`).
 */
const rulesEn = {
  slug: 'must be a lower-case slug such as "users-not-provisioned"',
  notEmpty: 'must not be empty',
  needsLink: 'needs at least one doc link (a link id from the link catalogue)',
  date: 'must be a date such as "2026-11-30"',
  twoOptions: 'a question needs at least two options',
  remedyStep: 'a remedy needs at least one step',
  oneFact: 'an info node needs at least one fact',
  errorCode: 'must be an error code such as "EntryConflict"',
  codeStep: 'an error code needs at least one step',
  https: 'must be an https:// address',
  hostName: 'must be a host name such as "learn.microsoft.com"',
  sourceHash: 'must be the hash of the English text, such as "en-3234dc56", as "validate" prints it',
  locale: 'must be a locale such as "da" or "nl-BE"',
  seen: 'must be "seed NNN" (a file of the seed articles), the address of a localised Learn page (/da-dk/, /nl-nl/, /nl-be/) or a file of a localised docs repository at a commit (github.com/.../<repo>.da-DK/blob/<commit>/...)',
  invisible: (char: string, at: number, oneLine: boolean) =>
    `holds ${describeCharacter(char)} at character ${at}: control and invisible characters are not allowed in text: ${oneLine ? 'write the text as one line (a folded ">-" block joins lines)' : 'remove it'}`,
  url: (fault: UrlFault) => describeUrlFault(fault),
  needsSeen: (term: string) => `"${term}" needs the place it was seen`,
  sourceWithoutTerm: (language: string) => `a ${language} source without a ${language} term`,
  daOrNl: 'give at least one of da and nl',
};

export type Rules = typeof rulesEn;

const en = {
  warning: () => 'warning',
  contentProblems: (n: number, dir: string) => `${n} problem(s) in ${dir}`,
  // Reading files and folders
  noYamlFiles: () => 'no .yaml files found in this folder',
  cannotReadFolder: (reason: string | null) => `cannot read content: ${reason ?? 'no such folder'}`,
  cannotRead: (code: string | undefined, detail: string) => `cannot read: ${reasonEn(code, detail)}`,
  isFolder: () => 'is a folder, not a YAML file: rename it, or move its files into a folder without .yaml in its name',
  notRegularFile: () => 'is not a regular file (a device, FIFO or socket): content is read from regular files only',
  tooLarge: (bytes: number, max: number) => `is ${megabytes(bytes, false)}: a content file may hold at most ${megabytes(max, false)}; split it by topic`,
  // YAML
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  duplicateKey: () => 'YAML syntax error: Map keys must be unique',
  commentCutsText: () => 'a " #" in unquoted text starts a YAML comment, so the rest of the line is lost: put the text in quotes',
  aliasesInContent: (detail: string) => `YAML aliases expand too far (${detail}): content needs no aliases (*name)`,
  aliasesInOverlay: (detail: string) => `YAML aliases expand too far (${detail}): an overlay needs no aliases`,
  // The schema
  schemaIssue: (where: string, text: Record<Language, string>) => `${where}${text.en}`,
  invalidId: (section: string, id: string) => `${section}: "${id}" is not a valid id: ids are lower-case slugs such as "users-not-provisioned"`,
  unknownKey: (where: string, keys: string[], suggestion?: string) => `${where}unknown key ${keys.map(q).join(', ')}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`,
  missingKey: (parent: string, key: string, expected: string) => `${parent || 'file'}: missing required key "${key}" (${expected})`,
  notANodeKind: (path: string, kind: string | undefined) => `${path}.kind: ${kind === undefined ? 'missing "kind"' : `"${kind}" is not a node kind`}: use question, remedy, info or code-lookup`,
  // The tree
  duplicateId: (id: string, at: string) => `duplicate id "${id}": already defined at ${at}`,
  secondStart: (first: string) => `a second "start": the start is already set in ${first}`,
  missingStart: () => 'no start node: add "start: <node-id>" to one content file',
  unknownReference: (to: 'node' | 'link', id: string, suggestion?: string) => `unknown ${to} "${id}"${meanEn(suggestion)}`,
  startMissing: (id: string, suggestion?: string) => `start node "${id}" does not exist${meanEn(suggestion)}`,
  retiredHost: (host: string) => `stale address on ${host}: use the current learn.microsoft.com address`,
  hostNotAllowed: (host: string) => `host "${host}" is not in allowedHosts (add it there with a reason if it belongs)`,
  duplicateKeyword: (keyword: string, first: number, id: string) => `keyword "${keyword}" repeats keyword ${first} of "${id}" (letter case aside): remove one`,
  sharedCode: (text: string, owner: string) => `"${text}" is already a code or alias of "${owner}": a lookup could find only one of them`,
  unreachable: (id: string, start: string) => `node "${id}" cannot be reached from the start "${start}": link to it from an option or a "next"`,
  deadEnd: (label: string, next: string) => `option "${label}" leads to "${next}", from which no remedy can be reached`,
  loop: (circle: string) => `"did not help" goes round in a circle: ${circle}: end it at a remedy without ifNotHelped, or at a question`,
  // Not-covered outcomes
  noWayOut: (id: string, prefix: string) => `question "${id}" needs a last answer "None of these ..." that leads to a not-covered outcome (an id starting with "${prefix}")`,
  remedyNeedsNext: (id: string) => `remedy "${id}" needs "ifNotHelped": the next cause of the same symptom, or a not-covered outcome`,
  offTopic: (id: string, target: string, kind: string, targetFile: string | undefined, file: string) =>
    `"did not help" from "${id}" leads to "${target}" (${kind} in ${targetFile ?? 'another file'}): it must be a remedy of ${file} or a not-covered outcome`,
  chainLoop: (id: string, trail: string) => `"did not help" from "${id}" goes round in a circle (${trail}) and never reaches a not-covered outcome`,
  codeNeedsNext: (id: string) => `error code "${id}" needs "next": the tree node to try when its steps did not help`,
  // Sources and the heading snapshot
  noSnapshot: (file: string | null) => `no heading snapshot for this page (${file ?? 'a page outside learn.microsoft.com'}); run scripts/snapshot-headings.mjs`,
  notAHeading: (what: 'anchor' | 'heading', text: string, page: string, suggestion?: string) =>
    `${what === 'anchor' ? `anchor "#${text}"` : `heading "${text}"`} is not a heading of ${page}${meanEn(suggestion)}`,
  noSource: (kind: 'remedy' | 'code') => `${kind === 'remedy' ? 'remedy' : 'error code'} without a source: add sources: [{ link, heading }] naming the page (and heading) its facts come from`,
  // Translation overlays
  overlayName: () => 'an overlay is named after its language: da.yaml, or da.<topic>.yaml for a part of it',
  localeMismatch: (locale: string, expected: string) => `locale "${locale}" does not match the file name (${expected})`,
  translatedTwice: (id: string, earlier: string[]) => `"${id}" is translated in ${earlier.join(' or ')} already`,
  matchesNothing: (id: string, kind: Entry) => `"${id}" matches no ${{ node: 'node', code: 'error code', link: 'link' }[kind]} of the content: remove it or fix the id`,
  staleTranslation: (id: string, source: string, now: string) => `"${id}": the English changed since this was translated (source ${source}, now ${now}); update the text, then the source hash`,
  staleLinkTitle: (id: string, source: string, now: string) => `"${id}": the English title changed since it was translated (source ${source}, now ${now})`,
  listLength: (where: string, has: number, english: number) => `${where}: has ${has} entries, the English has ${english}`,
  missingTranslation: (kind: Entry, id: string, locale: string, where: string, hash: string) =>
    `${{ node: 'node', code: 'error code', link: 'link' }[kind]} "${id}" has no ${({ da: 'Danish', nl: 'Dutch' } as Record<string, string>)[locale.slice(0, 2)] ?? locale} translation in ${where} (source hash ${hash})`,
};

export type DiagnosticWords = typeof en;

function meanEn(suggestion?: string): string {
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}

/** Why a file could not be opened: the system's error code, named where people meet it. */
type Reasons = Record<'ENOENT' | 'EACCES' | 'EPERM' | 'ELOOP' | 'EISDIR', string>;

function reasonIn(reasons: Reasons, code: string | undefined, detail: string): string {
  return (code && Object.hasOwn(reasons, code) ? `${reasons[code as keyof Reasons]} (${code})` : undefined) ?? code ?? detail;
}

const reasonEn = (code: string | undefined, detail: string) =>
  reasonIn(
    { ENOENT: 'no such file, or a link that points nowhere', EACCES: 'permission denied', EPERM: 'permission denied', ELOOP: 'links that lead round in a loop', EISDIR: 'it is a folder' },
    code,
    detail,
  );

// ---------------------------------------------------------------- Danish

// A character and an address are named as the wizard names them (messages.ts).
const characterDa = (char: string) => messages('da').address.character(char);

const rulesDa: Rules = {
  slug: 'skal være en slug med små bogstaver, f.eks. "users-not-provisioned"',
  notEmpty: 'må ikke være tom',
  needsLink: 'skal have mindst ét dokumentationslink (et link-id fra linkkataloget)',
  date: 'skal være en dato, f.eks. "2026-11-30"',
  twoOptions: 'et spørgsmål skal have mindst to svar',
  remedyStep: 'en løsning skal have mindst ét trin',
  oneFact: 'en info-node skal have mindst én oplysning',
  errorCode: 'skal være en fejlkode, f.eks. "EntryConflict"',
  codeStep: 'en fejlkode skal have mindst ét trin',
  https: 'skal være en https://-adresse',
  hostName: 'skal være et værtsnavn, f.eks. "learn.microsoft.com"',
  sourceHash: 'skal være hashen af den engelske tekst, f.eks. "en-3234dc56", sådan som "validate" skriver den',
  locale: 'skal være en sprogkode, f.eks. "da" eller "nl-BE"',
  seen: 'skal være "seed NNN" (en fil blandt seed-artiklerne), adressen på en lokaliseret Learn-side (/da-dk/, /nl-nl/, /nl-be/) eller en fil i et lokaliseret dokumentationsrepository ved et bestemt commit (github.com/.../<repo>.da-DK/blob/<commit>/...)',
  invisible: (char, at, oneLine) =>
    `indeholder ${characterDa(char)} ved tegn ${at}: kontroltegn og usynlige tegn er ikke tilladt i tekst: ${oneLine ? 'skriv teksten på én linje (en foldet ">-"-blok samler linjerne)' : 'fjern det'}`,
  url: messages('da').address.fault,
  needsSeen: (term) => `"${term}" skal have det sted, hvor ordet er set`,
  sourceWithoutTerm: (language) => `en ${language}-kilde uden et ${language}-ord`,
  daOrNl: 'angiv mindst ét af da og nl',
};

const meanDa = (suggestion?: string) => (suggestion === undefined ? '' : ` (mente du "${suggestion}"?)`);
const entryDa = { node: 'noden', code: 'fejlkoden', link: 'linket' };
const notHelpedDa = '"Hvis det ikke hjalp"';
const notCoveredDa = 'et udfald, der ikke er dækket';

const da: DiagnosticWords = {
  warning: () => 'advarsel',
  contentProblems: (n, dir) => `${n} ${n === 1 ? 'problem' : 'problemer'} i ${dir}`,
  noYamlFiles: () => 'der er ingen .yaml-filer i denne mappe',
  cannotReadFolder: (reason) => `kan ikke læse indholdet: ${reason ?? 'mappen findes ikke'}`,
  cannotRead: (code, detail) =>
    `kan ikke læses: ${reasonIn({ ENOENT: 'filen findes ikke, eller et symbolsk link peger ingen steder hen', EACCES: 'adgang nægtet', EPERM: 'adgang nægtet', ELOOP: 'symbolske links, der går i ring', EISDIR: 'det er en mappe' }, code, detail)}`,
  isFolder: () => 'er en mappe, ikke en YAML-fil: omdøb den, eller flyt dens filer til en mappe uden .yaml i navnet',
  notRegularFile: () => 'er ikke en almindelig fil (en enhed, en FIFO eller en socket): indhold læses kun fra almindelige filer',
  tooLarge: (bytes, max) => `fylder ${megabytes(bytes, true)}: en indholdsfil må højst fylde ${megabytes(max, true)}; del den op efter emne`,
  yamlSyntax: (detail) => `YAML-syntaksfejl: ${detail}`,
  duplicateKey: () => 'YAML-syntaksfejl: nøglerne i en mapping skal være forskellige',
  commentCutsText: () => 'et " #" i tekst uden anførselstegn starter en YAML-kommentar, så resten af linjen går tabt: sæt teksten i anførselstegn',
  aliasesInContent: (detail) => `YAML-aliasser udvides for meget (${detail}): indhold har ikke brug for aliasser (*navn)`,
  aliasesInOverlay: (detail) => `YAML-aliasser udvides for meget (${detail}): en oversættelse har ikke brug for aliasser`,
  schemaIssue: (where, text) => `${where}${text.da}`,
  invalidId: (section, id) => `${section}: "${id}" er ikke et gyldigt id: id'er er slugs med små bogstaver, f.eks. "users-not-provisioned"`,
  unknownKey: (where, keys, suggestion) => `${where}${keys.length === 1 ? 'ukendt nøgle' : 'ukendte nøgler'} ${keys.map(q).join(', ')}${meanDa(suggestion)}`,
  missingKey: (parent, key, expected) => `${parent || 'filen'}: den påkrævede nøgle "${key}" mangler (${expected})`,
  notANodeKind: (path, kind) => `${path}.kind: ${kind === undefined ? '"kind" mangler' : `"${kind}" er ikke en nodetype`}: brug question, remedy, info eller code-lookup`,
  duplicateId: (id, at) => `id'et "${id}" findes to gange: det er allerede defineret i ${at}`,
  secondStart: (first) => `endnu en "start": starten er allerede angivet i ${first}`,
  missingStart: () => 'ingen startnode: tilføj "start: <node-id>" i én af indholdsfilerne',
  unknownReference: (to, id, suggestion) => `${to === 'node' ? 'ukendt node' : 'ukendt link'} "${id}"${meanDa(suggestion)}`,
  startMissing: (id, suggestion) => `startnoden "${id}" findes ikke${meanDa(suggestion)}`,
  retiredHost: (host) => `forældet adresse på ${host}: brug den aktuelle adresse på learn.microsoft.com`,
  hostNotAllowed: (host) => `værten "${host}" står ikke i allowedHosts (tilføj den dér med en begrundelse, hvis den hører til)`,
  duplicateKeyword: (keyword, first, id) => `nøgleordet "${keyword}" gentager nøgleord ${first} i "${id}" (store og små bogstaver ikke medregnet): fjern det ene`,
  sharedCode: (text, owner) => `"${text}" er allerede en kode eller et alias for "${owner}": et opslag ville kun finde den ene af dem`,
  unreachable: (id, start) => `noden "${id}" kan ikke nås fra starten "${start}": henvis til den fra et svar eller en "next"`,
  deadEnd: (label, next) => `svaret "${label}" fører til "${next}", hvorfra ingen løsning kan nås`,
  loop: (circle) => `${notHelpedDa} går i ring: ${circle}: lad kæden ende ved en løsning uden ifNotHelped eller ved et spørgsmål`,
  noWayOut: (id, prefix) => `spørgsmålet "${id}" skal have et sidste svar "None of these ...", der fører til ${notCoveredDa} (et id, der begynder med "${prefix}")`,
  remedyNeedsNext: (id) => `løsningen "${id}" skal have "ifNotHelped": den næste årsag til samme symptom eller ${notCoveredDa}`,
  offTopic: (id, target, kind, targetFile, file) =>
    `${notHelpedDa} fra "${id}" fører til "${target}" (${kind} i ${targetFile ?? 'en anden fil'}): det skal være en løsning i ${file} eller ${notCoveredDa}`,
  chainLoop: (id, trail) => `${notHelpedDa} fra "${id}" går i ring (${trail}) og når aldrig ${notCoveredDa}`,
  codeNeedsNext: (id) => `fejlkoden "${id}" skal have "next": den node i træet, der skal prøves, når dens trin ikke hjalp`,
  noSnapshot: (file) => `intet øjebliksbillede af overskrifterne på denne side (${file ?? 'en side uden for learn.microsoft.com'}); kør scripts/snapshot-headings.mjs`,
  notAHeading: (what, text, page, suggestion) => `${what === 'anchor' ? `ankeret "#${text}"` : `overskriften "${text}"`} er ikke en overskrift på ${page}${meanDa(suggestion)}`,
  noSource: (kind) => `${kind === 'remedy' ? 'løsning' : 'fejlkode'} uden kilde: tilføj sources: [{ link, heading }] med den side (og overskrift), oplysningerne stammer fra`,
  overlayName: () => 'en oversættelse er opkaldt efter sit sprog: da.yaml, eller da.<emne>.yaml for en del af den',
  localeMismatch: (locale, expected) => `locale "${locale}" passer ikke til filnavnet (${expected})`,
  translatedTwice: (id, earlier) => `"${id}" er allerede oversat i ${earlier.join(' eller ')}`,
  matchesNothing: (id, kind) => `"${id}": indholdet har ${{ node: 'ingen node', code: 'ingen fejlkode', link: 'intet link' }[kind]} med det id: fjern det, eller ret id'et`,
  staleTranslation: (id, source, now) => `"${id}": den engelske tekst er ændret, siden den blev oversat (source ${source}, nu ${now}); opdater teksten og derefter source-hashen`,
  staleLinkTitle: (id, source, now) => `"${id}": den engelske titel er ændret, siden den blev oversat (source ${source}, nu ${now})`,
  listLength: (where, has, english) => `${where}: har ${has} ${has === 1 ? 'element' : 'elementer'}, den engelske tekst har ${english}`,
  missingTranslation: (kind, id, locale, where, hash) =>
    `${entryDa[kind]} "${id}" har ingen ${({ da: 'dansk', nl: 'nederlandsk' } as Record<string, string>)[locale.slice(0, 2)] ?? locale} oversættelse i ${where} (source-hash ${hash})`,
};

// ---------------------------------------------------------------- Dutch

const characterNl = (char: string) => messages('nl').address.character(char);

const rulesNl: Rules = {
  slug: 'moet een slug in kleine letters zijn, zoals "users-not-provisioned"',
  notEmpty: 'mag niet leeg zijn',
  needsLink: 'heeft minstens één documentatiekoppeling nodig (een koppelings-id uit de koppelingencatalogus)',
  date: 'moet een datum zijn, zoals "2026-11-30"',
  twoOptions: 'een vraag heeft minstens twee antwoorden nodig',
  remedyStep: 'een oplossing heeft minstens één stap nodig',
  oneFact: 'een info-knooppunt heeft minstens één feit nodig',
  errorCode: 'moet een foutcode zijn, zoals "EntryConflict"',
  codeStep: 'een foutcode heeft minstens één stap nodig',
  https: 'moet een https://-adres zijn',
  hostName: 'moet een hostnaam zijn, zoals "learn.microsoft.com"',
  sourceHash: 'moet de hash van de Engelse tekst zijn (bijvoorbeeld "en-3234dc56"), zoals "validate" die toont',
  locale: 'moet een taalcode zijn, zoals "da" of "nl-BE"',
  seen: 'moet "seed NNN" zijn (een bestand van de seed-artikelen), het adres van een gelokaliseerde Learn-pagina (/da-dk/, /nl-nl/, /nl-be/) of een bestand van een gelokaliseerde documentatierepository bij een bepaalde commit (github.com/.../<repo>.da-DK/blob/<commit>/...)',
  invisible: (char, at, oneLine) =>
    `bevat ${characterNl(char)} op teken ${at}: stuurtekens en onzichtbare tekens zijn niet toegestaan in tekst: ${oneLine ? 'schrijf de tekst op één regel (een gevouwen ">-"-blok voegt regels samen)' : 'verwijder het'}`,
  url: messages('nl').address.fault,
  needsSeen: (term) => `bij "${term}" hoort de plek waar het is gezien`,
  sourceWithoutTerm: (language) => `een ${language}-bron zonder ${language}-term`,
  daOrNl: 'geef minstens één van da en nl',
};

const meanNl = (suggestion?: string) => (suggestion === undefined ? '' : ` (bedoelde u "${suggestion}"?)`);
const entryNl = { node: 'knooppunt', code: 'foutcode', link: 'koppeling' };
const notHelpedNl = '"Als dit niet hielp"';
const notCoveredNl = 'een niet-gedekte uitkomst';

const nl: DiagnosticWords = {
  warning: () => 'waarschuwing',
  contentProblems: (n, dir) => `${n} ${n === 1 ? 'probleem' : 'problemen'} in ${dir}`,
  noYamlFiles: () => 'geen .yaml-bestanden gevonden in deze map',
  cannotReadFolder: (reason) => `kan de inhoud niet lezen: ${reason ?? 'de map bestaat niet'}`,
  cannotRead: (code, detail) =>
    `kan niet worden gelezen: ${reasonIn({ ENOENT: 'het bestand bestaat niet, of een symbolische koppeling wijst nergens naar', EACCES: 'toegang geweigerd', EPERM: 'toegang geweigerd', ELOOP: 'symbolische koppelingen die in een kring rondgaan', EISDIR: 'het is een map' }, code, detail)}`,
  isFolder: () => 'is een map, geen YAML-bestand: geef de map een andere naam, of verplaats de bestanden naar een map zonder .yaml in de naam',
  notRegularFile: () => 'is geen gewoon bestand (een apparaat, FIFO of socket): inhoud wordt alleen uit gewone bestanden gelezen',
  tooLarge: (bytes, max) => `is ${megabytes(bytes, true)}: een inhoudsbestand mag hoogstens ${megabytes(max, true)} zijn; splits het per onderwerp`,
  yamlSyntax: (detail) => `YAML-syntaxfout: ${detail}`,
  duplicateKey: () => 'YAML-syntaxfout: de sleutels van een mapping moeten uniek zijn',
  commentCutsText: () => 'een " #" in tekst zonder aanhalingstekens begint een YAML-opmerking, zodat de rest van de regel verloren gaat: zet de tekst tussen aanhalingstekens',
  aliasesInContent: (detail) => `YAML-aliassen worden te vaak uitgevouwen (${detail}): inhoud heeft geen aliassen (*naam) nodig`,
  aliasesInOverlay: (detail) => `YAML-aliassen worden te vaak uitgevouwen (${detail}): een vertaling heeft geen aliassen nodig`,
  schemaIssue: (where, text) => `${where}${text.nl}`,
  invalidId: (section, id) => `${section}: "${id}" is geen geldige id: id's zijn slugs in kleine letters, zoals "users-not-provisioned"`,
  unknownKey: (where, keys, suggestion) => `${where}${keys.length === 1 ? 'onbekende sleutel' : 'onbekende sleutels'} ${keys.map(q).join(', ')}${meanNl(suggestion)}`,
  missingKey: (parent, key, expected) => `${parent || 'bestand'}: de verplichte sleutel "${key}" ontbreekt (${expected})`,
  notANodeKind: (path, kind) => `${path}.kind: ${kind === undefined ? '"kind" ontbreekt' : `"${kind}" is geen soort knooppunt`}: gebruik question, remedy, info of code-lookup`,
  duplicateId: (id, at) => `id "${id}" komt twee keer voor: al gedefinieerd op ${at}`,
  secondStart: (first) => `een tweede "start": het begin is al ingesteld in ${first}`,
  missingStart: () => 'geen startknooppunt: voeg "start: <node-id>" toe aan één van de inhoudsbestanden',
  unknownReference: (to, id, suggestion) => `${to === 'node' ? 'onbekend knooppunt' : 'onbekende koppeling'} "${id}"${meanNl(suggestion)}`,
  startMissing: (id, suggestion) => `startknooppunt "${id}" bestaat niet${meanNl(suggestion)}`,
  retiredHost: (host) => `verouderd adres op ${host}: gebruik het huidige adres op learn.microsoft.com`,
  hostNotAllowed: (host) => `host "${host}" staat niet in allowedHosts (voeg hem daar toe met een reden, als hij erbij hoort)`,
  duplicateKeyword: (keyword, first, id) => `trefwoord "${keyword}" herhaalt trefwoord ${first} van "${id}" (hoofdletters niet meegerekend): verwijder er één`,
  sharedCode: (text, owner) => `"${text}" is al een code of alias van "${owner}": bij het opzoeken wordt er maar één van beide gevonden`,
  unreachable: (id, start) => `knooppunt "${id}" is niet bereikbaar vanaf het begin "${start}": verwijs ernaar vanuit een antwoord of een "next"`,
  deadEnd: (label, next) => `antwoord "${label}" leidt naar "${next}", van waaruit geen oplossing bereikbaar is`,
  loop: (circle) => `${notHelpedNl} loopt in een kring rond: ${circle}: laat de keten eindigen bij een oplossing zonder ifNotHelped, of bij een vraag`,
  noWayOut: (id, prefix) => `vraag "${id}" heeft als laatste antwoord "None of these ..." nodig, dat naar ${notCoveredNl} leidt (een id dat begint met "${prefix}")`,
  remedyNeedsNext: (id) => `oplossing "${id}" heeft "ifNotHelped" nodig: de volgende oorzaak van hetzelfde symptoom, of ${notCoveredNl}`,
  offTopic: (id, target, kind, targetFile, file) =>
    `${notHelpedNl} vanuit "${id}" leidt naar "${target}" (${kind} in ${targetFile ?? 'een ander bestand'}): dat moet een oplossing uit ${file} zijn, of ${notCoveredNl}`,
  chainLoop: (id, trail) => `${notHelpedNl} vanuit "${id}" loopt in een kring rond (${trail}) en bereikt nooit ${notCoveredNl}`,
  codeNeedsNext: (id) => `foutcode "${id}" heeft "next" nodig: het knooppunt in de boom dat aan de beurt is als de stappen niet hielpen`,
  noSnapshot: (file) => `geen momentopname van de koppen van deze pagina (${file ?? 'een pagina buiten learn.microsoft.com'}); voer scripts/snapshot-headings.mjs uit`,
  notAHeading: (what, text, page, suggestion) => `${what === 'anchor' ? `anker "#${text}"` : `kop "${text}"`} is geen kop van ${page}${meanNl(suggestion)}`,
  noSource: (kind) => `${kind === 'remedy' ? 'oplossing' : 'foutcode'} zonder bron: voeg sources: [{ link, heading }] toe met de pagina (en de kop) waar de feiten vandaan komen`,
  overlayName: () => 'een vertaling is genoemd naar haar taal: da.yaml, of da.<onderwerp>.yaml voor een deel ervan',
  localeMismatch: (locale, expected) => `locale "${locale}" past niet bij de bestandsnaam (${expected})`,
  translatedTwice: (id, earlier) => `"${id}" is al vertaald in ${earlier.join(' of ')}`,
  matchesNothing: (id, kind) => `"${id}" komt niet overeen met een ${entryNl[kind]} van de inhoud: verwijder het of verbeter de id`,
  staleTranslation: (id, source, now) => `"${id}": de Engelse tekst is gewijzigd sinds deze vertaling (source ${source}, nu ${now}); werk de tekst bij en daarna de source-hash`,
  staleLinkTitle: (id, source, now) => `"${id}": de Engelse titel is gewijzigd sinds deze vertaling (source ${source}, nu ${now})`,
  listLength: (where, has, english) => `${where}: heeft ${has} ${has === 1 ? 'item' : 'items'}, het Engels heeft er ${english}`,
  missingTranslation: (kind, id, locale, where, hash) =>
    `${entryNl[kind]} "${id}" heeft geen ${({ da: 'Deense', nl: 'Nederlandse' } as Record<string, string>)[locale.slice(0, 2)] ?? locale} vertaling in ${where} (source-hash ${hash})`,
};

const CATALOGUE: Record<Language, { words: DiagnosticWords; rules: Rules }> = {
  en: { words: en, rules: rulesEn },
  da: { words: da, rules: rulesDa },
  nl: { words: nl, rules: rulesNl },
};

/** The validator's words in `language` (English for any language it does not speak). */
export function diagnosticWords(language: string | undefined): DiagnosticWords {
  return (CATALOGUE[(language?.slice(0, 2) ?? 'en') as Language] ?? CATALOGUE.en).words;
}

/** The English rule texts, for the schemas to give zod. */
export const RULES = rulesEn;

/** A rule with its data, as a schema's custom issue carries it in `params.rule`. */
export type RuleCall = { [K in keyof Rules]: Rules[K] extends (...args: infer A) => string ? [K, ...A] : [K] }[keyof Rules];

/** A custom issue's English message and the rule it came from, for `ctx.addIssue`. */
export function ruleIssue(...call: RuleCall): { code: 'custom'; message: string; params: { rule: RuleCall } } {
  return { code: 'custom', message: ruleText(call, 'en'), params: { rule: call } };
}

function ruleText(call: RuleCall, language: Language): string {
  const [key, ...args] = call;
  const rule = CATALOGUE[language].rules[key] as string | ((...a: unknown[]) => string);
  return typeof rule === 'function' ? rule(...args) : rule;
}

/** The rule a zod issue reports: carried in a custom issue, or recognised by its fixed English text. */
function ruleOfIssue(issue: z.core.$ZodIssue): RuleCall | undefined {
  const carried = issue.code === 'custom' ? (issue.params as { rule?: RuleCall } | undefined)?.rule : undefined;
  if (carried) return carried;
  const key = (Object.keys(rulesEn) as Array<keyof Rules>).find((k) => rulesEn[k] === issue.message);
  return key === undefined ? undefined : ([key] as RuleCall);
}

const ZOD_LOCALES = { da: zodDanish().localeError, nl: zodDutch().localeError };

/**
 * A zod issue in every language, `english` as the caller words it: the schema's own rules from
 * this catalogue, zod's built-in checks ("expected string, received number") from zod's locales.
 * The issue needs its input (parse with `reportInput: true`) for zod to name what it received.
 */
export function issueInEveryLanguage(issue: z.core.$ZodIssue, english: string): Record<Language, string> {
  const rule = ruleOfIssue(issue);
  const inLanguage = (language: 'da' | 'nl') => {
    if (rule) return ruleText(rule, language);
    const said = ZOD_LOCALES[language](issue as unknown as z.core.$ZodRawIssue);
    const text = (typeof said === 'string' ? said : said?.message) ?? issue.message;
    return text.charAt(0).toLowerCase() + text.slice(1);
  };
  return { en: english, da: inLanguage('da'), nl: inLanguage('nl') };
}
