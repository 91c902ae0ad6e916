import { SlaSchema, type Sla } from '../../../content/schemas/sla.ts';
import { RefusalGroundsSchema, type RefusalGround } from '../../../content/schemas/refusal-ground.ts';
import { loadYaml } from '../../../core/content/load-yaml.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';

/** The SLA configuration from content/sla.yaml, validated; a bad file stops the server with the field named. */
export function loadSla(path = fromRepoRoot('content/sla.yaml')): Sla {
  return loadYaml(path, SlaSchema);
}

/** Refusal grounds from content/refusal-grounds.yaml (requirements §4.3). */
export function loadRefusalGrounds(path = fromRepoRoot('content/refusal-grounds.yaml')): RefusalGround[] {
  return loadYaml(path, RefusalGroundsSchema);
}
