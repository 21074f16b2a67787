// One Lighthouse performance audit of one page in a Chromium of its own, and the figures the
// web benchmark reports from it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests' flags (apps/web-e2e/chromium.ts): without them Chromium keeps calling
 * Google's services, which a closed network refuses; as root it also needs --no-sandbox.
 */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lighthouse's desktop preset, and its default profile: a mid-range phone on a slow 4G network. */
export const PROFILES = {
  desktop: desktopConfig,
  mobile: undefined,
};

/**
 * Audits `url` with the profile's settings (simulated throttling) in a fresh Chromium, so every run
 * starts with empty caches. `cookies` are set in the browser first: a signed-in page needs the
 * refresh cookie, from which the app restores its session as it would for a returning user.
 * Lighthouse clears the origin's caches and storage before loading, but never its cookies.
 * `chartScripts` are the URL paths of the chart library's chunks.
 */
export async function audit(url, { profile, cookies = [], chartScripts }) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    try {
      const page = await browser.newPage();
      if (cookies.length > 0) {
        await browser.setCookie(...cookies);
      }
      const result = await lighthouse(
        url,
        { logLevel: 'error', onlyCategories: ['performance'] },
        PROFILES[profile],
        page,
      );
      if (!result) {
        throw new Error(`Lighthouse returned no result for ${url}`);
      }
      return { ...figures(result.lhr), ...scriptBytes(result.artifacts.DevtoolsLog, chartScripts) };
    } finally {
      await browser.disconnect();
    }
  } finally {
    chrome.kill();
  }
}

/** A run Lighthouse itself could not complete (it says to run it again), as it happens on a busy machine. */
export class IncompleteRun extends Error {}

/** The score and metrics of one report, and its largest contentful paint element. */
function figures(lhr) {
  if (lhr.runtimeError) {
    throw new IncompleteRun(`Lighthouse could not audit ${lhr.requestedUrl}: ${lhr.runtimeError.message}`);
  }
  const numeric = (id) => lhr.audits[id].numericValue;
  const lcpElement = lhr.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node;
  return {
    score: lhr.categories.performance.score,
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    lcpElement: lcpElement ? `${lcpElement.selector} "${lcpElement.nodeLabel}"` : 'none',
    lhr,
  };
}

/**
 * The compressed bytes of script the page received, from the browser's own network log: each
 * response's body as it came over the wire (what it received in all, less its headers), in all and
 * before the chart library was asked for (every script whose request went out before the first
 * request of a chart chunk; all of them on a page that draws no chart).
 */
function scriptBytes(devtoolsLog, chartScripts) {
  const requests = new Map();
  for (const { method, params } of devtoolsLog) {
    if (method === 'Network.requestWillBeSent' && !requests.has(params.requestId)) {
      requests.set(params.requestId, { path: new URL(params.request.url).pathname, sentAt: params.timestamp });
    } else if (method === 'Network.responseReceived' && requests.has(params.requestId)) {
      Object.assign(requests.get(params.requestId), {
        type: params.type,
        headerBytes: params.response.encodedDataLength,
      });
    } else if (method === 'Network.loadingFinished' && requests.has(params.requestId)) {
      requests.get(params.requestId).receivedBytes = params.encodedDataLength;
    }
  }
  const scripts = [...requests.values()].filter((request) => request.type === 'Script' && request.receivedBytes);
  const chartRequests = scripts.filter((request) => chartScripts.has(request.path));
  const chartAskedAt = Math.min(...chartRequests.map((request) => request.sentAt));
  const bytes = (list) => list.reduce((sum, request) => sum + request.receivedBytes - request.headerBytes, 0);
  return {
    scriptBytes: bytes(scripts),
    scriptBytesBeforeChart: bytes(scripts.filter((request) => request.sentAt < chartAskedAt)),
    chartLoaded: chartRequests.length > 0,
    scriptRequests: scripts.length,
  };
}
