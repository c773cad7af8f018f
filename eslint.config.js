// Lint: TypeScript rules everywhere, plus the layer rules (CONTRIBUTING.md, "How the code is laid
// out"). The pure core may not touch the DOM, the extension APIs, the clock or anything outside
// src/core; each other layer of src/ may import only the layers its row of LAYERS allows.
import tseslint from 'typescript-eslint';
import path from 'node:path';

const SRC_DIR = path.resolve(import.meta.dirname, 'src');
const CORE_DIR = path.join(SRC_DIR, 'core');

/**
 * Calls `check(node, source)` for every module a file names: import and export … from, import(),
 * `import x = require(…)` and `typeof import(…)` types. Type-only imports count like any other.
 */
function eachModule(check) {
  return {
    ImportDeclaration: (node) => check(node, node.source.value),
    ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
    ExportAllDeclaration: (node) => check(node, node.source.value),
    ImportExpression(node) {
      const s = node.source;
      if (s.type === 'Literal' && typeof s.value === 'string') check(node, s.value);
      else if (s.type === 'TemplateLiteral' && s.expressions.length === 0) check(node, s.quasis[0].value.cooked);
    },
    TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression.value),
    TSImportType: (node) => check(node, node.source?.value ?? node.argument.literal.value),
  };
}

/** The absolute path a relative module name points at (query such as ?inline dropped), or null for a package. */
function resolveRelative(filename, source) {
  return source.startsWith('.') ? path.resolve(path.dirname(filename), source.replace(/\?.*$/, '')) : null;
}

/** Imports from src/core must resolve inside src/core. */
const coreStaysPure = {
  meta: { type: 'problem', messages: { outside: 'src/core imports nothing outside src/core (got "{{source}}").' }, schema: [] },
  create(context) {
    return eachModule((node, source) => {
      const resolved = resolveRelative(context.filename, source);
      if (!resolved || !(resolved === CORE_DIR || resolved.startsWith(CORE_DIR + path.sep))) {
        context.report({ node, messageId: 'outside', data: { source } });
      }
    });
  },
};

/**
 * Which layers of src/ each layer may import (its own folder always). A relative import that
 * resolves into a src/ folder not in the row is an error, type-only or not; packages and files
 * outside src/ (public/_locales) are not this rule's business. The extension's contexts never
 * import each other: each runs in its own process (service worker or event page, the web page,
 * the extension's pages) and talks to the others only through src/messages. src/ui is UI code
 * (Preact, Intl formatting) shared by the pages and the content script's card, so the background
 * may not use it: what both need lives in a non-UI layer (src/platform/i18n.ts). Bundled data
 * (src/data) is the background's and the CLI's: the content script, the pages and src/ui ask the
 * background for it, so that it is not copied into every page's bundle. A page imports no other
 * page: what two pages share goes to src/ui. The shared layers never import a context or src/ui,
 * so no context reaches another through them. src/core has its own, stricter rule (core-stays-pure).
 */
const PAGE_MAY = ['core', 'messages', 'platform', 'ui'];
const LAYERS = {
  background: ['core', 'messages', 'platform', 'data'],
  content: ['core', 'messages', 'platform', 'ui'],
  popup: PAGE_MAY,
  options: PAGE_MAY,
  deals: PAGE_MAY,
  welcome: PAGE_MAY,
  ui: ['core', 'messages', 'platform'],
  messages: ['core', 'platform'],
  platform: ['core', 'data'], // data: the deal-transfer tests round-trip the bundled deals
  data: ['core'],
  cli: ['core', 'data'],
};

/** Relative imports from src/<layer> must resolve into src/<layer> or a src/ folder of options.may. */
const layerImports = {
  meta: {
    type: 'problem',
    messages: { forbidden: 'src/{{layer}} may not import src/{{target}} (got "{{source}}"); it may import src/{{allowed}}. See LAYERS in eslint.config.js.' },
    schema: [{ type: 'object', properties: { layer: { type: 'string' }, may: { type: 'array', items: { type: 'string' } } }, required: ['layer', 'may'], additionalProperties: false }],
  },
  create(context) {
    const { layer, may } = context.options[0];
    const allowed = new Set([layer, ...may]);
    return eachModule((node, source) => {
      const resolved = resolveRelative(context.filename, source);
      const inSrc = resolved && path.relative(SRC_DIR, resolved);
      if (!inSrc || inSrc.startsWith('..') || path.isAbsolute(inSrc)) return;
      const target = inSrc.split(path.sep)[0];
      if (!allowed.has(target)) {
        context.report({ node, messageId: 'forbidden', data: { layer, target, source, allowed: [...allowed].join(', src/') } });
      }
    });
  },
};

const deallens = { rules: { 'core-stays-pure': coreStaysPure, 'layer-imports': layerImports } };

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
  { plugins: { deallens } },
  ...Object.entries(LAYERS).map(([layer, may]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'deallens/layer-imports': ['error', { layer, may }] },
  })),
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
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
