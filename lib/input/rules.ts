import { z } from 'zod';

/**
 * One schema for a change to a shop's rule, from the command line or a settings form. `null`
 * removes a threshold from the test; absent leaves it as it is.
 */
export const ruleChangeInput = z
  .object({
    rule: z.string().min(1).optional(),
    rate: z.number().min(0).max(1).nullable().optional(),
    count: z.number().int().min(0).nullable().optional(),
    combine: z.enum(['and', 'or']).optional(),
    sustainDays: z.number().int().min(1).max(365).optional(),
    watch: z.number().gt(0).max(1).optional(),
    rateMultiple: z.number().gt(0).max(1000).nullable().optional(),
    categoryAverage: z.number().min(0).max(1).nullable().optional(),
    main: z.boolean().optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

export type RuleChange = z.infer<typeof ruleChangeInput>;
