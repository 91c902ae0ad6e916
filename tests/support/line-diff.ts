/**
 * The size of a change as a reviewer sees it in `git diff`: lines removed and lines added.
 */
import { commonSubsequence } from '../../core/common-subsequence.ts';

export interface LineDiff {
  removed: string[];
  added: string[];
}

export function lineDiff(before: string, after: string): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  const kept = commonSubsequence(a, b);
  const keptA = new Set(kept.map(([i]) => i));
  const keptB = new Set(kept.map(([, j]) => j));
  return {
    removed: a.filter((_, i) => !keptA.has(i)),
    added: b.filter((_, j) => !keptB.has(j)),
  };
}

/** Lines a change touches: removed plus added, as `git diff --numstat` adds them up. */
export const changedLineCount = (before: string, after: string): number => {
  const diff = lineDiff(before, after);
  return diff.removed.length + diff.added.length;
};

/** Every comment line of a YAML text (or a Markdown file's header), trimmed. */
export const commentLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));
