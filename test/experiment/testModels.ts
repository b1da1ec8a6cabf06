/*
 * Small models for the experiment tests: a uniform draw per replication (with a
 * NaN metric, an awkward metric name and a time series), and a model that fails
 * in a chosen replication.
 */
import type { ExperimentModel } from "../../src/experiment";
import { createStream } from "../../src/random";

/** Scenario of {@link uniformModel}. */
export interface UniformScenario {
  scale: number;
}

/** Metrics: `u` = scale × one uniform of stream rep/<i>/u; `twice` = 2u; `nan` = NaN; `odd,"name"` = replication index. */
export const uniformModel: ExperimentModel<UniformScenario> = {
  id: "test-uniform",
  run(s, ctx) {
    const u = createStream(ctx.rootSeed, "rep", ctx.replication, "u")() * s.scale;
    return {
      metrics: { u, twice: 2 * u, nan: NaN, 'odd,"name"': ctx.replication },
      series: { path: [u, 2 * u, 3 * u] },
    };
  },
};

/** Throws in replication `failAt`, otherwise reports `i` = replication index. */
export const failingModel: ExperimentModel<{ failAt: number }> = {
  id: "test-failing",
  run(s, ctx) {
    if (ctx.replication === s.failAt) throw new Error(`boom at ${ctx.replication}`);
    return { metrics: { i: ctx.replication } };
  },
};
