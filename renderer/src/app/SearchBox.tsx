import { useMemo, useState } from 'react';
import { useCanvasView } from '../canvas/useCanvasView';
import { useDocument } from '../state/documentStore';
import { searchEntities } from './searchEntities';

/** Ctrl+F: finds any entity by name or FQDN; Enter or a click selects it and centres it on the canvas. */
export function SearchBox() {
  const design = useDocument((s) => s.view?.design ?? null);
  const view = useCanvasView();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (design ? searchEntities(design, query) : []), [design, query]);
  const choose = (id: string) => {
    view.centreOn(id);
    setQuery('');
    (document.activeElement as HTMLElement | null)?.blur();
  };
  return (
    <div className="search" role="search">
      <input
        className="search-input"
        data-testid="search-input"
        type="search"
        placeholder="Find by name or FQDN"
        aria-label="Find by name or FQDN"
        title="Find by name or FQDN (Ctrl+F): a site, pool, server or user group"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter' && hits[active]) choose(hits[active].id);
          else if (event.key === 'Escape') {
            setQuery('');
            event.currentTarget.blur();
          } else return;
          event.preventDefault();
        }}
        spellCheck={false}
      />
      {query.trim() ? (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {hits.length === 0 ? <li className="search-empty">Nothing named like “{query.trim()}”</li> : null}
          {hits.map((hit, index) => (
            <li key={hit.id} role="option" aria-selected={index === active}>
              <button
                type="button"
                className={`search-hit${index === active ? ' is-active' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit.id)}
              >
                <span className="search-label">{hit.label}</span>
                <span className="search-detail">{hit.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
