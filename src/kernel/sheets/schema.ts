// The workbook contract of docs/architecture.md, defined once. Columns are found by header name, so the
// order here is only the order used when the tool creates a sheet.

export const SHEET = {
  settings: '设置',
  plan: '工作计划',
  roster: '会员名册',
  campaigns: '慰问活动',
  templates: '邮件模板',
  sendLog: '发送记录',
  aidTiers: '帮扶标准',
  aidLedger: '帮扶台账',
  holidays: '节假日',
  importArea: '导入区',
  pickupLog: '领取登记',
  pickupSummary: '领取统计',
} as const;

export type SheetName = (typeof SHEET)[keyof typeof SHEET];

export type ColumnKind = 'text' | 'date' | 'datetime' | 'money' | 'number' | 'percent';

export interface ColumnSpec {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Columns the tool writes; appended to the header row when missing. */
  readonly owned?: boolean;
  /** Allowed values, used for data validation when the sheet is created. */
  readonly oneOf?: readonly string[];
  /** Width in pixels (Sheets' unit; the .xlsx writer converts it). */
  readonly width?: number;
  /** Long text (正文, 工作内容, 说明): wrapped within the width instead of cut off at it. */
  readonly wrap?: boolean;
}

export interface SheetSpec {
  readonly name: SheetName;
  readonly columns: readonly ColumnSpec[];
  /** Created by 初始化工作簿 even without sample data? Optional sheets are created too, empty. */
  readonly optional?: boolean;
}

const text = (header: string, width = 100, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ header, kind: 'text', width, ...extra });
const longText = (header: string, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => text(header, width, { wrap: true, ...extra });
const date = (header: string, width = 100): ColumnSpec => ({ header, kind: 'date', width });
const money = (header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ header, kind: 'money', width: 100, ...extra });

export const SETTINGS_SPEC: SheetSpec = {
  name: SHEET.settings,
  columns: [text('项目', 140), text('值', 260)],
};

export const PLAN_SPEC: SheetSpec = {
  name: SHEET.plan,
  columns: [
    text('月份', 60),
    longText('工作内容', 320),
    text('负责部门', 100),
    // Mostly all-day: shown as dates; a cell holding a time gets its own date-time format.
    date('开始日期', 110),
    date('结束日期', 110),
    text('地点', 100),
    longText('备注', 160),
    text('计划编号', 110, { owned: true }),
    text('日历事件ID', 200, { owned: true }),
    text('同步状态', 160, { owned: true }),
  ],
};

export const MEMBER_STATUS = ['在册', '退休', '离校'] as const;
export const GENDERS = ['男', '女'] as const;

export const ROSTER_SPEC: SheetSpec = {
  name: SHEET.roster,
  columns: [
    text('工号', 80),
    text('姓名', 80),
    text('性别', 50, { oneOf: GENDERS }),
    date('出生日期'),
    text('分会', 120),
    text('校区', 80),
    text('邮箱', 200),
    text('手机', 110),
    date('入职日期'),
    text('会员状态', 80, { oneOf: MEMBER_STATUS }),
    text('标签', 120),
  ],
};

export const CAMPAIGN_TYPES = ['端午', '中秋', '元旦', '春节', '生日', '三八', '帮扶', '其他'] as const;
export const CAMPAIGN_STATES = ['草稿', '已审核', '发送中', '已完成'] as const;

export const CAMPAIGNS_SPEC: SheetSpec = {
  name: SHEET.campaigns,
  columns: [
    text('活动ID', 110),
    text('活动名称', 180),
    text('类型', 60, { oneOf: CAMPAIGN_TYPES }),
    text('对象性别', 70, { oneOf: GENDERS }),
    { header: '生日季度', kind: 'number', width: 70 },
    text('分会', 120),
    text('标签', 100),
    text('模板', 100),
    text('领取地点', 140),
    date('领取开始'),
    date('领取截止'),
    { header: '计划发送时间', kind: 'datetime', width: 140 },
    { header: '采购数量', kind: 'number', width: 70 },
    { header: '催领天数', kind: 'number', width: 70 },
    text('催领模板', 100),
    text('状态', 70, { owned: true }),
    text('审核人', 160, { owned: true }),
    { header: '审核时间', kind: 'datetime', width: 140, owned: true },
    text('审核指纹', 120, { owned: true }),
    // Why a generated campaign's dates need a look (e.g. the year's official holiday schedule is missing).
    longText('说明', 240, { owned: true }),
  ],
};

/**
 * 慰问活动 columns about handing the gift out, not about the notice: filling them in after 审核通过
 * must not turn the campaign back into 草稿, so the approval fingerprint leaves them out.
 */
export const PICKUP_CAMPAIGN_COLUMNS = ['采购数量', '催领天数', '催领模板'] as const;

export const TEMPLATES_SPEC: SheetSpec = {
  name: SHEET.templates,
  columns: [text('模板名称', 100), longText('主题', 240), longText('正文', 420)],
};

export const SEND_STATES = ['发送中', '已发送', '失败', '跳过'] as const;
/** 发送记录!类型: blank reads as 通知, so logs written before reminders existed keep their meaning. */
export const SEND_KINDS = ['通知', '催领'] as const;

