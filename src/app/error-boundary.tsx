/**
 * The error boundary: never a blank page or a stack trace. Says what happened in the page's
 * language and the other one (both ship with the app), and offers a way back to the answers,
 * which stay in the tab's storage. Plain links (full page loads), since the router itself may be
 * what failed.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { shell, type Lang } from '../i18n/shell';

interface Props {
  children: ReactNode;
  extra?: ReactNode;
  inMain?: boolean | undefined;
  resetKey?: string | undefined;
}
interface State {
  failed: boolean;
  failedAt?: string | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  /** Moving to another page clears the error (without remounting the page on every move). */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.failed && state.failedAt === undefined) return { failedAt: props.resetKey };
    if (state.failed && state.failedAt !== props.resetKey) return { failed: false, failedAt: undefined };
    return null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorMessage inMain={this.props.inMain}>{this.props.extra}</ErrorMessage>;
  }
}

export function ErrorMessage({ children, inMain = false }: { children?: ReactNode; inMain?: boolean | undefined }) {
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname.slice(base.length - 1);
  const lang: Lang = path.startsWith('/fr') ? 'fr' : 'en';
  const order: Lang[] = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  const checkPath = lang === 'fr' ? 'fr/verifier-vos-reponses' : 'en/check-your-answers';
  const Wrapper = inMain ? 'div' : 'main';
  return (
    <Wrapper {...(inMain ? {} : { id: 'main', className: 'main' })} lang={lang}>
      {order.map((l, i) => (
        <section key={l} lang={l}>
          {i === 0 ? (
            <h1 className="heading-l">{shell[l]['error.title']}</h1>
          ) : (
            <h2 className="heading-m">{shell[l]['error.title']}</h2>
          )}
          <p>{shell[l]['error.body']}</p>
        </section>
      ))}
      {children}
      <p>
        <a className="button" href={`${base}${checkPath}`}>
          {shell[lang]['error.back']}
        </a>
      </p>
      <p>
        <a href={`${base}${lang}`}>{shell[lang]['error.home']}</a>
      </p>
    </Wrapper>
  );
}
