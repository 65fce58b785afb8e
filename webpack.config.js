// Three builds. `addin`: the task pane and ribbon command page a council hosts (dist/addin), with the manifest
// rewritten to point at ADDIN_URL. `engine`: the engine alone as one browser script (dist/web), which proves
// on every build that src/core pulls in nothing from Node, and which the bench times in Chromium. `cli`: the
// command line and its worker, one file each (dist/cli), which is what starts fast (see that build).
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { version, config: packageConfig } = require('./package.json');

const DEV_URL = 'https://localhost:3000/';
// Microsoft's supported source for Office.js; a council that mirrors it internally sets OFFICE_JS_URL.
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Who publishes this copy (the manifest's ProviderName, and the support page says whom to ask): the council
// or team that hosts it sets ADDIN_PUBLISHER when building, as it sets ADDIN_URL.
const PUBLISHER = process.env.ADDIN_PUBLISHER || packageConfig.publisher;

/** The pane may load its own files and Office.js, and reach nothing else. */
function contentSecurityPolicy(officeJsUrl) {
  const office = new URL(officeJsUrl).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${office}`,
    // Fluent UI (Griffel) adds its rules to <style> elements at run time
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

// The support page loads its stylesheet inline and the add-in's icon, and nothing else.
const SUPPORT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * https for the dev server: Microsoft's trusted developer certificate when office-addin-dev-certs has
 * installed one (what a developer sideloading into Excel needs), else a throw-away self-signed one made
 * with openssl, which is enough for a browser told to accept it (the tests) but not for Excel.
 */
async function httpsOptions() {
  if (process.env.TC_DEV_CERT && process.env.TC_DEV_KEY) {
    return { cert: fs.readFileSync(process.env.TC_DEV_CERT), key: fs.readFileSync(process.env.TC_DEV_KEY) };
  }
  try {
    const devCerts = require('office-addin-dev-certs');
    if (devCerts.verifyCertificates && devCerts.verifyCertificates()) {
      const o = await devCerts.getHttpsServerOptions();
      return { ca: o.ca, key: o.key, cert: o.cert };
    }
  } catch {
    // no trusted developer certificate: fall through to a self-signed one
  }
  const dir = path.join(os.tmpdir(), 'tracker-check-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    // made in a folder of its own and moved into place whole, so that two servers starting at once (the
    // tests do) never read one's key with the other's certificate: the second move fails, and both use the first
    const fresh = fs.mkdtempSync(`${dir}-`);
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '365', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', path.join(fresh, 'localhost.key'), '-out', path.join(fresh, 'localhost.crt')], { stdio: 'ignore' });
    if (fs.existsSync(dir) && !fs.existsSync(cert)) fs.rmSync(dir, { recursive: true, force: true });
    try {
      fs.renameSync(fresh, dir);
    } catch {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  }
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

function addinUrl(dev) {
  if (dev || !process.env.ADDIN_URL) return DEV_URL;
  return process.env.ADDIN_URL;
}

const tsRule = (configFile) => ({
  test: /\.tsx?$/,
  loader: 'ts-loader',
  exclude: /node_modules/,
  options: { configFile, transpileOnly: true },
});

module.exports = async (env, argv) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  const { renderManifest, normalisePublisher } = require('./scripts/manifest/renderManifest');
  const baseUrl = addinUrl(dev);
  const publisher = normalisePublisher(PUBLISHER);

  const addin = {
    name: 'addin',
    mode,
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      // a module with a .browser.ts twin (src/workbook/xlsx/platform) is built from the twin: no Node in the pane
      extensions: ['.browser.ts', '.tsx', '.ts', '.js'],
      fallback: { fs: false, path: false, os: false },
    },
    module: { rules: [tsRule('tsconfig.taskpane.json')] },
    plugins: [
      new webpack.DefinePlugin({
        __TRACKER_CHECK_VERSION__: JSON.stringify(version),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp: contentSecurityPolicy(OFFICE_JS_URL), officeJsUrl: OFFICE_JS_URL, version },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { csp: contentSecurityPolicy(OFFICE_JS_URL), officeJsUrl: OFFICE_JS_URL },
      }),
      // the manifest's SupportUrl and LearnMoreUrl: a plain page, no script, readable without Excel
      new HtmlWebpackPlugin({
        filename: 'support.html',
        template: './src/taskpane/support.html',
        chunks: [],
        templateParameters: { csp: SUPPORT_PAGE_CSP, version, publisher },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => renderManifest(content.toString(), baseUrl, publisher) },
        ],
      }),
    ],
    devtool: dev ? 'source-map' : false,
    performance: { hints: false },
    devServer: {
      static: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: 'localhost',
      hot: false,
      liveReload: dev,
      client: false,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(OFFICE_JS_URL) },
      // made only when serving: a build needs no certificate
      server: { type: 'https', options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
    },
  };

  const engine = {
    name: 'engine',
    mode,
    target: 'web',
    entry: { engine: './src/core/index.ts' },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].js',
      library: { name: 'TrackerCheckEngine', type: 'umd' },
      globalObject: 'globalThis',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false, os: false } },
    module: { rules: [tsRule('tsconfig.core.json')] },
    devtool: false,
    performance: { hints: false },
  };

  // Node finds, reads and compiles one file where tsc's output is some 250 (zod alone is 95): a run of one
  // small tracker spent most of its time loading modules, twice (the main thread, then the worker).
  const cli = {
    name: 'cli',
    mode,
    target: 'node20',
    entry: {
      main: './src/cli/main.ts',
      // its exports are the main thread's when it checks a small file itself (pool.ts, checkInThread)
      worker: { import: './src/cli/worker.ts', library: { type: 'commonjs2' } },
      // what each worker starts with: worker.js through its code cache
      workerBoot: './src/cli/workerBoot.ts',
    },
    // the maps name src files as the repository does (src/cli/main.ts), for sourceMappedStack.ts
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', chunkFilename: '[name].js', devtoolModuleFilenameTemplate: (info) => path.relative(__dirname, info.absoluteResourcePath), clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      // createRequire stays Node's own: main loads worker.js through it (pool.ts), a file of its own at run time
      parser: { javascript: { createRequire: false } },
      rules: [{
        ...tsRule('tsconfig.build.json'),
        // ES modules, so that webpack joins the modules into one scope; source maps, so that a stack trace
        // (tracker-check: internal error ...) names the src file and line
        options: { configFile: 'tsconfig.build.json', transpileOnly: true, compilerOptions: { module: 'es2022', sourceMap: true } },
      }],
    },
    // the pool finds worker.js beside main.js: __dirname is the bundle's own folder, not the source's
    node: { __dirname: false, __filename: false },
    // read only when an internal error's stack is printed: the sources' text is not needed for that
    devtool: 'nosources-source-map',
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __TRACKER_CHECK_VERSION__: JSON.stringify(version) }),
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true, include: 'main.js' }),
    ],
  };

  return [addin, engine, cli];
};
