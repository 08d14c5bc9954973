import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embed-code';

describe('embedUrl', () => {
  it('sets the view and keeps the filters', () => {
    expect(embedUrl('https://app.example/dash/?x', '?groups=Actors,Screenwriters&embed=old')).toBe(
      'https://app.example/dash/?embed=quadrant&groups=Actors,Screenwriters',
    );
    expect(embedUrl('https://app.example/', '')).toBe('https://app.example/?embed=quadrant');
  });
});

describe('embedCode', () => {
  const code = embedCode('https://app.example/?embed=quadrant&groups=A"B', 'Chart <1>', 'frame-1');

  it('iframes exactly the URL, escaped, with a title', () => {
    expect(code).toContain('<iframe id="frame-1" src="https://app.example/?embed=quadrant&amp;groups=A&quot;B"');
    expect(code).toContain('title="Chart &lt;1&gt;"');
  });

  it('sizes only its own iframe, from a finite height of the right message type', () => {
    expect(code).toContain('event.source !== frame.contentWindow');
    expect(code).toContain('data.type !== "stakeholder-sentiment:height"');
    expect(code).toContain('isFinite(data.height)');
  });

  it('gives each snippet its own id by default', () => {
    expect(embedCode('https://a/', 't')).not.toBe(embedCode('https://a/', 't'));
  });
});
