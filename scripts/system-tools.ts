// The programs `npm start` and `npm test` need from the system: the browsers (found on their usual
// paths or through CHROMIUM_PATH / FIREFOX_PATH), their Chinese language resources and a Chinese font
// for the locale test and the screenshots (e2e/locale.e2e.test.ts, npm run screenshots), and zip/unzip
// for the store archives. When one is
// missing and this user may install packages (root, or password-less sudo, with apt-get), they are
// installed, saying what runs; otherwise the run stops with the exact command to type.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type Tool = 'chromium' | 'firefox' | 'chromium-zh' | 'firefox-zh' | 'cjk-font' | 'zip' | 'unzip';

interface ToolSpec {
  /** The environment variable that names the binary, if the tool takes one. */
  env?: string;
  /** Where Debian, Ubuntu and the browsers' own packages put the binary. */
  paths: string[];
  /** The Debian package that provides it. */
  pkg: string;
}

const SPECS: Record<Tool, ToolSpec> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], pkg: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], pkg: 'firefox-esr' },
  // Chromium runs in a language only when its resources are there (measured: see e2e/chromium-driver.ts).
  'chromium-zh': { paths: ['/usr/lib/chromium/locales/zh-CN.pak'], pkg: 'chromium-l10n' },
  // Firefox's language pack, a system add-on every profile loads (see e2e/firefox-driver.ts).
  'firefox-zh': { paths: ['/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi'], pkg: 'firefox-esr-l10n-zh-cn' },
  // Without a CJK font Chinese renders as boxes in screenshots.
  'cjk-font': { paths: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'], pkg: 'fonts-wqy-microhei' },
  zip: { paths: ['/usr/bin/zip', '/bin/zip'], pkg: 'zip' },
  unzip: { paths: ['/usr/bin/unzip', '/bin/unzip'], pkg: 'unzip' },
};

/** What the machine offers; a parameter so tests can describe any machine. */
export interface Machine {
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  /** `sudo -n true` succeeds: sudo without a password. */
  hasPasswordlessSudo(): boolean;
  /** Runs a command with the terminal attached; returns its exit code. */
  run(command: string[]): number;
  log(line: string): void;
}

/** The binary for `tool`: its environment variable first (which must then exist), then the usual paths. */
export function findTool(tool: Tool, machine: Pick<Machine, 'env' | 'exists'> = thisMachine()): string | null {
  const spec = SPECS[tool];
  const fromEnv = spec.env ? machine.env[spec.env] : undefined;
  if (fromEnv) return machine.exists(fromEnv) ? fromEnv : null;
  return spec.paths.find((p) => machine.exists(p)) ?? null;
}

export class MissingToolsError extends Error {}

/** The command a person types to install `pkgs`. */
export const installCommand = (pkgs: string[]): string => `sudo apt-get install -y ${pkgs.join(' ')}`;

function explainMissing(tools: Tool[], machine: Machine, why: string): string {
  const pkgs = tools.map((t) => SPECS[t].pkg);
  const envHints = tools.flatMap((t) => {
    const spec = SPECS[t];
    const set = spec.env ? machine.env[spec.env] : undefined;
    if (!spec.env) return [];
    return set ? [`${spec.env}=${set} does not exist`] : [`or set ${spec.env} to its binary`];
  });
  return `DealLens needs ${tools.join(', ')}, not found on this machine ${why}.\nInstall with: ${installCommand(pkgs)}${envHints.length ? `\n(${envHints.join('; ')})` : ''}`;
}

/**
 * Makes sure every tool in `tools` is on the machine, installing the missing ones with apt-get when
 * this user may; returns their paths. Throws MissingToolsError with the command to run otherwise.
 */
export function ensureTools(tools: Tool[], machine: Machine = thisMachine()): Record<string, string> {
  const missing = tools.filter((t) => !findTool(t, machine));
  // A path named in the environment that does not exist is the reader's choice: never install around it.
  const misnamed = missing.filter((t) => SPECS[t].env && machine.env[SPECS[t].env!]);
  if (misnamed.length) throw new MissingToolsError(explainMissing(misnamed, machine, '(the path set for it does not exist)'));
  if (missing.length) {
    const prefix = machine.isRoot ? [] : machine.hasAptGet && machine.hasPasswordlessSudo() ? ['sudo', '-n'] : null;
    if (!machine.hasAptGet || !prefix) {
      throw new MissingToolsError(explainMissing(missing, machine, machine.hasAptGet ? '(installing needs root or password-less sudo)' : '(and apt-get is not there to install it)'));
    }
    const pkgs = missing.map((t) => SPECS[t].pkg);
    for (const command of [[...prefix, 'apt-get', 'update', '-qq'], [...prefix, 'apt-get', 'install', '-y', '-qq', ...pkgs]]) {
      machine.log(`DealLens needs ${missing.join(', ')}: running ${command.join(' ')}`);
      const code = machine.run(command);
      if (code !== 0) throw new MissingToolsError(`${command.join(' ')} failed (exit ${code}). Install by hand with: ${installCommand(pkgs)}`);
    }
    const still = missing.filter((t) => !findTool(t, machine));
    if (still.length) throw new MissingToolsError(explainMissing(still, machine, 'after apt-get install'));
  }
  return Object.fromEntries(tools.map((t) => [t, findTool(t, machine)!]));
}

export function thisMachine(): Machine {
  return {
    env: process.env,
    exists: (file) => fs.existsSync(file),
    isRoot: process.getuid?.() === 0,
    hasAptGet: ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => fs.existsSync(p)),
    hasPasswordlessSudo: () => {
      try {
        execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    },
    run: (command) => spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1,
    log: (line) => console.log(line),
  };
}

// `tsx scripts/system-tools.ts chromium firefox zip unzip`: what `npm test` runs first.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const asked = process.argv.slice(2) as Tool[];
  const unknown = asked.filter((t) => !(t in SPECS));
  if (unknown.length || !asked.length) {
    console.error(`usage: tsx scripts/system-tools.ts ${Object.keys(SPECS).join('|')}…`);
    process.exit(2);
  }
  try {
    const found = ensureTools(asked);
    console.log(Object.entries(found).map(([t, p]) => `${t}: ${p}`).join(' · '));
  } catch (error) {
    if (!(error instanceof MissingToolsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
