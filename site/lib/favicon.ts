/**
 * The site's icon. Pages name it as a data: URL, so a first visit makes no request for it (issue 18:
 * a content page within 20 KB as the browser counts it, the icon's response headers included);
 * /favicon.svg serves the same drawing for the CMS and anyone asking for the file.
 */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#003a70"/><path d="M18 3 7 18h7l-2 11 11-15h-7z" fill="#ffdd00"/></svg>';

/** Only what a URL must escape: spaces, «"» (the attribute's quote), «#», «<» and «>». */
export const FAVICON_URL = `data:image/svg+xml,${FAVICON_SVG.replaceAll('"', "'")
  .replaceAll(' ', '%20')
  .replaceAll('#', '%23')
  .replaceAll('<', '%3C')
  .replaceAll('>', '%3E')}`;
