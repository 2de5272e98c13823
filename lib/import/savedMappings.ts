/** A shop's saved column mappings, as settings and `redline mappings` list and remove them. */
import type { DB } from '../db/connection';
import { columnMappingsOfShop, type SavedColumnMapping } from '../db/queries/columnMappingsOfShop';
import { deleteColumnMapping } from '../db/queries/deleteColumnMapping';

export type { SavedColumnMapping } from '../db/queries/columnMappingsOfShop';

/** The mappings a shop's imports have saved, newest first. */
export function savedMappings(db: DB, shopId: number): Promise<SavedColumnMapping[]> {
  return columnMappingsOfShop(db, shopId);
}

/** Forgets one saved mapping (of `shopId` when given); false when there is no such mapping. */
export function removeSavedMapping(db: DB, id: number, shopId: number | null = null): Promise<boolean> {
  return deleteColumnMapping(db, shopId, id);
}
