import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { CallLog } from './callLog';
import { makeEnum, enumName } from './enums';
import { offline, unwrap } from './offline';
import { instantToWall, checkTimeZone } from '../timeZone';
import { isDate } from '../cellInput';
import { WEEKDAYS, MONTHS } from '../numberFormat';

const G = 'utilities';

export const DigestAlgorithm = makeEnum('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MacAlgorithm = makeEnum('MacAlgorithm', ['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
export const Charset = makeEnum('Charset', ['US_ASCII', 'UTF_8']);

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Java bytes are signed: Apps Script returns digests as numbers in -128..127. */
export function signedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(value: unknown, charset?: unknown): Buffer {
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff));
  if (value instanceof Uint8Array) return Buffer.from(value);
  const s = String(value);
  return enumName(charset) === 'US_ASCII' ? Buffer.from(s.replace(/[^\x00-\x7f]/g, '?'), 'latin1') : Buffer.from(s, 'utf8');
}


/**
 * java.text.SimpleDateFormat as Utilities.formatDate uses it (English names). An unknown time
 * zone id falls back to GMT, as java.util.TimeZone does — silently, so pass valid ids.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  let tz = timeZone;
  try {
    checkTimeZone(tz);
  } catch {
    tz = 'UTC';
  }
  const w = instantToWall(date, tz);
  const offsetMin = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms) - date.getTime()) / 60000);
  const pad = (n: number, l: number) => String(Math.abs(n)).padStart(l, '0');
  const weekday = new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay();
  const sign = offsetMin < 0 ? '-' : '+';
  const oh = pad(Math.floor(Math.abs(offsetMin) / 60), 2);
  const om = pad(Math.abs(offsetMin) % 60, 2);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G': out += w.y > 0 ? 'AD' : 'BC'; break;
      case 'y': case 'Y': out += n === 2 ? pad(w.y % 100, 2) : pad(w.y, n); break;
      case 'M': case 'L': out += n >= 4 ? MONTHS[w.mo - 1] : n === 3 ? MONTHS[w.mo - 1].slice(0, 3) : pad(w.mo, n); break;
      case 'd': out += pad(w.d, n); break;
      case 'D': out += pad(Math.round((Date.UTC(w.y, w.mo - 1, w.d) - Date.UTC(w.y, 0, 1)) / 86_400_000) + 1, n); break;
      case 'E': out += n >= 4 ? WEEKDAYS[weekday] : WEEKDAYS[weekday].slice(0, 3); break;
      case 'u': out += pad(weekday === 0 ? 7 : weekday, n); break;
      case 'a': out += w.h < 12 ? 'AM' : 'PM'; break;
      case 'H': out += pad(w.h, n); break;
      case 'k': out += pad(w.h === 0 ? 24 : w.h, n); break;
      case 'K': out += pad(w.h % 12, n); break;
      case 'h': out += pad(w.h % 12 === 0 ? 12 : w.h % 12, n); break;
      case 'm': out += pad(w.mi, n); break;
      case 's': out += pad(w.s, n); break;
      case 'S': out += pad(w.ms, n); break;
      case 'Z': out += `${sign}${oh}${om}`; break;
      case 'X':
        out += offsetMin === 0 ? 'Z' : n === 1 ? `${sign}${oh}` : n === 2 ? `${sign}${oh}${om}` : `${sign}${oh}:${om}`;
        break;
      case 'z': out += offsetMin === 0 ? 'GMT' : `GMT${sign}${oh}:${om}`; break;
      default: throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** Java's String.format subset Utilities.formatString supports: %s %d %f %.Nf %05d %%. */
