import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { FolderPolicy } from './folderPolicy';
import { PathNotAllowed } from './pathPolicy';

let dir: ReturnType<typeof tempDir>;
let files: string;
let policy: FolderPolicy;

beforeEach(async () => {
  dir = tempDir();
  files = join(dir.path, 'files');
  policy = await FolderPolicy.create(files);
  writeFileSync(join(dir.path, 'outside.lyncplan'), '{}');
  writeFileSync(join(files, 'plan.lyncplan'), '{}');
});
afterEach(() => dir.remove());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof PathNotAllowed ? error.message : `threw ${String(error)}`),
  );

describe('FolderPolicy (the web host’s files folder)', () => {
  it('creates the folder and allows a design inside it, by name or by its full path', async () => {
    expect(policy.folder).toBe(files);
    expect(await policy.resolve('plan.lyncplan', '.lyncplan', 'read')).toBe(join(files, 'plan.lyncplan'));
    expect(await policy.resolve(join(files, 'plan.lyncplan'), '.lyncplan', 'read')).toBe(join(files, 'plan.lyncplan'));
    mkdirSync(join(files, 'dallas'));
    expect(await policy.resolve('dallas/new', '.lyncplan', 'write')).toBe(join(files, 'dallas', 'new.lyncplan'));
  });

  it('refuses /etc/passwd and any absolute path outside the folder, saying which folder it uses', async () => {
    expect(await refusal(policy.resolve('/etc/passwd', '.lyncplan', 'read'))).toContain('only .lyncplan files');
    expect(await refusal(policy.resolve('/etc/passwd', '.lyncplan', 'write'))).toBe(
      `That path is outside the folder. This lyncplan reads and writes files only in ${files}.`,
    );
    expect(await refusal(policy.resolve(join(dir.path, 'outside.lyncplan'), '.lyncplan', 'read'))).toContain(
      'outside the folder',
    );
  });

  it('refuses ".." however it is written', async () => {
    for (const path of ['../outside.lyncplan', 'a/../../outside.lyncplan', '..\\outside.lyncplan', `${files}/../x`])
      expect(await refusal(policy.resolve(path, '.lyncplan', 'write'))).toContain('".."');
  });

  it('resolves a relative path against the folder, never against the working directory', async () => {
    expect(await policy.resolve('notes', '.lyncplan', 'write')).toBe(join(files, 'notes.lyncplan'));
    expect(await policy.resolve('package.json', '.lyncplan', 'write')).toBe(join(files, 'package.json.lyncplan'));
  });

  it('adds the extension to a path written without it, and opens only files that have it', async () => {
    expect(await policy.resolve('report', '.csv', 'write')).toBe(join(files, 'report.csv'));
    expect(await policy.resolve('Report.CSV', '.csv', 'write')).toBe(join(files, 'Report.CSV'));
    writeFileSync(join(files, 'notes.txt'), 'x');
    expect(await refusal(policy.resolve('notes.txt', '.lyncplan', 'read'))).toContain('only .lyncplan files');
    writeFileSync(join(files, 'contoso.tbxml'), '<TopologyBuilder/>');
    expect(await policy.resolve('contoso.tbxml', ['.lyncplan', '.tbxml'], 'read')).toBe(join(files, 'contoso.tbxml'));
    expect(await refusal(policy.resolve('notes.txt', ['.lyncplan', '.tbxml'], 'read'))).toContain(
      'only .lyncplan, .tbxml files',
    );
    expect(await policy.resolve('plan', ['.lyncplan', '.tbxml'], 'write')).toBe(join(files, 'plan.lyncplan'));
  });

  it('refuses a symlink in the folder that points out of it, and follows one that stays inside', async () => {
    symlinkSync(join(dir.path, 'outside.lyncplan'), join(files, 'escape.lyncplan'));
    symlinkSync('/dev/null', join(files, 'null.lyncplan'));
    symlinkSync(dir.path, join(files, 'up'));
    expect(await refusal(policy.resolve('escape.lyncplan', '.lyncplan', 'write'))).toContain('link points outside');
    expect(await refusal(policy.resolve('null.lyncplan', '.lyncplan', 'write'))).toContain('link points outside');
    expect(await refusal(policy.resolve('up/outside.lyncplan', '.lyncplan', 'read'))).toContain('leads outside');
    symlinkSync(join(files, 'plan.lyncplan'), join(files, 'alias.lyncplan'));
    expect(await policy.resolve('alias.lyncplan', '.lyncplan', 'read')).toBe(join(files, 'alias.lyncplan'));
  });

  it('refuses /dev/null, a FIFO, a socket and a folder', async () => {
    expect(await refusal(policy.resolve('/dev/null', '.lyncplan', 'write'))).toContain('outside the folder');
    execFileSync('mkfifo', [join(files, 'pipe.lyncplan')]);
    expect(await refusal(policy.resolve('pipe.lyncplan', '.lyncplan', 'read'))).toContain('a pipe (FIFO), not a file');
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(files, 'socket.lyncplan'), done));
    expect(await refusal(policy.resolve('socket.lyncplan', '.lyncplan', 'write'))).toContain('a socket, not a file');
    await new Promise((done) => server.close(done));
    mkdirSync(join(files, 'folder.lyncplan'));
    expect(await refusal(policy.resolve('folder.lyncplan', '.lyncplan', 'write'))).toContain('a folder, not a file');
  });

  it('refuses a folder that does not exist, an empty name and a NUL byte', async () => {
    expect(await refusal(policy.resolve('missing/plan', '.lyncplan', 'write'))).toContain('does not exist');
    expect(await refusal(policy.resolve('  ', '.lyncplan', 'write'))).toContain('not a file name');
    expect(await refusal(policy.resolve('a\0b', '.lyncplan', 'write'))).toContain('not a file name');
  });
});
