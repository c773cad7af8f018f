// Reading a fetched source snapshot: either a bare git directory (files read from its HEAD) or a
// plain checked-out folder. Also a small CSV parser, since the sources are CSV and JSON files.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function isBareGit(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects'));
}

/** The text of `file` (a path inside the repository) in the snapshot at `dir`. */
export function readSnapshotFile(dir: string, file: string): string {
  if (isBareGit(dir)) {
    return execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

/** Paths of the files under `folder` in the snapshot. */
export function listSnapshotFiles(dir: string, folder: string): string[] {
  if (isBareGit(dir)) {
    const out = execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', '--name-only', 'HEAD', folder], { encoding: 'utf8' });
    return out.split('\n').filter((l) => l.length > 0);
  }
  const base = path.join(dir, folder);
  return fs.readdirSync(base, { recursive: true, withFileTypes: false })
    .map((f) => path.join(folder, String(f)))
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

/** Commit id and date (YYYY-MM-DD) of the snapshot, for the sources table; undefined for a plain folder. */
export function snapshotVersion(dir: string): { commit: string; date: string } | undefined {
  if (!isBareGit(dir)) return undefined;
  const out = execFileSync('git', ['--git-dir', dir, 'log', '-1', '--format=%H %cs'], { encoding: 'utf8' }).trim();
  const [commit, date] = out.split(' ');
  return { commit: commit!, date: date! };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a leading byte-order mark is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? '').trim()])));
}

/** `--name value` pairs and positional arguments of a command line. */
export function parseArgs(argv: readonly string[]): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      named.set(a.slice(2), argv[i + 1] ?? '');
      i++;
    } else positional.push(a);
  }
  return { named, positional };
}

/** Writes a JSON array with one compact element per line (readable diffs, small files). */
export function writeJsonLines(file: string, items: readonly unknown[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = items.map((r) => JSON.stringify(r)).join(',\n');
  fs.writeFileSync(file, items.length === 0 ? '[]\n' : `[\n${body}\n]\n`);
}
