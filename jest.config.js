/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', {}],
    // linkedom's CommonJS build requires a few ESM-only packages; jest must transpile them (plain Node loads them).
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(css-select|css-what|domhandler|domutils|nth-check|boolbase|entities|dom-serializer|domelementtype|cssomnom)/)',
  ],
};
