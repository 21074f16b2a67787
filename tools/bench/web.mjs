#!/usr/bin/env node
// npm run bench:web: starts the built server on a fresh embedded PostgreSQL with the demo data
// and audits the web app with Lighthouse in Debian's Chromium — the sign-in page signed out, and
// the dashboard's overview signed in as the Kairoi admin (29 properties) — with the desktop
// preset and the default mobile profile. Each figure is the median of BENCH_WEB_RUNS runs (3 by
// default). Nothing leaves the machine: the server, the browser and Lighthouse talk over localhost.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchApi } from './api.mjs';
import { audit, IncompleteRun, PROFILES } from './lighthouse-audit.mjs';
import { DEMO_PASSWORD, startServer } from './server.mjs';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.BENCH_WEB_PORT ?? 3300);
const runs = Number(process.env.BENCH_WEB_RUNS ?? 3);
/** Where to keep every Lighthouse report as JSON, for its diagnostics; unset keeps none. */
const reportDir = process.env.BENCH_WEB_REPORTS;
const base = `http://127.0.0.1:${port}`;
/** The built web app the server sends: its own default, or WEB_ROOT as the server reads it. */
const webRoot = process.env.WEB_ROOT ?? join(root, 'dist', 'apps', 'web', 'browser');

/** The built chunks holding ECharts, by URL path: the one file that carries its instance attribute. */
function chartScripts() {
  const paths = readdirSync(webRoot)
    .filter((name) => name.endsWith('.js') && readFileSync(join(webRoot, name), 'utf8').includes('_echarts_instance_'))
    .map((name) => `/${name}`);
  if (paths.length === 0) {
    throw new Error(`no chunk of ${webRoot} holds ECharts: build the web app first`);
  }
  return new Set(paths);
}

/** The refresh cookie of a new session of the Kairoi admin, as the browser would have kept it. */
async function signedInCookies(api) {
  const { cookie } = await api.signIn('admin@kairoi.example', DEMO_PASSWORD);
  const [name, value] = cookie.split(/=(.*)/s);
  return [{ name, value, domain: '127.0.0.1', path: '/api/auth', httpOnly: true, sameSite: 'Strict' }];
}

/** Lighthouse's own failures (a trace without a navigation start) are tried again, twice at most. */
async function runAudit(api, page, profile, charts) {
  for (let attempt = 1; ; attempt += 1) {
    const cookies = page.signedIn ? await signedInCookies(api) : [];
    try {
      return await audit(`${base}${page.path}`, { profile, cookies, chartScripts: charts });
    } catch (error) {
      if (!(error instanceof IncompleteRun) || attempt === 3) {
        throw error;
      }
      process.stderr.write(`${error.message}; trying again\n`);
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const PAGES = [
  { name: 'sign-in', path: '/sign-in', signedIn: false },
  { name: 'overview', path: '/dashboard/overview', signedIn: true },
];
/** BENCH_WEB_PAGES and BENCH_WEB_PROFILES (comma-separated names) audit only some of them. */
const only = (variable, names) => (process.env[variable] ? process.env[variable].split(',') : names);
const pages = PAGES.filter((page) => only('BENCH_WEB_PAGES', [page.name]).includes(page.name));
const profiles = only('BENCH_WEB_PROFILES', Object.keys(PROFILES));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;

function row(cells) {
  const widths = [10, 9, 7, 10, 10, 7, 10, 9, 12, 20];
  return `${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' ')}\n`;
}

const charts = chartScripts();
const server = await startServer(port, { name: 'bench-web-data', databasePort: 54329 });
try {
  const api = new BenchApi(base);
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
  }
  let report = `\nOwnerdash web benchmark: Lighthouse performance, median of ${runs} runs per page and profile\n\n`;
  report += row(['page', 'profile', 'score', 'FCP', 'LCP', 'CLS', 'TBT', 'scripts', 'JS (br)', 'JS before chart (br)']);
  const lcpElements = [];
  for (const page of pages) {
    for (const profile of profiles) {
      const results = [];
      for (let run = 1; run <= runs; run += 1) {
        const result = await runAudit(api, page, profile, charts);
        if (reportDir) {
          writeFileSync(join(reportDir, `${page.name}-${profile}-${run}.json`), JSON.stringify(result.lhr));
        }
        process.stderr.write(
          `${page.name} ${profile} run ${run}: score ${result.score}, LCP ${ms(result.lcp)}, TBT ${ms(result.tbt)}, CLS ${result.cls.toFixed(3)}\n`,
        );
        results.push(result);
      }
      const of = (key) => median(results.map((result) => result[key]));
      const chartLoaded = results.every((result) => result.chartLoaded);
      report += row([
        page.name,
        profile,
        of('score').toFixed(2),
        ms(of('fcp')),
        ms(of('lcp')),
        of('cls').toFixed(3),
        ms(of('tbt')),
        of('scriptRequests'),
        kb(of('scriptBytes')),
        chartLoaded ? kb(of('scriptBytesBeforeChart')) : 'no chart loaded',
      ]);
      const byScore = [...results].sort((a, b) => a.score - b.score);
      lcpElements.push(`  ${page.name}, ${profile}: ${byScore[Math.floor(byScore.length / 2)].lcpElement}`);
    }
  }
  report += `\nLargest contentful paint element (run with the median score):\n${lcpElements.join('\n')}\n`;
  report += '\nTargets on the overview: desktop ≥ 0.95, mobile ≥ 0.80, ≤ 250 KB of script before the first chart.\n';
  process.stdout.write(report);
} finally {
  await server.stop();
}
