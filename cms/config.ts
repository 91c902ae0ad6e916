/**
 * The whole Decap configuration, generated from the content types (content-types.ts) and the
 * build-time settings (settings.ts). The build writes it to /admin/config.yml.
 *
 * @see https://decapcms.org/docs/configuration-options/
 */
import { contentTypes, type ContentType } from './content-types.ts';
import { fieldsFor, jsonSchemaOf } from './fields.ts';
import type { CmsSettings } from './settings.ts';

/** Uploads (documents, photos) land in the repository next to the other static files. */
export const MEDIA_FOLDER = 'site/public/uploads';
export const PUBLIC_FOLDER = '/uploads';

/**
 * Our own file formats (admin/file-formats.ts): an edit changes only the lines it touches and
 * keeps the file's comments, instead of Decap's `yml`/`frontmatter`, which rewrite the file.
 */
export const YAML_FORMAT = 'es-yaml';
export const FRONTMATTER_FORMAT = 'es-frontmatter';

export function collectionFor(type: ContentType): Record<string, unknown> {
  const fields = fieldsFor(jsonSchemaOf(type.schema));
  const common = { name: type.name, label: type.label, description: type.description };
  if (type.kind === 'file') {
    return {
      ...common,
      format: YAML_FORMAT,
      files: [{ name: type.name, label: type.label, file: type.file, fields }],
    };
  }
  return {
    ...common,
    label_singular: type.labelSingular,
    folder: type.folder,
    create: true,
    slug: type.slug,
    ...(type.format === 'frontmatter'
      ? {
          extension: 'md',
          format: FRONTMATTER_FORMAT,
          fields: [...fields, { name: 'body', widget: 'markdown', required: true, ...type.body }],
        }
      : { extension: 'yaml', format: YAML_FORMAT, fields }),
    ...(type.depth !== undefined && { nested: { depth: type.depth } }),
    ...(type.summary !== undefined && { summary: type.summary }),
    ...(type.identifierField !== undefined && { identifier_field: type.identifierField }),
  };
}

function backendFor(settings: CmsSettings): Record<string, unknown> {
  const common = { name: settings.CMS_BACKEND, repo: settings.CMS_REPO, branch: settings.CMS_BRANCH };
  if (settings.CMS_BACKEND === 'github') return { ...common, base_url: settings.CMS_BASE_URL };
  return {
    ...common,
    base_url: settings.CMS_BASE_URL,
    api_root: settings.CMS_API_ROOT ?? `${settings.CMS_BASE_URL}/api/${settings.CMS_BACKEND === 'gitea' ? 'v1' : 'v4'}`,
    auth_type: 'pkce',
    ...(settings.CMS_APP_ID && { app_id: settings.CMS_APP_ID }),
  };
}

export function buildCmsConfig(settings: CmsSettings): Record<string, unknown> {
  const local = settings.CMS_LOCAL_BACKEND;
  return {
    locale: 'ru',
    backend: backendFor(settings),
    // Local files have no review step, so the editorial workflow (черновик → на проверке →
    // готово) is on only with a Git host.
    ...(local ? { local_backend: { url: local } } : { publish_mode: 'editorial_workflow' }),
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // New file names never come from Cyrillic titles: every folder collection's slug template
    // names an ASCII field; this keeps whatever Decap cleans up ASCII too.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: contentTypes.map(collectionFor),
  };
}

/** Where the admin may connect besides itself: the Git host's API and OAuth, or decap-server. */
export function adminConnectSources(config: Record<string, unknown>): string[] {
  const backend = config['backend'] as Record<string, string | undefined>;
  const local = config['local_backend'] as { url: string } | undefined;
  if (local) return [new URL(local.url).origin];
  if (backend['name'] === 'github') return ['https://api.github.com'];
  return [
    ...new Set(
      [backend['api_root'], backend['base_url']].filter((url) => url !== undefined).map((url) => new URL(url).origin),
    ),
  ];
}

/**
 * The admin's Content-Security-Policy: the site's strict policy plus only what Decap needs.
 * - script-src 'unsafe-eval': Decap validates its config with ajv, which compiles validators
 *   with `new Function`; without it the admin stops at «Ошибка конфигурации».
 * - style-src 'unsafe-inline': Decap's React UI (emotion) injects <style> elements at run time.
 * - img-src blob: data:: previews of uploaded images are blob: URLs; icons are data: URLs.
 * - connect-src: the Git host's API (or the local decap-server when editing locally), and blob:
 *   because Decap reads the files it has already downloaded (a document field's file, an
 *   upload's preview) back from blob: URLs with fetch().
 * Everything else stays as on the site: no plugins, no framing, no foreign scripts.
 */
export function adminContentSecurityPolicy(config: Record<string, unknown>): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' blob: ${adminConnectSources(config).join(' ')}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
