import { type Figure, SOURCES } from './sources';

/** Mediation capacity (capacity.md section 1, "Mediation Server"). */
export const MEDIATION = {
  collocatedCallsPerFrontEnd: {
    value: 150,
    unit: 'concurrent non-bypass calls per Front End with collocated Mediation',
    source: SOURCES.capacityUserModels,
  },
  standaloneCallsHyperThreading: {
    value: 1_500,
    unit: 'concurrent non-bypass calls per stand-alone Mediation Server, hyper-threading on',
    source: SOURCES.capacityUserModels,
  },
  standaloneCallsNoHyperThreading: {
    value: 1_100,
    unit: 'concurrent non-bypass calls per stand-alone Mediation Server, hyper-threading off',
    source: SOURCES.capacityUserModels,
  },
} as const satisfies Record<string, Figure>;
