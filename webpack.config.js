// Builds the task pane (src/taskpane/index.tsx) and the ribbon function file (src/commands/commands.ts)
// into dist/, with the manifest rewritten for ADDIN_URL.
//
//   npm run build        production: minified, no eval, source maps as separate files
//   npm run build:dev    development build into dist/
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (http fallback)
//
// The pages' Content-Security-Policy (src/taskpane/taskpane.html, src/commands/commands.html) has no
// 'unsafe-eval', so no mode may use an eval-based devtool.

"use strict";

const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, resolveAddinUrl, rewriteManifestUrls } = require("./scripts/manifest-url");

const ROOT = __dirname;
const DEV_PORT = 3000;
/** Chunk → files and npm packages, for scripts/bundle-sizes.ts. Outside dist/ so it is not deployed. */
const STATS_FILE = path.resolve(ROOT, "out/bundle-stats.json");

/** The npm package a module file belongs to ("@scope/name" or "name"), or null for own code. */
function packageOf(resource) {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource || "");
  return m ? m[1].replace(/\\/g, "/") : null;
}

/** Writes STATS_FILE after each build: which chunks exist, their files, whether they load at start, and the packages in them. */
class BundleStatsPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleStatsPlugin", (compilation) => {
      const { chunkGraph } = compilation;
      const chunks = [...compilation.chunks].map((chunk) => {
        const packages = new Set();
        let ownModules = 0;
        let xlsxHost = false;
        const visit = (mod) => {
          if (mod.modules) return mod.modules.forEach(visit); // concatenated modules
          const pkg = packageOf(mod.resource);
          if (pkg) packages.add(pkg);
          else if (mod.resource) ownModules++;
          if (/[\\/]src[\\/]hosts[\\/]xlsx[\\/]/.test(mod.resource || "")) xlsxHost = true;
        };
        for (const mod of chunkGraph.getChunkModulesIterable(chunk)) visit(mod);
        return {
          id: chunk.id,
          name: chunk.name || null,
          files: [...chunk.files].filter((f) => f.endsWith(".js")),
          initial: chunk.canBeInitial(),
          packages: [...packages].sort(),
          ownModules,
          xlsxHost,
        };
      });
      const entrypoints = {};
      for (const [name, ep] of compilation.entrypoints) entrypoints[name] = ep.getFiles().filter((f) => f.endsWith(".js"));
      fs.mkdirSync(path.dirname(STATS_FILE), { recursive: true });
      fs.writeFileSync(STATS_FILE, JSON.stringify({ mode: compiler.options.mode, outputPath: compilation.outputOptions.path, entrypoints, chunks }, null, 2));
    });
  }
}

/**
 * The dev server's https options from office-addin-dev-certs. When the CA cannot be installed as
 * trusted (e.g. Linux without sudo) but the certificates were generated, they are still used (the
 * browser or Office must then be told to trust ~/.office-addin-dev-certs/ca.crt); with no
 * certificate at all, null: plain http with a warning.
 */
async function devHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n").join(" ") : String(e);
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    try {
      const options = {
        ca: fs.readFileSync(path.join(dir, "ca.crt")),
        cert: fs.readFileSync(path.join(dir, "localhost.crt")),
        key: fs.readFileSync(path.join(dir, "localhost.key")),
      };
      console.warn(
        `\n[dev-server] WARNING: the development CA is not installed as trusted (${reason}).\n` +
          `[dev-server] Serving https with the certificates in ${dir}; trust ca.crt there, or run\n` +
          "[dev-server]   npx office-addin-dev-certs install\n",
      );
      return options;
    } catch {
      console.warn(
        `\n[dev-server] WARNING: no localhost certificate (${reason}).\n` +
          "[dev-server] Serving over plain http. Office will not load the add-in from http; run\n" +
          "[dev-server]   npx office-addin-dev-certs install\n" +
          "[dev-server] and start the dev server again.\n",
      );
      return null;
    }
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  // The dev server keeps the localhost manifest; builds use ADDIN_URL (localhost with a warning).
  let addinUrl = DEV_URL;
  if (!serving) {
    const resolved = resolveAddinUrl(process.env.ADDIN_URL);
    if (resolved.warning) console.warn(`\n[build] WARNING: ${resolved.warning}\n`);
    addinUrl = resolved.url;
  }

  const httpsOptions = serving ? await devHttpsOptions() : null;

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: production ? "production" : "development",
    // ES2020 browsers: Edge WebView2 (Windows), WKWebView (Mac), current browsers (Excel on the web).
    // It also tells webpack that globalThis exists, so its runtime needs no `new Function("return this")`.
    target: ["web", "es2020"],
    context: ROOT,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(ROOT, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative URLs: dist/ works from any folder of any host (ADDIN_URL may have a path).
      publicPath: "auto",
      clean: true,
    },
    // No eval-based devtool in any mode: the pages' CSP forbids eval.
    devtool: "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // Nothing may pull Node built-ins into the browser bundle.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, util: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles. tsconfig has noEmit and
              // module ESNext (so import() becomes a separate chunk).
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "ESNext", target: "ES2020", sourceMap: true },
            },
          },
        },
        {
          // Zod's never-taken eval probe (see scripts/strip-eval-loader.js).
          test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.c?js$/,
          use: path.resolve(ROOT, "scripts/strip-eval-loader.js"),
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // The xlsx code (src/hosts/xlsx, fflate) is only in standalone mode's worker file, which
          // webpack emits on its own from `new Worker(new URL(…))`. bundle-sizes.ts checks that.
          // React + Fluent UI: shared by nothing else at start, but cached separately from app code.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|stylis|rtl-css-js|use-sync-external-store|@emotion)[\\/]/,
            name: "ui",
            chunks: "initial",
            priority: 20,
          },
          defaultVendors: { test: /[\\/]node_modules[\\/]/, priority: -10, reuseExistingChunk: true },
          default: { minChunks: 2, priority: -20, reuseExistingChunk: true },
        },
      },
    },
    performance: {
      // Sizes are checked by scripts/bundle-sizes.ts (gzipped start-up budget), not by webpack's raw-size hints.
      hints: false,
    },
    plugins: [
      new BundleStatsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Plain ES5, loaded by taskpane.html before the bundle (not bundled: it must parse in IE11).
          { from: "src/taskpane/compat-check.js", to: "compat-check.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString("utf8"), addinUrl),
          },
        ],
      }),
    ],
    stats: production ? "normal" : "minimal",
  };

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      host: "localhost",
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "http" },
      // Excel (desktop and web) loads the pages cross-origin; office.js needs the assets readable.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    };
  }

  return config;
};
