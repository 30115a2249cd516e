/** Replaced at build time by the `define` in wxt.config.ts (env `PEERLENS_SERVICE_URL`). */
declare const __PEERLENS_SERVICE_URL__: string;
