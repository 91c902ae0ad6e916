import type { Sla } from '../../../content/schemas/sla.ts';
import type { RefusalGround } from '../../../content/schemas/refusal-ground.ts';
import { loadContentFile } from '../../../core/content/load.ts';

/** The SLA configuration from content/sla.yaml, validated; a bad file stops the server with the field named. */
export function loadSla(): Sla {
  return loadContentFile('sla');
}

/** Refusal grounds from content/refusal-grounds.yaml (requirements §4.3). */
export function loadRefusalGrounds(): RefusalGround[] {
  return loadContentFile('refusalGrounds').grounds;
}
