/** A shop's saved column mappings, as settings and `redline mappings` list and remove them. */
import type { DB } from '../db/connection';
import { columnMappingsOfShop } from '../db/queries/columnMappingsOfShop';
import { deleteColumnMapping } from '../db/queries/deleteColumnMapping';
import { fieldsOf, headerColumns } from './mapping';
import type { FileKind, PlatformId } from './types';

export interface SavedMappingView {
  id: number;
  /** The header's column names, in order (the key a file is matched by). */
  header: string[];
  kind: FileKind;
  platform: PlatformId;
  savedAt: string;
  /** Field -> column, in the order the kind lists its fields. */
  fields: { field: string; column: string }[];
  interventionValues: readonly string[];
}

/** Every mapping saved for the shop, newest first. */
export async function savedMappings(db: DB, shopId: number): Promise<SavedMappingView[]> {
  const rows = await columnMappingsOfShop(db, shopId);
  return rows.map((m) => ({
    id: m.id,
    header: headerColumns(m.headerKey),
    kind: m.kind,
    platform: m.platform,
    savedAt: m.createdAt,
    fields: fieldsOf(m.kind)
      .filter((f) => m.columns[f] !== undefined)
      .map((field) => ({ field, column: m.columns[field] })),
    interventionValues: m.interventionValues ?? [],
  }));
}

/**
 * Forgets one saved mapping (of `shopId`, or of any shop when null): files with its header must be
 * mapped again. False when there is none.
 */
export function removeSavedMapping(db: DB, shopId: number | null, mappingId: number): Promise<boolean> {
  return deleteColumnMapping(db, shopId, mappingId);
}

/** The shop's mappings as stored, as the reader applies them and the command line lists them. */
export function shopMappings(db: DB, shopId: number) {
  return columnMappingsOfShop(db, shopId);
}
