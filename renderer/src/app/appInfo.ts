import type { ResultOf } from '../../../shared/ipc/contract';
import { host, unwrap } from '../host/hostClient';

let info: Promise<ResultOf<'app.info'>> | undefined;

/** Which host runs the page (Electron or the web host) and what it can do; asked once. */
export function appInfo(): Promise<ResultOf<'app.info'>> {
  info ??= unwrap(host.app.info({}));
  return info;
}
