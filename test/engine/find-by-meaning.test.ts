import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { codeCatalogue } from '../../src/content/shipped.js';
import { ContentSearch, findByMeaning, piecesOf, prebuildSearchIndex, searchOnce } from '../../src/engine/search.js';
import { buildSearchIndex, keywordPhrases, phrasesOf, phrasesText, postingsOf, postingsText, readingAgainst, readingOf } from '../../src/engine/search-index.js';
import { wordsOf } from '../../src/engine/terms.js';
import { readQueries, TRANSLATED_EVALS, translatedContent } from '../eval/evaluate.js';

const content = loadContentDir('content').content!;
const ids = (query: string) => findByMeaning(content, query).map((h) => h.id);
const texts = (query: string) => findByMeaning(content, query).flatMap((h) => [h.title, ...(h.why.words ?? [])]);

describe('findByMeaning on the built-in content', () => {
  it('splits CamelCase codes into words and keeps numbers', () => {
    expect(wordsOf('SalesforceDuplicateTargetEntries 401').map((w) => w.term)).toEqual([
      'salesforc',
      'duplic',
      'target',
      'entri',
      'salesforceduplicatetargetentri',
      '401',
    ]);
    // Why a hit matched names the word as typed, not its parts.
    expect(findByMeaning(content, 'employeeId')[0]!.why.words).toEqual(['employeeId']);
  });

  it('matches short words whole: URN is not "turn", HR is not "through"', () => {
    expect(findByMeaning(content, 'URN').every((h) => h.why.words?.includes('URN'))).toBe(true);
    expect(ids('URN')[0]).toBe('attributes-edit-target-list');
    // The HR topic's own start answers it now; where users come from did before it existed.
    expect(['hr-inbound-start', 'attributes-where-from']).toContain(ids('HR')[0]);
    expect(findByMeaning(content, 'HR').every((h) => h.why.words?.includes('HR'))).toBe(true);
  });

  it('ranks a deprovisioning remedy first for "deprovision", not every "provision" node', () => {
    expect(['wrong-users-deprovisioned', 'wrong-users-not-removed']).toContain(ids('deprovision')[0]);
  });

  it('reads British and American spellings alike', () => {
    expect(ids('licence limit')).toEqual(ids('license limit'));
    expect(ids('licence limit')[0]).toBe('license-limit-exceeded');
  });

  it('reads the people missing from an app as its users', () => {
    expect(ids('people are missing in the app')).toEqual(ids('users are missing in the app'));
  });

  it('finds HTTP statuses and Graph codes, saying the code it read', () => {
    expect(findByMeaning(content, '409')[0]).toMatchObject({ id: 'http-409-conflict', why: { code: '409' } });
    expect(findByMeaning(content, 'Authorization_RequestDenied')[0]).toMatchObject({ id: 'graph-authorization-request-denied' });
  });

  it('says which words of a sentence a hit holds', () => {
    const [first] = findByMeaning(content, 'our secret token expired');
    expect(first!.why.words).toEqual(['secret', 'token', 'expired']);
  });

  it('finds nothing for an off-topic question rather than a list of noise', () => {
    expect(ids('printer not working')).toEqual([]);
    expect(ids('Teams meeting audio')).toEqual([]);
    expect(texts('xyzzy')).toEqual([]);
  });

  it('reads past who reported a problem and how, but not past what the problem is', () => {
    expect(ids('help desk says users are missing').slice(0, 2)).toEqual(['no-users-start', 'no-users-which']);
    expect(ids('users are missing according to the service desk')[0]).toBe('no-users-start');
    // "service" of "service desk" is not a prefix of ServiceNow.
    expect(ids('the service desk says accounts are not created')[0]).toBe('no-users-start');
    expect(ids('a colleague told me the provisioning job is in quarantine')[0]).toBe('quarantine-start');
    // The same frame around a problem the content does not cover still finds nothing.
    expect(ids('help desk says the printer is missing for some users')).toEqual([]);
    expect(ids('my boss says the VPN is slow')).toEqual([]);
  });

  it('finds nothing when no hit holds a word only a node or two use: that word is what the query asks', () => {
    // "quota" is the directory quota of one cross-tenant code; Exchange and mailbox are only half of it.
    expect(ids('Exchange mailbox quota')).toEqual([]);
    expect(ids('users say their Exchange mailbox quota is full')).toEqual([]);
    // A hit that holds it answers as before, with the hits that share only its other words.
    expect(ids('quota limit exceeded in the target tenant')[0]).toBe('quota-limit-exceeded');
  });

  it('finds nothing for another admin topic that the content mentions only in passing', () => {
    // The node about mailboxes in a target tenant says nothing of a full one.
    expect(ids('mailbox is full')).toEqual([]);
    expect(ids('device is not compliant')).toEqual([]);
    expect(ids('password reset for a user')).toEqual([]);
    expect(ids('conditional access blocks sign-in')).toEqual([]);
    // The same words where provisioning meets them still find the answer.
    expect(ids('users without an Exchange mailbox are not created in Atlassian')[0]).toBe('gallery-atlassian-cloud');
    expect(ids('the app only supports basic auth with username and password')[0]).toBe('scim-token-kind');
    expect(ids('phone number writeback to Workday fails')[0]).toBe('hr-inbound-writeback');
  });

  it('reads product names whole and customers as customers, not as custom attributes or a team', () => {
    expect(wordsOf('SharePoint Teams customers').map((w) => w.term)).toEqual(['sharepoint', 'teams', 'customer']);
    expect(ids('customers cannot sign in')).toEqual([]);
    expect(ids('user cannot sign in to Teams')).toEqual([]);
    expect(ids('SharePoint permissions for users missing')).toEqual([]);
    expect(ids('Box Team Admin authorization')[0]).toBe('gallery-box');
    expect(ids('custom attribute is not sent to the app')).not.toEqual([]);
  });
});

