// Shared helpers for axe.mjs and a11y-snapshot.mjs: find pages, launch
// Debian's headless Chromium through playwright-core, and keep every page
// off the network (only file:, data:, blob:, about: and 127.0.0.1 / localhost
// are let through).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const HERE = path.dirname(new URL(import.meta.url).pathname);

// Exit codes shared by the scripts.
export const EXIT_OK = 0;
export const EXIT_FAIL = 1;   // the pages have problems
export const EXIT_SETUP = 2;  // usage error, nothing to check, browser missing

export function die(message, code = EXIT_SETUP) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch (e) {
    die(`playwright-core is not installed: run \`npm ci --prefix ${path.relative(process.cwd(), HERE) || '.'}\` (${e.code || e.message})`);
  }
}

// Every *.html under each argument (a folder, searched recursively) or the
// argument itself when it is a file. Sorted, so output order is stable.
export function collectPages(args) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.html')) pages.push(full);
    }
  };
  for (const arg of args) {
    let st;
    try { st = fs.statSync(arg); } catch { die(`no such file or folder: ${arg}`); }
    if (st.isDirectory()) walk(arg);
    else pages.push(arg);
  }
  return [...new Set(pages.map((p) => path.resolve(p)))].sort();
}

export function fileUrl(file) {
  return pathToFileURL(path.resolve(file)).href;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces: no host name but the loopback ones resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function chromiumPath() {
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(exe)) {
    die(`Chromium not found at ${exe}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return exe;
}

// Launches Chromium with a fresh temporary profile (playwright-core makes
// one per launch and deletes it on close).
export async function launchBrowser() {
  const { chromium } = await loadPlaywright();
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (e) {
    die(`could not start ${executablePath}: ${e.message.split('\n')[0]}`);
  }
}

function isLocalUrl(url) {
  let u;
  try { u = new URL(url); } catch { return false; }
  if (['file:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return true;
  if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') {
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  }
  return false;
}

// A new context (fresh cookies, storage, cache) whose pages can only load
// local resources. `blocked` collects the URLs that were refused, so a page
// that wants something from the network is reported, not silently broken.
export async function newLocalContext(browser, options = {}) {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

// `aksesibel serve` on a free port of 127.0.0.1 (it prints the address):
// the process and its base URL.
export async function startServe(cli, extra = []) {
  const { spawn } = await import('node:child_process');
  const server = spawn(cli, ['serve', '--listen', '127.0.0.1:0', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let said = '';
    server.stderr.on('data', (d) => {
      said += d;
      const m = said.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(m[1]);
    });
    server.on('exit', () => reject(new Error(`the server stopped: ${said}`)));
    setTimeout(() => reject(new Error(`no address printed: ${said}`)), 20_000);
  });
  return { server, base: `http://127.0.0.1:${port}/` };
}
