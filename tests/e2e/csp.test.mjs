import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from './harness.mjs';
import { cspProblems, inlineScripts, inlineStyles, sha256Source } from './csp.mjs';

const built = () => readFile(join(DIST, 'index.html'), 'utf8');

test('the built index.html carries the strict Content-Security-Policy', async () => {
  const html = await built();
  assert.deepEqual(cspProblems(html), []);
  assert.equal(inlineScripts(html).length, 2, 'exactly two inline scripts: the WebAssembly compiled on arrival, and the loader');
  assert.equal(inlineStyles(html).length, 1, 'exactly one inline style: the stylesheet');
});

test('the policy check fails on every way of weakening it', async () => {
  const html = await built();
  const weakened = {
    'unsafe-inline in script-src': html.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-inline'"),
    'unsafe-eval instead of wasm-unsafe-eval': html.replace("'wasm-unsafe-eval'", "'unsafe-eval'"),
    'connect-src opened up': html.replace("connect-src 'self'", "connect-src *"),
    'default-src dropped': html.replace("default-src 'none'; ", ''),
    'form-action allowed': html.replace("form-action 'none'", "form-action 'self'"),
    'unsafe-inline in style-src': html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    'inline script changed after hashing': html.replace('module_or_path', 'module_or_path '),
    'inline style changed after hashing': html.replace(/<style>/, '<style>p{color:red}'),
    'extra inline style': html.replace('</body>', '<style>p{color:red}</style></body>'),
    'extra inline script': html.replace('</body>', '<script>alert(1)</script></body>'),
    'foreign stylesheet': html.replace('</head>', '<link rel="stylesheet" href="https://cdn.invalid/x.css"></head>'),
    'stale hash kept': html.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${sha256Source('old')}`),
  };
  for (const [what, variant] of Object.entries(weakened)) {
    assert.notEqual(variant, html, `${what}: the mutation must change the page`);
    assert.ok(cspProblems(variant).length > 0, `${what} must be reported`);
  }
});
