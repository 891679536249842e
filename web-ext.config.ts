import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to launch a browser of its own; `npm start` launches Debian Chromium itself.
export default defineWebExtConfig({ disabled: true });
