/**
 * Fixed English phrases other modules put into a report (a log file's format, what `check`
 * read and the permission it needs), with their Danish and Dutch. The report and --json keep
 * the English; the text report looks a phrase up here and shows it as it is when it is not
 * listed, so a new phrase is never lost, only untranslated. Permission, role and product
 * names stay as Microsoft writes them in English except where the glossary gives the
 * localised role name (Dutch toepassingsbeheerder, cloudtoepassingsbeheerder, Rapportlezer).
 */
type Phrases = Record<string, { da: string; nl: string }>;

const FORMATS: Phrases = {
  'not a provisioning log': { da: 'ikke en klargøringslogfil', nl: 'geen inrichtingslogboek' },
  'JSON without provisioning events': { da: 'JSON uden klargøringshændelser', nl: 'JSON zonder inrichtingsgebeurtenissen' },
  'provision-on-demand response': { da: 'svar fra klargøring efter behov', nl: 'antwoord van on-demand inrichting' },
  'Azure Monitor diagnostic export (JSON lines)': { da: 'diagnosticeksport fra Azure Monitor (JSON-linjer)', nl: 'diagnostische export van Azure Monitor (JSON-regels)' },
  'Azure Monitor diagnostic export ("records" array)': { da: 'diagnosticeksport fra Azure Monitor (matrixen "records")', nl: 'diagnostische export van Azure Monitor (matrix "records")' },
  'Azure Monitor diagnostic export (array)': { da: 'diagnosticeksport fra Azure Monitor (matrix)', nl: 'diagnostische export van Azure Monitor (matrix)' },
  'Log Analytics AADProvisioningLogs export (JSON)': { da: 'Log Analytics-eksport af AADProvisioningLogs (JSON)', nl: 'Log Analytics-export van AADProvisioningLogs (JSON)' },
  'Log Analytics AADProvisioningLogs export (CSV)': { da: 'Log Analytics-eksport af AADProvisioningLogs (CSV)', nl: 'Log Analytics-export van AADProvisioningLogs (CSV)' },
  'Microsoft Graph auditLogs/provisioning page': { da: 'Microsoft Graph-side fra auditLogs/provisioning', nl: 'Microsoft Graph-pagina van auditLogs/provisioning' },
  'Microsoft Graph provisioning events (one per line)': { da: 'klargøringshændelser fra Microsoft Graph (én pr. linje)', nl: 'inrichtingsgebeurtenissen van Microsoft Graph (één per regel)' },
  'portal JSON download': { da: 'JSON-download fra portalen', nl: 'JSON-download uit de portal' },
  'portal CSV download: events': { da: 'CSV-download fra portalen: hændelser', nl: 'CSV-download uit de portal: gebeurtenissen' },
  'portal CSV download: provisioning steps': { da: 'CSV-download fra portalen: klargøringstrin', nl: 'CSV-download uit de portal: inrichtingsstappen' },
  'portal CSV download: modified properties': { da: 'CSV-download fra portalen: ændrede egenskaber', nl: 'CSV-download uit de portal: gewijzigde eigenschappen' },
};

const READS: Phrases = {
  'provisioning jobs': { da: 'klargøringsjob', nl: 'inrichtingstaken' },
  'the job schema (mappings and scoping filters)': { da: 'jobbets skema (tilknytninger og områdefiltre)', nl: 'het schema van de taak (toewijzingen en scoping-filters)' },
  'recent provisioning events': { da: 'seneste klargøringshændelser', nl: 'recente inrichtingsgebeurtenissen' },
  'users and groups assigned to the app': { da: 'brugere og grupper, der er tildelt appen', nl: 'gebruikers en groepen die aan de app zijn toegewezen' },
  'the user': { da: 'brugeren', nl: 'de gebruiker' },
  "the user's groups": { da: 'brugerens grupper', nl: 'de groepen van de gebruiker' },
  "the user's groups, nested ones too": { da: 'brugerens grupper, også indlejrede', nl: 'de groepen van de gebruiker, ook geneste' },
  "the user's provisioning events": { da: 'brugerens klargøringshændelser', nl: 'de inrichtingsgebeurtenissen van de gebruiker' },
  'needs Synchronization.Read.All; signed in as a person, also a role that may read provisioning settings (Application Administrator, Cloud Application Administrator, or a custom role with microsoft.directory/applications/synchronization/standard/read; Global Reader is not enough)': {
    da: 'kræver Synchronization.Read.All; logget på som en person også en rolle, der må læse klargøringsindstillinger (Application Administrator, Cloud Application Administrator eller en brugerdefineret rolle med microsoft.directory/applications/synchronization/standard/read; Global Reader er ikke nok)',
    nl: 'vereist Synchronization.Read.All; aangemeld als persoon ook een rol die inrichtingsinstellingen mag lezen (toepassingsbeheerder, cloudtoepassingsbeheerder of een aangepaste rol met microsoft.directory/applications/synchronization/standard/read; Global Reader is niet genoeg)',
  },
  'needs AuditLog.Read.All and a role that may read provisioning logs (such as Reports Reader or Security Reader), and Microsoft Entra ID P1 or P2': {
    da: 'kræver AuditLog.Read.All og en rolle, der må læse klargøringslogfiler (f.eks. Reports Reader eller Security Reader), og Microsoft Entra ID P1 eller P2',
    nl: 'vereist AuditLog.Read.All en een rol die inrichtingslogboeken mag lezen (zoals Rapportlezer of Security Reader), en Microsoft Entra ID P1 of P2',
  },
  'needs Directory.Read.All (or User.Read.All and GroupMember.Read.All)': { da: 'kræver Directory.Read.All (eller User.Read.All og GroupMember.Read.All)', nl: 'vereist Directory.Read.All (of User.Read.All en GroupMember.Read.All)' },
  'needs Application.Read.All': { da: 'kræver Application.Read.All', nl: 'vereist Application.Read.All' },
};

/** `english` in `language` when listed, else as it is. */
function lookUp(table: Phrases, english: string, language: string | undefined): string {
  const lang = language?.slice(0, 2);
  return lang === 'da' || lang === 'nl' ? (table[english]?.[lang] ?? english) : english;
}

export const formatPhrase = (english: string, language: string | undefined) => lookUp(FORMATS, english, language);
export const readPhrase = (english: string, language: string | undefined) => lookUp(READS, english, language);
