/**
 * Where to get professional help: the practice that runs the site, from config/practice.ts, with
 * its licence or membership number, then always the public resources (the registers that show who
 * may advise for a fee, and legal aid), since free help is an option everyone needs to know about.
 * Nothing is fetched; the settings are built in.
 */
import { practice as configured, type PracticeSettings } from '../../config/practice';
import { useT } from '../i18n/i18n';

const PUBLIC = ['consultants', 'quebec-consultants', 'law-society', 'legal-aid'] as const;

export function HelpBlock({ practice = configured }: { practice?: PracticeSettings }) {
  const t = useT();
  const name = practice.name.trim();
  return (
    <section>
      <h2 className="heading-m">{t('help.title')}</h2>
      {name ? <PracticeContact practice={practice} name={name} /> : null}
      <p>{t('help.public')}</p>
      <ul data-help="public">
        {PUBLIC.map((r) => (
          <li key={r}>{t(`help.public.${r}`)}</li>
        ))}
      </ul>
    </section>
  );
}

function PracticeContact({ practice, name }: { practice: PracticeSettings; name: string }) {
  const t = useT();
  const phone = practice.phone.trim();
  const email = practice.email.trim();
  const booking = practice.bookingUrl.trim();
  const body = practice.licence.body.trim();
  const number = practice.licence.number.trim();
  const links = [
    phone ? { href: `tel:${phone.replace(/[^\d+]/g, '')}`, text: t('help.phone', { phone }) } : null,
    email ? { href: `mailto:${email}`, text: t('help.email', { email }) } : null,
    booking.startsWith('https://') ? { href: booking, text: t('help.booking', { name }) } : null,
  ].filter((link) => link !== null);
  return (
    <div className="contact" data-help="practice">
      <p>{t('help.practice', { name })}</p>
      {body && number ? <p data-help="licence">{t('help.licence', { body, number })}</p> : null}
      {links.length > 0 ? (
        <>
          <p>{t('help.contact')}</p>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.text}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
