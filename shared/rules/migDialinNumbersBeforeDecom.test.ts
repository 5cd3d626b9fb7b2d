import { describeHostedObjectRule } from '../testing/hostedObjectRuleCases';

describeHostedObjectRule(
  'MIG-DIALIN-NUMBERS-BEFORE-DECOM',
  'dialInNumbers',
  2,
  'Move the 2 dial-in access numbers of Front End pool pool2010.contoso.com to a 2013 pool before step 5 (Decommission the 2010 pool) removes it; calls to them fail once the pool is gone.',
);
