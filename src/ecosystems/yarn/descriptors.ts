// Yarn descriptors (`name@range`) and locators (`name@reference`): splitting off the package name
// (scoped names included), the `npm:` alias form, Berry's `::` binding parameters and `patch:`
// wrappers. Shared by the classic and Berry parsers; pure string work.

export interface Ident {
  name: string;
  /** Everything after the `@` that ends the name. */
  range: string;
}

/** Splits `@scope/name@range` or `name@range`; undefined when there is no name. */
export function splitDescriptor(descriptor: string): Ident | undefined {
  const at = descriptor.indexOf('@', descriptor.startsWith('@') ? 1 : 0);
  if (at <= 0) return undefined;
  const name = descriptor.slice(0, at);
  if (name.startsWith('@') && !/^@[^/]+\/[^/]+$/.test(name)) return undefined;
  return { name, range: descriptor.slice(at + 1) };
}

/** `npm:real-name@range` (an alias) -> the real name and its range; undefined for other ranges. */
export function parseNpmAlias(range: string): Ident | undefined {
  if (!range.startsWith('npm:')) return undefined;
  const inner = splitDescriptor(range.slice(4));
  return inner && inner.name ? inner : undefined;
}

/** Removes Berry's binding parameters (`::locator=…&hash=…`) from a reference. */
export function stripBindings(reference: string): { reference: string; params: URLSearchParams } {
  const i = reference.indexOf('::');
  if (i < 0) return { reference, params: new URLSearchParams() };
  return { reference: reference.slice(0, i), params: new URLSearchParams(reference.slice(i + 2)) };
}

export interface PatchReference {
  /** The descriptor or locator that is patched, e.g. `resolve@npm:1.22.14`. */
  inner: string;
  /** The patch source, e.g. `optional!builtin<compat/resolve>` or `./.yarn/patches/x.patch`. */
  patch: string;
}

/** `patch:resolve@npm%3A1.22.14#optional!builtin<compat/resolve>` -> its parts. */
export function parsePatch(reference: string): PatchReference | undefined {
  if (!reference.startsWith('patch:')) return undefined;
  const body = stripBindings(reference.slice('patch:'.length)).reference;
  const hash = body.indexOf('#');
  if (hash < 0) return undefined;
  let inner: string;
  try {
    inner = decodeURIComponent(body.slice(0, hash));
  } catch {
    return undefined;
  }
  return { inner, patch: body.slice(hash + 1) };
}
