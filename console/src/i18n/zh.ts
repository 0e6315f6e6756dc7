/**
 * Every label of the console in Chinese (the first language). en.ts has the same keys (the type
 * checker and tests/console/i18n.test.ts hold them equal). `{name}` marks a value filled in by t().
 * Sections: the shell and shared words; then each page's keys, prefixed by the page.
 */
export const zh = {
  // The shell
  "app.title": "联合实验室布局",
  "app.subtitle": "江苏省工程技术联合实验室",
  "app.language": "语言",
  "app.explorer": "GraphQL 查询器",
  "nav.overview": "总览",
  "nav.coverage": "布局缺口",
  "nav.applications": "申请评审",
  "nav.whatIf": "模拟审批",
  "nav.duplicates": "重复布局",
  "nav.collaboration": "合作机会",
  "nav.lab": "实验室档案",
  "nav.live": "实时动态",
  "nav.export": "导出",
  "nav.signIn": "登录",
  "common.loading": "加载中…",
  "common.error": "请求失败：{message}",
  "common.empty": "暂无数据",
  "common.none": "无",
  "common.count": "{count} 项",
  "common.placeholder": "此页面正在建设中。",
  "common.notFound": "没有这个页面。",
  "common.reload": "重新加载",
  "common.yes": "是",
  "common.no": "否",
  "common.total": "合计",

  // Enum values shown to the reader (statuses, severities, rule outcomes, duplicate kinds)
  "status.APPLYING": "申请中",
  "status.UNDER_REVIEW": "评审中",
  "status.APPROVED": "已批准",
  "status.CONSTRUCTING": "建设中",
  "status.OPERATING": "运行中",
  "status.EXITED": "已退出",
  "status.REJECTED": "未获批准",
  "severity.HIGH": "高",
  "severity.MEDIUM": "中",
  "severity.LOW": "低",
  "outcome.PASS": "通过",
  "outcome.FAIL": "不通过",
  "outcome.UNKNOWN": "无法判断",
  "duplicate.CONFLICT": "冲突",
  "duplicate.OVERLAP": "重叠",
  "duplicate.ADJACENT": "相邻",

  // Pages of the second half (collaboration, lab profile, live, export, sign-in): keys below this line.
} as const;

export type MessageKey = keyof typeof zh;
