/**
 * The practice that runs this site, shown on the results page under "Get professional help".
 * Read at build time: the page imports this file, so the values are built into the page and
 * nothing is fetched. Fill it in and rebuild (docs/practice-settings.md). The public resources (the
 * consultants' registers, the law societies, legal aid) are always shown, with or without a
 * practice. A field left empty is not shown.
 */

/** Who issued the licence or membership: one of these, or another body's name as free text. */
export type LicensingBody =
  'CICC' | 'Barreau du Québec' | 'Chambre des notaires du Québec' | 'Law Society of Ontario' | (string & {});

export interface PracticeSettings {
  /** the practice's name as people know it, e.g. "Example Immigration Services" */
  name: string;
  /** a phone number as it should be read, e.g. "+1 514 555 0100" */
  phone: string;
  /** an e-mail address, e.g. "contact@example.ca" */
  email: string;
  /** an https:// page where people book an appointment */
  bookingUrl: string;
  /** the licence or membership number that lets people check the practice may advise for a fee */
  licence: { body: LicensingBody; number: string };
}

export const practice: PracticeSettings = {
  name: '',
  phone: '',
  email: '',
  bookingUrl: '',
  licence: { body: '', number: '' },
};
