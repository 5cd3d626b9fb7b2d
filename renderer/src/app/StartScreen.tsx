import { Icon } from '../ui/icons';
import { newDesign, openDesignFile } from './fileActions';
import { LibraryList } from './LibraryList';
import { LibraryNotice } from './LibraryNotice';
import { SampleList } from './SampleList';

/** What the planner sees with no design open: start one, open a file or a sample, or pick up from the library. */
export function StartScreen() {
  return (
    <div className="start">
      <div className="start-card">
        <div className="start-brand">
          <span className="brand-mark">
            <Icon name="link" size={26} />
          </span>
          <div>
            <h1>lyncplan</h1>
            <p className="muted">Plan Lync Server 2013 topologies and 2010 migrations against the documented limits.</p>
          </div>
        </div>
        <LibraryNotice />
        <div className="start-actions">
          <button type="button" className="button button-primary button-large" onClick={() => void newDesign()}>
            New design
          </button>
          <button type="button" className="button button-large" onClick={() => void openDesignFile()}>
            Open file…
          </button>
        </div>
        <h2 className="start-subtitle">Samples</h2>
        <SampleList />
        <h2 className="start-subtitle">Library</h2>
        <LibraryList />
      </div>
    </div>
  );
}
