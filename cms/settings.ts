/**
 * Build-time settings of the admin: which Git host editors sign in to. Read once by the build
 * (cms/build/decap-admin.ts); every key is described in `.env.example`.
 */
import { z } from 'zod';
import { parseWithFriendlyErrors } from '../content/schemas/friendly-errors.ts';

const httpsOrigin = z.url({ protocol: /^https?$/, message: 'Use a full URL such as https://git.example.ru' });

export const CmsSettingsSchema = z.object({
  /** Git host of the production admin; editors sign in there (docs: cms/README.md). */
  CMS_BACKEND: z.enum(['gitea', 'gitlab', 'github']).default('gitea'),
  /** owner/name of the site's repository on that host. */
  CMS_REPO: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { message: 'Use owner/name' })
    .default('energosbyt/site'),
  /** Branch the site is published from. */
  CMS_BRANCH: z.string().min(1).default('main'),
  /** Gitea/GitLab: the host's address (OAuth); GitHub: the address of the OAuth proxy. */
  CMS_BASE_URL: httpsOrigin.default('https://git.example.ru'),
  /** Gitea/GitLab: the API root, e.g. https://git.example.ru/api/v1 (Gitea) or …/api/v4 (GitLab). */
  CMS_API_ROOT: httpsOrigin.optional(),
  /** Gitea/GitLab: the OAuth application's client id (PKCE, no secret in the browser). */
  CMS_APP_ID: z.string().optional(),
  /**
   * Local editing only (`npm run cms` sets it): the decap-server address. The admin then writes
   * files on this machine, and the server refuses the admin unless it listens on loopback.
   */
  CMS_LOCAL_BACKEND: z
    .url({ hostname: /^(127\.0\.0\.1|localhost)$/, message: 'The local backend must be on 127.0.0.1' })
    .optional(),
});

export type CmsSettings = z.output<typeof CmsSettingsSchema>;

export function loadCmsSettings(source: Record<string, string | undefined>): CmsSettings {
  return parseWithFriendlyErrors(CmsSettingsSchema, source, 'Invalid CMS settings:');
}
