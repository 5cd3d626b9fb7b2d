/**
 * What each layer may import (architecture.md, "Layers and what each may import"). The compiler enforces the
 * environment part (each layer's tsconfig has only its own libs and types); this enforces the rest, such as
 * renderer/ never reaching into electron/, or electron/node/ never importing electron.
 */
export interface Layer {
  name: string;
  /** Folder, relative to the project root, with a trailing slash. */
  folder: string;
  /** Package names (and node:*) this layer may import. */
  packages: (specifier: string) => boolean;
  /** Project folders this layer may import from. */
  folders: readonly string[];
  /** Project folders whose files it may import as text only (Vite's `?raw`): the documents Help shows. */
  texts?: readonly string[];
}

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:');
const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

export const layers: readonly Layer[] = [
  {
    name: 'core (shared/)',
    folder: 'shared/',
    packages: (s) => ['zod', 'fast-check', 'vitest'].includes(packageName(s)),
    folders: ['shared/'],
  },
  {
    name: 'node side (electron/node/)',
    folder: 'electron/node/',
    packages: (s) => isNodeBuiltin(s) || ['better-sqlite3', 'zod', 'vitest', 'esbuild'].includes(packageName(s)),
    folders: ['shared/', 'electron/node/'],
  },
  {
    name: 'electron glue (electron/main/, electron/preload/)',
    folder: 'electron/main/',
    packages: (s) => isNodeBuiltin(s) || ['electron', 'zod', 'vitest'].includes(packageName(s)),
    folders: ['shared/', 'electron/node/', 'electron/main/', 'electron/preload/'],
  },
  {
    name: 'electron glue (electron/main/, electron/preload/)',
    folder: 'electron/preload/',
    packages: (s) => ['electron'].includes(packageName(s)),
    folders: ['shared/', 'electron/preload/'],
  },
  {
    name: 'ui (renderer/)',
    folder: 'renderer/',
    // Browser-side libraries only: state (zustand, zundo for undo history), layout (dagre) and Markdown for Help.
    packages: (s) =>
      [
        'react',
        'react-dom',
        '@xyflow/react',
        'zustand',
        'zundo',
        '@dagrejs/dagre',
        'react-markdown',
        'remark-gfm',
        'zod',
        'vitest',
      ].includes(packageName(s)),
    folders: ['shared/', 'renderer/'],
    texts: ['docs/'],
  },
];

/** Every module specifier a TypeScript source names: imports, re-exports, dynamic imports, require calls. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** A sentence for each import of `file` (project-relative path) that its layer forbids. */
export function forbiddenImports(
  file: string,
  source: string,
  resolveRelative: (from: string, specifier: string) => string,
): string[] {
  const layer = layers.find((candidate) => file.startsWith(candidate.folder));
  if (!layer) return [];
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    if (specifier.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      const asText = specifier.endsWith('?raw') && (layer.texts ?? []).some((folder) => target.startsWith(folder));
      if (!asText && !layer.folders.some((folder) => target.startsWith(folder)))
        problems.push(`${file} (${layer.name}) imports ${target}`);
    } else if (!layer.packages(specifier)) {
      problems.push(`${file} (${layer.name}) imports "${specifier}"`);
    }
  }
  return problems;
}

/**
 * The renderer's own folders (renderer/src/<folder>/) import in one direction. `app/` is the shell (the window,
 * toolbar, dialogs' hosting, routes and shortcuts): it puts the other folders together, so nothing but the entry
 * point imports from it; what several folders share lives in `ui/`. And no two folders import each other, directly
 * or round a longer loop (canvas/ may use palette/'s drag payload, so palette/ never imports canvas/).
 */
export const RENDERER_SOURCES = 'renderer/src/';
export const RENDERER_SHELL = `${RENDERER_SOURCES}app/`;
/** The one file outside the shell that may import it: the page's entry point, which mounts App. */
export const RENDERER_ENTRY = `${RENDERER_SOURCES}main.tsx`;

/** The folder directly under renderer/src/ that holds `path` (a file or a resolved import), if any. */
export function rendererFolderOf(path: string): string | undefined {
  if (!path.startsWith(RENDERER_SOURCES)) return undefined;
  const rest = path.slice(RENDERER_SOURCES.length).split('/');
  return rest.length > 1 ? rest[0] : undefined;
}

/** A sentence for each import of `file` that reaches into the shell (renderer/src/app/) from outside it. */
export function shellImports(
  file: string,
  source: string,
  resolveRelative: (from: string, specifier: string) => string,
): string[] {
  if (!file.startsWith(RENDERER_SOURCES) || file.startsWith(RENDERER_SHELL) || file === RENDERER_ENTRY) return [];
  return importsOf(source)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveRelative(file, specifier))
    .filter((target) => target.startsWith(RENDERER_SHELL))
    .map((target) => `${file} imports ${target}: renderer/src/app/ is the shell, nothing outside it imports from it`);
}

/**
 * A sentence for each set of renderer folders that import one another (a cycle in the folder graph), naming one
 * import for each step. `imports` maps each project-relative file to its resolved relative imports.
 */
export function rendererFolderCycles(imports: ReadonlyMap<string, readonly string[]>): string[] {
  // folder -> imported folder -> the first import that makes the step
  const steps = new Map<string, Map<string, string>>();
  for (const [file, targets] of imports) {
    const from = rendererFolderOf(file);
    if (!from) continue;
    for (const target of targets) {
      const to = rendererFolderOf(target);
      if (!to || to === from) continue;
      const out = steps.get(from) ?? new Map<string, string>();
      steps.set(from, out);
      if (!out.has(to)) out.set(to, `${file} → ${target}`);
    }
  }
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [start];
    for (let folder = queue.pop(); folder !== undefined; folder = queue.pop())
      for (const next of steps.get(folder)?.keys() ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    return seen;
  };
  const reachable = new Map([...steps.keys()].map((folder) => [folder, reach(folder)]));
  // Folders that reach each other form one group (a strongly connected component); report each group once.
  const reported = new Set<string>();
  const problems: string[] = [];
  for (const folder of [...steps.keys()].sort()) {
    if (reported.has(folder)) continue;
    const group = [...(reachable.get(folder) ?? [])]
      .filter((other) => other === folder || reachable.get(other)?.has(folder))
      .sort();
    if (!group.includes(folder)) continue;
    for (const member of group) reported.add(member);
    const within = group.flatMap((from) =>
      group.flatMap((to) => {
        const step = steps.get(from)?.get(to);
        return step ? [step] : [];
      }),
    );
    const named = group.map((member) => `${RENDERER_SOURCES}${member}/`).join(', ');
    problems.push(`${named} import one another: ${within.join('; ')}`);
  }
  return problems;
}
