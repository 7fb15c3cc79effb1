/**
 * The words of Microsoft 365 administration outside provisioning: what an admin names when the
 * question is about sign-in, licence billing, devices, mail or collaboration. The content
 * mentions some of them in passing (a mailbox in a target tenant, Windows Server for the
 * agent, phone writeback to Workday, the admin password DocuSign needs), so by the content's
 * own counts they look as telling as any word it uses, and "mailbox is full" found the node
 * about mailboxes in a target tenant. Measured against general admin language they are not
 * this content's words: search weighs them so (see ContentSearch.relevant).
 *
 * Words that are also provisioning's own stay out even where other topics use them too:
 * licence (licence limits, group licences), mail and email (the attribute), Exchange (its
 * attributes in cross-tenant sync), sign-in (blocked sign-in skips a user), compliant (SCIM),
 * mobile (the phone number type), guest (B2B users), quarantine (the job's state).
 */
export const OTHER_TOPICS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'sign-in and MFA': 'mfa 2fa authenticator passwordless password passwords sspr conditional lockout',
    // Not cost: the HR system's cost center is an attribute.
    'licence billing': 'bill billed billing invoice invoices price pricing payment subscription subscriptions',
    devices: 'device devices intune autopilot enroll enrollment laptop laptops iphone android ios macos bitlocker printer printers windows',
    mail: 'mailbox mailboxes outlook inbox calendar disclaimer bounce bounces ndr spam phishing',
    // Not calls: the provisioning service's calls to an app.
    collaboration: 'teams sharepoint onedrive meeting meetings channel channels chat phone phones',
  },
  // Microsoft's Danish and Dutch words for the same, as the translated content uses them
  // (postkasse and postvak for mailbox, adgangskode and wachtwoord for password).
  da: {
    'sign-in and MFA': 'adgangskode adgangskoden adgangskoder betinget',
    'licence billing': 'faktura fakturaer fakturering pris priser betaling',
    devices: 'enhed enheden enheder bærbar',
    mail: 'postkasse postkassen postkasser indbakke kalender',
    collaboration: 'møde møder mødet kanal kanaler telefon telefonen telefoner',
  },
  nl: {
    'sign-in and MFA': 'wachtwoord wachtwoorden voorwaardelijke voorwaardelijk',
    'licence billing': 'factuur facturen facturering prijs prijzen betaling',
    devices: 'apparaat apparaten',
    mail: 'postvak postvakken mailbox agenda',
    collaboration: 'vergadering vergaderingen kanaal kanalen telefoon telefoons',
  },
};

/**
 * Product names that are read whole: "Teams" is not the "AD team" of a step, "Windows" not a
 * time window, and "SharePoint" and "OneDrive" are not split into "share point" and "one drive"
 * as CamelCase codes are.
 */
export const PRODUCT_NAMES: ReadonlySet<string> = new Set(['teams', 'windows', 'sharepoint', 'onedrive']);

/** The raw words of every topic in a language, lower case (none for a language not listed). */
export function otherTopicWords(language = 'en'): string[] {
  return Object.values(OTHER_TOPICS[language] ?? {}).flatMap((words) => words.split(' '));
}
