/** Runs once when the server starts, before it answers anything. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeers } = await import('./lib/http/stampPeers');
  stampPeers();
  // Scratch files left by an import that died with its process go now, not at the next import.
  const { clearScratch } = await import('./lib/import/tempFiles');
  clearScratch(undefined, true);
  // Alerts to the shops' work-chat groups: a digest at its time and a check each hour. Several
  // instances on one database each tick; a lease lets one of them send.
  const { startAlertScheduler } = await import('./lib/alerts/scheduler');
  const { getConnection } = await import('./lib/db/connection');
  startAlertScheduler(async () => (await getConnection()).db);
}
