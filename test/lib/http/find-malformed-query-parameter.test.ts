import { describe, expect, it } from 'vitest';
import { findMalformedQueryParameter } from '../../../src/lib/http/index.ts';

describe('findMalformedQueryParameter', () => {
  it('accepts well-formed queries, with or without the leading ?', () => {
    expect(findMalformedQueryParameter('?architecture=authgear&users=10%2C000&cloud=aws')).toBeNull();
    expect(findMalformedQueryParameter('a=%3Cb%3E&&c')).toBeNull();
    expect(findMalformedQueryParameter('')).toBeNull();
  });

  it('names the parameter whose value is malformed', () => {
    expect(findMalformedQueryParameter('?architecture=authgear&users=%ZZ')).toBe('users');
    expect(findMalformedQueryParameter('?architecture=%E0%A4%A&users=1')).toBe('architecture');
  });

  it('does not repeat a malformed name', () => {
    expect(findMalformedQueryParameter('?%ZZ=1')).toBe('(unknown)');
    expect(findMalformedQueryParameter('?%3Cb%3E=%ZZ')).toBe('(unknown)');
  });
});
