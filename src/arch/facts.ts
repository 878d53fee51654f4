// Facts the verdicts rely on, each checked against the npm registry (`npm view <pkg> versions`,
// `npm view <parent>@<version> optionalDependencies`) on 2026-11-23. Keep this table small and
// verifiable; anything not listed gets the generic remedies.

/** First version of a package whose optionalDependencies include a loong64 build. */
export const FIRST_LOONG64: Record<string, { version: string; via: string }> = {
  // esbuild 0.14.53 is the first to depend on @esbuild/linux-loong64 (0.14.52 named
  // esbuild-linux-loong64, which the registry no longer serves).
  esbuild: { version: '0.14.53', via: '@esbuild/linux-loong64' },
  // rollup 4.28.1 added @rollup/rollup-linux-loongarch64-gnu; 4.50.2 renamed it to -loong64-gnu.
  rollup: { version: '4.28.1', via: '@rollup/rollup-linux-loongarch64-gnu' },
};

/** Pure-JS or WebAssembly builds of packages that otherwise ship per-platform binaries. */
export const WASM_ALTERNATIVES: Record<string, string> = {
  esbuild: 'esbuild-wasm',
  rollup: '@rollup/wasm-node',
  '@swc/core': '@swc/wasm',
  lightningcss: 'lightningcss-wasm',
  sharp: '@img/sharp-wasm32',
  '@biomejs/biome': '@biomejs/wasm-nodejs',
};

/** Install-time downloaders of prebuilt binaries; without a build for the target they compile. */
export const PREBUILT_DOWNLOADERS = new Set([
  'prebuild-install',
  'node-pre-gyp',
  '@mapbox/node-pre-gyp',
  'node-gyp-build',
  '@discordjs/node-pre-gyp',
]);

/** Loongnix 20 (DaoXiangHu) and Loongnix Server 8 are old-world (ABI1.0) distributions. */
export const OLD_WORLD_MIRROR =
  /\b(?:DaoXiangHu|loongnix-server\/8(?:\.\d+)?)\b|pkg\.loongnix\.cn\/loongnix\/(?!25)/i;

/**
 * Python distributions whose wheels are built by maturin from Rust (PyO3): the `Generator:` line of
 * their installed WHEEL files (cryptography 48.0.0, orjson 3.8.3, pydantic-core 2.46.4, rpds-py
 * 0.30.0, installed from PyPI on this machine, 2026-11-23). Building their sdists needs Rust.
 */
export const RUST_BUILT_PYTHON = new Set(['cryptography', 'orjson', 'pydantic-core', 'rpds-py']);
