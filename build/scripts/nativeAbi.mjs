// Which runtime a native `.node` module was compiled for, read from the file without loading it. A module built
// with Node's C++ API (better-sqlite3 12 is one) exports `node_register_module_v<N>`, where N is the
// NODE_MODULE_VERSION of the headers it was compiled against; Node and Electron refuse to load any other N.
// @electron/rebuild can print `✔ Rebuild Complete` and still leave Node's N (toolchain.md row 5), so
// `npm run dist` reads the N of the module it packed instead of trusting the rebuild's word.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** NODE_MODULE_VERSION of a compiled module: a number, `'napi'` for an N-API module, `undefined` if neither. */
export function moduleAbiOf(binary) {
  const text = binary.toString('latin1');
  const version = text.match(/node_register_module_v(\d+)/)?.[1];
  if (version) return Number(version);
  return text.includes('napi_register_module_v1') ? 'napi' : undefined;
}

/** NODE_MODULE_VERSION of an Electron release, from node-abi's registry (a dependency of @electron/rebuild). */
export function electronAbiOf(electronVersion) {
  return Number(require('node-abi').getAbi(electronVersion, 'electron'));
}
