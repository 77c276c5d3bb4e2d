/**
 * Where to get professional help: the practice that runs the site, from config/practice.ts, or,
 * when it is not set, neutral public resources. Nothing is fetched; the settings are built in.
 */
import { practice as configured, type PracticeSettings } from '../../config/practice';
import { useT } from '../i18n/i18n';

const PUBLIC = ['consultants', 'law-society', 'legal-aid'] as const;

export function HelpBlock({ practice = configured }: { practice?: PracticeSettings }) {
  const t = useT();
  const name = practice.name.trim();
  return (
    <section>
      <h2 className="heading-m">{t('help.title')}</h2>
      {name ? (
        <PracticeContact practice={practice} name={name} />
      ) : (
        <>
          <p>{t('help.public')}</p>
          <ul>
            {PUBLIC.map((r) => (
              <li key={r}>{t(`help.public.${r}`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PracticeContact({ practice, name }: { practice: PracticeSettings; name: string }) {
  const t = useT();
  const phone = practice.phone.trim();
  const email = practice.email.trim();
  const booking = practice.bookingUrl.trim();
  return (
    <div className="contact">
      <p>{t('help.practice', { name })}</p>
      <ul>
        {phone ? (
          <li>
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{t('help.phone', { phone })}</a>
          </li>
        ) : null}
        {email ? (
          <li>
            <a href={`mailto:${email}`}>{t('help.email', { email })}</a>
          </li>
        ) : null}
        {booking.startsWith('https://') ? (
          <li>
            <a href={booking}>{t('help.booking', { name })}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
