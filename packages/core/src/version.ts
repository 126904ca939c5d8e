declare const __OPENCASEWORK_VERSION__: string | undefined;

/**
 * This build's version of the Open Casework packages (they are released together, one version). The library and
 * bundle builds write it in; run from TypeScript source (tests, Storybook) it is 'source'.
 */
export const VERSION: string = typeof __OPENCASEWORK_VERSION__ === 'string' ? __OPENCASEWORK_VERSION__ : 'source';
