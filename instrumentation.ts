/** Runs once when the server starts, before it answers anything. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeers } = await import('./lib/http/stampPeers');
  stampPeers();
  // Scratch files left by an import that died with its process go now, not at the next import.
  const { clearScratch } = await import('./lib/import/tempFiles');
  clearScratch(undefined, true);
}
