/*
 * Reads a JSON file the user named, turning every way it can go wrong (no
 * such file, empty file, a syntax error) into one clear message with the file
 * name and, for syntax errors, the line and column.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { safeText } from "../text/safeText";
import { checkJSONShape } from "./checkJSONShape";
import { InputError } from "./InputError";

/** Largest file read, bytes: a scenario is a few KB, a result with weekly series of many replications some MB. */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;

/** What kind of file `st` is, for messages. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * The bytes of `path`, which must be a regular file of at most `maxBytes`. The file
 * is opened without blocking (a FIFO with no writer would otherwise hang the open)
 * and checked on the open descriptor, so nothing but a regular file is ever read.
 */
function readRegularFile(path: string, what: string, maxBytes: number): Buffer {
  const name = safeText(path, 200);
  // standard input ("-" on the command line) is a pipe or a terminal by nature: it is read
  // (blocking, as asked for) with the same size limit; every other path must be a regular file
  const stdin = path === "/dev/stdin";
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (stdin ? 0 : (constants.O_NONBLOCK ?? 0)));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${name}: no such file (expected a ${what} file)`);
    if (code === "EISDIR") throw new InputError(`${name}: is a directory (expected a ${what} file)`);
    throw new InputError(`${name}: cannot be read: ${safeText((err as Error).message, 200)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() && !stdin) throw new InputError(`${name}: is ${kindOf(st)}; expected a regular ${what} file`);
    if (st.size > maxBytes) {
      throw new InputError(`${name}: is ${st.size} bytes; a ${what} file may be at most ${maxBytes} bytes (${maxBytes / 2 ** 20} MB)`);
    }
    // read at most maxBytes + 1, so a file growing while it is read cannot grow memory without bound
    const buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(st.size, 0) + 65_536));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) throw new InputError(`${name}: is more than ${maxBytes} bytes; a ${what} file may be at most ${maxBytes} bytes`);
    return buf.subarray(0, n);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${name}: cannot be read: ${safeText((err as Error).message, 200)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The parsed contents of `path`, and its text. Only a regular file is read (a FIFO,
 * device, socket or directory is refused before reading), of at most
 * {@link MAX_INPUT_BYTES}; JSON nested deeper than MAX_JSON_DEPTH (32) levels or
 * repeating a key in an object is refused.
 *
 * @param what - what the file should hold, for messages (e.g. "scenario")
 * @param maxBytes - largest file accepted @defaultValue MAX_INPUT_BYTES
 * @throws InputError if the file cannot be read, is not a regular file, is too big, empty, not valid JSON or badly shaped
 */
export function readJSONFile(path: string, what: string, maxBytes = MAX_INPUT_BYTES): { data: unknown; text: string } {
  const bytes = readRegularFile(path, what, maxBytes);
  path = safeText(path, 200);
  // a UTF-16 file starts with a byte-order mark FF FE or FE FF
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`${path} is UTF-16 text; expected a ${what} in UTF-8 encoded JSON`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`${path} is not valid UTF-8 (bad byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}); expected a ${what} in UTF-8 encoded JSON`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(`${path} is empty; expected a ${what} in JSON`);
  const shape = checkJSONShape(text);
  if (shape !== undefined) throw new InputError(`${path}: ${shape}`);
  try {
    return { data: JSON.parse(text), text };
  } catch (err) {
    throw new InputError(`${path} is not valid JSON: ${safeText(describeSyntaxError((err as Error).message, text), 300)}`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

/** The parser's message with the line and column of the position it names, or a hint for a file that ends early. */
export function describeSyntaxError(message: string, text: string): string {
  if (/end of JSON input/i.test(message)) return `${message} (the file ends too early: is it cut off?)`;
  const m = /position (\d+)/.exec(message);
  if (m === null) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  return `${message.replace(/\s*\(line \d+ column \d+\)$/, "")} (line ${line}, column ${column})`;
}
