import { describe, expect, it } from 'vitest';
import { normalisePhrase, tokenize } from './normalise.js';

describe('tokenize', () => {
  it('ignores case, punctuation, quotes, bullets and http/https differences', () => {
    const a = tokenize('  (a) "Software" means: THE program; see https://example.org/x').words;
    const b = tokenize('a. “software” MEANS the program — see http://example.org/x').words;
    expect(a).toEqual(b);
  });

  it('skips copyright lines but keeps them when asked', () => {
    const text = 'Copyright (c) 2024 Jane\nPermission is hereby granted';
    expect(tokenize(text).words).toEqual(['permission', 'is', 'hereby', 'granted']);
    expect(tokenize(text, { keepCopyright: true }).words[0]).toBe('copyright');
  });

  it('makes each Han character a token and folds full-width forms and Chinese punctuation', () => {
    expect(tokenize('木兰宽松许可证，第２版（Ｍulan PSL v2）').words).toEqual([
      '木',
      '兰',
      '宽',
      '松',
      '许',
      '可',
      '证',
      '第',
      '2',
      '版',
      'mulan',
      'psl',
      'v2',
    ]);
  });

  it('treats British and American spellings as the same word', () => {
    expect(normalisePhrase('Licence and authorisation')).toBe(normalisePhrase('license and authorization'));
  });

  it('splits words at escaped line breaks of JSON and JS strings', () => {
    expect(tokenize('"and\\nassociated\\tfiles"').words).toEqual(['and', 'associated', 'files']);
  });

  it('records the line of every token', () => {
    expect(tokenize('one\n\ntwo three\nfour').lines).toEqual([1, 3, 3, 4]);
  });
});

describe('tokenize on hostile input', () => {
  // A seeded generator keeps failures reproducible.
  function rng(seed: number) {
    let s = seed;
    return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  }
  const alphabet = [
    'a',
    'Z',
    '9',
    ' ',
    '\n',
    '*',
    '/',
    '(',
    ')',
    '"',
    '“',
    '，',
    '木',
    '\u0000',
    '\uffff',
    '\ud83d',
    '\ude00',
    'é',
    '\t',
    '©',
  ];

  it('handles random input of every character class without throwing', () => {
    const r = rng(42);
    for (let n = 0; n < 200; n++) {
      let s = '';
      const len = Math.floor(r() * 2000);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      const t = tokenize(s);
      expect(t.words.length).toBe(t.lines.length);
      for (const w of t.words) expect(w.length).toBeGreaterThan(0);
    }
  });

  it('is linear on multi-megabyte single lines and minified code', () => {
    const minified = 'function(a,b){return a&&b||c?d:e}'.repeat(100_000); // 3.4 MB, one line
    const words = tokenize(minified).words;
    expect(words.length).toBe(900_000);
    const spaces = tokenize(' '.repeat(4_000_000) + 'x').words;
    expect(spaces).toEqual(['x']);
  });

  it('honours the size cap', () => {
    const t = tokenize('word '.repeat(1_000_000), { maxChars: 1000 });
    expect(t.words.length).toBe(200);
  });
});

describe('copyright lines', () => {
  it('tells statements from wrapped license prose that starts with "copyright"', async () => {
    const { isCopyrightLine } = await import('./normalise.js');
    for (const line of [
      'Copyright (c) 2020 A',
      ' * Copyright 2019-2024 Example',
      'Copyright Joyent, Inc.',
      '© 2024 B',
      'Copyright: C',
    ])
      expect(isCopyrightLine(line), line).toBe(true);
    for (const line of [
      'copyright notice and this permission notice appear in all copies.',
      'COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"',
      'copyright owner or entity authorized',
    ])
      expect(isCopyrightLine(line), line).toBe(false);
  });
});
