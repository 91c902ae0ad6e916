/**
 * The personal-data consent text is a separate, versioned page (152-ФЗ as amended from
 * 01.09.2025). Its SHA-256 is stored with every consent, proving which text the person accepted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fromRepoRoot } from '../../../core/repo-paths.ts';

export const CONSENT_PAGE_PATH = '/internet-priemnaya/soglasie/';
const CONSENT_SOURCE = 'content/pages/internet-priemnaya/soglasie.md';

export function consentTextVersion(): string {
  return createHash('sha256')
    .update(readFileSync(fromRepoRoot(CONSENT_SOURCE)))
    .digest('hex');
}
