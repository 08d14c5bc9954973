import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { publishCopy, publishedDataPath, publishedIndex, publishedSearch, readManifest } from './publish';
import { PUBLISH_MANIFEST, publishedLexicon, publishedStart, readHostAddress } from './published';
import { PUBLISH_MANIFEST as BUILT_MANIFEST } from '../../../vite.config';

it('reads the list of files under the name the build writes it', () => {
  expect(PUBLISH_MANIFEST).toBe(BUILT_MANIFEST);
});

describe('readManifest', () => {
  it('reads the files the build listed', () => {
    expect(readManifest({ files: ['index.html', 'assets/a-1.js'] })).toEqual(['index.html', 'assets/a-1.js']);
  });

  it.each([
    [null],
    [{ files: 'index.html' }],
    [{ files: ['assets/a.js'] }],
    [{ files: ['index.html', '../secret'] }],
    [{ files: ['index.html', 'assets/../../x'] }],
    [{ files: ['index.html', '/etc/passwd'] }],
    [{ files: ['index.html', 'https://elsewhere.example/x.js'] }],
    [{ files: ['index.html', './x'] }],
  ])('refuses %j', (json) => {
    expect(() => readManifest(json)).toThrow(/build the app again/);
  });
});

describe('publishedDataPath', () => {
  it.each([
    ['My Survey 2025.csv', 'data/my-survey-2025.csv'],
    ['replies.NDJSON', 'data/replies.ndjson'],
    ['notes', 'data/notes.csv'],
    ['../../x.json', 'data/x.json'],
  ])('puts %j at %j', (name, path) => {
    expect(publishedDataPath(name)).toBe(path);
  });
});

describe('publishedSearch', () => {
  it.each([
    ['?groups=A,B&dataset=s.csv~1a2b3c4d', 'data/s.csv', '?data=data/s.csv&groups=A,B'],
    ['?embed=quadrant&data=%2Fold.csv&q=jobs', 'data/s.csv', '?data=data/s.csv&q=jobs'],
    ['?groups=A', null, '?groups=A'],
    ['', null, ''],
  ])('turns %j with %j into %j', (search, path, expected) => {
    expect(publishedSearch(search, path)).toBe(expected);
  });
});

describe('publishedIndex', () => {
  const html = '<html><head><title>x</title></head><body></body></html>';
  it('adds the meta tag the copy starts from, escaped', () => {
    const out = publishedIndex(html, '?data=data/s.csv&title=%22x%22');
    expect(out).toContain('<meta name="stakeholder-sentiment:published" content="?data=data/s.csv&amp;title=%22x%22">');
  });

  it('replaces an earlier one, so a copy of a copy opens on its own data', () => {
    const twice = publishedIndex(publishedIndex(html, '?data=data/a.csv'), '?data=data/b.csv');
    expect(twice.match(/stakeholder-sentiment:published/g)).toHaveLength(1);
    expect(twice).toContain('data/b.csv');
  });
});

describe('the published lexicon', () => {
  const html = '<html><head></head><body></body></html>';
  const json = JSON.stringify({ format: 'stakeholder-sentiment-lexicon', version: 1, edits: { slop: -3, '<b>': 1 } });

  it('goes into index.html escaped, and reads back as the same edits', () => {
    const out = publishedIndex(html, '?data=data/s.csv', json);
    const content = /name="stakeholder-sentiment:lexicon" content="([^"]*)"/.exec(out)![1]!;
    expect(content).not.toContain('<');
    const attribute = content.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(publishedLexicon(attribute)).toEqual(new Map([['slop', -3], ['<b>', 1]]));
  });

  it('is left out for the default lexicon', () => {
    expect(publishedIndex(html, '')).not.toContain('stakeholder-sentiment:lexicon');
  });

  it.each([[''], [null], ['not json'], ['{"edits":{"slop":99}}'], ['{"edits":{}}']])('reads %j as no edits', (content) => {
    expect(publishedLexicon(content)).toBeNull();
  });
});

describe('publishedStart', () => {
  it.each([
    ['?data=data/s.csv&groups=A', '?data=data/s.csv&groups=A'],
    ['', null],
    [null, null],
    ['data=x', null],
    ['?a=b#frag', null],
    ['?a=b c', null],
    [`?${'x'.repeat(5000)}`, null],
  ])('reads %j as %j', (content, start) => {
    expect(publishedStart(content)).toBe(start);
  });
});

describe('publishCopy', () => {
  const site: Record<string, string> = {
    'https://app.example/tool/publish-files.json': JSON.stringify({ files: ['index.html', 'assets/app.js', 'publish-files.json'] }),
    'https://app.example/tool/index.html': '<html><head></head><body></body></html>',
    'https://app.example/tool/assets/app.js': 'console.log(1)',
  };
  const fetch = async (url: string) => (url in site ? new Response(site[url]) : new Response('', { status: 404 }));

  it('zips the app files, the data and an index.html that opens on both', async () => {
    const published = await publishCopy({
      base: 'https://app.example/tool/',
      search: '?groups=Farmers&dataset=survey.csv~1a2b3c4d',
      data: { name: 'survey.csv', bytes: new TextEncoder().encode('text,group\nhi,Farmers\n') },
      fetch,
    });
    const files = unzipSync(published.zip);
    expect(Object.keys(files).sort()).toEqual(['assets/app.js', 'data/survey.csv', 'index.html', 'publish-files.json']);
    expect(strFromU8(files['data/survey.csv']!)).toBe('text,group\nhi,Farmers\n');
    expect(strFromU8(files['index.html']!)).toContain('content="?data=data/survey.csv&amp;groups=Farmers"');
    expect(published.search).toBe('?data=data/survey.csv&groups=Farmers');
  });

  it('says which file could not be fetched', async () => {
    const broken: Record<string, string | undefined> = { ...site, 'https://app.example/tool/assets/app.js': undefined };
    await expect(
      publishCopy({
        base: 'https://app.example/tool/',
        search: '',
        data: null,
        fetch: async (url) => (broken[url] ? new Response(broken[url]) : new Response('', { status: 404 })),
      }),
    ).rejects.toThrow('"assets/app.js" could not be fetched (404)');
  });
});

describe('readHostAddress', () => {
  it.each([
    ['https://example.org/report/', 'https://example.org/report/'],
    ['example.org/report', 'https://example.org/report/'],
    ['  http://127.0.0.1:4184  ', 'http://127.0.0.1:4184/'],
    ['https://example.org/report/index.html?x=1#y', 'https://example.org/report/index.html'],
  ])('reads %j as %j', (text, url) => {
    expect(readHostAddress(text)).toEqual({ url });
  });

  it.each(['', 'javascript:alert(1)', 'ftp://example.org/', 'http://']) ('refuses %j with a reason', (text) => {
    expect(readHostAddress(text)).toHaveProperty('error');
  });
});
