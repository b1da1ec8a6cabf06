import { defineConfig } from "tsup";

export default defineConfig({
  // `worker` is the entry of experiment worker threads (src/experiment/runTasks.ts finds it next to index.js).
  // `cli` is the `caseflow` command (package.json "bin"); its source starts with a #! line, which
  // esbuild keeps and tsup answers by making dist/cli.js executable.
  // `engine`, `random` and `stats` are the domain-free layers as subpath exports (caseflow/engine, …):
  // they hold no module state, so their own copies beside index.js cannot disagree with it.
  // `experiment` and `report` (caseflow/experiment, caseflow/report) are the generic experiment and
  // report layers; their one piece of module state, the model registry, lives on globalThis
  // (src/experiment/modelRegistry.ts), so every copy shares it.
  entry: {
    index: "src/index.ts",
    worker: "src/experiment/worker.ts",
    cli: "src/cli/bin.ts",
    engine: "src/engine/index.ts",
    random: "src/random/index.ts",
    stats: "src/stats/index.ts",
    experiment: "src/experiment/index.ts",
    report: "src/report/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: false,
  // Provides import.meta.url in the CJS build (and __dirname in ESM), used to locate the worker script.
  shims: true,
});
