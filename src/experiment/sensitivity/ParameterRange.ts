/*
 * The range over which a sensitivity analysis varies one scenario setting:
 * uniform between two numbers, log-uniform (for rates and sizes that matter
 * in proportion), or a list of discrete choices (whole numbers, switches).
 * Designs work in the unit hypercube; {@link parameterValue} maps a unit
 * coordinate to the setting's value.
 */

/** One varied setting of a sensitivity analysis or regime map. */
export type ParameterRange =
  | {
      /** Dotted path into the scenario, e.g. `office.world.contacts.customerCentreResolves`. */
      path: string;
      /** Uniform between `lo` and `hi`. */
      kind: "uniform";
      /** Low end (must be below `hi` and allowed by the scenario schema). */
      lo: number;
      /** High end. */
      hi: number;
    }
  | {
      /** Dotted path into the scenario. */
      path: string;
      /** Log-uniform between `lo` and `hi` (both > 0): equal weight to each factor of ten. */
      kind: "logUniform";
      /** Low end, > 0. */
      lo: number;
      /** High end. */
      hi: number;
    }
  | {
      /** Dotted path into the scenario. */
      path: string;
      /** One of `values`, each equally likely (in the order given, so neighbouring values are neighbours in the design). */
      kind: "discrete";
      /** At least 2 values, each allowed by the scenario schema. */
      values: unknown[];
    };
