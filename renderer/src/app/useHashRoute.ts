import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The page's route (`#/print` for the print preview); the back button and reloads keep it. */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
