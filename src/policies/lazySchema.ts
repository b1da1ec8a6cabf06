/*
 * Schemas made when first used. The policies' option schemas are built by
 * functions that build once and then hand out the same schema, so importing
 * the library evaluates no schema: a program that never reads a scenario file
 * or makes a policy never pays for building them.
 */

/**
 * A function returning the schema `build` makes, built on the first call and
 * the same object on every later call.
 * @param build makes the schema (called at most once)
 */
export function lazySchema<S>(build: () => S): () => S {
  let schema: S | undefined;
  return () => (schema ??= build());
}

/**
 * A read-only object whose keys and values are those `make` returns, made on
 * first read (for a policy's defaults, which come from its schema). Writing to
 * it, adding or deleting keys throws in strict code.
 * @param make makes the values (called at most once)
 */
export function lazyDefaults<T extends object>(make: () => T): Readonly<T> {
  let value: T | undefined;
  const made = (): T => (value ??= Object.freeze(make()));
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(made(), key),
    has: (_target, key) => Reflect.has(made(), key),
    ownKeys: () => Reflect.ownKeys(made()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(made(), key);
      // the proxy's own target is empty and extensible, so a reported key must be configurable
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false,
  });
}
