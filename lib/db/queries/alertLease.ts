import type { DB } from '../connection';

/**
 * Takes the lease `name` for `holder` until `until` when it is free, expired, or already this
 * holder's: one statement, so two instances asking at once cannot both get it. Times are ISO UTC
 * text, which sorts by time on both databases.
 */
export async function takeAlertLease(
  db: DB,
  name: string,
  holder: string,
  now: string,
  until: string,
): Promise<boolean> {
  await db
    .insertInto('alert_leases')
    .values({ name, holder, expires_at: until })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: until })
        .where((eb) => eb.or([eb('alert_leases.expires_at', '<=', now), eb('alert_leases.holder', '=', holder)])),
    )
    .execute();
  const row = await db.selectFrom('alert_leases').select('holder').where('name', '=', name).executeTakeFirst();
  return row?.holder === holder;
}

/** Gives the lease back at once (only when this holder has it). */
export async function releaseAlertLease(db: DB, name: string, holder: string): Promise<void> {
  await db.deleteFrom('alert_leases').where('name', '=', name).where('holder', '=', holder).execute();
}
