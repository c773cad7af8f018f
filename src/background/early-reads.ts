// The first module the background runs (index.ts imports it first): a cold worker that wakes for a page
// spends ~100 ms running its script before the page's first request reaches it, and that request then
// waits for the company index to be read (~35 ms: fetch, inflate). The read begins here instead, before
// the engine's modules run, so it is under way, or done, when the request comes. (A worker woken by an
// alarm reads the 0.7 MB file for nothing; it is dropped with the worker.) Imports nothing of the engine:
// a module imported here would run first.
import { COMPANY_INDEX_PATH } from '../data/companies/generated-files';
import { startPackagedFileRead } from './packaged-file';

startPackagedFileRead(COMPANY_INDEX_PATH);
