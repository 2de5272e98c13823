import type { FileKind } from '../import/types';
import { catalogs } from './catalog';
import type { MessageKey, Translate } from './translate';

/** A mapping field's name in the language ("paidAt" -> 付款时间); the field itself when it has no label. */
export function fieldLabel(t: Translate, kind: FileKind, field: string): string {
  return field in catalogs.zh.mapping[kind] ? t(`mapping.${kind}.${field}` as MessageKey) : field;
}
