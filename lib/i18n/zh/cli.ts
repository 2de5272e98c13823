/** What the command line prints for people (its JSON is for machines and is not translated). */
export const cli = {
  cli: {
    mainRule: '主规则：{name} — {line} [{public, select, yes {公开} other {估计，未公开}}]',
    table: '日期        近30天订单  近30天介入订单  介入率  状态',
    headroom: '余量（再多几单介入即超线）：{n}',
    safeAgain: '无新介入时恢复安全：{day}（{days}）',
    penaltyEnds: '  {name}：结束于 {day}',
    leaving: '即将移出窗口：{list}',
    forecast: '14 天预测首次超线：无新介入 {none}，按近 28 天节奏 {pace}',
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
  },
};
