// Lint: TypeScript rules everywhere, plus the layer rules of STYLE.md. The pure core may not touch
// the DOM, the extension APIs, the clock or anything outside src/core.
import tseslint from 'typescript-eslint';
import path from 'node:path';

const CORE_DIR = path.resolve(import.meta.dirname, 'src/core');

/** Imports from src/core must resolve inside src/core. */
const coreStaysPure = {
  meta: { type: 'problem', messages: { outside: 'src/core imports nothing outside src/core (got "{{source}}").' }, schema: [] },
  create(context) {
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        const resolved = source.startsWith('.') ? path.resolve(path.dirname(context.filename), source) : null;
        if (!resolved || !(resolved === CORE_DIR || resolved.startsWith(CORE_DIR + path.sep))) {
          context.report({ node, messageId: 'outside', data: { source } });
        }
      },
    };
  },
};

const CORE_FORBIDDEN_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'browser', 'chrome', 'globalThis', 'self', 'performance',
  'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'setTimeout', 'setInterval',
  'requestAnimationFrame', 'Node', 'Element', 'HTMLElement', 'Range', 'CSS', 'Highlight', 'process', 'require',
].map((name) => ({ name, message: 'src/core is pure: pass what it needs in as a parameter.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'bench/results/**', 'src/data/**/*.generated.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    plugins: { deallens: { rules: { 'core-stays-pure': coreStaysPure } } },
    rules: {
      'deallens/core-stays-pure': 'error',
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core never reads the clock: take the date as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core never reads the clock: take the date as a parameter.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/core is deterministic.' },
      ],
    },
  },
);
