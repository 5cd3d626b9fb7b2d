import { describe, expect, it } from 'vitest';
import { cookieValue, tokenMatches } from './accessToken';
import { parseRequestTarget, withoutParameter } from './requestTarget';

describe('the address a browser asks for', () => {
  it('is decoded, or refused when its encoding is broken or it hides a NUL', () => {
    expect(parseRequestTarget('/assets/a%20b.js?x=1')).toMatchObject({ path: '/assets/a b.js' });
    expect(parseRequestTarget('/assets/a.js?x=1')!.query.get('x')).toBe('1');
    for (const bad of ['/%E0%A4%A', '/%ZZ', '/a%00b', 'http://evil.example/', '', undefined])
      expect(parseRequestTarget(bad)).toBeUndefined();
  });

  it('loses its token after sign-in and keeps the rest, on this host only', () => {
    expect(withoutParameter('/?token=abc', 'token')).toBe('/');
    expect(withoutParameter('/library?a=1&token=abc&b=2', 'token')).toBe('/library?a=1&b=2');
    expect(withoutParameter('//evil.example/?token=abc', 'token')).toBe('/evil.example/');
    expect(withoutParameter('/\\evil.example/?token=abc', 'token')).toBe('/evil.example/');
  });
});

describe('the token and its cookie', () => {
  it('match only byte for byte, whatever the length or encoding of what is given', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    for (const wrong of [undefined, '', 'ab', 'abd', 'abcd', 'ébc', 'aé'])
      expect(tokenMatches(wrong, 'abc')).toBe(false);
  });

  it('is read from a Cookie header by its own name only', () => {
    expect(cookieValue('other=1; lyncplan-4317=abc', 'lyncplan-4317')).toBe('abc');
    expect(cookieValue('lyncplan-4318=abc', 'lyncplan-4317')).toBeUndefined();
    expect(cookieValue(undefined, 'lyncplan-4317')).toBeUndefined();
  });
});
