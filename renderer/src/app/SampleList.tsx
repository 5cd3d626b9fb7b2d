import { SAMPLES } from '../../../shared/samples/samples';
import { countOf } from '../../../shared/wording/numbers';
import { openSample } from './fileActions';

/** The samples, generated once (pure and deterministic: shared/samples), with what each holds. */
const samples = SAMPLES.map(({ design }) => design());

/** The sample designs, bundled in the app: one click opens one as a new unsaved design. */
export function SampleList() {
  return (
    <ul className="sample-list" data-testid="sample-list">
      {samples.map((sample) => (
        <li key={sample.meta.id}>
          <button
            type="button"
            className="sample-open"
            onClick={() => void openSample(sample)}
            title={sample.meta.notes}
          >
            <span className="sample-name">{sample.meta.name}</span>
            <span className="muted">
              {countOf(sample.sites.length, 'site')}, {countOf(sample.pools.length, 'pool')},{' '}
              {countOf(sample.migration?.steps.length ?? 0, 'migration step')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
