// Browser test of the HTML report: generate it for seeds/, open it in headless Chromium,
// check that the counts shown are those of `parallax check --format json`, select a
// cross-language finding and see both spans highlighted, step with j, filter by rule, and
// save a screenshot (docs/report.png) that is checked not to be blank.
//
//   node tests/browser/report.mjs            (after `cargo build --release`)
// Env: PARALLAX (the binary), CHROMIUM (default /usr/bin/chromium), SCREENSHOT (the PNG path).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, 'target');
const parallax = process.env.PARALLAX || join(target, 'release', 'parallax');
const screenshot = process.env.SCREENSHOT || join(root, 'docs', 'report.png');
assert.ok(existsSync(parallax), `no parallax binary at ${parallax}: run cargo build --release`);

function run(args) {
  try {
    return execFileSync(parallax, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status === 1) return e.stdout; // findings
    throw e;
  }
}

const findings = run(['check', 'seeds/', '--format', 'json', '--isolated'])
  .split('\n').filter(Boolean).map((l) => JSON.parse(l));
const bySeverity = { error: 0, warning: 0, info: 0 };
const byRule = {};
for (const f of findings) {
  bySeverity[f.severity]++;
  byRule[f.rule] = (byRule[f.rule] || 0) + 1;
}
assert.ok(findings.length > 0, 'the seeds have findings');

const tmp = mkdtempSync(join(tmpdir(), 'parallax-browser-'));
const report = join(tmp, 'report.html');
run(['report', 'seeds/', '-o', report, '--isolated', '--quiet']);

const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
  viewport: { width: 1440, height: 960 },
});
let failures = 0;
try {
  const page = context.pages()[0] || (await context.newPage());
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto(pathToFileURL(report).href);
  console.log(`opened in ${Date.now() - t0} ms`);

  // the counts shown are the check's
  for (const sev of Object.keys(bySeverity)) {
    const shown = Number(await page.textContent(`[data-count="${sev}"]`));
    assert.equal(shown, bySeverity[sev], `${sev} count`);
  }
  assert.equal(await page.locator('#findings tbody tr').count(), findings.length, 'rows in the findings table');
  for (const [rule, n] of Object.entries(byRule)) {
    const bar = Number(await page.getAttribute(`svg.chart g.bar[data-rule="${rule}"] text[data-n]`, 'data-n'));
    assert.equal(bar, n, `chart bar of ${rule}`);
  }

  // a finding with a label in the other article of its pair: both spans are highlighted
  const cross = findings.findIndex((f) => f.labels.some((l) => l.path && l.path !== f.path));
  assert.ok(cross >= 0, 'the seed pair has a cross-language finding');
  const row = page.locator(`#findings tbody tr[data-f="${cross}"]`);
  assert.equal(await row.getAttribute('data-rule'), findings[cross].rule, 'the table is in the check\'s order');
  await row.locator('a').click();
  await page.waitForSelector('#view .view');
  for (const lang of ['zh', 'en']) {
    const n = await page.locator(`#view .cell[lang="${lang}"] mark.sel`).count();
    assert.ok(n > 0, `the ${lang} span of finding ${cross} is highlighted`);
  }
  const card = page.locator(`#c${cross}`);
  assert.ok(await card.evaluate((e) => e.classList.contains('sel')), 'its card is selected');
  assert.ok((await card.textContent()).includes(findings[cross].message), 'its card shows the message');
  const inView = await page.locator(`#view .cell[lang="zh"] mark.sel`).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(inView, 'the view scrolled to the finding');
  // the picture for the README: the view's head too, when the finding still shows
  await page.evaluate(() => window.scrollTo(0, 0));
  const stillShown = await page.locator('#view .cell[lang="en"] mark.sel').first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  if (!stillShown) await page.locator('#view .cell[lang="en"] mark.sel').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot });

  // every finding has its card and is marked in its view
  const missing = await page.evaluate(() => {
    const out = [];
    for (const tr of document.querySelectorAll('#findings tbody tr')) {
      const f = tr.getAttribute('data-f');
      const view = tr.querySelector('a').getAttribute('href').slice(1).split('/')[0];
      const html = JSON.parse(document.getElementById('v-' + view).textContent);
      const div = document.createElement('div');
      div.innerHTML = html;
      if (!div.querySelector('#c' + f) || !div.querySelector(`mark[data-f~="${f}"]`)) out.push(f);
    }
    return out;
  });
  assert.deepEqual(missing, [], 'findings without a card or a mark in their view');

  // j moves to the next finding, k back
  await page.keyboard.press('j');
  const next = await page.locator('#view mark.sel, #view .card.sel').first().getAttribute('data-f');
  assert.notEqual(next, String(cross), 'j selects another finding');
  await page.keyboard.press('k');
  assert.ok((await page.locator(`#c${cross}`).getAttribute('class')).includes('sel'), 'k comes back');

  // back to the overview, filter by rule
  await page.click('#nav a');
  await page.waitForSelector('#overview:not([hidden])');
  const [rule, n] = Object.entries(byRule).sort((a, b) => a[1] - b[1])[0];
  await page.selectOption('#f-rule', rule);
  assert.equal(await page.locator('#findings tbody tr:not([hidden])').count(), n, `rows shown for ${rule}`);
  assert.match(await page.textContent('#f-shown'), new RegExp(`^${n} of ${findings.length}`));

  // --out-dir: an index and a page per view, the finding selected from the index's link
  const dir = join(tmp, 'site');
  run(['report', 'seeds/', '--out-dir', dir, '--isolated', '--quiet']);
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  assert.equal(Number(await page.textContent('[data-count="warning"]')), bySeverity.warning);
  await page.locator(`#findings tbody tr[data-f="${cross}"] a`).click();
  await page.waitForSelector('#view .view');
  assert.ok(page.url().includes('/v/'), 'a view page of its own');
  for (const lang of ['zh', 'en']) {
    assert.ok(await page.locator(`#view .cell[lang="${lang}"] mark.sel`).count() > 0, `site: ${lang} span highlighted`);
  }

  // the screenshot is not blank: many distinct colours
  const colours = await countColours(context, screenshot);
  console.log(`screenshot ${screenshot}: ${colours} distinct colours`);
  assert.ok(colours > 200, `the screenshot has only ${colours} colours`);
  assert.deepEqual(requests, [], 'no network requests');
  assert.deepEqual(errors, [], 'no script errors');
  console.log('browser test: ok');
} catch (e) {
  failures++;
  console.error(e);
} finally {
  await context.close();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);

/// Distinct colours in a PNG, counted by drawing it on a canvas.
async function countColours(ctx, png) {
  const { readFileSync } = await import('node:fs');
  const page = await ctx.newPage();
  const data = 'data:image/png;base64,' + readFileSync(png).toString('base64');
  const n = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  }, data);
  await page.close();
  return n;
}
