#!/usr/bin/env node
// a11y-snapshot.mjs PAGE.html OUT.txt          write the snapshot (OUT "-" = stdout)
// a11y-snapshot.mjs PAGE.html --compare GOLDEN.txt
//                                              exit 1 with a diff if it changed
//
// A stable text picture of what a screen reader is given for PAGE.html:
// the document title and language, then the accessibility tree that
// Playwright computes (landmarks and regions with their names, headings with
// levels, lists with their item count, tables with their size, column and
// row headers, links with their targets, images with their text
// alternatives, and the text itself), and last, for every data table, which
// headers each data cell is announced with.
//
// The tree comes from playwright-core's locator.ariaSnapshotJSON() (computed
// by Playwright's own ARIA code inside the page, so it does not shift with
// Chromium's internal accessibility tree), rendered here into our own fixed
// format: whitespace collapsed, file:// link targets made relative to the
// page. Exit 0 same/written, 1 different, 2 setup error.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  EXIT_OK, EXIT_FAIL, EXIT_SETUP, die, fileUrl, launchBrowser, newLocalContext,
} from './lib.mjs';

const FORMAT = 'a11y-snapshot v1';

function usage() {
  die('usage: node a11y-snapshot.mjs PAGE.html OUT.txt     (OUT "-" prints to stdout)\n'
    + '       node a11y-snapshot.mjs PAGE.html --compare GOLDEN.txt');
}

const clean = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const quote = (s) => JSON.stringify(clean(s));

// Link targets: same page -> "#frag", other local files -> path relative to
// the page's folder, anything else as written.
function linkTarget(url, pageUrl) {
  if (url === undefined || url === null || url === '') return '';
  let u;
  try { u = new URL(url, pageUrl); } catch { return clean(url); }
  const page = new URL(pageUrl);
  if (u.protocol === 'file:') {
    if (u.pathname === page.pathname) return u.hash || '(this page)';
    const rel = path.relative(path.dirname(decodeURIComponent(page.pathname)), decodeURIComponent(u.pathname));
    return rel.split(path.sep).join('/') + u.hash;
  }
  return u.href;
}

const STATES = ['checked', 'disabled', 'expanded', 'pressed', 'selected', 'invalid', 'active'];
const SKIP_KEYS = new Set(['role', 'name', 'text', 'children', 'level', 'url', 'ref', 'cursor', 'box', ...STATES]);

function renderTree(nodes, pageUrl) {
  const out = [];
  const walk = (node, depth) => {
    const pad = '  '.repeat(depth);
    if (typeof node === 'string') {
      const t = clean(node);
      if (t) out.push(`${pad}text: ${t}`);
      return;
    }
    const kids = node.children || [];
    let line = node.role;
    if (node.level !== undefined) line += ` [level ${node.level}]`;
    if (node.name) line += ` ${quote(node.name)}`;
    if (node.role === 'list' || node.role === 'listbox' || node.role === 'menu') {
      const items = kids.filter((k) => typeof k === 'object' && /^(listitem|option|menuitem)/.test(k.role)).length;
      line += ` (${items} item${items === 1 ? '' : 's'})`;
    }
    if (node.role === 'table' || node.role === 'grid' || node.role === 'treegrid') {
      const rows = [];
      const findRows = (list) => {
        for (const k of list || []) {
          if (typeof k !== 'object') continue;
          if (k.role === 'row') rows.push(k);
          else if (k.role === 'rowgroup') findRows(k.children);
        }
      };
      findRows(kids);
      const cols = Math.max(0, ...rows.map((r) => (r.children || []).filter((c) => typeof c === 'object').length));
      line += ` (${rows.length} rows, ${cols} columns)`;
    }
    for (const s of STATES) {
      if (node[s] === true) line += ` [${s}]`;
      else if (node[s] !== undefined && node[s] !== false) line += ` [${s}=${node[s]}]`;
    }
    for (const [k, v] of Object.entries(node)) {
      if (SKIP_KEYS.has(k) || v === undefined || v === null || typeof v === 'object') continue;
      line += ` [${k}=${clean(v)}]`;
    }
    if (node.url !== undefined) line += ` -> ${linkTarget(node.url, pageUrl)}`;
    const text = clean(node.text);
    if (text && text !== clean(node.name)) line += `: ${text}`;
    out.push(pad + line);
    for (const k of kids) walk(k, depth + 1);
  };
  for (const n of Array.isArray(nodes) ? nodes : [nodes]) walk(n, 0);
  return out;
}

