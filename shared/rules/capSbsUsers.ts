import { BRANCH } from '../catalog/branch';
import { defineSurvivableUsersRule } from './define/survivableUsersRule';

/** An SBS is designed for 1,000 to 5,000 users (sites page; 2,000 on the branch-resiliency page, see BRANCH.sbsMaxUsers). */
export const capSbsUsers = defineSurvivableUsersRule(
  'CAP-SBS-USERS',
  'sbs',
  'SBS',
  BRANCH.sbsMinUsers,
  BRANCH.sbsMaxUsers,
);
