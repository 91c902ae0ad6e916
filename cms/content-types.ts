/**
 * Every content type editors change in the CMS, in the order the admin lists them: the content
 * registry (content/registry.ts) as a list. The publish check and the CMS config are both built
 * from it; see README.md to add one.
 */
import { CONTENT, type ContentType } from '../content/registry.ts';

export type { ContentType, FolderType, SingleFileType } from '../content/registry.ts';

export const contentTypes: ContentType[] = Object.values(CONTENT);
