/** `import --kind K --map FIELD=COLUMN … [--intervened VALUE …]`: the merchant's column mapping for the files named. */
import type { DB } from '../db/connection';
import { type ColumnMapping, fieldsOf, parseMapArgs } from '../import/mapping';
import { shopByName } from '../shops/shops';
import type { FileKind, PlatformId } from '../types';
import { CliError } from './context';

export interface MappingArgs {
  map?: string[];
  kind?: string;
  intervened?: string[];
  platform?: PlatformId;
  shop?: string;
}

const command = 'import';

/** Checks what can be checked before anything is opened: the kind, and that the options go together. */
export function checkMappingArgs(a: MappingArgs): FileKind | null {
  if (a.kind !== undefined && a.kind !== 'orders' && a.kind !== 'afterSales')
    throw new CliError('cliError.kind', { value: a.kind });
  const kind = (a.kind as FileKind | undefined) ?? null;
  if (a.intervened?.length && (!a.map?.length || kind !== 'afterSales'))
    throw new CliError('cliError.intervenedNeedsMap', { command });
  if (!a.map?.length) return null;
  if (!kind) throw new CliError('cliError.mapNeedsKind', { command });
  for (const arg of a.map) {
    try {
      parseMapArgs([arg], kind);
    } catch {
      throw new CliError('cliError.map', { arg, list: fieldsOf(kind).join(', ') });
    }
  }
  return kind;
}

/** The mapping, its platform given or the stored shop's; undefined without --map. */
export async function mappingFromArgs(db: DB, a: MappingArgs): Promise<ColumnMapping | undefined> {
  const kind = checkMappingArgs(a);
  if (!kind || !a.map) return undefined;
  const platform = a.platform ?? (a.shop ? (await shopByName(db, a.shop))?.platform : undefined);
  if (!platform) throw new CliError('cliError.mapNeedsPlatform', { command });
  const values = a.intervened?.map((v) => v.trim()).filter(Boolean);
  return {
    platform,
    kind,
    columns: parseMapArgs(a.map, kind),
    ...(values?.length ? { interventionValues: values } : {}),
  };
}
