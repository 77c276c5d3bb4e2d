/**
 * The visible quick exit, on every page. It sits in a bar of zero height that sticks to the top of
 * the viewport (as GOV.UK's "Exit this page" does), so it stays within reach however far the person
 * scrolls on a phone, and takes no room of its own: at the top of the page it lines up with the
 * header, where `QuickExitSpace` keeps it a place of the same size.
 */
import { quickExit } from './quick-exit';

export function QuickExitButton({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="quick-exit-bar">
      <div className="quick-exit-bar__inner">
        <button
          type="button"
          className="button button--warning quick-exit"
          onClick={() => quickExit()}
          aria-describedby="quick-exit-hint"
        >
          {label}
          <span id="quick-exit-hint" className="visually-hidden">
            {hint}
          </span>
        </button>
      </div>
    </div>
  );
}

/** In the header: an invisible copy of the button's label, so the header leaves the button its place. */
export function QuickExitSpace({ label }: { label: string }) {
  return (
    <span className="button quick-exit quick-exit--space" aria-hidden="true">
      {label}
    </span>
  );
}
