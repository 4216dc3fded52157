#!/usr/bin/env node
// axe.mjs DIR|PAGE.html...
//
// For every *.html under each DIR (recursively) or each PAGE given:
//  1. axe-core in headless Debian Chromium (file:// URL), WCAG 2.0/2.1 A+AA,
//     WCAG 2.2 AA and best practices, once with the light colour scheme and
//     once with prefers-color-scheme: dark (the pages have dark styles, and
//     contrast must hold in both);
//  2. reflow (WCAG 1.4.10): no horizontal scrolling on a 320 CSS px wide
//     phone (mobile emulation, so the viewport meta tag counts), nor on a
//     1280 px window zoomed to 400 % (a 320x256 CSS px viewport at device
//     scale factor 4, which is what browser zoom gives).
// Exit 0 when all is clean, 1 when anything failed, 2 on a setup problem.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  HERE, EXIT_OK, EXIT_FAIL, EXIT_SETUP, die, collectPages, fileUrl, launchBrowser, newLocalContext,
} from './lib.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const SCHEMES = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'dark' },
];

const REFLOW = [
  {
    name: '320px',
    what: '320 CSS px wide phone',
    options: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  },
  {
    name: '1280px@400%',
    what: '1280x1024 window at 400% zoom (320x256 CSS px)',
    options: { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4, isMobile: false },
  },
];

function usage() {
  die('usage: node axe.mjs DIR|PAGE.html...\n'
    + '  runs axe-core (tags ' + TAGS.join(',') + ') and the 320 px / 400 % reflow checks\n'
    + '  on every *.html; exit 0 clean, 1 failures, 2 setup error');
}

function loadAxeSource() {
  const require = createRequire(path.join(HERE, 'package.json'));
  let file;
  try {
    file = require.resolve('axe-core/axe.min.js');
  } catch {
    die(`axe-core is not installed: run \`npm ci --prefix ${path.relative(process.cwd(), HERE) || '.'}\``);
  }
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')).version;
  return { source: fs.readFileSync(file, 'utf8'), version };
}

const oneLine = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

// The reasons axe gives for one failing node, e.g. the contrast ratio found.
function nodeReasons(node) {
  const checks = [...(node.any || []), ...(node.all || []), ...(node.none || [])];
  const messages = [...new Set(checks.map((c) => oneLine(c.message)).filter(Boolean))];
  return messages.join(' / ');
}

