/** The monitoring settings the API needs: monitors and maintenance (content/monitoring.yaml), company time zone. */
import type { Company } from '../../content/schemas/company.ts';
import type { Monitoring, MonitorScope } from '../../content/schemas/monitoring.ts';
import { loadContentFile } from '../../core/content/load.ts';

export interface MonitoringConfig extends Monitoring {
  /** IANA zone of the company (content/company.yaml), e.g. Asia/Tomsk. */
  timeZone: string;
}

/** The server passes the company it loaded at start; the monitoring commands let it be read here. */
export function loadMonitoringConfig(
  company: Pick<Company, 'timeZone'> = loadContentFile('company'),
): MonitoringConfig {
  return { ...loadContentFile('monitoring'), timeZone: company.timeZone };
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
