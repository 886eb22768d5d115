// The one table of spellings every consumer must read alike (issue 16): the pure readers, the
// sheet readers and the actions through the built bundle all take their cases from here.
import { type Cell, wallClock } from '../../src/kernel/values/cell';

/** Spellings of the day 2023-06-20. `needsPlanYear`: only where a plan year places it (工作计划). */
export const DAY_SPELLINGS: readonly { cell: Cell; needsPlanYear?: true }[] = [
  { cell: '2023-06-20' }, { cell: '2023/6/20' }, { cell: '2023.6.20' }, { cell: '20230620' }, { cell: 20230620 },
  { cell: '2023年6月20日' }, { cell: '２０２３年６月２０日' }, { cell: ' 2023-6-20 ' }, { cell: wallClock('2023-06-20') },
  { cell: 45097 }, // Excel's serial day number of 2023-06-20
  { cell: '6月20日', needsPlanYear: true },
];

/** Spellings of the year-month 1985-03: kept as 1985-03, never turned into the 1st. */
export const YEAR_MONTH_SPELLINGS: readonly Cell[] = ['1985.03', 1985.03, '1985年3月', '198503', 198503, '1985-03', '1985/3', '１９８５年３月'];

/** Cells no date reader accepts. */
export const NOT_DATES: readonly Cell[] = ['下周一', '2023-02-30', '1985', 1985.1, '6月31日', true];

/** 工作计划 月份 spellings of March of plan year 2023 (计划起始月份 2), and of January 2024. */
export const MARCH_SPELLINGS: readonly Cell[] = ['三月', '3月', 3, '03', '３月', '2023年3月', '2023-03', ' 3 月', '三月份', wallClock('2023-03-01')];
export const NEXT_JANUARY_SPELLINGS: readonly Cell[] = ['一月', '正月', 1, '1月', '2024年1月'];

/** 会员状态 spellings by the status they mean; blank is 在册. */
export const STATUS_SPELLINGS: Readonly<Record<'在册' | '退休' | '离校', readonly Cell[]>> = {
  在册: ['在册', '在职', '在岗', '正常', ''],
  退休: ['退休', '离退休', '已退休', '离休'],
  离校: ['离校', '调离', '调出', '离职'],
};

/** Spellings of the mobile number 13910104729. */
export const PHONE_SPELLINGS: readonly Cell[] = ['13910104729', 13910104729, '+86 139 1010 4729', ' 139 1010 4729 ', '139-1010-4729', '+8613910104729', '0086 139 1010 4729'];

/** Spellings of 工号 001051 on a roster whose 工号 are six digits wide. */
export const MEMBER_ID_SPELLINGS: readonly Cell[] = ['001051', 1051, '1051', ' 001051 ', '００１０５１'];

/** Spellings of 12,345.60 元 (1,234,560 fen). */
export const MONEY_SPELLINGS: readonly Cell[] = [12345.6, '12345.6', '12,345.60', '¥12,345.6', '１２３４５.６', '1.23456万', '12345.60元'];

/** Spellings of 60 % in 帮扶标准 比例(%), with the cell's number format. */
export const PERCENT_SPELLINGS: readonly { cell: Cell; format: string }[] = [
  { cell: 60, format: 'General' }, { cell: '60', format: '@' }, { cell: '60%', format: '@' }, { cell: '６０％', format: '@' },
  { cell: 0.6, format: '0%' }, { cell: 0.6, format: '0.00%' },
];

/** Addresses every reader accepts, and ones every reader refuses. */
export const GOOD_EMAILS: readonly Cell[] = ['li.yong@example.edu.cn', ' li.yong@example.edu.cn ', 'LI.YONG@EXAMPLE.EDU.CN'];
export const BAD_EMAILS: readonly Cell[] = ['li.yong@example', 'li.yong＠example.edu.cn', 'li yong@example.edu.cn', 'a@x.cn;b@x.cn'];