// Runs in the page: for each <table>, the headers a screen reader pairs with
// every data cell, by a simplified form of the HTML table model: the cell's
// headers="" attribute if it has one, else the column headers above it and the
// row headers to its left. A <th> is a column header with scope=col/colgroup,
// or with no scope when its row holds no <td>; a row header with
// scope=row/rowgroup, or with no scope when its column holds no <td> (or it
// starts a row whose other cells are <td>).
function tableHeadersInPage() {
  const clean = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
  const hidden = (el) => !!el.closest('[hidden], [aria-hidden="true"]')
    || getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden';
  const tables = [...document.querySelectorAll('table')].filter((t) => !hidden(t)
    && !['presentation', 'none'].includes(t.getAttribute('role')));
  return tables.map((table) => {
    // Build the grid of slots, honouring rowspan and colspan.
    const grid = [];
    const cells = [];
    const rows = [...table.rows];
    rows.forEach((tr, y) => {
      grid[y] = grid[y] || [];
      let x = 0;
      for (const cell of tr.cells) {
        while (grid[y][x]) x += 1;
        const w = Math.max(1, cell.colSpan || 1);
        const h = Math.max(1, Math.min(cell.rowSpan || 1, rows.length - y) || rows.length - y);
        const info = { el: cell, x, y, w, h, th: cell.localName === 'th', text: clean(cell.innerText) };
        cells.push(info);
        for (let dy = 0; dy < h; dy++) {
          grid[y + dy] = grid[y + dy] || [];
          for (let dx = 0; dx < w; dx++) grid[y + dy][x + dx] = info;
        }
        x += w;
      }
    });
    const height = grid.length;
    const width = Math.max(0, ...grid.map((r) => r.length));
    const at = (x, y) => (grid[y] || [])[x];
    const rowHasTd = (c) => { for (let y = c.y; y < c.y + c.h; y++) for (const s of grid[y] || []) if (s && !s.th) return true; return false; };
    const colHasTd = (c) => { for (let y = 0; y < height; y++) for (let x = c.x; x < c.x + c.w; x++) { const s = at(x, y); if (s && !s.th) return true; } return false; };
    for (const c of cells) {
      if (!c.th) continue;
      const scope = (c.el.getAttribute('scope') || '').toLowerCase();
      if (scope === 'col' || scope === 'colgroup') c.kind = 'col';
      else if (scope === 'row' || scope === 'rowgroup') c.kind = 'row';
      else if (!rowHasTd(c)) c.kind = 'col';
      else if (!colHasTd(c) || c.x === 0) c.kind = 'row';
      else c.kind = 'col';
    }
    const byId = (id) => { const el = document.getElementById(id); return el ? clean(el.innerText) : `#${id}?`; };
    const dataCells = cells.filter((c) => !c.th).map((c) => {
      const explicit = (c.el.getAttribute('headers') || '').split(/\s+/).filter(Boolean);
      let col = [];
      let row = [];
      if (explicit.length) {
        col = explicit.map(byId);
      } else {
        const seen = new Set();
        for (let y = c.y - 1; y >= 0; y--) {
          for (let x = c.x; x < c.x + c.w; x++) {
            const s = at(x, y);
            if (s && s.th && s.kind === 'col' && !seen.has(s)) { seen.add(s); col.unshift(s.text); }
          }
        }
        for (let x = c.x - 1; x >= 0; x--) {
          for (let y = c.y; y < c.y + c.h; y++) {
            const s = at(x, y);
            if (s && s.th && s.kind === 'row' && !seen.has(s)) { seen.add(s); row.unshift(s.text); }
          }
        }
      }
      return { x: c.x, y: c.y, text: c.text, col, row, explicit: explicit.length > 0 };
    });
    const caption = table.caption ? clean(table.caption.innerText) : '';
    const label = clean(table.getAttribute('aria-label')) || (table.getAttribute('aria-labelledby') || '')
      .split(/\s+/).filter(Boolean).map(byId).join(' ');
    return { caption, label, width, height, dataCells };
  });
}

