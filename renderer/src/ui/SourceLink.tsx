import type { MouseEvent } from 'react';
import { sourcePage } from '../../../shared/catalog/sourcePages';
import { host } from '../contract/contractClient';
import { notify } from '../state/uiStore';
import { shortSourceTitle } from './sourceTitle';

/**
 * Opens a source page. In a browser the link does it itself (a new tab). In the desktop app a page may open no
 * window, so the click asks the host, which opens the address in the system browser if it is a source page.
 */
export function openLinkThroughHost(event: MouseEvent<HTMLAnchorElement>, url: string): void {
  if (!window.lyncplan) return;
  event.preventDefault();
  void host.shell.openSource({ url }).then((response) => {
    if (!response.ok) notify(response.error.message, 'error');
  });
}

/** Where a finding comes from, as its page's title, linking to the public page (plain text when it has none). */
export function SourceLink({
  source,
  className,
  short = false,
}: {
  source: string;
  className?: string;
  short?: boolean;
}) {
  const page = sourcePage(source);
  const text = short ? shortSourceTitle(page.title) : page.title;
  if (!page.url)
    return (
      <span className={className} title={page.title}>
        {text}
      </span>
    );
  const url = page.url;
  return (
    <a
      className={className}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      title={`${page.title} (opens ${new URL(url).hostname})`}
      onClick={(event) => openLinkThroughHost(event, url)}
      data-testid="source-link"
    >
      {text}
    </a>
  );
}
