import type { Pool } from './pool';

/** An Enterprise Edition Front End pool: the pool the Front End capacity rules size. */
export const isEnterpriseFrontEnd = (pool: Pool): boolean => pool.role === 'frontEnd' && pool.edition === 'enterprise';

/** A Standard Edition server: modelled as a one-server Front End pool with `edition: 'standard'` (format.md, "Pools"). */
export const isStandardEdition = (pool: Pool): boolean => pool.role === 'frontEnd' && pool.edition === 'standard';
