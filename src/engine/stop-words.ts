/**
 * The frame of a second-hand report: who told the admin, and how ("help desk says users are
 * missing", "a colleague told me", "according to the service desk"). It says nothing about the
 * problem, and the content uses these words only as speech verbs ("the notice says", "Entra
 * Connect reports a sync error"). Kept, they weigh against every answer, and "desk", which the
 * content never uses, most of all: a problem the content covers found nothing. Words that also
 * name a topic here stay words: manager, HR, vendor, owner, team, notice (Test Connection's),
 * service (the provisioning service). "Helpdesk" goes (the content names it once, in a list of
 * roles a code does not turn on), and so does "ticket" ("support ticket" is found by "support").
 */
const REPORTING_FRAME_EN = (
  'say says said saying tells told telling report reports reported reporting complain complains complained ' +
  'complaining noticed mention mentions mentioned apparently reportedly supposedly according desk helpdesk ' +
  'servicedesk ticket tickets colleague colleagues coworker coworkers boss'
).split(' ');

/**
 * Frames of more than one word, whose words alone do name a topic: the "service" of "service
 * desk" is not the provisioning service (nor, as a prefix, ServiceNow), the "last" of "last
 * week" is not the last step. Dropped from a text before it is split into words.
 */
export const REPORTING_FRAME_PHRASES = /\b(?:(?:service|support|help|it)[\s-]*desk|(?:last|this|past) (?:week|night|month|morning))\b/giu;

/** The same frame in Danish: siger, fortæller, ifølge helpdesken, en kollega. */
const REPORTING_FRAME_DA = (
  'siger sige sagde sagt fortæller fortalte melder meldte klager klagede nævner nævnte åbenbart ' +
  'ifølge helpdesken servicedesken kollega kollegaen kollegaer kollegaerne chef chefen'
).split(' ');

/** The same frame in Dutch: zegt, meldt, volgens de servicedesk, een collega. */
const REPORTING_FRAME_NL = (
  'zeg zegt zeggen zei zeiden gezegd vertelt vertellen vertelde verteld meldt melden meldde gemeld ' +
  'klaagt klagen klaagde blijkbaar kennelijk volgens collega collegas baas'
).split(' ');

/**
 * Common words that narrow nothing, per language. A translated content is searched with
 * the common words of its language and of English, since admins mix the two ("jobbet er i
 * quarantine", "de SCIM token is verlopen").
 */
const ENGLISH = new Set(
  (
    'a about after again all also am an and any are as at be been before being both but by can cannot could did do does ' +
    'doing dont done down during each else even ever every few for from get gets got had has have having he her here ' +
    'hers him his how i if in into is isnt it its itself just me more most my no nor not now of off on once only or ' +
    'other our out over own same she should so some still such than that the their them then there these they this ' +
    'those through to too under until up us very was wasnt we were what when where which while who whom why will with ' +
    'wont would you your yours im ive weve youre please help issue problem thing things anyone someone something ' +
    'getting keep keeps seem seems way want need trying tried able anyway actually really basically somehow maybe ' +
    'probably hi hello thanks thank guys kind sort like lot lots bit today yesterday though although however via per ' +
    'explain tell cant didnt doesnt arent couldnt wouldnt shouldnt hasnt havent etc needs needed wants wanted ' +
    'because rather goes going went'
  ).split(' ').concat(REPORTING_FRAME_EN),
);

/** Danish: the Snowball list, with the greetings, fillers and light verbs (gør, står) of a question. */
const DANISH = new Set(
  (
    'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun ' +
    'nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog ' +
    'noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit ' +
    'sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan kan hvordan hvorfor ' +
    'hvornår hvilke hvilken ingen hej tak hjælp problem problemet bare stadig får gør gøre står ligger'
  ).split(' ').concat(REPORTING_FRAME_DA),
);

/** Dutch: the Snowball list, with the greetings, fillers (erg, zeer) and light verbs (doet, staat) of a question. */
const DUTCH = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat ' +
    'mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want ' +
    'nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles ' +
    'onder ja eens hier wie werd altijd doch wordt wezen kunnen ons onze zelf tegen na reeds wil kon niets uw ' +
    'iemand geweest andere hebt we wij waarom wanneer welke hallo hoi bedankt graag help probleem steeds krijg ' +
    'doet staat staan gaat erg zeer heel'
  ).split(' ').concat(REPORTING_FRAME_NL),
);

const LOCAL: Record<string, ReadonlySet<string>> = { da: DANISH, nl: DUTCH };

/** The common words of a language, with English's; English's alone for English. */
export function stopWordsFor(language = 'en'): ReadonlySet<string> {
  const local = LOCAL[language];
  return local ? new Set([...ENGLISH, ...local]) : ENGLISH;
}
