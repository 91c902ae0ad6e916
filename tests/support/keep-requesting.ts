/**
 * Requests sent one after another, without a pause, until stopped: what a busy site sees during a
 * publish. `stop` resolves with how many were sent and every one refused or failed.
 */
export function keepRequesting(url: string): { stop: () => Promise<{ sent: number; failed: string[] }> } {
  // An object, so the loop reads the flag `stop` clears.
  const state = { running: true };
  let sent = 0;
  const failed: string[] = [];
  const loop = (async () => {
    while (state.running) {
      sent += 1;
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (!response.ok) failed.push(`HTTP ${String(response.status)}`);
      } catch (error) {
        failed.push(String((error as { cause?: unknown }).cause ?? error));
      }
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      return { sent, failed };
    },
  };
}
