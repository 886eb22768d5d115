import { sendErrorKind } from '../../src/notices/sendErrorKind';

it('only errors that prove nothing went out may be retried', () => {
  expect(sendErrorKind('Service invoked too many times for one day: email.')).toBe('quota');
  expect(sendErrorKind('Invalid email: liu.min@example')).toBe('rejected');
  expect(sendErrorKind('SMTP 收件人被拒绝（EENVELOPE）：550 5.1.1 user unknown')).toBe('rejected');
  expect(sendErrorKind('connect ECONNREFUSED 127.0.0.1:2525')).toBe('rejected');
  expect(sendErrorKind('We\'re sorry, a server error occurred. Please wait a bit and try again.')).toBe('uncertain');
  expect(sendErrorKind('Connection closed unexpectedly')).toBe('uncertain');
});
