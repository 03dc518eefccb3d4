// A file's bytes as browsers fetch them: raw, gzip (level 9) and brotli (quality 11).
import fs from 'node:fs';
import zlib from 'node:zlib';

/** `{ raw, gzip, brotli }` byte counts of `file`. */
export function sizes(file) {
  const bytes = fs.readFileSync(file);
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}
