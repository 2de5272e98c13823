/** What the command line prints for people (its JSON is for machines and is not translated). */
export const cli = {
  cli: {
    mainRule: '主规则：{name} — {line} [{public, select, yes {公开} other {估计，未公开}}]',
    table: '日期        近30天订单  近30天介入订单  介入率  状态',
    dashLegend: '（「-」：无法得知，窗口里没有这一类的导出；介入率在没有订单时也是「-」）',
    headroom: '余量（再多几单介入即超线）：{n}',
    safeAgain: '无新介入时恢复安全：{day}（{days}）',
    penaltyEnds: '  {name}：结束于 {day}',
    leaving: '即将移出窗口：{list}',
    forecast: '14 天预测首次超线：无新介入 {none}，按近 28 天节奏 {pace}',
    forecastUnder: '14 天预测回到线下：无新介入 {none}，按近 28 天节奏 {pace}',
    reasons: '主要原因：{list}',
    main: '主规则',
    off: '未启用',
    edited: '已修改',
    line: '  阈值：{text}',
    penalties: '  处罚：{text}',
    source: '  来源：{text}',
    needsAverage: '  请用 --category-average 填入类目均值',
    note: '  说明：{text}',
    linkCreated:
      '{url}\nid {id}{expires, select, none {} other { · 有效期至 {expires}}}\n（链接只显示这一次，只保存它的哈希值）',
    noLinks: '{shop}：暂无分享链接',
    revoked: '已撤销 {id}',
    alreadyRevoked: '{id} 之前已撤销',
    importRow:
      '{id}  {file}  {when}  {outcome, select, imported {已导入} rejected {未导入} undone {已撤销} other {{outcome}}}  新增 {new, number} / 更新 {updated, number}',
    noImports: '{shop}：还没有导入记录',
    undone:
      '已撤销导入 {id}（{file}）：删除 {removed, number} 行（由它新增），恢复 {restored, number} 行（回到之前导入的内容），数字已重算。',
    mappingRow: '{id}  {platform} {kind, select, orders {订单} other {售后}}表  {columns}{values}  （{when}）',
    mappingValues: '  介入值：{list}',
    noMappings: '{shop}：没有保存的列对应',
    mappingRemoved: '已删除列对应 {id}',
  },
  cliError: {
    unknownCommand: '没有「{name}」这个命令。',
    args: '参数有误：{detail}',
    lang: '--lang 只能是 zh 或 en，而不是「{value}」。',
    which: '{command}：请说明要做什么：{list}。',
    needShop: '{command}：请用 --shop 指明店铺。',
    noShop: '{command}：没有名为「{name}」的店铺。',
    pickShop: '{command}：请用 --shop 指明店铺（已有：{list}）。',
    invalid: '{command}：{detail}',
    needId: '{command}：请用 --id 给出链接的 id（见 share list）。',
    noLink: '{command}：没有 id 为「{id}」的链接。',
    emptyPassword: '{command}：密码为空。',
    cancelled: '已取消。',
    date: '--{flag} 须是形如 2024-03-01 的日期，而不是「{value}」。',
    dateBounds: '--{flag}：日期须在 {first} 至明天之间，而不是「{value}」。',
    covers:
      '--covers 须是 FROM:TO，两个形如 2024-03-01:2024-03-31 的日期，FROM 不晚于 TO，都不晚于明天，而不是「{value}」。',
    platform: '--platform 只能是 {list} 之一，而不是「{value}」。',
    noFiles: '{command}：请至少给出一个文件。',
    noFile: '{command}：没有这个文件：{file}',
    rate: '--rate 须是小数（如 0.1484）或百分数（如 14.84%），而不是「{value}」。',
    figureTogether: '{command}：--date、--count 和 --rate 须一起给出。',
    use: '{command}：--use 须是 订单口径:介入口径（paid|shipped|received : applied|completed）或 best，而不是「{value}」。',
    needFigure: '{command}：请先录入一个后台数字（--date、--count、--rate）。',
    wholeNumber: '--{flag} 须是整数，而不是「{value}」。',
    number: '--{flag} 须是数字（或 off），而不是「{value}」。',
    enableDisable: '{command}：--enable 与 --disable 只能选一个。',
    sustainWatchOff: '{command}：--sustain 和 --watch 不能设为 off。',
    kind: '--kind 只能是 orders 或 afterSales，而不是「{value}」。',
    mapNeedsKind: '{command}：使用 --map 时请用 --kind orders 或 --kind afterSales 说明文件类型。',
    mapNeedsPlatform: '{command}：使用 --map 时请用 --platform 说明平台（或用 --shop 指明一个已有店铺）。',
    map: '--map {arg}：应为 字段=列名，字段是 {list} 之一。',
    intervenedNeedsMap: '{command}：--intervened 只能与 --map 和 --kind afterSales 一起使用。',
    needImportId: '{command}：请用 --id 给出导入的 id（见 imports list）。',
    noImport: '{command}：没有 id 为 {id} 的导入。',
    notImported: '{command}：导入 {id} 没有导入任何数据（被拒绝或已撤销），无需撤销。',
    needMappingId: '{command}：请用 --id 给出列对应的 id（见 mappings list）。',
    noMapping: '{command}：没有 id 为 {id} 的列对应。',
    copyNeedsTo: 'db copy：请用 --to postgres://用户@主机:端口/库名 指明目标数据库。',
    copyFromFile: 'db copy：DATABASE_URL 须是要复制的 SQLite 文件。',
    copySame: 'db copy：目标就是正在复制的文件。',
    copyShopExists: 'db copy：目标数据库已有名为「{name}」的店铺，未复制任何数据。',
  },
  cliText: {
    usage: `用法：
  redline import [--shop 店铺] [--platform pdd|taobao|jd|douyin|kuaishou] [--kind orders|afterSales --map 字段=列名 … [--intervened 值 …]] [--covers FROM:TO] [--json] [--progress] [--lang zh|en] 文件…
  redline imports list --shop 店铺 [--json]
  redline imports undo --id N
  redline mappings list --shop 店铺 [--json]
  redline mappings remove --id N
  redline metrics --shop 店铺 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--lang zh|en]
  redline calibrate --shop 店铺 [--date YYYY-MM-DD --count N --rate R] [--use paid|shipped|received:applied|completed|best] [--json]
  redline rules reset --shop 店铺 [--rule ID]
  redline rules history --shop 店铺 [--rule ID] [--json]
  redline rules list|set --shop 店铺 [--rule ID] [--rate R|off] [--count N|off] [--combine and|or] [--sustain K] [--watch W] [--multiple M] [--category-average A] [--main] [--enable|--disable] [--json]
  redline share create --shop 店铺 [--label L] [--days N | --from YYYY-MM-DD --to YYYY-MM-DD] [--expires-in-days N | --expires-on YYYY-MM-DD] [--ask-password] [--orders] [--json]
  redline share list --shop 店铺 [--json]
  redline share revoke --id ID
  redline alerts add --shop 店铺|--all-shops --channel dingtalk|wecom|feishu|webhook --url URL [--secret S] [--label L] [--language zh|en] [--link URL] [--off status,penalty,deadline,forecast,stale] [--forecast-days N|off] [--stale-days N|off] [--digest HH:MM]
  redline alerts list [--shop 店铺] [--json]
  redline alerts test|pause|resume|remove --id ID
  redline alerts run [--shop 店铺]
  redline db copy --to postgres://USER@HOST:PORT/DB [--shop NAME] [--json]`,
    mapUsageNote:
      '--map 字段=列名（可重复）：表头不认识时，说明哪一列是哪个字段，同时给出 --kind 和 --platform（或已有店铺的平台）；导入成功后这个对应为店铺保存，之后同样表头的文件自动导入。\n  订单字段：{orders}\n  售后字段：{afterSales}\n--intervened 值（可重复）：售后状态列里表示「平台已介入」的值。\nimports undo：撤销一次导入（它新增的行删除，它改过的行恢复原样，数字重算）。',
    copied: '{shop}：已复制，订单 {orders, number} 个，售后单 {cases, number} 个，导入记录 {imports, number} 条。',
    copiedNothing: '没有可复制的店铺。',
    passwordPrompt: '密码：',
    passwordOnArgv: '警告：--password 会被本机其他用户看到（ps）；请改用 {env} 或 --ask-password。',
    progress: '进度 {file}：{phase} {read}/{total} 字节，{rows} 行',
    usageNotes:
      '链接密码来自 --ask-password（提示输入）或 REDLINE_SHARE_PASSWORD，从不放在命令行上。\n分享链接以 REDLINE_PUBLIC_URL 为地址前缀（默认 http://127.0.0.1:3000）。\n数据库是 DATABASE_URL：SQLite 文件路径或 file: URL（默认 data/redline.db），或 postgres://用户:密码@主机:端口/库名。',
    shareUsageNote: '（密码：用 --ask-password，或在环境变量 {env} 中给出；不要放在命令行上，ps 会显示它）',
    calibrateUsageNote:
      '  --date/--count/--rate：后台在那一天显示的数字（R 为小数或 "14.84%"）。\n  --use：要保留的口径，如 paid:applied、shipped:completed 或 best。',
    rulesUsageNote:
      'reset：恢复预设数字（不给 --rule 时恢复全部规则）；history：每条规则何时改过、改了什么。\nR、W、A 为小数（0.045 = 4.5%）；设为 off 的阈值不参与判断，但每条规则至少保留一个。',
  },
};
