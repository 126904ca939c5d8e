import type { UserConfig } from 'vite';
export declare const repoRoot: string;
export declare const oxcOptions: NonNullable<UserConfig['oxc']>;
export declare const devConditions: string[];
export declare function devViteConfig(): UserConfig;
export declare const externals: RegExp[];
export declare function libraryEntries(pkgDir: string): Record<string, string>;
export declare function libraryConfig(configUrl: string): UserConfig;
