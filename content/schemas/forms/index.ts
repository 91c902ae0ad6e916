/** Every form of the Интернет-приёмная, by its API type, in the order the list page shows them. */
import { accountTransferForm } from './account-transfer.ts';
import { appealForm } from './appeal.ts';
import { complaintForm } from './complaint.ts';
import { contractForm } from './contract.ts';
import type { FormDefinition } from './definition.ts';
import { disclosureRequestForm } from './disclosure-request.ts';
import { feedbackForm } from './feedback.ts';
import { personalDataRequestForm } from './personal-data-request.ts';
import { questionForm } from './question.ts';
import { readingsForm } from './readings.ts';
import { serviceRequestForm } from './service-request.ts';
import { supplyQualityForm } from './supply-quality.ts';

export const forms: readonly FormDefinition[] = [
  questionForm,
  appealForm,
  complaintForm,
  supplyQualityForm,
  serviceRequestForm,
  contractForm,
  readingsForm,
  accountTransferForm,
  disclosureRequestForm,
  personalDataRequestForm,
  feedbackForm,
];

export function findForm(type: string): FormDefinition | undefined {
  return forms.find((form) => form.type === type);
}

export function findFormByPath(path: string): FormDefinition | undefined {
  return forms.find((form) => form.pagePath === path);
}
