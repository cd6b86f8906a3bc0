/** Unit and integration tests. Browser end-to-end tests run separately (npm run test:e2e). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
