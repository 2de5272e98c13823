/**
 * A merchant's column mapping as it comes in: from the import page (a JSON query parameter of the
 * preview and the upload). Each field is one the chosen kind knows, each column a header name.
 */
import { z } from 'zod';
import { CASE_FIELDS, ORDER_FIELDS } from '../import/types';
import { platform } from './fields';

const column = z.string().trim().min(1).max(200);
/** A kind's fields -> column names; a field the kind does not know is refused. */
const columnsOf = (fields: readonly string[]) =>
  z
    .record(z.string(), column)
    .refine((c) => Object.keys(c).length > 0 && Object.keys(c).every((f) => fields.includes(f)), {
      message: 'input.mapping',
    });

export const columnMappingInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('orders'), platform, columns: columnsOf(ORDER_FIELDS) }).strict(),
  z
    .object({
      kind: z.literal('afterSales'),
      platform,
      columns: columnsOf(CASE_FIELDS),
      /** The values of the status columns that mean "the platform stepped in". */
      interventionValues: z.array(z.string().max(1000)).max(50).optional(),
    })
    .strict(),
]);

/** The longest mapping a query string carries: every field of a kind with long names and marked values. */
const MAX_PARAM_CHARS = 16_000;

/** The mapping as a query parameter: JSON of `columnMappingInput`. */
export const mappingParam = z
  .string()
  .max(MAX_PARAM_CHARS)
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'input.mapping' });
      return z.NEVER;
    }
  })
  .pipe(columnMappingInput);
