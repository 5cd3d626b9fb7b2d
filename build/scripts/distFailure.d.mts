// Types of distFailure.mjs, for the tests that import it.
export declare const installersByPlatform: Record<'linux' | 'win32' | 'darwin', string>;
export declare function platformFlag(platform: string): '--linux' | '--win' | '--mac';
export declare function explainDistFailure(
  output: string,
  context: { electronVersion: string; platform: string },
): string | undefined;
