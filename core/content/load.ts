/**
 * Content files read outside Astro (the server, CLI tools, build checks), found and validated
 * through the content registry, so a path or schema is written only in content/registry.ts.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { CONTENT, type ContentId } from '../../content/registry.ts';
import { fromRepoRoot } from '../repo-paths.ts';
import { loadYaml } from './load-yaml.ts';

type FileId = { [Id in ContentId]: (typeof CONTENT)[Id] extends { kind: 'file' } ? Id : never }[ContentId];

/** Repository path of a content type's file or folder, e.g. «content/sla.yaml». */
export function contentPath(id: ContentId): string {
  const type = CONTENT[id];
  return type.kind === 'file' ? type.file : type.folder;
}

/** One YAML content file, validated by its registry schema; a bad file stops the caller with each field named. */
export function loadContentFile<Id extends FileId>(
  id: Id,
  root = fromRepoRoot('.'),
): z.output<(typeof CONTENT)[Id]['schema']> {
  return loadYaml(join(root, contentPath(id)), CONTENT[id].schema) as z.output<(typeof CONTENT)[Id]['schema']>;
}
