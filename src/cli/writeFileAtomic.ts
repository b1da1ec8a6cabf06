/*
 * Writing output files so that a reader never sees half a file: the text goes
 * to a temporary file beside the target, which is then renamed over it (a
 * rename within one directory is atomic). An interrupted or failed write leaves
 * the old file, or none, and no temporary file: temporary files are also removed
 * when the process exits in the middle of a write (a second Ctrl-C), on every exit
 * path that runs code (SIGKILL runs none). Only regular files are replaced: a
 * device, a FIFO, a symbolic link or the input file itself is refused, and the
 * checks run before a long run starts as well as just before the rename.
 */
import { accessSync, constants, lstatSync, statSync, unlinkSync, type Stats } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { safeText } from "../text/safeText";
import { InputError } from "./InputError";

/** Temporary files being written, removed if the process exits before they are renamed. */
const pending = new Set<string>();
let exitHookInstalled = false;

function removePendingSync(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/**
 * Writes `text` (UTF-8) to `path` atomically via `<path>.tmp-<pid>`, after checking
 * again that `path` is a regular file or absent (see {@link checkOutputPath}).
 *
 * @throws InputError if `path` is not a regular file or is a symbolic link
 * @throws the file system's error if the write or rename fails (the temporary file is removed first)
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  refuseNonRegular(path, "output");
  const tmp = `${path}.tmp-${process.pid}`;
  if (!exitHookInstalled) {
    process.on("exit", removePendingSync);
    exitHookInstalled = true;
  }
  pending.add(tmp);
  try {
    await writeFile(tmp, text, { encoding: "utf8", flag: "wx" });
    refuseNonRegular(path, "output"); // the target may have changed during the write
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    pending.delete(tmp);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Refuses a target that exists and is not a regular file (devices, FIFOs, directories, symbolic links). */
function refuseNonRegular(path: string, flag: string): void {
  const st = lstatOrUndefined(path);
  if (st === undefined || st.isFile()) return;
  const name = safeText(path, 200);
  if (st.isSymbolicLink()) throw new InputError(`${flag} ${name}: is a symbolic link; give the path of the file it points to (a link is never replaced)`);
  if (st.isDirectory()) throw new InputError(`${flag} ${name}: is a directory; give a file name`);
  const kind = st.isFIFO()
    ? "a FIFO (named pipe)"
    : st.isCharacterDevice()
      ? "a character device"
      : st.isBlockDevice()
        ? "a block device"
        : "not a regular file";
  throw new InputError(`${flag} ${name}: is ${kind}; only regular files are written (to print, leave the option out)`);
}

/**
 * Checks before a long run that `path` can be written: its directory exists and is
 * writable, the path is not a directory, device, FIFO or symbolic link, and it is
 * not one of the `inputs` (the scenario or result files the command reads).
 *
 * @param flag - the option that named the path, for the message (e.g. "--output")
 * @param inputs - files the command reads, which it must not overwrite @defaultValue []
 * @throws InputError naming the flag and path otherwise
 */
export function checkOutputPath(path: string, flag: string, inputs: readonly string[] = []): void {
  const full = resolve(path);
  const dir = dirname(full);
  const name = safeText(path, 200);
  let dirIsDirectory: boolean;
  try {
    dirIsDirectory = statSync(dir).isDirectory();
  } catch {
    dirIsDirectory = false;
  }
  if (!dirIsDirectory) throw new InputError(`${flag} ${name}: directory ${safeText(dir, 200)} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`${flag} ${name}: directory ${safeText(dir, 200)} is not writable`);
  }
  refuseNonRegular(full, flag);
  const target = lstatOrUndefined(full);
  if (target !== undefined) {
    for (const input of inputs) {
      let st: Stats | undefined;
      try {
        st = statSync(input);
      } catch {
        st = undefined;
      }
      if (st !== undefined && st.ino === target.ino && st.dev === target.dev) {
        throw new InputError(`${flag} ${name}: is the input file ${safeText(input, 200)}; write the output to another file`);
      }
    }
  }
}