async function openPage(context, url, problems) {
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`script error: ${oneLine(err.message)}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response && !response.ok()) problems.push(`load failed: HTTP ${response.status()}`);
  return page;
}

// Runs axe once per colour scheme on one load of the page (switching
// prefers-color-scheme restyles the page without reloading it).
async function runAxe(browser, url, axeSource) {
  const problems = [];
  const { context, blocked } = await newLocalContext(browser, {
    viewport: { width: 1280, height: 1024 }, colorScheme: SCHEMES[0].colorScheme, reducedMotion: 'reduce',
  });
  try {
    const page = await openPage(context, url, problems);
    await page.evaluate(axeSource);
    const perScheme = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme.colorScheme });
      const results = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations', 'incomplete'],
        });
        const slim = (list) => list.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({
            target: n.target, any: n.any, all: n.all, none: n.none, impact: n.impact,
          })),
        }));
        return { violations: slim(r.violations), incomplete: slim(r.incomplete) };
      }, TAGS);
      perScheme.push({ scheme, ...results });
    }
    return { perScheme, problems, blocked: [...blocked] };
  } finally {
    await context.close();
  }
}

// Returns null when the page reflows, else a description with the widest
// offenders (outermost elements whose right edge passes the viewport).
async function checkReflow(browser, url, mode) {
  const problems = [];
  const { context } = await newLocalContext(browser, { ...mode.options, reducedMotion: 'reduce' });
  try {
    const page = await openPage(context, url, problems);
    const m = await page.evaluate(() => {
      const de = document.documentElement;
      const limit = Math.min(window.innerWidth, 320);
      const describe = (el) => {
        const parts = [];
        for (let e = el; e && e !== document.documentElement && parts.length < 5; e = e.parentElement) {
          let s = e.localName;
          if (e.id) { parts.unshift(`${s}#${e.id}`); break; }
          if (e.classList.length) s += '.' + [...e.classList].join('.');
          const same = e.parentElement ? [...e.parentElement.children].filter((c) => c.localName === e.localName) : [];
          if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
          parts.unshift(s);
        }
        return parts.join(' > ');
      };
      // The outermost elements whose box passes the right edge, and the
      // elements whose own text runs past it (white-space: pre, long words),
      // grouped by a selector without positions so 200 alike lines are one row.
      const seen = new Map();
      const note = (el, right, how) => {
        const full = describe(el);
        const key = `${full.replace(/:nth-of-type\(\d+\)/g, '')} ${how}`;
        const e = seen.get(key) || { example: full, how, count: 0, right: 0 };
        e.count += 1;
        e.right = Math.max(e.right, Math.round(right));
        seen.set(key, e);
      };
      const past = (r) => r.right > limit + 0.5 && (r.width > 0 || r.height > 0);
      for (const el of document.body ? document.body.querySelectorAll('*') : []) {
        const r = el.getBoundingClientRect();
        if (!past(r)) continue;
        if (el.parentElement && el.parentElement !== document.body && past(el.parentElement.getBoundingClientRect())) continue;
        note(el, r.right, 'box');
      }
      const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!t.data.trim()) continue;
        range.selectNodeContents(t);
        const r = range.getBoundingClientRect();
        if (!past(r)) continue;
        const el = t.parentElement;
        if (past(el.getBoundingClientRect())) continue; // already reported as a box
        note(el, r.right, 'text');
      }
      const groups = [...seen.values()].sort((a, b) => b.right - a.right);
      const offenders = groups.slice(0, 5).map((g) => `${g.example}: ${g.how === 'text' ? 'its text overflows' : 'box'} to ${g.right}px`
        + (g.count > 1 ? ` (${g.count} alike elements)` : ''));
      const count = groups.length;
      return {
        scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, innerWidth: window.innerWidth, offenders, count,
      };
    });
    // Script errors are reported by the axe pass over the same page.
    return m.scrollWidth > 320 || m.scrollWidth > m.clientWidth ? m : null;
  } finally {
    await context.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.some((a) => a === '-h' || a === '--help')) usage();
  const pages = collectPages(args);
  if (pages.length === 0) die(`axe: no *.html found in ${args.join(' ')}`);
  const { source: axeSource, version: axeVersion } = loadAxeSource();

  const browser = await launchBrowser();
  let violationCount = 0;
  let violationNodes = 0;
  let reflowFailures = 0;
  let otherFailures = 0;
  let reviewCount = 0;
  try {
    console.log(`axe-core ${axeVersion}, Chromium ${browser.version()}, tags ${TAGS.join(',')}`);
    for (const file of pages) {
      const rel = path.relative(process.cwd(), file);
      const name = rel && !rel.startsWith('..') ? rel : file;
      const url = fileUrl(file);

      // axe in light and dark: one entry per rule, the nodes under it, and a
      // node failing in both schemes listed once.
      const rules = new Map();
      const review = new Map();
      const notes = [];
      const run = await runAxe(browser, url, axeSource);
      notes.push(...run.problems.map((p) => ({ fatal: true, text: p })));
      notes.push(...[...new Set(run.blocked)].map((u) => ({ fatal: false, text: `blocked network request: ${u}` })));
      for (const { scheme, violations, incomplete } of run.perScheme) {
        for (const v of violations) {
          const rule = rules.get(v.id) || {
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: new Map(),
          };
          for (const n of v.nodes) {
            const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
            const node = rule.nodes.get(target) || { target, schemes: [], reasons: new Map() };
            node.schemes.push(scheme.name);
            const why = nodeReasons(n);
            if (why) node.reasons.set(why, [...(node.reasons.get(why) || []), scheme.name]);
            rule.nodes.set(target, node);
          }
          rules.set(v.id, rule);
        }
        for (const v of incomplete) {
          const e = review.get(v.id) || { id: v.id, help: v.help, nodes: new Set() };
          for (const n of v.nodes) e.nodes.add(n.target.join(' | '));
          review.set(v.id, e);
        }
      }
      const violations = [...rules.values()];
      const nodeCount = violations.reduce((sum, v) => sum + v.nodes.size, 0);
      violationCount += violations.length;
      violationNodes += nodeCount;

      // reflow
      const reflow = [];
      for (const mode of REFLOW) {
        const r = await checkReflow(browser, url, mode);
        if (r) reflow.push({ mode, r });
      }
      reflowFailures += reflow.length;

      const fatal = notes.filter((n) => n.fatal);
      otherFailures += fatal.length;

      const bad = violations.length + reflow.length + fatal.length;
      console.log(`${bad ? 'FAIL' : 'ok  '} ${name}: ${violations.length} axe violation(s) on ${nodeCount} element(s), `
        + `reflow ${reflow.length ? `FAILED at ${reflow.map(({ mode }) => mode.name).join(' and ')}` : 'ok'}`);
      const schemesLabel = (list) => (list.length === SCHEMES.length ? 'light+dark' : list.join('+'));
      for (const v of violations) {
        console.log(`  violation ${v.id} (${v.impact}): ${v.help}`);
        console.log(`    see ${v.helpUrl.replace(/\?.*$/, '')}`);
        for (const node of v.nodes.values()) {
          console.log(`    target [${schemesLabel(node.schemes)}]: ${node.target}`);
          for (const [why, schemes] of node.reasons) {
            console.log(`      ${schemes.length === node.schemes.length ? '' : `[${schemesLabel(schemes)}] `}${why}`);
          }
        }
      }
      for (const { mode, r } of reflow) {
        if (r.clientWidth > 320) {
          console.log(`  reflow ${mode.name} (${mode.what}): the layout viewport is ${r.clientWidth}px wide, not 320px: `
            + 'the page lacks <meta name="viewport" content="width=device-width, initial-scale=1">');
          continue;
        }
        console.log(`  reflow ${mode.name} (${mode.what}): document.documentElement.scrollWidth is ${r.scrollWidth}px `
          + `for a ${r.clientWidth}px wide viewport, so the page scrolls sideways`);
        for (const o of r.offenders) console.log(`    too wide: ${o}`);
        if (r.count > r.offenders.length) console.log(`    ... and ${r.count - r.offenders.length} more kind(s)`);
      }
      for (const n of notes) console.log(`  ${n.fatal ? 'error' : 'note'}: ${n.text}`);
      for (const e of review.values()) {
        reviewCount += 1;
        console.log(`  needs review (not a failure) ${e.id}: ${e.help} [${e.nodes.size} element(s), e.g. ${[...e.nodes][0]}]`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`reflow: ${pages.length} pages x ${REFLOW.length} widths, ${reflowFailures} failures`);
  console.log(`axe: ${pages.length} pages, ${violationCount} violations`
    + (violationCount ? ` (on ${violationNodes} elements)` : '')
    + (reviewCount ? `, ${reviewCount} rule(s) need manual review` : ''));
  process.exit(violationCount + reflowFailures + otherFailures ? EXIT_FAIL : EXIT_OK);
}

main().catch((e) => die(`axe: ${e.stack || e}`, EXIT_SETUP));
