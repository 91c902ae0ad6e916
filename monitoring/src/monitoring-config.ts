/** The monitoring settings the API needs: monitors and maintenance (content/monitoring.yaml), company time zone. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CompanySchema } from '../../content/schemas/company.ts';
import { MonitoringSchema, type Monitoring, type MonitorScope } from '../../content/schemas/monitoring.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';

export interface MonitoringConfig extends Monitoring {
  /** IANA zone of the company (content/company.yaml), e.g. Asia/Tomsk. */
  timeZone: string;
}

export function loadMonitoringConfig(contentDir = fromRepoRoot('content')): MonitoringConfig {
  const monitoring = MonitoringSchema.parse(parse(readFileSync(`${contentDir}/monitoring.yaml`, 'utf8')));
  const company = CompanySchema.pick({ timeZone: true }).parse(
    parse(readFileSync(`${contentDir}/company.yaml`, 'utf8')),
  );
  return { ...monitoring, timeZone: company.timeZone };
}

/**
 * Scope of a monitor by its name. An unknown monitor counts as the site: an outage wrongly
 * published is a smaller failure than a site outage silently left out of the report.
 */
export function scopeOf(config: Monitoring, monitorName: string | null): MonitorScope {
  return config.monitors.find((monitor) => monitor.name === monitorName)?.scope ?? 'site';
}

/** The declared maintenance window containing this moment, if any. */
export function maintenanceAt(config: Monitoring, at: string): Monitoring['maintenance'][number] | undefined {
  const time = Date.parse(at);
  return config.maintenance.find((window) => Date.parse(window.start) <= time && time < Date.parse(window.end));
}
