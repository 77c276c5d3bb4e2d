// Types of ./chromium.mjs for the TypeScript files that import it.
export declare const CHROMIUM_ARGS: readonly string[];
