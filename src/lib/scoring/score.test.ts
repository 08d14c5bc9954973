import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { ALL_RULES, NO_RULES, createScorer, scoredStatement, type Rules } from './score';
import { tokenize, type Tokens } from './tokenize';

/** Each token as [word, start, pause, sentence start]. */
const rows = (tokens: Tokens) =>
  Array.from({ length: tokens.length }, (_, i) => [tokens.word[i], tokens.start[i], tokens.pause(i), tokens.sentenceStart(i)]);

const score = createScorer();
const raw = new Sentiment();
/** A scorer with only the named rule on (and no domain lexicon), to test each rule alone. */
const only = (rule: keyof Rules) => createScorer({ rules: { ...NO_RULES, [rule]: true }, domain: false });
const plain = createScorer({ rules: NO_RULES, domain: false });
const net = (scorer: (t: string) => { net: number }, text: string) => Math.round(scorer(text).net * 1000) / 1000;

describe('createScorer with every rule off', () => {
  it.each([
    ['I love this, but I fear for my job', 3, 2],
    ['excited and worried', 3, 3],
    ['This is not good', 0, 3],
    ['nothing scored here', 0, 0],
    ['', 0, 0],
  ])('scores %j as enthusiasm %d, concern %d, like sentiment', (text, enthusiasm, concern) => {
    const result = plain(text);
    expect([result.enthusiasm, result.concern, result.net]).toEqual([enthusiasm, concern, enthusiasm - concern]);
  });

  it('agrees with raw sentiment on any text of words and spaces', () => {
    const word = fc.constantFrom('good', 'bad', 'not', 'love', 'hate', "isn't", 'fine', 'the', 'jobs', '😂', 'AMAZING', 'no');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        const text = words.join(' ');
        expect(plain(text).net).toBe(raw.analyze(text).score);
      }),
    );
  });
});

describe('each rule on its own', () => {
  it.each([
    // rule, text, net with the rule off, net with it on
    ['negation', 'This is not very good', 3, -2.25],
    ['negation', "It wasn't good", 3, -2.25],
    ['negation', 'Not only good', 3, 3],
    ['negation', 'not worried, great', 3 + 3, 2.25 + 3],
    ['phrases', 'It does not work', 0, -3],
    ['phrases', 'kind of', 2, 0],
    ['intensifiers', 'very good', 3, 4.5],
    ['intensifiers', 'slightly annoying', -2, -1],
    ['intensifiers', 'a bit annoying', -2, -1],
    ['intensifiers', 'super excited', 6, 4.5],
    ['contrast', 'Great tools, but I fear for my job', 1, 1.5 - 3],
    ['contrast', 'Although it looks great, the physics are wrong.', 1, 1.5 - 2],
    ['emphasis', 'This is AMAZING', 4, 6],
    ['emphasis', 'This is amazing!!', 4, 4.8],
    ['emphasis', 'AMAZING', 4, 4],
    ['tokens', 'I don’t like it', 2, -2],
    ['tokens', "It's 'good'", 0, 3],
    ['tokens', 'It lacks focus', 0, -2],
    ['tokens', 'Looks like a movie', 2, 0],
    ['tokens', 'I like it', 2, 2],
    ['tokens', 'so good😍😍', 0, 6],
  ] as const)('%s: %j goes from %d to %d', (rule, text, off, on) => {
    expect(net(plain, text)).toBe(off);
    expect(net(only(rule), text)).toBe(on);
  });

  it('tells why each word counts', () => {
    const [word] = createScorer().call(null, 'not very good').contributions;
    expect(word).toMatchObject({ token: 'good', reasons: ['lexicon', 'vader', 'negated'] });
    const contributions = score('Great tools, but I FEAR replacement.').contributions;
    expect(contributions.map((c) => [c.token, c.reasons])).toEqual([
      ['great', ['lexicon', 'vader', 'concession']],
      ['fear', ['lexicon', 'vader', 'contrast', 'emphasis']],
      ['replacement', ['domain', 'contrast']],
    ]);
    // Weighed down before "but" and in an "although" clause, up after "but": the receipt says which.
    const conceded = score('Although it looks great, the physics are wrong.').contributions;
    expect(conceded.map((c) => [c.token, c.reasons])).toEqual([
      ['great', ['lexicon', 'vader', 'concession']],
      ['wrong', ['lexicon', 'vader']],
    ]);
  });
});

