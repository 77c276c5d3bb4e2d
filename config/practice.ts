/**
 * The practice that runs this site, shown on the results page under "Get professional help".
 * Read at build time: the page imports this file, so the values are built into the page and
 * nothing is fetched. Fill it in and rebuild (docs/practice-settings.md). Leave `name` empty and
 * the page shows neutral public resources instead (the consultants' register, the law society,
 * legal aid). A field left empty is not shown.
 */
export interface PracticeSettings {
  /** the practice's name as people know it, e.g. "Example Immigration Services" */
  name: string;
  /** a phone number as it should be read, e.g. "+1 514 555 0100" */
  phone: string;
  /** an e-mail address, e.g. "contact@example.ca" */
  email: string;
  /** an https:// page where people book an appointment */
  bookingUrl: string;
}

export const practice: PracticeSettings = {
  name: '',
  phone: '',
  email: '',
  bookingUrl: '',
};
