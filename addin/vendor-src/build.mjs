// Bundles the panes' third-party code into addin/vendor/ (committed, so `make run` needs no npm;
// tests/unit/test_addin_bundle.py checks it matches a fresh build). `node build.mjs <dir>` writes
// elsewhere. esbuild's output is byte-for-byte the same for the same inputs and versions.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] || path.join(here, "..", "vendor"));

for (const name of ["fluent", "msal"]) {
  await build({
    entryPoints: [path.join(here, `${name}.entry.js`)],
    outfile: path.join(out, `${name}.js`),
    bundle: true,
    format: "esm",
    minify: true,
    legalComments: "eof",
    target: ["chrome109", "safari16"],
    logLevel: "warning",
  });
}
