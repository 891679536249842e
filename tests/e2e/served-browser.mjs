// One fixture server and one Chromium with the extension per test file: started before the file's tests, closed
// after them. Hosts given are mapped to the server (--host-resolver-rules), so fixtures load under real names.
import fs from 'node:fs';
import { after, before } from 'node:test';
import { launchChromium, RESULTS } from './harness.mjs';
import { startServer } from './server.mjs';

/**
 * Registers the file's before/after hooks; the returned object's `server` and `browser` are set once tests run.
 * @param options `hosts` to serve the fixtures under, `pages` extra pages for the server, the rest for launchChromium
 */
export function useServedBrowser({ hosts = [], pages, ...launch } = {}) {
  const served = { server: null, browser: null };
  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    served.server = await startServer(pages ? { pages } : undefined);
    const to = `127.0.0.1:${served.server.port}`;
    served.browser = await launchChromium({ ...launch, hostRules: hosts.map((host) => `MAP ${host} ${to}`) });
  });
  after(async () => { await served.browser?.close(); await served.server?.close(); });
  return served;
}
