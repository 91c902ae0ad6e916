/**
 * Content files holding a list of entries with an `id` wrapped under a key (Decap cannot edit a
 * YAML file whose root is a list), with the schema of the whole file. site/content.config.ts
 * loads them with seriesFileLoader, which fails the build on any file-level rule.
 */
import type { z } from 'zod';
import { DisclosuresFileSchema } from './disclosure.ts';
import { DocumentsFileSchema } from './document.ts';
import { OfficesFileSchema } from './office.ts';
import { PowerOutagesFileSchema } from './power-outage.ts';
import { RemoteChannelsFileSchema } from './remote-channel.ts';
import { TariffBenefitsFileSchema } from './tariff-benefit.ts';

export interface WrappedFile {
  path: string;
  key: string;
  schema: z.ZodType;
}

export const WRAPPED_FILES = {
  offices: { path: 'content/offices.yaml', key: 'offices', schema: OfficesFileSchema },
  remoteChannels: { path: 'content/remote-channels.yaml', key: 'channels', schema: RemoteChannelsFileSchema },
  documents: { path: 'content/documents.yaml', key: 'documents', schema: DocumentsFileSchema },
  powerOutages: { path: 'content/power-outages.yaml', key: 'outages', schema: PowerOutagesFileSchema },
  disclosures: { path: 'content/disclosures.yaml', key: 'disclosures', schema: DisclosuresFileSchema },
  tariffBenefits: { path: 'content/tariffs/benefits.yaml', key: 'benefits', schema: TariffBenefitsFileSchema },
} as const satisfies Record<string, WrappedFile>;
