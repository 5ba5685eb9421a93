/** Writes that respect the file system: generated files (-o, report --out) and fixed articles (--fix). */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliverReport } from '../../src/cli/output.js';
import { InputError } from '../../src/engine/read.js';
import { standardStream, writeFixedFile, writeGeneratedFile } from '../../src/engine/write.js';
import { BIN, medlint, oneLineError } from '../helpers/cli.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'medlint-write-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) }, out, err };
}

const refusal = (fn: () => void): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('expected a refusal');
};

describe('generated files (-o, report --out)', () => {
  it('refuses devices, directories, FIFOs and kernel paths with one line, and replaces none of them', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'folder'));
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    expect(refusal(() => writeGeneratedFile('/dev/null', 'x'))).toMatch(/^\/dev\/null: is a device/);
    expect(refusal(() => writeGeneratedFile('/dev/full', 'x'))).toMatch(/^\/dev\/full: is a device/);
    expect(refusal(() => writeGeneratedFile(path.join(dir, 'folder'), 'x'))).toMatch(/is a directory/);
    expect(refusal(() => writeGeneratedFile(path.join(dir, 'fifo'), 'x'))).toMatch(/is a FIFO/);
    expect(refusal(() => writeGeneratedFile('/proc/self/comm', 'x'))).toMatch(/under \/proc or \/sys/);
    expect(refusal(() => writeGeneratedFile('/sys/kernel/new-report.json', 'x'))).toMatch(/under \/proc or \/sys/);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(path.join(dir, 'fifo')).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['fifo', 'folder']);
  });

  it('writes through a symbolic link (the link stays) and keeps hard links and the mode', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'target.json'), 'old');
    symlinkSync('target.json', path.join(dir, 'link.json'));
    writeGeneratedFile(path.join(dir, 'link.json'), 'new');
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'target.json'), 'utf8')).toBe('new');

    writeFileSync(path.join(dir, 'a.sarif'), 'old report');
    chmodSync(path.join(dir, 'a.sarif'), 0o640);
    linkSync(path.join(dir, 'a.sarif'), path.join(dir, 'b.sarif'));
    writeGeneratedFile(path.join(dir, 'a.sarif'), 'new');
    expect(readFileSync(path.join(dir, 'b.sarif'), 'utf8')).toBe('new');
    expect(statSync(path.join(dir, 'a.sarif')).nlink).toBe(2);
    expect(statSync(path.join(dir, 'a.sarif')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['a.sarif', 'b.sarif', 'link.json', 'target.json']);
  });

  it('refuses a symbolic link loop and a dangling link', () => {
    const dir = temp();
    symlinkSync('loop.json', path.join(dir, 'loop.json'));
    symlinkSync('missing.json', path.join(dir, 'dangling.json'));
    expect(refusal(() => writeGeneratedFile(path.join(dir, 'loop.json'), 'x'))).toMatch(/symbolic links/);
    expect(refusal(() => writeGeneratedFile(path.join(dir, 'dangling.json'), 'x'))).toMatch(/missing file/);
    expect(existsSync(path.join(dir, 'missing.json'))).toBe(false);
  });

  it('sends /dev/stdout and /dev/stderr to the streams themselves', () => {
    expect(standardStream('/dev/stdout')).toBe('stdout');
    expect(standardStream('/dev/fd/1')).toBe('stdout');
    expect(standardStream('/proc/self/fd/2')).toBe('stderr');
    expect(standardStream('/dev/null')).toBeUndefined();
    expect(standardStream('report.json')).toBeUndefined();
    const { io, out, err } = capture();
    expect(deliverReport('{}', '/dev/stdout', io)).toBe(true);
    expect(deliverReport('x', '/dev/stderr', io)).toBe(true);
    expect(out).toEqual(['{}\n']);
    expect(err).toEqual(['x\n']);
  });

  it('answers -o /dev/null, /dev/full and /proc with one line and exit 2, and -o /dev/stdout in a pipe with the report', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.md'), 'It cures pain.\n');
    for (const target of ['/dev/null', '/dev/full', '/proc/self/comm']) {
      const r = medlint(['--no-config-lookup', '-f', 'json', '-o', target, 'a.md'], { cwd: dir });
      expect(r.status, target).toBe(2);
      oneLineError(r.stderr);
      expect(r.stdout).toBe('');
    }
    // A real pipe (spawnSync would hand the child a pipe too, but read it only at exit).
    const child = spawn(process.execPath, [BIN, '--no-config-lookup', '-f', 'json', '-o', '/dev/stdout', 'a.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect((JSON.parse(stdout) as { file: string }[])[0]?.file).toBe('a.md');
  }, 30_000);
});

