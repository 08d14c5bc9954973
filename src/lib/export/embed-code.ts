/**
 * The copy-paste code for an embedded chart: an iframe of exactly this view
 * and these filters, and a few lines of script that size it from the height
 * the embed posts, so it never scrolls. The script trusts only its own
 * iframe's messages, of the right type, with a finite height.
 */

export const HEIGHT_MESSAGE = 'stakeholder-sentiment:height';

/** The embed URL for a view: the app's address with `embed` set and the current filters kept. */
export function embedUrl(appUrl: string, search: string, view = 'quadrant'): string {
  const url = new URL(appUrl);
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && !/^embed(=|$)/.test(pair));
  url.search = `?${[`embed=${encodeURIComponent(view)}`, ...kept].join('&')}`;
  url.hash = '';
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A different id per snippet, so two charts on one page size their own iframes. */
export function embedCode(src: string, title: string, id = `stakeholder-sentiment-${Math.random().toString(36).slice(2, 8)}`): string {
  return [
    `<iframe id="${id}" src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
      `style="width: 100%; height: 480px; border: 0;" scrolling="no" loading="lazy"></iframe>`,
    '<script>',
    '  window.addEventListener("message", function (event) {',
    `    var frame = document.getElementById("${id}");`,
    '    var data = event.data;',
    '    if (!frame || event.source !== frame.contentWindow || !data) return;',
    `    if (data.type !== "${HEIGHT_MESSAGE}" || typeof data.height !== "number" || !isFinite(data.height)) return;`,
    '    frame.style.height = Math.max(0, Math.ceil(data.height)) + "px";',
    '  });',
    '</script>',
  ].join('\n');
}
