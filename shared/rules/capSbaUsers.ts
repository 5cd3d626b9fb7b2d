import { BRANCH } from '../catalog/branch';
import { defineSurvivableUsersRule } from './define/survivableUsersRule';

/** An SBA is designed for 25 to 1,000 users (branch resiliency page). */
export const capSbaUsers = defineSurvivableUsersRule(
  'CAP-SBA-USERS',
  'sba',
  'SBA',
  BRANCH.sbaMinUsers,
  BRANCH.sbaMaxUsers,
);
