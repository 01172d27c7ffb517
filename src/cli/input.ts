/**
 * Reads transcripts from a file or stdin: a JSON object, a JSON array of objects, or JSON Lines.
 * Each record carries its line number (JSONL) or index (array) so problems can say where they are.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

export interface InputRecord {
  /** "line 12" for JSON Lines, "item 3" for an array, "document" for a single object. */
  where: string;
  value?: unknown;
  /** Why the record could not be parsed as JSON. */
  error?: string;
  /** The record's original text (JSON Lines only). */
  raw?: string;
}

export interface InputSource {
  records: AsyncIterable<InputRecord>;
  /** Total size in bytes when known (files), for progress bars. */
  totalBytes: number | undefined;
  /** Bytes consumed so far. */
  bytesRead(): number;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}` };
  }
}

/** Open `path` (`-` for stdin) and yield its records. */
export function openInput(path: string): InputSource {
  const totalBytes = path === '-' ? undefined : statSync(path).size;
  let bytes = 0;
  const stream = (): Readable => {
    const s = path === '-' ? process.stdin : createReadStream(path);
    s.on('data', (chunk: Buffer | string) => (bytes += chunk.length));
    return s;
  };

  async function* records(): AsyncGenerator<InputRecord> {
    // A file that opens with '[' or whose first line is not complete JSON is one document.
    const lines = createInterface({ input: stream(), crlfDelay: Infinity });
    let lineNo = 0;
    let firstLine: string | undefined;
    const rest: string[] = [];
    for await (const line of lines) {
      lineNo++;
      if (firstLine === undefined) {
        if (line.trim() === '') continue;
        firstLine = line;
        const trimmed = line.trimStart();
        const single = trimmed.startsWith('{') ? parse(line) : undefined;
        if (single && single.error === undefined) {
          yield { where: `line ${lineNo}`, value: single.value, raw: line };
          continue;
        }
        rest.push(line);
        // Not JSON Lines: gather the whole document.
        for await (const more of lines) rest.push(more);
        const whole = parse(rest.join('\n'));
        if (whole.error !== undefined) return void (yield { where: 'document', error: whole.error });
        if (Array.isArray(whole.value)) {
          for (const [i, item] of whole.value.entries()) yield { where: `item ${i + 1}`, value: item };
        } else {
          yield { where: 'document', value: whole.value };
        }
        return;
      }
      if (line.trim() === '') continue;
      yield { where: `line ${lineNo}`, raw: line, ...parse(line) };
    }
  }

  return { records: records(), totalBytes, bytesRead: () => bytes };
}

/** Read a whole file or stdin as text (for single-document formats such as Contact Lens). */
export async function readText(path: string): Promise<string> {
  return readAll(path === '-' ? process.stdin : createReadStream(path));
}
