import { addDays } from '../time/china';
import type { DailyCount } from '../types';
import { project } from './forecast';
import { isOver } from './line';
import { WINDOW_DAYS } from './rolling';
import type { Line, Penalty, Safety, StatusDay } from './types';

/**
 * When the shop stops being over if no new interventions come, and when running penalties end.
 * Orders are projected as in the forecast, so a shop whose orders dry up is not told it is safe
 * too early. A penalty for breach day L is taken to be in force L+1 … L+days (the back end shows
 * day L's figures the next day).
 */
export function safety(
  daily: readonly DailyCount[],
  latest: StatusDay,
  line: Line,
  penalties: readonly Penalty[],
  window = WINDOW_DAYS,
): Safety {
  const overNow = latest.status === 'over' || latest.status === 'breach';
  const breachNow = latest.status === 'breach';
  if (!overNow) return { overNow, breachNow, safeOn: latest.date, days: 0, penalties: [] };
  const p = project(daily, latest.date, window, window);
  const first = p.days.findIndex((d) => !isOver(line, d.none, d.orders30d));
  const safeOn = first < 0 ? null : p.days[first].date;
  const lastBreach = safeOn === null ? null : addDays(safeOn, -1);
  return {
    overNow,
    breachNow,
    safeOn,
    days: first < 0 ? null : first + 1,
    penalties: breachNow
      ? penalties.map((pen) => ({
          name: pen.name,
          days: pen.days,
          endsOn: lastBreach && pen.days !== null ? addDays(lastBreach, pen.days) : null,
        }))
      : [],
  };
}
