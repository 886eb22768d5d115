// How a mail transport says the server, not the recipient, failed: it could not be reached, or
// refused TLS, the login or the sender before any message was handed over (offline SMTP,
// runner/smtpFailure.ts). Every mail would fail alike, so a send run stops on it and records
// nobody (src/notices/sendErrorKind.ts). Kept in the kernel: the runner writes it, a feature reads it.
export const MAIL_SERVER_FAILED = '邮件服务器连接或登录失败，已停止发送';
