/**
 * Builds the CMS admin into /admin/ after the site is built: Decap from node_modules (never a
 * CDN), our config generated from the zod schemas, our admin script, the site's CSS for previews
 * and the admin's own Content-Security-Policy (dist/admin-headers.json, read by the server).
 * Runs before `precompress`; Decap's 5 MB bundle is compressed once per version and cached,
 * because brotli at the highest quality takes about 40 s on it.
 */
import { createRequire } from 'node:module';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { adminContentSecurityPolicy, buildCmsConfig } from '../config.ts';
import { loadCmsSettings } from '../settings.ts';
import { compressFile } from '../../core/compress-file.ts';

const require = createRequire(import.meta.url);
const decapDist = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
const decapVersion = (require('decap-cms/package.json') as { version: string }).version;
const cacheDir = join(dirname(decapDist), '..', '.cache', 'es-decap-admin', decapVersion);

const ADMIN_HTML = `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Редактор сайта</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/admin.js"></script>
  </body>
</html>
`;

/** Copies decap-cms.js and its lazy chunks, with their .br/.gz from the per-version cache. */
async function copyDecap(adminDir: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const files = (await readdir(decapDist)).filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name));
  for (const name of files) {
    const cached = join(cacheDir, name);
    if (!existsSync(`${cached}.br`) || !existsSync(`${cached}.gz`)) {
      await copyFile(join(decapDist, name), cached);
      await compressFile(cached);
    }
    await copyFile(join(decapDist, name), join(adminDir, name));
    for (const ext of ['br', 'gz']) {
      if (existsSync(`${cached}.${ext}`)) await copyFile(`${cached}.${ext}`, join(adminDir, `${name}.${ext}`));
    }
  }
}

/** The site's CSS exactly as pages ship it (inlined), so previews look like the site. */
async function siteCss(clientDir: string): Promise<string> {
  const html = await readFile(join(clientDir, '404.html'), 'utf8');
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

export function decapAdmin(): AstroIntegration {
  return {
    name: 'es-decap-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const adminDir = join(clientDir, 'admin');
        const config = buildCmsConfig(loadCmsSettings(process.env));
        await mkdir(adminDir, { recursive: true });
        await copyDecap(adminDir);
        await build({
          entryPoints: [fileURLToPath(new URL('../admin/main.ts', import.meta.url))],
          outfile: join(adminDir, 'admin.js'),
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          platform: 'browser',
          logLevel: 'warning',
        });
        await writeFile(join(adminDir, 'preview.css'), await siteCss(clientDir));
        await writeFile(
          join(adminDir, 'config.yml'),
          `# Generated at build from cms/config.ts and the zod schemas: edit those, not this file.\n${stringify(config)}`,
        );
        await writeFile(join(adminDir, 'index.html'), ADMIN_HTML);
        const headers = [
          {
            pathname: '/admin',
            headers: [{ key: 'Content-Security-Policy', value: adminContentSecurityPolicy(config) }],
          },
        ];
        await writeFile(new URL('../admin-headers.json', dir), JSON.stringify(headers, null, 2));
        logger.info(`admin built in /admin/ (${String((config['collections'] as unknown[]).length)} collections)`);
      },
    },
  };
}
