import { addDays } from '../time/china';
import type { DailyCount } from '../types';
import { densify, WINDOW_DAYS } from './rolling';
import type { RollOffDay } from './types';

/**
 * For each of the `window` days after `latest`: how many intervention orders now in the window
 * leave it that day. One counted on day d is in the windows ending d … d+window-1 and leaves on d+window.
 */
export function rollOff(daily: readonly DailyCount[], latest: string, window = WINDOW_DAYS): RollOffDay[] {
  const dense = densify(daily, addDays(latest, -(window - 1)), latest);
  return dense.map((d) => ({ date: addDays(d.day, window), leaving: d.interventions }));
}
