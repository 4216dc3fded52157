// The screenshot of aksesibel serve's form in README.md, README.id.md and
// docs/serve.md (docs/images/serve-form.png), made again when the form
// changes:
//   node screenshot-serve.mjs path/to/aksesibel docs/images/serve-form.png
import { spawn } from 'node:child_process';
import { launchBrowser, newLocalContext, die } from './lib.mjs';

const [cli, out] = process.argv.slice(2);
if (!cli || !out) die('usage: node screenshot-serve.mjs AKSESIBEL OUT.png');
const server = spawn(cli, ['serve', '--listen', '127.0.0.1:0', '--lang', 'id'], { stdio: ['ignore', 'ignore', 'pipe'] });
const port = await new Promise((resolve, reject) => {
  let said = '';
  server.stderr.on('data', (d) => {
    said += d;
    const m = said.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) resolve(m[1]);
  });
  setTimeout(() => reject(new Error(`no address printed: ${said}`)), 20_000);
});
const browser = await launchBrowser();
try {
  const { context } = await newLocalContext(browser, { viewport: { width: 820, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
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
