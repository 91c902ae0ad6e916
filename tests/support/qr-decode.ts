/**
 * Reads a QR code as a bank app would: the SVG from the page is drawn onto a canvas in a fresh
 * Chromium page (so it works for pages fetched without JavaScript too), and jsQR decodes the pixels.
 */
import jsQR from 'jsqr';
import type { Browser } from '@playwright/test';

const SIZE = 600;

export async function decodeQrSvg(browser: Browser, svg: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    const pixels = await page.evaluate(
      async ({ markup, size }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no 2d canvas');
        context2d.fillStyle = '#fff';
        context2d.fillRect(0, 0, size, size);
        context2d.drawImage(image, 0, 0, size, size);
        return Array.from(context2d.getImageData(0, 0, size, size).data);
      },
      { markup: svg, size: SIZE },
    );
    const code = jsQR(Uint8ClampedArray.from(pixels), SIZE, SIZE);
    if (!code) throw new Error('no QR code found in the SVG');
    // The standard's header `ST00012` promises UTF-8: decode the raw bytes as such.
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(code.binaryData));
  } finally {
    await context.close();
  }
}

/** The SVG of the payment QR from a page's HTML. */
export function paymentQrSvgFrom(html: string): string {
  const match = /<svg[^>]*data-payment-qr[\s\S]*?<\/svg>/.exec(html);
  if (!match) throw new Error('no payment QR on the page');
  return match[0];
}
