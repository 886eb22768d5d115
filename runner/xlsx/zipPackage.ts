// An .xlsx is a zip "package". Entries a save does not change are copied as their raw bytes
// (local header, compressed data, descriptor), so they stay byte-identical; no zip library
// offers that copy (fflate, yazl and JSZip all re-encode), and the container format is small.
import * as zlib from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** The entry's local record (header, data, descriptor) as it is in the file. */
  readonly raw: Buffer;
  /** The central-directory record, with the local offset to be patched on write. */
  readonly central: Buffer;
  readonly method: number;
  readonly dataStart: number;
  readonly compressedSize: number;
}

/** Why a file is not a readable zip; the store turns it into the clerk's message. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZip(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('找不到 zip 目录');
  const count = buf.readUInt16LE(eocd + 10);
  const dirStart = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirStart === 0xffffffff) throw new ZipFormatError('ZIP64 格式');
  const records: { name: string; central: Buffer; offset: number; method: number; csize: number }[] = [];
  let p = dirStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('zip 目录损坏');
    const nameLen = buf.readUInt16LE(p + 28);
    const end = p + 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const csize = buf.readUInt32LE(p + 20);
    const offset = buf.readUInt32LE(p + 42);
    if (csize === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError('ZIP64 格式');
    records.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), central: buf.subarray(p, end), offset, method: buf.readUInt16LE(p + 10), csize });
    p = end;
  }
  // A local record runs to the next one (or to the directory): that takes in any descriptor.
  const starts = [...records.map((r) => r.offset), dirStart].sort((a, b) => a - b);
  return records.map((r) => {
    if (r.offset + 30 > buf.length || buf.readUInt32LE(r.offset) !== LOCAL) throw new ZipFormatError(`zip 条目 ${r.name} 损坏`);
    const dataStart = r.offset + 30 + buf.readUInt16LE(r.offset + 26) + buf.readUInt16LE(r.offset + 28);
    const next = starts.find((s) => s > r.offset) ?? dirStart;
    if (dataStart + r.csize > next) throw new ZipFormatError(`zip 条目 ${r.name} 不完整`);
    return { name: r.name, raw: buf.subarray(r.offset, next), central: r.central, method: r.method, dataStart: dataStart - r.offset, compressedSize: r.csize };
  });
}

export function entryBytes(entry: ZipEntry): Buffer {
  const data = entry.raw.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) {
    try {
      return zlib.inflateRawSync(data);
    } catch {
      throw new ZipFormatError(`zip 条目 ${entry.name} 无法解压`);
    }
  }
  throw new ZipFormatError(`zip 条目 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
}

let crcTable: Uint32Array | undefined;
function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A new entry, deflated, as local and central records. */
export function newEntry(name: string, data: Buffer, now = new Date()): ZipEntry {
  const nameBytes = Buffer.from(name, 'utf8');
  const packed = zlib.deflateRawSync(data, { level: 6 });
  const crc = crc32(data);
  const { time, date } = dosTime(now);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(time, 12);
  central.writeUInt16LE(date, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  return {
    name,
    raw: Buffer.concat([local, nameBytes, packed]),
    central: Buffer.concat([central, nameBytes]),
    method: 8,
    dataStart: 30 + nameBytes.length,
    compressedSize: packed.length,
  };
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const central = Buffer.from(e.central);
    central.writeUInt32LE(offset, 42);
    centrals.push(central);
    parts.push(e.raw);
    offset += e.raw.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