function renderTables(tables) {
  const out = [];
  tables.forEach((t, i) => {
    let head = `table ${i + 1}`;
    if (t.caption) head += ` caption ${quote(t.caption)}`;
    if (t.label) head += ` label ${quote(t.label)}`;
    head += ` (${t.height} rows, ${t.width} columns)`;
    out.push(head);
    if (!t.dataCells.length) out.push('  (no data cells)');
    for (const c of t.dataCells) {
      const parts = [];
      if (c.explicit) parts.push(`headers= ${c.col.map(quote).join(' / ')}`);
      else {
        if (c.col.length) parts.push(`column ${c.col.map(quote).join(' / ')}`);
        if (c.row.length) parts.push(`row ${c.row.map(quote).join(' / ')}`);
      }
      out.push(`  [row ${c.y + 1}, col ${c.x + 1}] ${quote(c.text)} <- ${parts.length ? parts.join('; ') : 'NO HEADERS'}`);
    }
  });
  return out;
}

async function snapshot(page) {
  const browser = await launchBrowser();
  try {
    const { context, blocked } = await newLocalContext(browser, {
      viewport: { width: 1280, height: 1024 }, colorScheme: 'light', reducedMotion: 'reduce',
    });
    const tab = await context.newPage();
    const url = fileUrl(page);
    await tab.goto(url, { waitUntil: 'load' });
    const doc = await tab.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
    }));
    const tree = await tab.locator('body').ariaSnapshotJSON();
    const tables = await tab.evaluate(tableHeadersInPage);
    await context.close();

    const lines = [`# ${FORMAT}`];
    lines.push(`document title ${quote(doc.title)} lang=${doc.lang === null ? '(none)' : quote(doc.lang)}`
      + (doc.dir ? ` dir=${quote(doc.dir)}` : ''));
    lines.push('', '## tree');
    lines.push(...renderTree(tree, url));
    lines.push('', '## table headers');
    if (tables.length) lines.push(...renderTables(tables));
    else lines.push('(no tables)');
    if (blocked.length) {
      lines.push('', '## blocked network requests');
      lines.push(...[...new Set(blocked)].sort());
    }
    return `${lines.join('\n')}\n`;
  } finally {
    await browser.close();
  }
}

function compare(actual, goldenPath, page) {
  let golden;
  try { golden = fs.readFileSync(goldenPath, 'utf8'); } catch (e) {
    die(`a11y-snapshot: cannot read golden ${goldenPath}: ${e.code || e.message}\n`
      + `write it with: node a11y-snapshot.mjs ${page} ${goldenPath}`);
  }
  if (golden === actual) {
    console.log(`a11y-snapshot: ${page} matches ${goldenPath} (${actual.split('\n').length - 1} lines)`);
    return EXIT_OK;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-snapshot-'));
  const actualPath = path.join(dir, path.basename(goldenPath));
  fs.writeFileSync(actualPath, actual);
  const diff = spawnSync('diff', ['-u', '--label', `golden ${goldenPath}`, '--label', `actual ${page}`, goldenPath, actualPath], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`a11y-snapshot: ${page} DIFFERS from ${goldenPath}:`);
  if (diff.error) {
    // No diff(1): show the first differing line.
    const a = golden.split('\n');
    const b = actual.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
    console.log(`first difference at line ${i + 1}:\n- ${a[i] ?? '(end of file)'}\n+ ${b[i] ?? '(end of file)'}`);
  } else {
    process.stdout.write(diff.stdout);
  }
  console.log(`if the change is intended, update the golden with: node a11y-snapshot.mjs ${page} ${goldenPath}`);
  return EXIT_FAIL;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.some((a) => a === '-h' || a === '--help')) usage();
  let page;
  let out;
  let golden;
  if (args.length === 3 && args[1] === '--compare') [page, , golden] = args;
  else if (args.length === 3 && args[0] === '--compare') [, golden, page] = args;
  else if (args.length === 2 && !args.some((a) => a.startsWith('--'))) [page, out] = args;
  else usage();
  if (!fs.existsSync(page) || !fs.statSync(page).isFile()) die(`a11y-snapshot: no such page: ${page}`);
  if (golden && !fs.existsSync(golden)) {
    die(`a11y-snapshot: no golden file ${golden}\nwrite it with: node a11y-snapshot.mjs ${page} ${golden}`);
  }

  const text = await snapshot(page);
  if (golden) process.exit(compare(text, golden, page));
  if (out === '-') process.stdout.write(text);
  else {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, text);
    console.log(`a11y-snapshot: wrote ${out} (${text.split('\n').length - 1} lines)`);
  }
  process.exit(EXIT_OK);
}

main().catch((e) => die(`a11y-snapshot: ${e.stack || e}`, EXIT_SETUP));
