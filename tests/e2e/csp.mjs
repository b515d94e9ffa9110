// Reads the Content-Security-Policy of the built index.html and lists everything that weakens it.
import { createHash } from 'node:crypto';

const EXPECTED_EXACT = {
  'default-src': ["'none'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'none'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
};

/** The attributes of an HTML tag, quoted or not (the release build's HTML is minified). */
function attributes(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4];
  }
  return out;
}

export function parsePolicy(html) {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => attributes(m[0]))
    .filter((a) => a['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1 || metas[0].content === undefined) return null;
  const directives = new Map();
  for (const part of metas[0].content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
}

export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Every way in which `html` falls short of the policy the project promises; [] when it holds. */
export function cspProblems(html) {
  const policy = parsePolicy(html);
  if (!policy) return ['index.html must carry exactly one Content-Security-Policy meta element'];
  const problems = [];
  for (const [name, expected] of Object.entries(EXPECTED_EXACT)) {
    const actual = policy.get(name);
    if (!actual || actual.join(' ') !== expected.join(' ')) {
      problems.push(`${name} must be exactly ${expected.join(' ')}, is ${actual ? actual.join(' ') : 'missing'}`);
    }
  }
  // Inline code runs only by its hash: the loader script and the inlined stylesheet, nothing else.
  const hashed = [
    ['script-src', "'self' 'wasm-unsafe-eval'", inlineScripts(html), 'inline script'],
    ['style-src', "'self'", inlineStyles(html), 'inline style'],
  ];
  for (const [name, allowed, texts, what] of hashed) {
    const sources = policy.get(name) ?? [];
    const hashes = sources.filter((s) => s.startsWith("'sha256-"));
    const others = sources.filter((s) => !s.startsWith("'sha256-"));
    if (others.join(' ') !== allowed) {
      problems.push(`${name} may only hold ${allowed} and hashes, holds ${sources.join(' ')}`);
    }
    const needed = new Set(texts.map(sha256Source));
    for (const h of needed) if (!hashes.includes(h)) problems.push(`${what} without matching hash ${h}`);
    for (const h of hashes) if (!needed.has(h)) problems.push(`${name} hash ${h} matches no ${what}`);
  }
  if (/CSP_(STYLE_)?HASHES/.test(html)) problems.push('a CSP hash placeholder was not replaced');
  for (const name of policy.keys()) {
    if (!(name in EXPECTED_EXACT) && !hashed.some(([n]) => n === name)) problems.push(`unexpected directive ${name}`);
  }
  if (/\son[a-z]+\s*=/i.test(html)) problems.push('inline event handler attribute in index.html');
  if (/\sstyle\s*=/i.test(html)) problems.push('inline style attribute in index.html');
  if (/(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html)) problems.push('asset from another origin in index.html');
  return problems;
}
