/** Stops build, dev and check when a wrapped content file breaks a file-level rule (see content/schemas/wrapped-files.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { WRAPPED_FILES, wrappedFileProblem } from '../../content/schemas/wrapped-files.ts';

export function contentFiles(): AstroIntegration {
  return {
    name: 'es:content-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = Object.values(WRAPPED_FILES).flatMap((file) => {
          const problem = wrappedFileProblem(
            readFileSync(fileURLToPath(new URL(file.path, config.root)), 'utf8'),
            file,
          );
          return problem ? [problem] : [];
        });
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    },
  };
}
