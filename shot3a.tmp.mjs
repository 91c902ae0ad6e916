import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 320, height: 900 } });
const shots = JSON.parse(process.argv[2]);
for (const [u, f, y, w] of shots) {
  await p.setViewportSize({ width: w ?? 320, height: 900 });
  await p.goto('http://127.0.0.1:4341' + u);
  const top = y === 'h1' ? await p.evaluate(() => document.querySelector('h1').getBoundingClientRect().top + scrollY - 10) : y;
  await p.screenshot({ path: `/tmp/3a-${f}.png`, fullPage: true, clip: { x: 0, y: top, width: w ?? 320, height: 900 } });
}
await b.close();
