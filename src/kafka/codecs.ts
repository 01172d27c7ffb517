/**
 * Compression codecs kafkajs lacks (it only does gzip): snappy, lz4 and zstd, so batches from any
 * producer can be read. All three are pure JavaScript: no native build on install.
 * zstd is decompression only (fzstd): rapport reads zstd batches but produces with gzip or none.
 */
import kafkajs from 'kafkajs';
import SnappyCodec from 'kafkajs-snappy';
import * as lz4 from 'lz4js';
import { decompress as zstdDecompress } from 'fzstd';

const { CompressionCodecs, CompressionTypes } = kafkajs;

interface Encoder {
  buffer: Buffer;
}

const lz4Codec = () => ({
  async compress(encoder: Encoder): Promise<Buffer> {
    return Buffer.from(lz4.compress(encoder.buffer));
  },
  async decompress(buffer: Buffer): Promise<Buffer> {
    return Buffer.from(lz4.decompress(buffer));
  },
});

const zstdCodec = () => ({
  async compress(): Promise<Buffer> {
    throw new Error('rapport: zstd compression is not supported for producing; use gzip or none');
  },
  async decompress(buffer: Buffer): Promise<Buffer> {
    return Buffer.from(zstdDecompress(buffer));
  },
});

let registered = false;

/** Register the codecs with kafkajs once per process. */
export function registerCodecs(): void {
  if (registered) return;
  registered = true;
  CompressionCodecs[CompressionTypes.Snappy] = SnappyCodec as never;
  CompressionCodecs[CompressionTypes.LZ4] = lz4Codec as never;
  CompressionCodecs[CompressionTypes.ZSTD] = zstdCodec as never;
}
