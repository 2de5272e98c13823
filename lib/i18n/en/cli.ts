import type { Shape } from '../shape';
import type { cli as zh } from '../zh/cli';

export const cli: Shape<typeof zh> = {
  cli: {
    mainRule: 'main rule: {name} — {line} [{public, select, yes {public} other {estimate, not public}}]',
    table: 'date        orders30d  interventions30d  rate30d  status',
    dashLegend:
      '("-": not known, no export of that kind covers any day of the window; a rate is also "-" without orders)',
    headroom: 'headroom (further interventions to go over): {n}',
    safeAgain: 'safe again with no new interventions: {day} ({days})',
    penaltyEnds: '  {name}: ends {day}',
    leaving: 'leaving the window: {list}',
    forecast: '14-day forecast, first over: none new {none}, at the 28-day pace {pace}',
    forecastUnder: '14-day forecast, first back under the line: none new {none}, at the 28-day pace {pace}',
    reasons: 'top reasons: {list}',
    main: 'main',
    off: 'off',
    edited: 'edited',
    line: '  line: {text}',
    penalties: '  penalties: {text}',
    source: '  source: {text}',
    needsAverage: '  enter the category average with --category-average',
    note: '  note: {text}',
    linkCreated:
      '{url}\nid {id}{expires, select, none {} other { · expires {expires}}}\n(the link is shown this once: only its hash is kept)',
    noLinks: '{shop}: no share links',
    revoked: 'revoked {id}',
    alreadyRevoked: '{id} was already revoked',
    importRow:
      '{id}  {file}  {when}  {outcome, select, imported {imported} rejected {refused} undone {undone} other {{outcome}}}  new {new, number} / updated {updated, number}',
    noImports: '{shop}: no imports yet',
    undone:
      'Undid import {id} ({file}): {removed, plural, one {# row} other {# rows}} it added removed, {restored, plural, one {# row} other {# rows}} it changed restored to the import before; figures rebuilt.',
    mappingRow: '{id}  {platform} {kind, select, orders {orders} other {after-sales}}  {columns}{values}  ({when})',
    mappingValues: '  intervened: {list}',
    noMappings: '{shop}: no saved column mappings',
    mappingRemoved: 'removed mapping {id}',
  },
  cliError: {
    unknownCommand: 'Unknown command "{name}".',
    args: 'Bad arguments: {detail}',
    lang: '--lang must be zh or en, not "{value}".',
    which: '{command}: say {list}.',
    needShop: '{command}: name the shop with --shop.',
    noShop: '{command}: no shop named "{name}".',
    pickShop: '{command}: name the shop with --shop (stored: {list}).',
    invalid: '{command}: {detail}',
    needId: "{command}: give the link's --id (see share list).",
    noLink: '{command}: no link with id "{id}".',
    emptyPassword: '{command}: the password is empty.',
    cancelled: 'Cancelled.',
    date: '--{flag} must be a date like 2024-03-01, not "{value}".',
    dateBounds: '--{flag}: dates from {first} to tomorrow, not "{value}".',
    covers:
      '--covers must be FROM:TO, two dates like 2024-03-01:2024-03-31, FROM not after TO, none after tomorrow, not "{value}".',
    platform: '--platform must be one of {list}, not "{value}".',
    noFiles: '{command}: name at least one file.',
    noFile: '{command}: no such file: {file}',
    rate: '--rate must be a fraction like 0.1484 or a percentage like 14.84%, not "{value}".',
    figureTogether: '{command}: give --date, --count and --rate together.',
    use: '{command}: --use must be ORDERS:INTERVENTIONS (paid|shipped|received : applied|completed) or best, not "{value}".',
    needFigure: '{command}: enter a back-end figure first (--date, --count, --rate).',
    wholeNumber: '--{flag} must be a whole number, not "{value}".',
    number: '--{flag} must be a number (or "off"), not "{value}".',
    enableDisable: '{command}: --enable or --disable, not both.',
    sustainWatchOff: '{command}: --sustain and --watch cannot be "off".',
    kind: '--kind must be orders or afterSales, not "{value}".',
    mapNeedsKind: '{command}: with --map, say what the file lists with --kind orders or --kind afterSales.',
    mapNeedsPlatform: '{command}: with --map, name the platform with --platform (or a stored shop with --shop).',
    map: '--map {arg}: expected FIELD=COLUMN, with FIELD one of {list}.',
    intervenedNeedsMap: '{command}: --intervened goes with --map and --kind afterSales.',
    needImportId: "{command}: give the import's --id (see imports list).",
    noImport: '{command}: no import with id {id}.',
    notImported: '{command}: import {id} holds no rows (it was refused or is already undone); nothing to undo.',
    needMappingId: "{command}: give the mapping's --id (see mappings list).",
    noMapping: '{command}: no column mapping with id {id}.',
    copyNeedsTo: 'db copy: name the target database with --to postgres://USER@HOST:PORT/DB.',
    copyFromFile: 'db copy: DATABASE_URL must be the SQLite file to copy from.',
    copySame: 'db copy: the target is the file being copied.',
    copyShopExists: 'db copy: the target already holds a shop named "{name}"; nothing was copied.',
  },
  cliText: {
    usage: `Usage:
  redline import [--shop NAME] [--platform pdd|taobao|jd|douyin|kuaishou] [--kind orders|afterSales --map FIELD=COLUMN … [--intervened VALUE …]] [--covers FROM:TO] [--json] [--progress] [--lang zh|en] FILE...
  redline imports list --shop NAME [--json]
  redline imports undo --id N
  redline mappings list --shop NAME [--json]
  redline mappings remove --id N
  redline metrics --shop NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--lang zh|en]
  redline calibrate --shop NAME [--date YYYY-MM-DD --count N --rate R] [--use paid|shipped|received:applied|completed|best] [--json]
  redline rules reset --shop NAME [--rule ID]
  redline rules history --shop NAME [--rule ID] [--json]
  redline rules list|set --shop NAME [--rule ID] [--rate R|off] [--count N|off] [--combine and|or] [--sustain K] [--watch W] [--multiple M] [--category-average A] [--main] [--enable|--disable] [--json]
  redline share create --shop NAME [--label L] [--days N | --from YYYY-MM-DD --to YYYY-MM-DD] [--expires-in-days N | --expires-on YYYY-MM-DD] [--ask-password] [--orders] [--json]
  redline share list --shop NAME [--json]
  redline share revoke --id ID
  redline alerts add --shop NAME|--all-shops --channel dingtalk|wecom|feishu|webhook --url URL [--secret S] [--label L] [--language zh|en] [--link URL] [--off status,penalty,deadline,forecast,stale] [--forecast-days N|off] [--stale-days N|off] [--digest HH:MM]
  redline alerts list [--shop NAME] [--json]
  redline alerts test|pause|resume|remove --id ID
  redline alerts run [--shop NAME]
  redline db copy --to postgres://USER@HOST:PORT/DB [--shop NAME] [--json]`,
    mapUsageNote:
      "--map FIELD=COLUMN (repeatable): for a header Redline does not know, which column holds which field, with --kind and --platform (or a stored shop's platform); the import saves the mapping for the shop, and later files with that header import by themselves.\n  order fields: {orders}\n  after-sales fields: {afterSales}\n--intervened VALUE (repeatable): the status values that mean the platform stepped in.\nimports undo: undoes one import (rows it added go, rows it changed return, figures rebuilt).",
    copied:
      '{shop}: copied, {orders, plural, one {# order} other {# orders}}, {cases, plural, one {# after-sales case} other {# after-sales cases}}, {imports, plural, one {# import} other {# imports}}.',
    copiedNothing: 'No shops to copy.',
    passwordPrompt: 'Password: ',
    passwordOnArgv: 'warning: --password is visible to other users of this machine (ps); use {env} or --ask-password.',
    progress: 'progress {file}: {phase} {read}/{total} bytes, {rows, plural, one {# row} other {# rows}}',
    usageNotes:
      "A link's password comes from --ask-password (a prompt) or REDLINE_SHARE_PASSWORD, never the command line.\nShare links use REDLINE_PUBLIC_URL as their base (http://127.0.0.1:3000 by default).\nThe database is DATABASE_URL: a SQLite file path or file: URL (data/redline.db by default), or postgres://user:pass@host:port/db.",
    shareUsageNote:
      '(a password: --ask-password, or {env} in the environment; never on the command line, where ps shows it)',
    calibrateUsageNote:
      '  --date/--count/--rate: what the back end shows for that date (R as a fraction or "14.84%").\n  --use: the definition to keep, e.g. paid:applied, shipped:completed, or best.',
    rulesUsageNote:
      "reset: back to the preset's numbers (every rule without --rule); history: when each rule changed, and what.\nR, W and A are fractions (0.045 = 4.5%); a threshold set to off is left out of the test, but a rule keeps at least one.",
  },
};
