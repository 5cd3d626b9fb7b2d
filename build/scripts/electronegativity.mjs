// Electronegativity on the Electron sources and the built page, gated on HIGH findings (build/electronegativity.json).
import { runBundled } from './runBundled.mjs';

process.exit(await runBundled('build/security/runElectronegativity.ts', 'electronegativity'));
