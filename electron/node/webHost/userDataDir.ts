import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the web host keeps its library when LYNCPLAN_DATA_DIR is not set: the platform's user-data folder. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'lyncplan');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'lyncplan');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'lyncplan');
}
