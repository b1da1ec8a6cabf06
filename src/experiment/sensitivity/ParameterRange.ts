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
      lo: number;
      hi: number;
    }
  | {
      path: string;
      /** Log-uniform between `lo` and `hi` (both > 0): equal weight to each factor of ten. */
      kind: "logUniform";
      lo: number;
      hi: number;
    }
  | {
      path: string;
      /** One of `values`, each equally likely (in the order given, so neighbouring values are neighbours in the design). */
      kind: "discrete";
      values: unknown[];
    };
