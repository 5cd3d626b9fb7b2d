// `npm start`: the desktop app. Where no Electron binary can be installed (this project's build machines),
// say so in one line and point to the browser version instead of failing with Electron's own stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let binary;
try {
  binary = require('electron');
} catch {
  binary = undefined;
}
if (typeof binary !== 'string') {
  console.log(
    'lyncplan: Electron cannot run here (its binary is not installed); run `npm run web` to use lyncplan in a browser.',
  );
  process.exit(1);
}
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