describe('the domain lexicon and extras', () => {
  it('scores domain words, and can be turned off', () => {
    expect(score('They will replace us').concern).toBe(2);
    expect(createScorer({ domain: false })('They will replace us').concern).toBe(0);
    expect(score('an ominous sign').net).toBe(-2);
  });

  it('does not let one scorer’s extras change another scorer', () => {
    const withExtras = createScorer({ extras: new Map([['sora', 5]]) });
    expect(withExtras('sora').enthusiasm).toBe(5);
    expect(createScorer()('sora').enthusiasm).toBe(0);
    expect(score('sora').enthusiasm).toBe(0);
  });

  it('does not write into sentiment’s own lexicon', () => {
    createScorer({ extras: new Map([['zzyzx', 4]]) })('zzyzx');
    expect(raw.analyze('zzyzx').score).toBe(0);
  });
});

describe('spans and counts', () => {
  it('points each contribution at its span in the original text', () => {
    const text = 'We are EXCITED, yet worried. It does not work.';
    const { contributions } = score(text);
    expect(contributions.map((c) => text.slice(c.start, c.end))).toEqual(['EXCITED', 'worried', 'does not work']);
  });

  it('keeps spans right when lower-casing changes length', () => {
    const text = 'İstanbul was great';
    const [great] = score(text).contributions;
    expect(text.slice(great!.start, great!.end)).toBe('great');
  });

  it('gives the normalised forms per word', () => {
    const result = plain('good good bad words');
    expect(result.words).toBe(4);
    expect(result.netPerWord).toBeCloseTo((6 - 3) / 4);
  });

  it('marks pauses and sentence starts in the tokens', () => {
    const tokens = tokenize('Good, not bad. Fine');
    expect(rows(tokens).map(([word, , pause, sentenceStart]) => [word, pause, sentenceStart])).toEqual([
      ['good', false, false],
      ['not', true, false],
      ['bad', false, false],
      ['fine', true, true],
    ]);
  });
});

describe('any input', () => {
  it('scores prototype names as nothing', () => {
    for (const word of ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf']) {
      expect(score(word).net).toBe(0);
    }
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(fc.constantFrom('not', 'very', 'good', 'but', 'BAD', '!', ',', '.', 'kind', 'of', '😂', '\u202e', '\0'), {
      maxLength: 40,
    }).map((w) => w.join(' ')),
  );

  it('returns finite numbers, never throws, and keeps spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = score(text);
        for (const value of [result.enthusiasm, result.concern, result.net, result.netPerWord]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(result.enthusiasm).toBeGreaterThanOrEqual(0);
        expect(result.concern).toBeGreaterThanOrEqual(0);
        for (const c of result.contributions) {
          expect(0 <= c.start && c.start < c.end && c.end <= text.length).toBe(true);
        }
      }),
    );
  });

  it('scores a 1 MB statement', () => {
    const text = 'great but worried '.repeat(60_000);
    const result = score(text);
    expect(Number.isFinite(result.net)).toBe(true);
    expect(result.contributions.length).toBeGreaterThan(0);
  });

  it('has every rule on by default', () => {
    expect(Object.values(ALL_RULES).every(Boolean)).toBe(true);
  });
});

