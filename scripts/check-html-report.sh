#!/usr/bin/env bash
# Opens lambdalint's HTML report in a real browser (headless Debian Chromium, driven by
# playwright-core) with every network request blocked, and fails on: any request the page makes
# beyond its own file (a CDN, a font, an image), any console error or page error (a script error,
# a Content-Security-Policy violation), a filter that does not filter (unticking "warning" must
# drop the warnings from the list and the count), a grouping by rule that loses a finding, a graph
# badge that does not filter the list to its node. Takes a full-page screenshot of each page
# (target/html-report.png) and one of its first screenful (target/html-report-top.png).
#
#   scripts/check-html-report.sh                 the order-service sample's report
#   scripts/check-html-report.sh A.html [B.html] these reports instead (each screenshot beside the
#                                                first, target/html-report.png, then -2, -3…);
#                                                cli/target/html-report-graph.html, which
#                                                HtmlReportCliTest writes, is the sample with a graph
#
# Needs node, Chromium (CHROMIUM, default /usr/bin/chromium: apt-get install -y chromium) and the
# npm package playwright-core (found by node, in PLAYWRIGHT_DIR/node_modules, or installed once
# into a temporary folder; it never downloads a browser of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "check-html-report: no Chromium at $chromium (apt-get install -y chromium, or set CHROMIUM)" >&2
  exit 2
fi
mkdir -p target
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pages=("$@")
if [ "${#pages[@]}" -eq 0 ]; then
  status=0
  ./lambdalint check --format html --output target/html-report.html test-fixtures/projects/order-service || status=$?
  # Findings (exit 1) are expected on the sample; 2 is a usage or I/O error.
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "check-html-report: lambdalint exited $status" >&2
    exit 1
  fi
  pages=(target/html-report.html)
fi

playwright_dir="${PLAYWRIGHT_DIR:-}"
if [ -z "$playwright_dir" ]; then
  if node -e "require.resolve('playwright-core')" >/dev/null 2>&1; then
    playwright_dir="$PWD"
  else
    playwright_dir="$work/pw"
    mkdir -p "$playwright_dir"
    (cd "$playwright_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund playwright-core >/dev/null)
  fi
fi

cat > "$work/check.cjs" <<'JS'
const path = require('path');
const { chromium } = require(require.resolve('playwright-core', { paths: [process.env.PLAYWRIGHT_DIR] }));

function fail(message) {
  console.error('check-html-report: ' + message);
  process.exitCode = 1;
}

async function check(browser, file, shot) {
  const url = 'file://' + path.resolve(file);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
  const blocked = [];
  const errors = [];
  await context.route('**/*', route => {
    const request = route.request().url();
    if (request === url) return route.continue();
    blocked.push(request);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push('console ' + m.type() + ': ' + m.text()); });
  page.on('pageerror', e => errors.push('page error: ' + e.message));
  page.on('request', r => { if (r.url() !== url && !r.url().startsWith('data:')) blocked.push(r.url()); });
  await page.goto(url, { waitUntil: 'load' });

  const title = await page.title();
  if (!title.startsWith('lambdalint report')) fail(file + ': title is "' + title + '"');
  const visible = () => page.locator('#findings-list article.finding:visible').count();
  const shown = () => page.locator('#shown').innerText();
  const total = await page.locator('#findings-list article.finding').count();
  const warnings = await page.locator('#findings-list article.finding[data-sev="warning"]').count();
  console.log(file + ': ' + total + ' findings, ' + warnings + ' warnings; "' + await shown() + '"');
  if (await visible() !== total) fail(file + ': ' + await visible() + ' of ' + total + ' findings visible at first');

  if (total > 0) {
    // Untick "warning" with the mouse: the warnings leave the list, the counts follow.
    await page.uncheck('#filter-sev-warning');
    const after = await visible();
    const text = await shown();
    if (after !== total - warnings) fail(file + ': ' + after + ' findings visible with warnings unticked, expected ' + (total - warnings));
    if (!text.startsWith((total - warnings) + ' of ' + total)) fail(file + ': the count says "' + text + '" with warnings unticked');
    if (warnings > 0 && await page.locator('#findings-list article.finding[data-sev="warning"]:visible').count() > 0) fail(file + ': a warning is still visible');
    console.log(file + ': warning unticked: "' + text + '"');
    // Tick it again from the keyboard.
    await page.focus('#filter-sev-warning');
    await page.keyboard.press('Space');
    if (await visible() !== total) fail(file + ': ticking warning again (Space) did not bring every finding back');

    // Group by rule: the same findings, in rule sections.
    await page.check('#group-rule');
    const inRules = await page.locator('#by-rule article.finding:visible').count();
    if (inRules !== total) fail(file + ': ' + inRules + ' findings listed by rule, expected ' + total);
    await page.check('#group-file');
    if (await page.locator('#by-file article.finding:visible').count() !== total) fail(file + ': regrouping by file lost findings');
  }

  // A badge on the graph lists its node's findings only.
  const badges = await page.locator('svg .badge').count();
  if (badges > 0) {
    const badge = page.locator('svg .badge').first();
    const count = parseInt(await badge.locator('text').textContent(), 10);
    await badge.click();
    const onNode = await visible();
    if (onNode !== count) fail(file + ': the badge says ' + count + ' but ' + onNode + ' findings are listed');
    console.log(file + ': ' + badges + ' badges; the first lists ' + onNode + ': "' + await shown() + '"');
    await page.click('#node-filter-clear');
    if (await visible() !== total) fail(file + ': clearing the node filter did not list every finding');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  // A page of a thousand findings is too tall for one picture (headless Chromium times out
  // drawing it): the first screenful then.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: shot, fullPage: height <= 20000 });
  // and the first screenful, legible at full size: the summary, the graph, the filters
  await page.screenshot({ path: shot.replace(/\.png$/, '-top.png') });
  console.log(file + ': screenshots ' + shot + (height <= 20000 ? ' (whole page)' : ' (first screen: the page is too tall)')
    + ' and ' + shot.replace(/\.png$/, '-top.png'));

  for (const r of new Set(blocked)) fail(file + ': the page asked the network for ' + r);
  for (const e of errors) fail(file + ': ' + e);
  await context.close();
}

(async () => {
  const [chromiumPath, ...args] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    for (let i = 0; i < args.length; i += 2) await check(browser, args[i], args[i + 1]);
  } finally {
    await browser.close();
  }
})().catch(e => { console.error('check-html-report: ' + (e && e.stack || e)); process.exitCode = 1; });
JS

args=()
for i in "${!pages[@]}"; do
  suffix=""
  [ "$i" -gt 0 ] && suffix="-$((i + 1))"
  args+=("${pages[$i]}" "target/html-report$suffix.png")
done
PLAYWRIGHT_DIR="$playwright_dir" node "$work/check.cjs" "$chromium" "${args[@]}"
echo "check-html-report: ${#pages[@]} page(s) checked in Chromium"
