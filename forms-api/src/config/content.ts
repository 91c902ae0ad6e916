/**
 * The content the server works with, read once at start through the content registry and passed
 * to the plugins and services that need it: a bad file stops the start with its field named,
 * and every service sees the same facts.
 */
import type { Company } from '../../../content/schemas/company.ts';
import type { FormRouting } from '../../../content/schemas/form-routing.ts';
import type { RefusalGround } from '../../../content/schemas/refusal-ground.ts';
import type { Sla } from '../../../content/schemas/sla.ts';
import { loadWorkCalendar } from '../../../core/calendar/load.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import { loadContentFile } from '../../../core/content/load.ts';

export interface ServerContent {
  company: Company;
  sla: Sla;
  refusalGrounds: RefusalGround[];
  formRouting: FormRouting;
  calendar: WorkCalendar;
}

export function loadServerContent(): ServerContent {
  return {
    company: loadContentFile('company'),
    sla: loadContentFile('sla'),
    refusalGrounds: loadContentFile('refusalGrounds').grounds,
    formRouting: loadContentFile('formRouting'),
    calendar: loadWorkCalendar(),
  };
}
