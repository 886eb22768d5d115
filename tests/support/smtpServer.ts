// An SMTP server on 127.0.0.1 for the tests, behaving as the clerk's mail provider would: SSL on
// connect (smtps, QQ/163 port 465) or STARTTLS, a login with one account and 授权码, and
// recipients it may refuse. The CLI under test runs in its own process and trusts the committed
// test certificate through NODE_EXTRA_CA_CERTS (tests/fixtures/smtpTls/make.sh).
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const TLS_DIR = join(__dirname, '..', 'fixtures', 'smtpTls');
export const TEST_CA = join(TLS_DIR, 'cert.pem');

export interface SmtpAccount {
  readonly user: string;
  readonly pass: string;
}

export interface TestSmtpOptions {
  /** TLS from the first byte (smtps://, port 465) rather than STARTTLS. */
  readonly secure?: boolean;
  /** Offer STARTTLS (ignored when secure). */
  readonly startTls?: boolean;
  /** Require this login; absent: no AUTH at all. */
  readonly account?: SmtpAccount;
  /** Recipients answered 550 at RCPT TO. */
  readonly unknown?: readonly string[];
}

export interface TestSmtp {
  readonly port: number;
  readonly received: { readonly rcpt: string[]; readonly mail: ParsedMail }[];
  /** Connections opened (a stopped send opens one, not one per member). */
  readonly connections: () => number;
  /** Logins tried. */
  readonly logins: () => number;
  close(): Promise<void>;
}

export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: TestSmtp['received'] = [];
  let connections = 0;
  let logins = 0;
  const { account } = options;
  const disabled = [...(account ? [] : ['AUTH']), ...(options.secure || options.startTls ? [] : ['STARTTLS'])];
  const server = new SMTPServer({
    secure: options.secure ?? false,
    key: readFileSync(join(TLS_DIR, 'key.pem')),
    cert: readFileSync(TEST_CA),
    disabledCommands: disabled,
    authOptional: !account,
    logger: false,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      logins++;
      if (account && auth.username === account.user && auth.password === account.pass) return callback(null, { user: auth.username });
      // What QQ 邮箱 answers a wrong 授权码.
      return callback(Object.assign(new Error('Error: authentication failed'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (options.unknown?.includes(address.address)) return callback(Object.assign(new Error(`Mailbox not found: ${address.address}`), { responseCode: 550 }));
      return callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), mail });
        callback();
      }, callback);
    },
  });
  // A client that gives up mid-handshake is the test's point, not a server crash.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    connections: () => connections,
    logins: () => logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
