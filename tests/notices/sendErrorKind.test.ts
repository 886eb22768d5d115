import { sendErrorKind } from '../../src/notices/sendErrorKind';

it('only errors that prove nothing went out may be retried', () => {
  expect(sendErrorKind('Service invoked too many times for one day: email.')).toBe('quota');
  expect(sendErrorKind('Invalid email: liu.min@example')).toBe('rejected');
  expect(sendErrorKind('SMTP 收件人被拒绝（EENVELOPE）：550 5.1.1 user unknown')).toBe('rejected');
  expect(sendErrorKind('connect ECONNREFUSED 127.0.0.1:2525')).toBe('rejected');
  // Offline, the .eml appears in one step once complete: a failed write left no file.
  expect(sendErrorKind('邮件未写入发件箱，发件箱 /srv/outbox（EACCES）：EACCES: permission denied')).toBe('rejected');
  expect(sendErrorKind('We\'re sorry, a server error occurred. Please wait a bit and try again.')).toBe('uncertain');
  expect(sendErrorKind('Connection closed unexpectedly')).toBe('uncertain');
});
