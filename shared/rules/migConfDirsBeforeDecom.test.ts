import { describeHostedObjectRule } from '../testing/hostedObjectRuleCases';

describeHostedObjectRule(
  'MIG-CONF-DIRS-BEFORE-DECOM',
  'conferenceDirectories',
  1,
  'Move the 1 conference directory of Front End pool pool2010.contoso.com to a 2013 pool before step 5 (Decommission the 2010 pool) removes it (Move-CsConferenceDirectory, one directory at a time).',
);
