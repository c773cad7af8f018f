// The command line of npm run bench: the parts to run, and the pages part's options.
//   npm run bench -- pages --browser firefox      the generated pages in Firefox (chromium, the default; both)
//   npm run bench -- pages --dir ~/saved-pages   saved real pages, plus the project's test/pages, with and without DealLens
//   npm run bench -- pages --real                 the project's test/pages only
import type { BrowserName } from './bench-browser';

export const PARTS = ['article', 'companies', 'money', 'deals', 'pages', 'cold', 'fairness'] as const;

export interface BenchArgs {
  /** The parts named; empty = all. */
  parts: string[];
  browsers: BrowserName[];
  /** Folders of saved pages for the real-page run. */
  dirs: string[];
  /** The real-page run instead of the generated pages (set by --dir too). */
  real: boolean;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { parts: [], browsers: ['chromium'], dirs: [], real: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--browser') {
      const v = value();
      if (v === 'both') args.browsers = ['chromium', 'firefox'];
      else if (v === 'chromium' || v === 'firefox') args.browsers = [v];
      else throw new Error(`--browser ${v}: expected chromium, firefox or both`);
    } else if (flag === '--dir') {
      args.dirs.push(value());
      args.real = true;
    } else if (flag === '--real') {
      args.real = true;
    } else if (flag.startsWith('-')) {
      throw new Error(`unknown option ${flag} (options: --browser chromium|firefox|both, --dir <folder>, --real)`);
    } else if ((PARTS as readonly string[]).includes(flag)) {
      args.parts.push(flag);
    } else {
      throw new Error(`unknown part ${flag} (parts: ${PARTS.join(', ')})`);
    }
  }
  return args;
}
