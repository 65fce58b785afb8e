// Types for renderManifest.js, which stays CommonJS JavaScript so that webpack.config.js can require it.
export declare const DEV_BASE_URL: string;
export declare const ADDIN_PAGES: readonly string[];
export declare function normaliseBaseUrl(url: string): string;
export declare function normalisePublisher(name: string | undefined): string;
export declare function renderManifest(xmlText: string, baseUrl: string, publisher?: string): string;
