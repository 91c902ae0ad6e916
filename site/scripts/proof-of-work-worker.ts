/**
 * Runs in a Web Worker (started by enhance-form.ts): solves the ALTCHA challenge it is sent off
 * the main thread, so typing never stutters, and posts the solution back (null when none was
 * found). It fetches nothing: a worker runs under the strict CSP of its own script's response.
 */
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { Challenge } from 'altcha-lib/types';

addEventListener('message', (event: MessageEvent<Challenge>) => {
  solveChallenge({ challenge: event.data, deriveKey }).then(
    (solution) => {
      postMessage(solution);
    },
    () => {
      postMessage(null);
    },
  );
});
