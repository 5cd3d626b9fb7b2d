const Module = require('node:module');
const path = require('node:path');
const root = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const ts = require.resolve('typescript', { paths: [root] });
const stub = path.join('/tmp/eneg/gotstub.cjs');
require('node:fs').writeFileSync(
  stub,
  "const off=()=>Promise.reject(new Error('offline'));off.head=off;module.exports=off;module.exports.default=off;",
);
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript') return ts;
  if (request === 'got') return stub;
  return orig.call(this, request, ...rest);
};
require(path.join(root, 'dist/index.js'));
