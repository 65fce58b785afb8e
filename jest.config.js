/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // office-addin-mock loads office-addin-manifest, which requires two packages published only as ES
    // modules (uuid, strip-bom): those alone are turned into CommonJS for jest
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!.*\\b(uuid|strip-bom)/)'],
  testTimeout: 60000,
};
