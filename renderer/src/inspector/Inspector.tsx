import { deleteSelection } from '../editing/deleteSelection';
import { useDocument } from '../state/documentStore';
import { AssociationInspector } from './AssociationInspector';
import { DesignInspector } from './DesignInspector';
import { LinkInspector } from './LinkInspector';
import { PoolInspector } from './PoolInspector';
import { ServerInspector } from './ServerInspector';
import { SiteInspector } from './SiteInspector';
import { UserGroupInspector } from './UserGroupInspector';

/** The side panel: the properties of what is selected, or of the design when nothing is. */
export function Inspector() {
  const design = useDocument((s) => s.view?.design);
  const selection = useDocument((s) => s.selection);
  if (!design) return null;
  const id = selection.length === 1 ? selection[0] : undefined;
  const body = (() => {
    if (selection.length > 1) {
      return (
        <div className="inspector-multi">
          <p>{selection.length} items selected.</p>
          <button type="button" className="button button-danger" onClick={() => void deleteSelection()}>
            Delete {selection.length} items
          </button>
        </div>
      );
    }
    const site = design.sites.find((s) => s.id === id);
    if (site) return <SiteInspector key={site.id} site={site} design={design} />;
    const pool = design.pools.find((p) => p.id === id);
    if (pool) return <PoolInspector key={pool.id} pool={pool} />;
    const server = design.servers.find((s) => s.id === id);
    if (server) return <ServerInspector key={server.id} server={server} />;
    const group = design.userGroups.find((g) => g.id === id);
    if (group) return <UserGroupInspector key={group.id} group={group} design={design} />;
    const link = design.links.find((l) => l.id === id);
    if (link) return <LinkInspector key={link.id} link={link} design={design} />;
    const association = design.associations.find((a) => a.id === id);
    if (association) return <AssociationInspector key={association.id} association={association} design={design} />;
    return <DesignInspector design={design} />;
  })();
  return (
    <aside className="inspector" aria-label="Properties" data-testid="inspector">
      {body}
    </aside>
  );
}
