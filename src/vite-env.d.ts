/// <reference types="vite/client" />

/** The browser a build is for (vite.config.ts `define`). */
declare const __TARGET__: 'chrome' | 'firefox';
