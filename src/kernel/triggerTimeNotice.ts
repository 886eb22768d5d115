// What the clerk is told whenever a job pauses for a continuation trigger. Google refuses to start
// any trigger once the day's trigger runtime (gmail.com 90 min, Workspace 6 h) is used up, and
// gives it back 24 hours after its first use; the job's hourly backup trigger (src/gas/triggers.ts)
// then resumes it within the hour. Apps Script cannot tell a script how much of it is left, so
// the clerk hears both cases at once.
export const IF_TRIGGER_TIME_USED_UP = '如果今天的触发器运行时间已用完（gmail.com 账号每天 90 分钟），Google 会暂停它，待配额恢复（最迟约 25 小时后）自动继续，无需再次点击';