describe('fixed articles (--fix)', () => {
  it('refuses a read-only file with one line, even as root, and leaves it alone', () => {
    const dir = temp();
    const file = path.join(dir, 'ro.md');
    writeFileSync(file, 'before');
    chmodSync(file, 0o444);
    expect(refusal(() => writeFixedFile(file, 'after'))).toMatch(/ro\.md: is read-only; not fixed$/);
    expect(readFileSync(file, 'utf8')).toBe('before');
  });

  it('fixes the target of a symbolic link, keeps the link, hard links, mode and a BOM', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'real.md'), '\ufeffbefore');
    chmodSync(path.join(dir, 'real.md'), 0o600);
    symlinkSync('real.md', path.join(dir, 'link.md'));
    writeFixedFile(path.join(dir, 'link.md'), 'after');
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.md'), 'utf8')).toBe('\ufeffafter');
    expect(statSync(path.join(dir, 'real.md')).mode & 0o777).toBe(0o600);

    writeFileSync(path.join(dir, 'one.md'), 'before');
    linkSync(path.join(dir, 'one.md'), path.join(dir, 'two.md'));
    const inode = statSync(path.join(dir, 'one.md')).ino;
    writeFixedFile(path.join(dir, 'two.md'), 'after');
    expect(readFileSync(path.join(dir, 'one.md'), 'utf8')).toBe('after');
    expect(statSync(path.join(dir, 'two.md')).ino).toBe(inode);
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'one.md', 'real.md', 'two.md']);
  });

  it('through the CLI: a read-only file exits 2 with one line, the others are fixed', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'ro.md'), 'It is good  here.\n');
    writeFileSync(path.join(dir, 'ok.md'), 'It is good  here.\n');
    chmodSync(path.join(dir, 'ro.md'), 0o444);
    const r = medlint(['--no-config-lookup', '--fix', 'ro.md', 'ok.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('medlint: ro.md: is read-only; not fixed\n');
    expect(readFileSync(path.join(dir, 'ro.md'), 'utf8')).toBe('It is good  here.\n');
    expect(readFileSync(path.join(dir, 'ok.md'), 'utf8')).toBe('It is good here.\n');
  });

  it('leaves no temporary file when a run over many files is killed (SIGTERM, SIGINT)', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dir = temp();
      const files: string[] = [];
      for (let i = 0; i < 400; i++) {
        const name = `f${String(i).padStart(3, '0')}.md`;
        writeFileSync(path.join(dir, name), `Ketamine is good  here. It helps  many people.\n\n${'More  text here. '.repeat(40)}\n`);
        files.push(name);
      }
      const child = spawn(process.execPath, [BIN, '--no-config-lookup', '--fix', '.'], { cwd: dir, stdio: 'ignore' });
      // Let it start writing (the first file fixed), then interrupt it.
      const first = path.join(dir, files[0]!);
      for (let waited = 0; waited < 30_000 && readFileSync(first, 'utf8').includes('  '); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 128 : null))));
      const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
      expect(leftovers, signal).toEqual([]);
      // Stopped by the signal (128 + its number), part way: some files fixed, some not yet.
      expect(code, signal).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toHaveLength(files.length);
      const unfixed = files.filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('  '));
      expect(unfixed.length, signal).toBeGreaterThan(0);
    }
  }, 60_000);
});
