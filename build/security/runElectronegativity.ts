// `npm run electronegativity` and a stage of `npm test`: Electronegativity 1.10.3 on the Electron sources and the built
// page, offline, gated by build/security/electronegativityGate.ts against build/electronegativity.json. Writes
// test-results/electronegativity.csv (every finding) and test-results/electronegativity.sarif (the tool's own).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import {
  describeVerdict,
  type Finding,
  findingsToCsv,
  type GateConfig,
  gateFindings,
  type Severity,
} from './electronegativityGate';

interface ToolIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location?: { line?: number; column?: number };
  sample?: string;
  description: string;
}
interface ToolResult {
  issues: ToolIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

const projectRoot = process.cwd();
const projectRequire = createRequire(join(projectRoot, 'package.json'));
const toolRoot = dirname(projectRequire.resolve('@doyensec/electronegativity/package.json'));
const config = JSON.parse(readFileSync(join(projectRoot, 'build/electronegativity.json'), 'utf8')) as GateConfig;

// Two quirks of the tool, fixed from outside it rather than by editing node_modules:
// - its TypeScript parser (@typescript-eslint/typescript-estree, hoisted to the top of node_modules) would load the
//   project's TypeScript 7, which has no JavaScript API (`SyntaxKind` is undefined); it gets the tool's own 4.2.
// - it fetches translations and Electron's release list over the network (about 10 s to time out here); `got` is
//   replaced by a request that fails at once, so the scan is offline and takes about a second.
const toolTypescript = createRequire(join(toolRoot, 'package.json')).resolve('typescript');
const offline = Object.assign(() => Promise.reject(new Error('offline: lyncplan scans without the network')), {
  head: () => Promise.reject(new Error('offline')),
});
const moduleInternals = Module as unknown as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
  _load: (request: string, ...rest: unknown[]) => unknown;
};
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? toolTypescript : resolveFilename.call(this, request, ...rest);
};
const load = moduleInternals._load;
moduleInternals._load = function (request, ...rest) {
  return request === 'got' ? { __esModule: true, default: offline } : load.call(this, request, ...rest);
};

async function scan(): Promise<{ findings: Finding[]; parseErrors: string[] }> {
  const quiet = console.log;
  // The tool prints "Could not retrieve updated translations" and "No connectivity?"; the gate prints what matters.
  console.log = () => {};
  try {
    await projectRequire(join(toolRoot, 'dist/locales/i18n.js'))();
    const runner = projectRequire(join(toolRoot, 'dist/runner.js')) as (
      options: object,
      forCli: boolean,
    ) => Promise<ToolResult>;
    // One scan of one tree holding every input, so that the tool's global checks (navigation limits, a permission
    // handler, a CSP somewhere) see the whole app rather than failing on each input that lacks them.
    const tree = mkdtempSync(join(tmpdir(), 'lyncplan-electronegativity-'));
    try {
      for (const input of config.inputs) cpSync(resolve(projectRoot, input), join(tree, input), { recursive: true });
      const result = await runner(
        {
          input: tree,
          output: join(projectRoot, 'test-results', 'electronegativity.sarif'),
          isSarif: true,
          customScan: [],
          excludeFromScan: config.excludedChecks.map(({ check }) => check.toLowerCase()),
          isRelative: true,
          isVerbose: false,
          electronVersionOverride: config.electronVersion,
          parserPlugins: [],
        },
        false,
      );
      const findings = result.issues.map(
        (issue): Finding => ({
          check: issue.id,
          severity: issue.severity.name.toUpperCase() as Severity,
          confidence: issue.confidence.name.toUpperCase(),
          file: issue.file.replaceAll('\\', '/'),
          location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
          sample: issue.sample ?? '',
          description: issue.description,
        }),
      );
      const parseErrors = result.errors
        .filter(({ tolerable }) => !tolerable)
        .map((error) => `${relative(tree, error.file)}: ${error.message}`);
      return { findings, parseErrors };
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  } finally {
    console.log = quiet;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
  const { findings, parseErrors } = await scan();
  writeFileSync(join(projectRoot, 'test-results', 'electronegativity.csv'), findingsToCsv(findings));
  const verdict = gateFindings(findings, config);
  for (const line of describeVerdict(verdict, parseErrors)) console.log(line);
  console.log(
    `electronegativity: ${findings.length} findings in ${config.inputs.join(', ')} (Electron ${config.electronVersion}), ${((Date.now() - started) / 1000).toFixed(1)} s; all in test-results/electronegativity.csv`,
  );
  return verdict.blocking.length === 0 && parseErrors.length === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error('electronegativity: the scan itself failed:', error);
    process.exit(1);
  },
);
