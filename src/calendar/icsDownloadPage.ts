import { htmlEscape } from '../kernel/text/htmlEscape';

export interface IcsDownload {
  readonly fileName: string;
  /** The .ics file, base64 of its UTF-8 octets. */
  readonly base64: string;
  readonly summary: string;
}

/**
 * The 导出日历文件 dialog: a data: link the browser saves as a file, so the export needs no
 * Drive scope and leaves nothing behind in anyone's Drive.
 */
export function icsDownloadPage(d: IcsDownload): string {
  const href = `data:text/calendar;charset=utf-8;base64,${d.base64}`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><base target="_top">
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 14px; margin: 16px; }
a.download { display: inline-block; margin: 12px 0; padding: 8px 16px; background: #1a73e8; color: #fff; border-radius: 4px; text-decoration: none; }
p.note { color: #5f6368; font-size: 12px; }
</style></head>
<body>
<p>${htmlEscape(d.summary).replace(/\n/g, '<br>')}</p>
<a class="download" href="${htmlEscape(href)}" download="${htmlEscape(d.fileName)}">下载 ${htmlEscape(d.fileName)}</a>
<p class="note">下载后可导入 Outlook、苹果日历、手机日历或其他 Google 日历。再次导出并导入时，同一行工作的日历事件会被更新而不是重复添加，表格中已删除的行会从日历中移除。</p>
</body></html>`;
}
