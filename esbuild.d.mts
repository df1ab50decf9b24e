// Types for esbuild.mjs's options, for the tests that bundle a server of their own.
import type { BuildOptions } from "esbuild";

export const bundleOptions: BuildOptions;
export const POOL_HOST_BANNER: string;
export const poolHostOptions: BuildOptions;
export function tinypoolEntry(outdir: string): BuildOptions;
