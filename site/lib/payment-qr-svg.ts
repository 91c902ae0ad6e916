/** The payment QR as inline SVG: sharp at any print size and no image request. */
import QRCode from 'qrcode';

/**
 * Error correction «M» survives a crease or a smudge on a printed page; the quiet zone of four
 * modules is what scanners need to find the code.
 */
export async function paymentQrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="es-payment-qr" data-payment-qr `);
}
