// `npm start`: serve the bundled news page on localhost under its publisher's host name and run Masthead on it in
// Debian Chromium. With a display, the browser stays open for you to click the toolbar button. Without one, the
// toolbar click is made headless, the popup is screenshotted into test-results/start/, and what it showed is printed.
import path from 'node:path';
import { clickToolbar, launchChromium, openPage, RESULTS } from '../tests/e2e/harness.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const DEMO_HOST = 'www.rferl.org';
const DEMO_PATH = '/rferl-seed.html';

const server = await startServer();
const headless = !process.env.DISPLAY || process.env.CI === 'true';
const browser = await launchChromium({ headless, hostRules: [`MAP ${DEMO_HOST} 127.0.0.1:${server.port}`] });
const url = `http://${DEMO_HOST}${DEMO_PATH}`;
const page = await openPage(browser.ctx, url);
console.log(`Masthead ${browser.extensionId} loaded; demo page: ${url} (served from ${server.origin}${DEMO_PATH})`);

if (!headless) {
  console.log('Click the Masthead toolbar button (pin it from the puzzle-piece menu). Close the browser to stop.');
  await new Promise((resolve) => browser.ctx.on('close', resolve));
} else {
  const popup = await clickToolbar(browser, url);
  const state = await popup.ready();
  const out = path.join(RESULTS, 'start');
  // The story's images arrive after the popup reports its state; shoot once they have loaded (or failed).
  await popup.waitFor('Array.from(document.images).every((img) => img.complete)', 'the popup images to load');
  await popup.screenshot(path.join(out, 'popup.png'));
  console.log(`\nPopup state: ${state}`);
  console.log(await popup.evaluate('document.body.innerText'));
  await page.screenshot({ path: path.join(out, 'page.png') });
  console.log(`\nScreenshots: ${path.relative(process.cwd(), out)}/popup.png, page.png`);
  await browser.close();
}
await server.close();
