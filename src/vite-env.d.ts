/// <reference types="vite/client" />

/** The browser a build is for (vite.config.ts `define`). */
declare const __TARGET__: 'chrome' | 'firefox';

/** Whether the content script leaves its User Timing marks in the page (bench builds only; vite.config.ts). */
declare const __PAGE_MARKS__: boolean;
