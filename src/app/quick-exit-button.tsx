/** The visible quick exit, on every page. */
import { quickExit } from './quick-exit';

export function QuickExitButton({ label, hint }: { label: string; hint: string }) {
  return (
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
  );
}
