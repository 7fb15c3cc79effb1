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
export const OTHER_TOPICS: Readonly<Record<string, string>> = {
  'sign-in and MFA': 'mfa 2fa authenticator passwordless password passwords sspr conditional lockout',
  'licence billing': 'bill billed billing invoice invoices cost costs price pricing payment subscription subscriptions',
  devices: 'device devices intune autopilot enroll enrollment laptop laptops iphone android ios macos bitlocker printer printers windows',
  mail: 'mailbox mailboxes outlook inbox calendar disclaimer bounce bounces ndr spam phishing',
  collaboration: 'teams sharepoint onedrive meeting meetings channel channels chat calls phone phones',
};

/**
 * Product names that are read whole: "Teams" is not the "AD team" of a step, "Windows" not a
 * time window, and "SharePoint" and "OneDrive" are not split into "share point" and "one drive"
 * as CamelCase codes are.
 */
export const PRODUCT_NAMES: ReadonlySet<string> = new Set(['teams', 'windows', 'sharepoint', 'onedrive']);

/** The raw words of every topic, lower case. */
export function otherTopicWords(): string[] {
  return Object.values(OTHER_TOPICS).flatMap((words) => words.split(' '));
}
