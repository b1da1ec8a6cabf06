/*
 * Schemas made when first used. The policies' option schemas are built by
 * functions that build once and then hand out the same schema, so importing
 * the library evaluates no schema: a program that never reads a scenario file
 * or makes a policy never pays for building them. A schema that is exported
 * as a constant (the office scenario's) is a lazily made object: the same
 * schema, built on its first use.
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

/**
 * An object that behaves as the one `make` returns, made on first use (reading,
 * writing or listing a key, or asking for its prototype), so that an exported
 * constant such as a schema costs nothing until a program uses it. Methods run
 * on the made object itself. Code inside the library passes the made object
 * (from `make`), not this stand-in, wherever identity matters (zod's metadata
 * registry is keyed by the schema object).
 * @param make makes the object (called at most once)
 */
export function lazyObject<T extends object>(make: () => T): T {
  let value: T | undefined;
  const made = (): T => (value ??= make());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(made(), key),
    set: (_target, key, v) => Reflect.set(made(), key, v),
    has: (_target, key) => Reflect.has(made(), key),
    ownKeys: () => Reflect.ownKeys(made()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(made(), key);
      // the proxy's own target is empty and extensible, so a reported key must be configurable
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    defineProperty: (_target, key, d) => Reflect.defineProperty(made(), key, d),
    deleteProperty: (_target, key) => Reflect.deleteProperty(made(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(made()),
  });
}
