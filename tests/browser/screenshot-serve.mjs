// The screenshot of aksesibel serve's form in README.md, README.id.md and
// docs/serve.md (docs/images/serve-form.png), made again when the form
// changes:
//   node screenshot-serve.mjs path/to/aksesibel docs/images/serve-form.png
import { launchBrowser, newLocalContext, die, startServe } from './lib.mjs';

const [cli, out] = process.argv.slice(2);
if (!cli || !out) die('usage: node screenshot-serve.mjs AKSESIBEL OUT.png');
const { server, base } = await startServe(cli, ['--lang', 'id']);
const browser = await launchBrowser();
try {
  const { context } = await newLocalContext(browser, { viewport: { width: 820, height: 1000 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.fill('#teks', 'Palu \u2013 Dinas Kesehatan Sulawesi Tengah mencatat 213 kasus positif baru pada Rabu (14/7/2021) \u2026');
  await page.selectOption('#embosser', 'index-everest-a4');
  await page.check('input[value=message]');
  await page.focus('#teks');
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
console.log(`screenshot: ${out}`);
