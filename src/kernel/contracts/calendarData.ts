// What 同步工作计划到日历 and 导出日历文件 return to the sidebar and the CLI.

/** One change as a list item (the sidebar shows these). */
export interface CalendarChange {
  /** 计划编号 */
  readonly key: string;
  readonly title: string;
  /** describeTiming of the row; '' for a deletion. */
  readonly when: string;
  /** 工作计划 row; null for a deletion (its row is gone). */
  readonly row: number | null;
  readonly note: string;
}

export interface CalendarChanges {
  readonly creates: readonly CalendarChange[];
  readonly updates: readonly CalendarChange[];
  readonly deletes: readonly CalendarChange[];
}

export interface SyncData {
  readonly calendarId: string;
  readonly calendarName: string;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  /** Deletions listed but not applied (offline without --yes). */
  readonly deletesHeld: number;
  /** Rows with problems, marked 错误 and skipped. */
  readonly skippedRows: number;
  /** Calendar calls that failed even after retrying. */
  readonly failed: number;
  readonly retries: number;
  /** false: the run stopped before its time ran out and a continuation is scheduled. */
  readonly finished: boolean;
  readonly dryRun: boolean;
  /** The preview as the menu shows it. */
  readonly preview: string;
  /** The same, structured (first LIST_ITEMS of each kind), for the sidebar. */
  readonly changes: CalendarChanges;
  readonly planYear: number;
  readonly timeZone: string;
  /** Events left as they are: without our marker, of another plan year, or of a row skipped for its problems. */
  readonly untouched: number;
  /** Names this change list; pass it back to apply exactly what was previewed. */
  readonly planToken: string;
  /** The preview's token no longer matches: nothing was applied. */
  readonly stale: boolean;
}

export interface IcsExport {
  readonly fileName: string;
  /** The .ics text (CRLF line ends). */
  readonly content: string;
  readonly events: number;
  readonly uids: readonly string[];
  /** Rows deleted since an earlier export, written as STATUS:CANCELLED. */
  readonly cancelled: number;
  /** 计划编号 given to rows that had none (the workbook changed). */
  readonly assignedIds: number;
}
