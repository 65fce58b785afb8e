// Types for validateOffline.js, a plain Node script (it runs before any build step, with no compiler).
export interface ValidateOptions {
  baseUrl?: string;
  assetsDir?: string;
  schemas?: string[];
  label?: string;
}
export interface ValidateResult {
  problems: string[];
  counts: { resids: number; icons: number; urls: number };
}
export declare class CannotCheck extends Error {}
export declare const SCHEMA: string;
export declare const ASSETS_DIR: string;
export declare function validateManifest(file: string, options?: ValidateOptions): ValidateResult;
export declare function readPngSize(file: string): { width: number; height: number } | null;
export declare function xmllintAvailable(): boolean;
