import type { Shape } from '../shape';
import type { alerts as zh } from '../zh/alerts';

export const alerts: Shape<typeof zh> = {
  alert: {
    brand: '[Redline] ',
    title: '{shop}: {what}',
    status:
      '{to, select, ok {back to safe} watch {entered watch} over {over the line} breach {penalty running} other {{to}}}',
    penaltyStarted: 'penalty started',
    penaltyEnded: 'penalty ended',
    forecast: 'over the line in {days, plural, one {# day} other {# days}}',
    deadline: '{n, plural, one {# case} other {# cases}} due for evidence within 24 h',
    stale: 'no new data for {days, plural, one {# day} other {# days}}',
    rateLine: '{window}-day platform intervention rate {rate}{line, select, none {} other {, line {line}}}',
    countLine: '{window}-day intervention orders {count}{line, select, none {} other {, line {line}}}',
    statusSince:
      'Status: {status, select, ok {ok} watch {watch} over {over} breach {penalty} other {{status}}} (since {since})',
    headroomLeft:
      'Headroom: {n, plural, one {# more intervention order} other {# more intervention orders}} puts the shop over the line',
    headroomOver: 'Headroom: over the line',
    safeOn: 'Safe again on {day} if nothing new happens',
    penalty: 'Penalty: {name}{ends, select, none {} other {, ends {ends}}}',
    forecastLine: 'At the pace of the last 28 days, over the line on {day}',
    caseLine: 'Case {caseNo}: due {deadline} ({hours} h left)',
    staleLine:
      'The latest complete day is {day}, {days, plural, one {# day} other {# days}} ago: import new order and after-sales exports',
    topDriver: 'Top reason: {reason} ({n, plural, one {# order} other {# orders}})',
    blankReason: '(no reason given)',
    asOf: 'Figures as of {day}',
    noVerdict: 'The exports do not cover a whole 30-day window yet: no verdict',
    link: 'Open the report',
    digestTitle: 'Daily digest {day}',
    digestLine:
      '{shop}: {status, select, ok {ok} watch {watch} over {over} breach {penalty} other {no verdict}} · {rate}{line, select, none {} other { (line {line})}}{headroom, select, none {} other { · headroom {headroom}}}',
    digestEmpty: 'No shops yet',
    testTitle: 'Test message',
    testText: 'This is a test message: “{label}” is connected to Redline alerts.',
  },
  alertsCli: {
    added: 'Added alert channel {id} ({kind}, {shop}): {url}',
    allShops: 'all shops',
    row: '{id}  {kind}  {shop}  {url}{secret, select, yes {  signing secret set} other {}}  {lang}  {paused, select, yes {paused} other {active}}  {triggers}{label}',
    none: 'No alert channels yet',
    removed: 'Removed alert channel {id}',
    paused: 'Paused alert channel {id}',
    resumed: 'Resumed alert channel {id}',
    testSent: 'Test message delivered ({attempts, plural, one {# attempt} other {# attempts}})',
    testFailed: 'Test message not delivered ({attempts, plural, one {# attempt} other {# attempts}}): {code} {detail}',
    ran: 'Checked {shops, plural, one {# shop} other {# shops}}: {sent} sent, {failed} failed',
    busy: 'Another instance is sending alerts; this pass is skipped',
    lastDelivery: '    last: {at} {outcome, select, sent {delivered} other {failed}} {detail}',
  },
  alertsError: {
    needChannel: '{command}: name the channel with --channel: dingtalk, wecom, feishu or webhook.',
    needUrl: "{command}: give the robot's webhook URL with --url.",
    needId: '{command}: give the alert channel id with --id (see alerts list).',
    noChannel: '{command}: no alert channel with id "{id}".',
    triggers: '{command}: --off lists only status, penalty, deadline, forecast, stale.',
  },
};
