import { useEffect, useState } from 'react';
import type { ResultOf } from '../../../shared/ipc/contract';
import { host, unwrap } from '../contract/contractClient';

let info: Promise<ResultOf<'app.info'>> | undefined;

/** Which host runs the page (Electron or the web host) and what it can do; asked once. */
export function appInfo(): Promise<ResultOf<'app.info'>> {
  info ??= unwrap(host.app.info({}));
  return info;
}

/** appInfo() for a component: undefined until the host has answered. */
export function useAppInfo(): ResultOf<'app.info'> | undefined {
  const [value, setValue] = useState<ResultOf<'app.info'>>();
  useEffect(() => {
    let live = true;
    void appInfo().then((answer) => live && setValue(answer));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
