import { isYes } from './cells';
import type { InterventionVocabulary } from './types';

export interface InterventionCells {
  status: string;
  interventionStatus: string;
  interventionFlag: string;
  platformInitiatedFlag: string;
}

/**
 * Whether an after-sales case had platform intervention, by the platform's own vocabulary, or by
 * the values a merchant marked as "the platform stepped in" when mapping the file's columns.
 */
export function classifyCase(
  v: InterventionVocabulary,
  c: InterventionCells,
  marked?: ReadonlySet<string>,
): { intervened: boolean; platformInitiated: boolean } {
  const texts = [c.status, c.interventionStatus];
  const platformInitiated =
    isYes(c.platformInitiatedFlag) ||
    texts.some((t) => t !== '' && v.platformInitiatedMarkers.some((m) => t.includes(m)));
  if (marked) {
    const intervened = marked.has(c.interventionStatus) || marked.has(c.status) || marked.has(c.interventionFlag);
    return { intervened: !platformInitiated && intervened, platformInitiated };
  }
  const byFlag = c.interventionFlag !== '' && isYes(c.interventionFlag);
  const byInterventionStatus =
    c.interventionStatus !== '' && !v.noneValues.includes(c.interventionStatus) && !isNo(c.interventionStatus);
  const byStatus = c.status !== '' && v.statusMarkers.some((m) => c.status.includes(m));
  return { intervened: !platformInitiated && (byFlag || byInterventionStatus || byStatus), platformInitiated };
}

function isNo(text: string): boolean {
  return (
    text === '否' ||
    text === 'N' ||
    text === 'n' ||
    text === 'no' ||
    text === 'No' ||
    text === '0' ||
    text === 'false' ||
    text.startsWith('无') ||
    text.startsWith('不需')
  );
}
