import { expect, test } from './harness';

test('the built app runs under a strict Content-Security-Policy', async ({ page, problems }) => {
  const response = await page.goto('/');
  const header = response!.headers()['content-security-policy'] ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) {
    expect(header).toContain(directive);
  }
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first()).toBeVisible();

  expect(header).not.toContain('unsafe-eval');
  expect(header).not.toContain('unsafe-inline');

  // An inline script injected into the page is refused by the policy.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.filter((p) => p.includes('CSP violation')).length).toBeGreaterThanOrEqual(1);
  await expect.poll(() => problems.filter((p) => p.includes('Content Security Policy directive')).length).toBeGreaterThanOrEqual(1);
  // Those violations were the point of this test; the harness still checks that nothing else went wrong.
  problems.splice(0, problems.length, ...problems.filter((p) => !/CSP violation|Content Security Policy/.test(p)));
});

test('a statement link opens only http(s), with noopener noreferrer; others stay text', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({
    name: 'links.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'id,text,group,url\nl1,Great news,Press,https://example.org/story\nl2,Bad news,Press,javascript:alert(document.domain)\n',
    ),
  });
  await expect(page.getByRole('status').filter({ hasText: /statements$/ })).toHaveText('2 statements');
  const chart = page.getByRole('figure', { name: /Enthusiasm/ });
  const card = page.getByRole('region', { name: 'Selected statement' });
  for (const label of ['l1', 'l2'] as const) {
    // l1 ("Great news") is the mark without concern, l2 ("Bad news") the one with.
    await chart.getByRole('button', { name: label === 'l1' ? /concern 0$/ : /concern [1-9]/ }).focus();
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
    if (label === 'l1') {
      const link = card.getByRole('link', { name: 'Open the source' });
      await expect(link).toHaveAttribute('href', 'https://example.org/story');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      await expect(card.getByRole('link')).toHaveCount(0);
      await expect(card).toContainText('Link not opened (not a web address): javascript:alert(document.domain)');
    }
    await card.getByRole('button', { name: 'Close the selected statement' }).click();
  }
});

test('unknown and unsupported URL parameters are ignored with a notice', async ({ page }) => {
  await page.goto('/?groups=Actors&view=table&utm_source=x');
  await expect(page.getByText('Ignored "view" in the link: this version has no other views yet.')).toBeVisible();
  await expect(page.getByText('Ignored unknown parameter "utm_source" in the link.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeChecked();
});
