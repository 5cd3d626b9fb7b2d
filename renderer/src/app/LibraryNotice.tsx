import { useState } from 'react';
import { useAppInfo } from '../ui/appInfo';

/** Dismissed for the rest of the session: the start screen comes back after each design, the notice does not. */
let dismissed = false;

/**
 * The host's word at start that the library was damaged and moved aside (where to, and that nothing was deleted),
 * on the start screen until the planner dismisses it: a toast would be gone before it is read.
 */
export function LibraryNotice() {
  const notice = useAppInfo()?.libraryNotice;
  const [hidden, setHidden] = useState(dismissed);
  if (!notice || hidden) return null;
  return (
    <div className="library-notice" role="alert" data-testid="library-notice">
      <p>{notice}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          dismissed = true;
          setHidden(true);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
