import { type ComponentProps, type ReactNode, useEffect, useRef } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { useUi } from '../state/uiStore';
import { ModalDialog } from '../ui/ModalDialog';
import { openLinkThroughHost } from '../ui/SourceLink';
import { HELP_DOCUMENTS, headingAnchor, helpDocumentOfLink, sectionsOf, titleOf } from './helpDocuments';

/** Help ▸ The .lyncplan File Format / The lyncplan Command Line: the bundled document, readable offline. */
export function HelpDocumentDialog() {
  const id = useUi((s) => s.helpDocument);
  if (!id) return null;
  return <HelpDocumentContent id={id} onClose={() => useUi.setState({ helpDocument: null })} />;
}

function scrollToAnchor(article: HTMLElement | null, anchor: string): void {
  article?.querySelector(`[id="${CSS.escape(anchor)}"]`)?.scrollIntoView({ block: 'start' });
}

/** The words of a rendered heading, for its anchor. */
function textOf(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  if (children && typeof children === 'object' && 'props' in children)
    return textOf((children.props as { children?: ReactNode }).children);
  return '';
}

export function HelpDocumentContent({
  id,
  onClose: close,
}: {
  id: NonNullable<ReturnType<typeof useUi.getState>['helpDocument']>;
  onClose: () => void;
}) {
  const document = HELP_DOCUMENTS[id];
  const article = useRef<HTMLElement>(null);
  const pendingAnchor = useRef<string | undefined>(undefined);

  const scrollTo = (anchor: string) => scrollToAnchor(article.current, anchor);

  // A link into the other document opens it, then scrolls to its anchor once it is drawn; any other change of
  // document starts at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs when the document shown changes, on purpose.
  useEffect(() => {
    if (pendingAnchor.current) scrollToAnchor(article.current, pendingAnchor.current);
    else article.current?.scrollTo({ top: 0 });
    pendingAnchor.current = undefined;
  }, [id]);

  // Escape inside the dialog is ModalDialog's; this takes it when the focus has left the dialog (a followed link
  // into the other document is drawn anew, and the focus with it goes back to the page).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  const heading =
    (Tag: 'h2' | 'h3' | 'h4') =>
    ({ children }: ComponentProps<'h2'>) => <Tag id={headingAnchor(textOf(children))}>{children}</Tag>;

  const components: Components = {
    // The dialog has its own title: the document's first heading is not drawn twice.
    h1: () => null,
    h2: heading('h2'),
    h3: heading('h3'),
    h4: heading('h4'),
    a: ({ href = '', children }) => {
      if (href.startsWith('#'))
        return (
          <a
            href={href}
            onClick={(event) => {
              event.preventDefault();
              scrollTo(href.slice(1));
            }}
          >
            {children}
          </a>
        );
      const other = helpDocumentOfLink(href);
      if (other)
        return (
          <a
            href={href}
            onClick={(event) => {
              event.preventDefault();
              pendingAnchor.current = other.anchor;
              if (other.id === id && other.anchor) scrollTo(other.anchor);
              else useUi.setState({ helpDocument: other.id });
            }}
          >
            {children}
          </a>
        );
      if (href.startsWith('https://'))
        return (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            title={`${href} (opens in the browser)`}
            onClick={(event) => openLinkThroughHost(event, href)}
          >
            {children}
          </a>
        );
      // Anything else (a file of the repository) is not a place the app can go: its words stay, without a link.
      return <span>{children}</span>;
    },
  };

  return (
    <ModalDialog title={titleOf(document.text)} onClose={close} className="modal-document" testId="help-document">
      <div className="help-document-body">
        <nav className="help-document-contents" aria-label="Contents">
          {sectionsOf(document.text).map((section) => (
            <a
              key={section.anchor}
              href={`#${section.anchor}`}
              onClick={(event) => {
                event.preventDefault();
                scrollTo(section.anchor);
              }}
            >
              {section.title}
            </a>
          ))}
        </nav>
        <article className="help-document-text" ref={article} data-testid="help-document-text">
          <Markdown remarkPlugins={[remarkGfm]} components={components}>
            {document.text}
          </Markdown>
        </article>
      </div>
      <div className="modal-buttons">
        {/* biome-ignore lint/a11y/noAutofocus: a modal takes the focus so that Escape or Enter closes it. */}
        <button type="button" className="button" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
