/**
 * The only inline script: it runs in <head>, before first paint. It marks that JavaScript runs
 * (so the menu may collapse) and, where no server has applied the accessible version yet
 * (static hosting), applies it from the cookie. Kept as a string so that astro.config.mjs can
 * put its exact hash into the Content-Security-Policy (Astro does not hash is:inline scripts).
 */
import { createHash } from 'node:crypto';

export const HEAD_SCRIPT = `(function(d){d.classList.add('es-js');var m=document.cookie.match(/(?:^|;\\s*)a11y=([^;]+)/);if(!m||d.hasAttribute('data-a11y-scheme'))return;var p=new URLSearchParams(decodeURIComponent(m[1]));d.setAttribute('data-a11y-scheme','white');d.setAttribute('data-a11y-size','150');['scheme','size','spacing','leading','images','font','media','speech'].forEach(function(k){var v=p.get(k)||'';if(k==='scheme'&&!/^(white|black|blue|brown|green)$/.test(v))return;if(/^[a-z0-9]{1,12}$/.test(v))d.setAttribute('data-a11y-'+k,v)})})(document.documentElement)`;

/** `sha256-…` source expression for the CSP script-src directive. */
export function headScriptHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}`;
}
