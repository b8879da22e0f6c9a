/**
 * The bytes Chromium's IndexedDB really holds, for searching: its LevelDB tables compress their
 * blocks with Snappy and its write-ahead log splits records into 32 KiB blocks, so text can be
 * on disk without its bytes appearing in a row in the file. This undoes both (table data blocks
 * decompressed, log records put back together), so a search for typed text cannot miss it
 * because of how LevelDB laid it out.
 *
 * Formats: LevelDB's doc/table_format.md and doc/log_format.md; Snappy's format_description.txt.
 */

function varint(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const b = bytes[i++];
    if (b === undefined) throw new RangeError('varint past the end');
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [value, i];
    shift += 7;
  }
}

/** Snappy's raw format (no framing). */
export function snappyDecompress(input: Uint8Array): Uint8Array {
  const [length, start] = varint(input, 0);
  const out = new Uint8Array(length);
  let o = 0;
  let i = start;
  while (i < input.length) {
    const tag = input[i++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let len = (tag >> 2) + 1;
      if (len > 60) {
        const extra = len - 60;
        len = 0;
        for (let k = 0; k < extra; k++) len |= input[i++]! << (8 * k);
        len += 1;
      }
      out.set(input.subarray(i, i + len), o);
      i += len;
      o += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      len = 4 + ((tag >> 2) & 7);
      offset = ((tag >> 5) << 8) | input[i++]!;
    } else if (kind === 2) {
      len = (tag >> 2) + 1;
      offset = input[i]! | (input[i + 1]! << 8);
      i += 2;
    } else {
      len = (tag >> 2) + 1;
      offset = (input[i]! | (input[i + 1]! << 8) | (input[i + 2]! << 16) | (input[i + 3]! << 24)) >>> 0;
      i += 4;
    }
    for (let k = 0; k < len; k++, o++) out[o] = out[o - offset]!;
  }
  return out.subarray(0, o);
}

const TABLE_MAGIC = 0xdb4775248b80fb57n;

/** A table's block at a handle, decompressed when it was compressed. */
function block(file: Uint8Array, offset: number, size: number): Uint8Array {
  const content = file.subarray(offset, offset + size);
  return file[offset + size] === 1 ? snappyDecompress(content) : content;
}

/** Every data block of an .ldb/.sst table, decompressed and joined. */
export function tableBytes(file: Uint8Array): Uint8Array {
  if (file.length < 48) return file;
  const footer = file.subarray(file.length - 48);
  const magic = new DataView(footer.buffer, footer.byteOffset + 40, 8).getBigUint64(0, true);
  if (magic !== TABLE_MAGIC) return file;
  // The footer: the metaindex block's handle (skipped), then the index block's.
  const [, afterMetaOffset] = varint(footer, 0);
  const [, afterMeta] = varint(footer, afterMetaOffset);
  const [indexOffset, afterIndexOffset] = varint(footer, afterMeta);
  const [indexSize] = varint(footer, afterIndexOffset);
  const index = block(file, indexOffset, indexSize);
  const restarts = new DataView(index.buffer, index.byteOffset).getUint32(index.length - 4, true);
  const end = index.length - 4 * (restarts + 1);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < end;) {
    let nonShared: number;
    let valueLength: number;
    [, i] = varint(index, i);
    [nonShared, i] = varint(index, i);
    [valueLength, i] = varint(index, i);
    i += nonShared;
    const [offset, next] = varint(index, i);
    const [size] = varint(index, next);
    i += valueLength;
    parts.push(block(file, offset, size));
  }
  return Buffer.concat(parts);
}

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;

/** The records of a .log file, their fragments joined again. */
export function logBytes(file: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let blockStart = 0; blockStart < file.length; blockStart += LOG_BLOCK) {
    let i = blockStart;
    const blockEnd = Math.min(blockStart + LOG_BLOCK, file.length);
    while (i + LOG_HEADER <= blockEnd) {
      const length = file[i + 4]! | (file[i + 5]! << 8);
      const type = file[i + 6]!;
      if (type === 0 && length === 0) break;
      parts.push(file.subarray(i + LOG_HEADER, i + LOG_HEADER + length));
      i += LOG_HEADER + length;
    }
  }
  return Buffer.concat(parts);
}

/** What to search in a file: LevelDB tables and logs undone, any other file as it is. */
export function searchableBytes(name: string, file: Uint8Array): Uint8Array {
  try {
    if (/\.(ldb|sst)$/.test(name)) return tableBytes(file);
    if (/\.log$/.test(name) && /leveldb/.test(name)) return logBytes(file);
  } catch {
    // Not laid out as LevelDB says (a file being written): searched as it is.
  }
  return file;
}
