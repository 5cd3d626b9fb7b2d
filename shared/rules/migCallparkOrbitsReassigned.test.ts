import { describeHostedObjectRule } from '../testing/hostedObjectRuleCases';

describeHostedObjectRule(
  'MIG-CALLPARK-ORBITS-REASSIGNED',
  'callParkOrbits',
  3,
  'Reassign the 3 Call Park orbit ranges of Front End pool pool2010.contoso.com to a 2013 pool (and copy any custom music-on-hold to its file store) before step 5 (Decommission the 2010 pool) removes it.',
);
