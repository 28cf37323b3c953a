import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOutDir } from '../../scripts/build-if-stale.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Patterns that mean a credential was committed or shipped: private keys, cloud keys, tokens, passwords in URLs. */
const secretPatterns: { name: string; pattern: RegExp }[] = [
  { name: 'private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY( BLOCK)?-----/ },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'AWS secret access key', pattern: /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}/i },
  { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/ },
  { name: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'Slack token', pattern: /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'Stripe live key', pattern: /\b[sr]k_live_[0-9A-Za-z]{20,}\b/ },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'OpenAI-style API key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/ },
  { name: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  // A placeholder password (<password>, &lt;password&gt;, {password}, ${PASSWORD}, [password]) is documentation, not a
  // secret, and neither is one masked as asterisks (user:***@host), as pasted logs and questions show it.
  { name: 'password in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@"'<>]+:(?![<&{$[]|\*+@)[^\s/:@"'<>&{}$[\]]{3,}@[a-z0-9.-]+/i },
];

/** Lists the secrets found in one text, as "name" strings. */
function findSecrets(text: string): string[] {
  return secretPatterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}

/** Every file under a folder, recursively. */
function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const absolute = path.join(folder, name);
    return statSync(absolute).isDirectory() ? listFiles(absolute) : [absolute];
  });
}

/** Scans files and returns "file: kind" for each hit; binary files are skipped. */
function scan(files: string[]): string[] {
  return files.flatMap((file) => {
    const buffer = readFileSync(file);
    if (buffer.includes(0)) return [];
    return findSecrets(buffer.toString('utf8')).map((name) => `${path.relative(root, file)}: ${name}`);
  });
}

describe('no secrets in the repository or the build', () => {
  it('the patterns catch a planted example of each kind (the scan can fail)', () => {
    const planted = [
      '-----BEGIN RSA ' + 'PRIVATE KEY-----',
      'AKIA' + 'IOSFODNN7EXAMPLE',
      'aws_secret_access_key = ' + 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYab',
      'ghp_' + 'a'.repeat(36),
      'glpat-' + 'b'.repeat(20),
      'xoxb-' + '1234567890-abc',
      'AIza' + 'c'.repeat(35),
      'sk_live_' + 'd'.repeat(24),
      'npm_' + 'e'.repeat(36),
      'sk-' + 'f'.repeat(40),
      'eyJ' + 'g'.repeat(12) + '.eyJ' + 'h'.repeat(12) + '.' + 'i'.repeat(12),
      'postgres://admin:' + 'hunter22@db.example.com',
    ];
    expect(planted.map((text) => findSecrets(text).length)).toEqual(planted.map(() => 1));
    expect(findSecrets('postgres://db.example.com:5432/app and the word token')).toEqual([]);
    for (const placeholder of ['<password>', '&lt;password&gt;', '{password}', '${PASSWORD}', '[password]', '***']) {
      expect(findSecrets(`postgres://user:${placeholder}@db.example.com`), placeholder).toEqual([]);
    }
  });

  it('tracked files hold no credentials', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean)
      .map((file) => path.join(root, file))
      .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
    expect(tracked.length).toBeGreaterThan(0);
    expect(scan(tracked)).toEqual([]);
  });

  it('the built site holds no credentials', () => {
    const built = listFiles(resolveOutDir()).filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`));
    expect(built.length).toBeGreaterThan(0);
    expect(scan(built)).toEqual([]);
  });
});
