/** Plain-text renderings of item bodies (for bodyPreview and iCalendar DESCRIPTION). */

export function htmlToText(content: string, contentType: 'html' | 'text'): string {
  if (contentType === 'text') return content;
  return content
    .replace(/<(style|script|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Graph's bodyPreview: the first 255 characters of the text, whitespace collapsed. */
export function bodyPreview(content: string, contentType: 'html' | 'text'): string {
  return htmlToText(content, contentType).replace(/\s+/g, ' ').trim().slice(0, 255);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
