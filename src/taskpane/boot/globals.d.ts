/** The product's version, set by the build from package.json. */
declare const __TRACKER_CHECK_VERSION__: string;