export function formatString(template: string, args: unknown[]): string {
  let k = 0;
  return String(template).replace(/%([-0]?)(\d*)(?:\.(\d+))?([sdfx%])/g, (_m, flag: string, width: string, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const a = args[k++];
    let s: string;
    if (conv === 'd') s = String(Math.trunc(Number(a)));
    else if (conv === 'f') s = Number(a).toFixed(prec === undefined ? 6 : Number(prec));
    else if (conv === 'x') s = Math.trunc(Number(a)).toString(16);
    else s = String(a);
    const wdt = Number(width || 0);
    if (s.length < wdt) s = flag === '-' ? s.padEnd(wdt) : flag === '0' ? s.padStart(wdt, '0') : s.padStart(wdt);
    return s;
  });
}

class BlobImpl {
  constructor(private data: Buffer, private contentType: string | null, private name: string | null) {}
  getBytes(): number[] { return signedBytes(this.data); }
  setBytes(bytes: number[]): this { this.data = toBuffer(bytes); return this; }
  getDataAsString(charset?: string): string { return this.data.toString(/^us-ascii$/i.test(charset ?? '') ? 'latin1' : 'utf8'); }
  setDataFromString(s: string): this { this.data = Buffer.from(String(s), 'utf8'); return this; }
  getContentType(): string | null { return this.contentType; }
  setContentType(t: string): this { this.contentType = t; return this; }
  getName(): string | null { return this.name; }
  setName(n: string): this { this.name = n; return this; }
  isGoogleType(): boolean { return false; }
  /** Raw bytes for the runner's own services (mail attachments). */
  buffer(): Buffer { return this.data; }
}
interface BlobImpl extends GoogleAppsScript.Base.Blob {}

export function blobBuffer(blob: unknown): Buffer | null {
  const impl = unwrap<BlobImpl>(blob);
  return impl instanceof BlobImpl ? impl.buffer() : null;
}

function makeBlob(log: CallLog, data: Buffer, contentType: string | null, name: string | null): GoogleAppsScript.Base.Blob {
  const impl = new BlobImpl(data, contentType, name);
  const proxy = offline<GoogleAppsScript.Base.Blob>(impl, G, 'Blob', log);
  (impl as unknown as { copyBlob: () => unknown }).copyBlob = () => makeBlob(log, Buffer.from(impl.buffer()), impl.getContentType(), impl.getName());
  return proxy;
}

class UtilitiesImpl {
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  /** wait: the virtual clock's advance (sleeping costs Apps Script time, not the machine's). */
  constructor(private readonly log: CallLog, private readonly wait?: (ms: number) => void) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw new Error(`The parameters (${[date, timeZone, format].map((a) => (isDate(a) ? 'Date' : a === null ? 'null' : typeof a)).join(',')}) don't match the method signature for Utilities.formatDate.`);
    }
    return formatDate(date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, args);
  }
  sleep(milliseconds: number): void {
    if (milliseconds > 300_000) throw new Error('Sleep time must be less than 300000 milliseconds.');
    if (this.wait) this.wait(Math.max(0, milliseconds));
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, milliseconds));
  }
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const alg = enumName(algorithm);
    const node = NODE_DIGEST[alg];
    if (!node) throw new Error(`Utilities.computeDigest：离线运行器不支持算法 ${alg}`);
    return signedBytes(createHash(node).update(toBuffer(value, charset)).digest());
  }
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return signedBytes(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }
  computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
    const alg = enumName(algorithm).replace(/^HMAC_/, '');
    const node = NODE_DIGEST[alg];
    if (!node) throw new Error(`Utilities.computeHmacSignature：离线运行器不支持算法 ${alg}`);
    return signedBytes(createHmac(node, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }
  base64Encode(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    // Apps Script's web-safe form keeps the '=' padding.
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: unknown): number[] {
    return signedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    return signedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(data: unknown, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return makeBlob(this.log, toBuffer(data ?? ''), contentType ?? null, name ?? null);
  }
}
interface UtilitiesImpl extends GoogleAppsScript.Utilities.Utilities {}

export function createUtilities(log: CallLog, wait?: (ms: number) => void): GoogleAppsScript.Utilities.Utilities {
  return offline(new UtilitiesImpl(log, wait), G, 'Utilities', log);
}
