import { inject, Pipe, type PipeTransform } from '@angular/core';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/** What a message may render as: text formatting, lists, quotes, code and links; no images, no HTML of its own. */
const ALLOWED_TAGS = ['a', 'blockquote', 'br', 'code', 'del', 'em', 'li', 'ol', 'p', 'pre', 'strong', 'ul'];
const ALLOWED_ATTR = ['href', 'title', 'target', 'rel'];
/** Links may go to web pages and mail addresses only: no `javascript:`, `data:` or anything else. */
const ALLOWED_URI = /^(?:https?:|mailto:)/i;

const markdown = new Marked({ gfm: true, breaks: true, async: false });

// Set once for the app: every link of a message opens apart from the app and gets no access to it.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

/**
 * A message's markdown as HTML that is safe to insert: marked renders it, then DOMPurify keeps
 * only the tags, attributes and link targets above. Markdown passes raw HTML through, so the
 * sanitizing is what stands between a message and script injection.
 */
export function renderMarkdown(content: string): string {
  const html = markdown.parse(content) as string;
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI_REGEXP: ALLOWED_URI });
}

/** `[innerHTML]="message.content | chatMarkdown"`: already sanitized, so Angular need not strip anything again. */
@Pipe({ name: 'chatMarkdown' })
export class ChatMarkdownPipe implements PipeTransform {
  private readonly sanitizer = inject(DomSanitizer);

  transform(content: string): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml(renderMarkdown(content));
  }
}