describe('the rules for patterns raw sentiment misreads', () => {
  /** Enthusiasm and concern, rounded, with every rule on and with the named rule off. */
  const axes = (scorer: (t: string) => { enthusiasm: number; concern: number }, text: string) => {
    const r = scorer(text);
    return [Math.round(r.enthusiasm * 100) / 100, Math.round(r.concern * 100) / 100] as const;
  };
  const without = (rule: keyof Rules) => createScorer({ rules: { [rule]: false } });

  it.each([
    // rule, text, what the rule makes of it: 'no concern', 'concern only', 'enthusiasm only'
    ['negatedConcern', "I'm not worried about it", 'neither'],
    ['negatedConcern', "Tools don't replace the person holding them", 'neither'],
    ['emphaticNegation', "I've never been so excited", 'enthusiasm only'],
    ['emphaticNegation', 'I could not be happier', 'enthusiasm only'],
    ['phrases', "Can't wait!", 'enthusiasm only'],
    ['profanity', 'so freaking excited', 'enthusiasm only'],
    ['wishes', 'It would be great if artists were asked', 'concern only'],
    ['wishes', 'It should have been great', 'concern only'],
    ['sarcasm', 'Brilliant idea. 🙄', 'concern only'],
    ['sarcasm', 'Love working weekends /s', 'concern only'],
    ['slang', 'this is sick 🔥🔥🔥', 'enthusiasm only'],
    ['hashtags', 'monday again #panicattacks', 'concern only'],
    ['vocabulary', 'what a nightmare', 'concern only'],
    ['vocabulary', 'that news :(', 'concern only'],
    ['vocabulary', 'made my day :)', 'enthusiasm only'],
  ] as const)('%s: %j reads as %s, and not so without the rule', (rule, text, reading) => {
    const expected = { neither: [false, false], 'concern only': [false, true], 'enthusiasm only': [true, false] }[reading];
    const [e, c] = axes(score, text);
    expect([e > 0, c > 0]).toEqual(expected);
    const [e0, c0] = axes(without(rule), text);
    expect([e0 > 0, c0 > 0]).not.toEqual(expected);
  });

  it('reads alarm words beside laughter as alarm, not slang praise: laughter often mocks', () => {
    expect(score('The future of cinema? Ridiculous 😂').contributions.find((c) => c.token === 'ridiculous')!.weight).toBeLessThan(0);
  });

  it('reads a face only where it stands apart', () => {
    const faces = (text: string) => {
      const tokens = tokenize(text);
      return Array.from({ length: tokens.length }, (_, i) => i).filter((i) => tokens.emoticon(i)).map((i) => tokens.word[i]);
    };
    expect(faces('great :) and <3 but :( too')).toEqual([':)', '<3', ':(']);
    expect(faces('see (note 2:) and http://x.org a:b')).toEqual([]);
  });

  it('does not carry a negation into a hashtag after it', () => {
    expect(score("don't leave me #sad").concern).toBeGreaterThan(0);
  });

  it('names where each weight came from', () => {
    const reasons = (text: string) => score(text).contributions.map((c) => c.reasons[0]);
    expect(reasons('good')).toEqual(['lexicon']);
    expect(reasons('😂')).toEqual(['emoji']);
    expect(reasons('happier')).toEqual(['vader']);
    expect(reasons('nightmare')).toEqual(['own']);
    expect(reasons('deepfake')).toEqual(['domain']);
    expect(score('sadness').contributions[0]!.reasons).toEqual(['vader']);
    expect(score('kindest').contributions[0]!.reasons.slice(-1)).toEqual(['derived']);
  });
});

describe('polarity and quadrant', () => {
  it.each([
    ['We love this partnership', 'enthusiastic'],
    ['They will replace us and it is theft', 'concerned'],
    ['A great tool, but a terrible threat to jobs and a disaster', 'concerned'],
    ['The demo was released on Tuesday', 'reserved'],
  ])('puts %j in the %s quadrant', (text, quadrant) => {
    expect(score(text).quadrant).toBe(quadrant);
  });

  it('stays within [−1, 1], finite, and 0 when nothing scored, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const r = score(text);
        expect(Number.isFinite(r.polarity)).toBe(true);
        expect(Math.abs(r.polarity)).toBeLessThanOrEqual(1);
        if (r.scoredWords === 0) expect(r.polarity).toBe(0);
        expect(r.contributions.every((c) => c.reasons.length <= 7)).toBe(true);
      }),
    );
  });

  it('does not grow when a statement is said twice over, where net doubles', () => {
    const once = score('The tools are impressive and useful.');
    const twice = score('The tools are impressive and useful. The tools are impressive and useful.');
    expect(twice.net).toBeCloseTo(2 * once.net);
    expect(Math.abs(twice.polarity - once.polarity)).toBeLessThan(0.15 * Math.abs(once.polarity));
  });
});

describe('scoredStatement', () => {
  it('holds every field of the statement and of its score, as a spread of the two does', () => {
    const statement = {
      id: 's1', text: 'Not bad at all, but I worry.', group: 'Actors', speaker: 'An actor', source: 'Podcast',
      date: '2024-03-01', url: 'https://example.org', provenance: 'illustrative', label: 'mixed', extra: ['12'],
    };
    const scored = score(statement.text);
    expect(scoredStatement(statement, scored)).toStrictEqual({ ...statement, ...scored });
    const { extra: _, ...without } = statement;
    expect(scoredStatement(without, scored)).toEqual({ ...without, ...scored });
  });
});
