/*
 * Writing output files so that a reader never sees half a file: the text goes
 * to a temporary file beside the target, which is then renamed over it (a
 * rename within one directory is atomic). An interrupted or failed write leaves
 * the old file, or none, and no temporary file.
 */
import { rename, unlink, writeFile } from "node:fs/promises";
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "./InputError";

/**
 * Writes `text` (UTF-8) to `path` atomically via `<path>.tmp-<pid>`.
 *
 * @throws the file system's error if the write or rename fails (the temporary file is removed first)
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, text, "utf8");
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/**
 * Checks before a long run that `path` can be written: its directory exists
 * and it is not itself a directory.
 *
 * @param flag - the option that named the path, for the message (e.g. "--output")
 * @throws InputError naming the flag and path otherwise
 */
export function checkOutputPath(path: string, flag: string): void {
  const full = resolve(path);
  const dir = dirname(full);
  let dirIsDirectory = false;
  try {
    dirIsDirectory = statSync(dir).isDirectory();
  } catch {
    dirIsDirectory = false;
  }
  if (!dirIsDirectory) throw new InputError(`${flag} ${path}: directory ${dir} does not exist`);
  try {
    if (statSync(full).isDirectory()) throw new InputError(`${flag} ${path}: is a directory; give a file name`);
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
}
