/**
 * The search command's module, loaded when a search (or an unknown code) needs it. The build
 * replaces this file in dist/cli.cjs with a require() of dist/search.cjs: CommonJS loads without
 * Node's ES module loader, which alone would cost search a quarter of `node -e 0`.
 */
export function loadSearch(): Promise<typeof import('./search.js')> {
  return import('./search.js');
}