export const SEND_LOG_SPEC: SheetSpec = {
  name: SHEET.sendLog,
  columns: [
    { header: '时间', kind: 'datetime', width: 140 },
    text('活动ID', 110),
    text('工号', 80),
    text('姓名', 80),
    text('邮箱', 200),
    text('状态', 70, { oneOf: SEND_STATES }),
    longText('说明', 240),
    text('操作人', 160),
    // Owned: appended the first time a reminder is recorded, so older logs need no new column.
    text('类型', 60, { owned: true, oneOf: SEND_KINDS }),
  ],
};

/** 帮扶标准 headers by role, so code reading or writing the tier table never retypes them. */
export const AID_TIER_COLUMNS = {
  lower: '下限(元)',
  upper: '上限(元)',
  base: '帮扶金额(元)',
  percent: '比例(%)',
  note: '说明',
} as const;

export const AID_TIERS_SPEC: SheetSpec = {
  name: SHEET.aidTiers,
  columns: [
    money(AID_TIER_COLUMNS.lower),
    money(AID_TIER_COLUMNS.upper),
    money(AID_TIER_COLUMNS.base),
    { header: AID_TIER_COLUMNS.percent, kind: 'percent', width: 70 },
    longText(AID_TIER_COLUMNS.note, 240),
  ],
};

export const CHECK_RESULTS = ['一致', '不一致', '待发放', '错误'] as const;

/** 帮扶台账 headers by role. */
export const AID_LEDGER_COLUMNS = {
  applicationId: '申请编号',
  year: '年度',
  memberId: '工号',
  name: '姓名',
  branch: '分会',
  disease: '病种',
  totalCost: '医疗总费用',
  insurancePaid: '医保报销',
  selfPaid: '自付金额',
  paid: '实发金额',
  paidDate: '发放日期',
  due: '应发金额',
  difference: '差额',
  result: '核对结果',
  explanation: '说明',
} as const;

const L = AID_LEDGER_COLUMNS;
export const AID_LEDGER_SPEC: SheetSpec = {
  name: SHEET.aidLedger,
  columns: [
    text(L.applicationId, 100),
    { header: L.year, kind: 'number', width: 60 },
    text(L.memberId, 80),
    text(L.name, 80),
    text(L.branch, 120),
    text(L.disease, 120),
    money(L.totalCost),
    money(L.insurancePaid),
    money(L.selfPaid),
    money(L.paid),
    date(L.paidDate),
    money(L.due, { owned: true }),
    money(L.difference, { owned: true }),
    text(L.result, 80, { owned: true, oneOf: CHECK_RESULTS }),
    longText(L.explanation, 280, { owned: true }),
  ],
};

export const HOLIDAYS_SPEC: SheetSpec = {
  name: SHEET.holidays,
  optional: true,
  columns: [date('日期'), text('类型', 60, { oneOf: ['休', '班'] }), longText('说明', 200)],
};

export const PICKUP_METHODS = ['本人', '代领', '撤销'] as const;

export const PICKUP_LOG_SPEC: SheetSpec = {
  name: SHEET.pickupLog,
  optional: true,
  columns: [
    { header: '时间', kind: 'datetime', width: 140 },
    text('活动ID', 110),
    text('工号', 80),
    text('姓名', 80),
    text('分会', 120),
    text('方式', 60, { oneOf: PICKUP_METHODS }),
    text('代领人', 80),
    text('经办人', 160),
    longText('备注', 200),
  ],
};

/** Rewritten whole by the tool after each recording session: every column is owned. */
export const PICKUP_SUMMARY_SPEC: SheetSpec = {
  name: SHEET.pickupSummary,
  optional: true,
  columns: [
    text('活动ID', 110, { owned: true }),
    text('分会', 120, { owned: true }),
    { header: '应领', kind: 'number', width: 60, owned: true },
    { header: '本人领取', kind: 'number', width: 70, owned: true },
    { header: '代领', kind: 'number', width: 60, owned: true },
    { header: '未领', kind: 'number', width: 60, owned: true },
    { header: '采购数量', kind: 'number', width: 70, owned: true },
    { header: '剩余', kind: 'number', width: 60, owned: true },
  ],
};

export const IMPORT_AREA_SPEC: SheetSpec = {
  name: SHEET.importArea,
  optional: true,
  columns: [],
};

/** Every sheet, in the tab order 初始化工作簿 creates them. */
export const ALL_SHEETS: readonly SheetSpec[] = [
  SETTINGS_SPEC,
  PLAN_SPEC,
  ROSTER_SPEC,
  CAMPAIGNS_SPEC,
  TEMPLATES_SPEC,
  SEND_LOG_SPEC,
  AID_TIERS_SPEC,
  AID_LEDGER_SPEC,
  HOLIDAYS_SPEC,
  IMPORT_AREA_SPEC,
  PICKUP_LOG_SPEC,
  PICKUP_SUMMARY_SPEC,
];

/** 设置 keys, with their defaults (blank = no default). */
export const SETTING_KEYS = {
  unitName: '单位名称',
  planYear: '计划年度',
  planStartMonth: '计划起始月份',
  calendarId: '共享日历ID',
  timeZone: '时区',
  senderName: '发件人名称',
  replyTo: '回复地址',
  dailyMailLimit: '每日发信上限',
  admins: '管理员',
  pickupWindowDays: '领取窗口天数',
  tierBoundary: '档位边界',
  yearlyAidCap: '年度帮扶上限',
  applicationsPerYear: '每人每年申请次数',
  retireesMayApply: '退休人员可申请',
  retireesInFestivals: '退休人员参加节日慰问',
  reminderDays: '催领天数',
} as const;

export type SettingKey = keyof typeof SETTING_KEYS;
