import { useCallback, useState } from 'react';

/**
 * A user command's state: `busy` while it runs and the error it ended with, kept for an
 * `ErrorBar`. `run` resolves to false when the command failed, so callers skip their follow-up.
 */
export function useCommand() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async (command: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      await command();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error };
}