describe('the prebuilt index', () => {
  it('answers as the index built on the spot does, and is ignored for other content', () => {
    const prebuilt = prebuildSearchIndex(content);
    const fresh = new ContentSearch(content);
    const loaded = new ContentSearch(content, JSON.parse(JSON.stringify(prebuilt)));
    for (const q of ['deprovision', 'our secret token expired', 'licence limit', 'SalesforceEntryConflict']) {
      expect(loaded.search(q)).toEqual(fresh.search(q));
    }
    const other = { ...content, nodes: { start: content.nodes.start!, 'logs-where': content.nodes['logs-where']! } };
    expect(new ContentSearch(other, prebuilt).search('provisioning logs').map((h) => h.id)).toEqual(['logs-where', 'start']);
  });
});

describe('postings as the prebuilt index writes them', () => {
  it('read back as MiniSearch serialised them, counts and all', () => {
    const postings = { '1': { '204': 1 }, '2': { '188': 1, '204': 2, '7': 13 } };
    expect(postingsText(postings)).toBe('1:204;2:7=13,188,204=2');
    expect(postingsOf(postingsText(postings))).toEqual(postings);
  });
});

describe('keyword phrases as the prebuilt index writes them', () => {
  it('read back as the terms they were, for every node, in English and in a translation', () => {
    for (const c of [content, translatedContent(content, 'da')]) {
      const reading = readingOf(c);
      for (const node of Object.values(c.nodes)) {
        const phrases = keywordPhrases(node, reading).filter((words) => words.length > 0);
        expect(phrasesOf(phrasesText(phrases)), node.id).toEqual(phrases);
      }
    }
    expect(phrasesText([[['user', 'bruger'], ['provis']], [['sync']]])).toBe('user|bruger provis\nsync');
  });
});

describe('the pieces a typo test looks for', () => {
  it('cuts a term into exactly as many non-empty pieces as asked, for every length', () => {
    for (let length = 1; length <= 60; length++) {
      const term = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(2).slice(0, length);
      for (let count = 1; count <= 7; count++) {
        const pieces = piecesOf(term, count);
        expect(pieces.join('')).toBe(term);
        expect(pieces).toHaveLength(Math.min(count, length));
        expect(pieces.every((piece) => piece.length > 0)).toBe(true);
      }
    }
  });
});

describe('one query against the prebuilt index (`search`)', () => {
  // Typos, prefixes, codes, pasted lines and off-topic sentences: every query of the evaluation.
  const cases = [
    { language: 'en', content, queries: readQueries().map((e) => e.q) },
    ...TRANSLATED_EVALS.map((language) => ({ language, content: translatedContent(content, language), queries: readQueries(`test/eval/queries.${language}.yaml`).map((e) => e.q) })),
  ];

  it.each(cases)('finds what the whole index finds, loading only the terms it reaches ($language)', ({ content: c, queries }) => {
    const prebuilt = JSON.parse(JSON.stringify(prebuildSearchIndex(c)));
    const whole = new ContentSearch(c, prebuilt);
    // A long code with as many typos as it may have, one in each piece (25 characters, 5 edits).
    const typos = ['grups', 'provisoning', 'deprovison', 'wxbexcxptioxprotxcolexror'];
    for (const q of [...queries, ...typos]) expect(searchOnce(c, q, 10, prebuilt), q).toEqual(whole.search(q, 10));
  });

  it.each(cases)('finds from the error-code catalogue and the index what it finds from the whole content ($language)', ({ content: c, queries }) => {
    const prebuilt = JSON.parse(JSON.stringify(prebuildSearchIndex(c)));
    const catalogue = codeCatalogue(c);
    expect(Object.keys(catalogue.nodes).length).toBeLessThan(Object.keys(c.nodes).length / 2);
    for (const q of queries) expect(searchOnce(catalogue, q, 10, prebuilt), q).toEqual(searchOnce(c, q, 10, prebuilt));
  });

  it('refuses to search the catalogue without the index of its content, which alone names the other nodes', () => {
    const catalogue = codeCatalogue(content);
    expect(() => searchOnce(catalogue, 'users are missing', 10)).toThrow('the error-code catalogue is searched only with the index of its whole content');
    const other = JSON.parse(JSON.stringify(prebuildSearchIndex(translatedContent(content, 'da'))));
    expect(() => searchOnce(catalogue, 'users are missing', 10, other)).toThrow();
  });
});

