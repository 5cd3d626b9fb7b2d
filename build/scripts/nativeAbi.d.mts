// Types of nativeAbi.mjs, for the tests that import it.
export declare function moduleAbiOf(binary: Buffer): number | 'napi' | undefined;
export declare function electronAbiOf(electronVersion: string): number;
