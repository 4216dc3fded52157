// aksesibel serve in the browser (docs/serve.md): a person who uses only the
// keyboard fills the form and converts; a bulletin file is uploaded with BRF
// and the large-print PDF chosen, and the files downloaded from the result
// page are byte for byte what the command line writes for the same input;
// several files show their progress, line by line, while they are converted.
//   node serve.mjs path/to/aksesibel path/to/bulletin.txt
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, newLocalContext, die, EXIT_FAIL, startServe } from './lib.mjs';

const [cli, sample] = process.argv.slice(2);
if (!cli || !sample) die('usage: node serve.mjs AKSESIBEL BULLETIN.txt');

const { server, base } = await startServe(cli);
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };

const browser = await launchBrowser();
try {
  // 1. Keyboard only: Tab from the top reaches every control in order,
  //    typing fills the text, Space ticks a box, Enter on the button converts.
  {
    const { context } = await newLocalContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(base);
    const order = [];
    for (let k = 0; k < 30; ++k) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const e = document.activeElement;
        return e ? (e.id || `${e.tagName.toLowerCase()}:${e.getAttribute('value') || e.textContent.trim()}`) : '';
      });
      order.push(id);
      if (id === 'teks') await page.keyboard.type('Judul Berita Covid\n\nPada Rabu (14/7/2021) tercatat 213 kasus positif baru.');
      if (id === 'button:Ubah') break;
    }
    for (const want of ['a:Langsung ke formulir', 'teks', 'berkas', 'input:brf', 'embosser', 'cells', 'lines', 'wilayah', 'tanggal', 'button:Ubah'])
      check(order.includes(want), `keyboard: Tab never reached ${want} (order: ${order.join(', ')})`);
    check(order.indexOf('teks') < order.indexOf('embosser') && order.indexOf('embosser') < order.indexOf('button:Ubah'),
          `keyboard: the order is not the page's (${order.join(', ')})`);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const body = await page.textContent('body');
    check(/1 dari 1 masukan berhasil diubah/.test(body), `keyboard: no result after Enter (${body.slice(0, 200)})`);
    await context.close();
  }
  // 2. Upload a bulletin, BRF and the large-print PDF only, download both.
  {
    const { context } = await newLocalContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(base);
    await page.setInputFiles('#berkas', sample);
    for (const box of await page.$$('input[name=to]')) {
      const value = await box.getAttribute('value');
      if (['brf', 'large-print-pdf'].includes(value)) await box.check();
      else await box.uncheck();
    }
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aks-serve-'));
    execFileSync(cli, ['convert', sample, '--to', 'brf,large-print-pdf', '-o', dir, '--quiet']);
    const stem = path.basename(sample).replace(/\.[^.]*$/, '');
    for (const ext of ['brf', 'large-print.pdf']) {
      const name = `${stem}.${ext}`;
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[download="${name}"]`)]);
      // A PDF says when it was made (/CreationDate): the one difference allowed.
      const undated = (b) => Buffer.from(b.toString('latin1').replace(/\/CreationDate \(D:[0-9Z+'-]*\)/, ''), 'latin1');
      const got = undated(fs.readFileSync(await download.path()));
      const want = undated(fs.readFileSync(path.join(dir, name)));
      check(Buffer.compare(got, want) === 0, `download ${name}: ${got.length} bytes, the command line writes ${want.length}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
  // 3. Three files, the second long: the log of progress is on the screen
  //    (and read out: role=log) before the results are, then all are there.
  {
    const { context } = await newLocalContext(browser, {});
    // Injected by the browser itself, not by the page: the page's policy forbids script.
    await context.addInitScript(() => {
      window.__views = [];
      new MutationObserver(() => {
        const log = document.querySelector('[role=log]');
        window.__views.push({ lines: log ? log.querySelectorAll('li').length : 0,
                              results: !!document.querySelector('p[role=status]') });
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(base);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aks-serve-'));
    const text = fs.readFileSync(sample, 'utf8');
    const files = ['satu.txt', 'panjang.txt', 'tiga.txt'].map((name) => path.join(dir, name));
    fs.writeFileSync(files[0], text);
    fs.writeFileSync(files[1], text + Array(60).fill(text.split('\n').slice(2).join('\n')).join('\n'));
    fs.writeFileSync(files[2], text);
    await page.setInputFiles('#berkas', files);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const views = await page.evaluate(() => window.__views);
    const lines = await page.$$eval('[role=log] li', (li) => li.map((x) => x.textContent));
    check(lines.length === 3 && lines.every((l, i) => l.startsWith(`${i + 1} dari 3: mengubah`) && l.endsWith('selesai.')),
          `progress: the log reads ${JSON.stringify(lines)}`);
    check(views.some((v) => v.lines >= 1 && v.lines < 3 && !v.results),
          `progress: the log was never shown before the results (${JSON.stringify(views.slice(0, 20))})`);
    check(/3 dari 3 masukan berhasil diubah/.test(await page.textContent('body')), 'progress: no results after the log');
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
if (failures.length) {
  for (const f of failures) process.stderr.write(`FAIL ${f}\n`);
  process.exit(EXIT_FAIL);
}
console.log('serve: keyboard run, downloads and progress ok');