describe('search in the content\'s language', () => {
  const danish = translatedContent(content, 'da');
  const dutch = translatedContent(content, 'nl');
  const top = (c: typeof content, query: string) => findByMeaning(c, query).map((h) => h.id)[0];

  it('stems Danish and Dutch words in their language, so an inflected form finds the translated node', () => {
    // "klargøringen" (the provisioning) and "klargøring" share the Danish stem, not the English one.
    expect(top(danish, 'klargøringen fungerer')).toBe('about-provisioning');
    // "fejlkoder" (error codes) and "fejlkode"; "foutcodes" and "foutcode" in Dutch.
    expect(top(danish, 'fejlkoder slå op')).toBe('have-error-code');
    expect(top(dutch, 'foutcodes opzoeken')).toBe('have-error-code');
  });

  it('reads a Danish or Dutch compound as its parts, in the content and in the query', () => {
    // "inrichtingstaak" is inrichting + taak: "de taak" finds the node titled with the compound,
    // and the compound finds the checks that speak of "de taak" and "inrichting" apart.
    expect(findByMeaning(dutch, 'de taak staat in quarantaine').map((h) => h.id)).toContain('quarantine-start');
    expect(top(dutch, 'de eerste controles van de inrichtingstaak')).toBe('general-first-checks');
    // gruppe + medlemmer: the group's members.
    expect(findByMeaning(danish, 'gruppemedlemmer bliver ikke klargjort').slice(0, 3).map((h) => h.id)).toContain('groups-members-missing');
  });

  it('leaves inflected words and the words of other topics whole', () => {
    const parts = (c: typeof content, text: string) => {
      const { docFreq, compounds } = buildSearchIndex(c);
      const reading = readingAgainst(readingOf(c), docFreq, compounds);
      return wordsOf(text, reading.stem, reading.local).map((w) => w.local);
    };
    // "brugerne" is the users, not "brug" + "erne"; "aktiveret" is no "aktive" + "ret".
    expect(parts(danish, 'brugerne aktiveret')).toHaveLength(2);
    // A password is not "wacht" + "woord", which the content's words could answer.
    expect(parts(dutch, 'wachtwoord')).toEqual(['wachtwoord']);
    expect(parts(dutch, 'inrichtingstaak')).toEqual(['inricht', 'tak']);
  });

  it('still finds English words and codes in a translated content', () => {
    expect(findByMeaning(danish, 'EntryConflict')[0]!.id).toBe('conflict');
    expect(top(dutch, 'provision on demand')).toBe(top(content, 'provision on demand'));
  });

  it('drops the common words of the language, so a Danish or Dutch sentence off the topic finds nothing', () => {
    expect(findByMeaning(danish, 'hvordan bestiller jeg et mødelokale')).toEqual([]);
    expect(findByMeaning(dutch, 'de printer werkt niet')).toEqual([]);
  });

  it('weighs the words of other admin topics in Danish and Dutch as in English', () => {
    expect(findByMeaning(danish, 'postkassen er fuld')).toEqual([]);
    expect(findByMeaning(danish, 'nulstil adgangskode for en bruger')).toEqual([]);
    expect(findByMeaning(dutch, 'wachtwoord opnieuw instellen voor een gebruiker')).toEqual([]);
    // Customers are no typo of "kun" (only) or "kant" (edge).
    expect(findByMeaning(danish, 'kunder kan ikke logge på')).toEqual([]);
    expect(findByMeaning(dutch, 'klanten kunnen zich niet aanmelden')).toEqual([]);
  });

  it('reads past who reported a problem in Danish and Dutch too', () => {
    expect(top(danish, 'helpdesken siger, at der mangler brugere')).toBe('no-users-start');
    expect(top(dutch, 'de servicedesk zegt dat er gebruikers ontbreken')).toBe('no-users-start');
    expect(findByMeaning(dutch, 'de servicedesk meldt dat de printer ontbreekt')).toEqual([]);
  });

  it('ignores a prebuilt index of another language', () => {
    const english = prebuildSearchIndex(content);
    expect(new ContentSearch(danish, english).search('klargøringen fungerer')[0]?.id).toBe('about-provisioning');
    const prebuilt = JSON.parse(JSON.stringify(prebuildSearchIndex(danish)));
    const ids = (hits: Array<{ id: string }>) => hits.map((h) => h.id);
    expect(ids(new ContentSearch(danish, prebuilt).search('klargøringen fungerer'))).toEqual(ids(new ContentSearch(danish).search('klargøringen fungerer')));
  });
});
