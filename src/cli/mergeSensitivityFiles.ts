/*
 * `caseflow merge` for the shards of a sensitivity analysis (saved by
 * `caseflow sensitivity … --shard i/n -o shard.json`): joins them into the
 * result an unsharded run gives, with the analysis computed from all runs.
 */
import { mergeSensitivity, type SensitivityResult } from "../experiment";
import { InputError } from "./InputError";
import { readJSONFile } from "./readJSONFile";

/**
 * The merged result if every file is a sensitivity shard; undefined if none
 * is (the files are left to the ordinary merge).
 *
 * @throws InputError if only some files are sensitivity results, or the shards do not fit together
 */
export function mergeSensitivityFiles(files: readonly string[]): SensitivityResult<unknown> | undefined {
  const data = files.map((f) => readJSONFile(f, "result").data as { kind?: unknown });
  const isSens = data.map((d) => typeof d === "object" && d !== null && d.kind === "sensitivity");
  if (!isSens.some(Boolean)) return undefined;
  const other = isSens.findIndex((s) => !s);
  if (other >= 0) throw new InputError(`${files[other]} is not a sensitivity result, but ${files[isSens.indexOf(true)]} is; merge shards of one analysis`);
  try {
    return mergeSensitivity(data as unknown as SensitivityResult<unknown>[]);
  } catch (err) {
    throw new InputError(
      `cannot merge ${files.join(", ")}: ${(err as Error).message.replace(/^mergeSensitivity: /, "").replace(/shards\[(\d+)\]/g, (_, k: string) => files[Number(k)] ?? `file ${k}`)}`,
    );
  }
}
