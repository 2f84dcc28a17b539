/** Types for lib/build/third-party.mjs, so TypeScript tests can import it. */
export interface ThirdPartyPackage {
  name: string;
  version: string;
  /** SPDX, from its package.json. */
  licence: string;
  /** The licence file's name in the package, and its text. */
  file: string;
  text: string;
}
export function packageOf(moduleId: string): { name: string; dir: string } | null;
export function thirdPartyPackages(moduleIds: Iterable<string>): ThirdPartyPackage[];
export function dependencyProblems(
  packages: Pick<ThirdPartyPackage, 'name' | 'version'>[],
  lock: { packages?: Record<string, { version?: string; dev?: boolean }> },
): string[];
export function noticesText(packages: ThirdPartyPackage[]): string;
export function noticesFileName(text: string): string;
export function noticeBanner(packages: Pick<ThirdPartyPackage, 'name' | 'version' | 'licence'>[], url: string): string;
export function readLock(root?: string): { packages?: Record<string, { version?: string; dev?: boolean }> };
