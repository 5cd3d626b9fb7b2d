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
    // Browser-side libraries only: state (zustand, zundo for undo history) and layout (dagre).
    packages: (s) =>
      ['react', 'react-dom', '@xyflow/react', 'zustand', 'zundo', '@dagrejs/dagre', 'zod', 'vitest'].includes(
        packageName(s),
      ),
    folders: ['shared/', 'renderer/'],
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
      if (!layer.folders.some((folder) => target.startsWith(folder)))
        problems.push(`${file} (${layer.name}) imports ${target}`);
    } else if (!layer.packages(specifier)) {
      problems.push(`${file} (${layer.name}) imports "${specifier}"`);
    }
  }
  return problems;
}
