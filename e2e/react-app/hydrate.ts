// Browser side: hydrate the server-rendered article a moment after load (after DealLens has read and
// highlighted it), recording every hydration or console error React reports.
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ArticleApp } from './article-app';

const errors: string[] = [];
(window as unknown as { __reactErrors: string[] }).__reactErrors = errors;
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  consoleError(...args);
};
setTimeout(() => {
  hydrateRoot(document.getElementById('root')!, createElement(ArticleApp), {
    onRecoverableError: (error) => errors.push(`recoverable: ${String(error)}`),
  });
  (window as unknown as { __hydrated: boolean }).__hydrated = true;
}, 400);
