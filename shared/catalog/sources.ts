/**
 * The pages every figure comes from. Paths are in MicrosoftDocs/OfficeDocs-SkypeForBusiness unless the
 * text says otherwise; ../shared/domain/*.md quote them.
 */
export const SOURCES = {
  capacityUserModels: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
  referenceMedium: 'Lync/LyncServer/lync-server-2013-reference-topology-for-medium-size-organizations.md',
  mediaBandwidth: 'Lync/LyncServer/lync-server-2013-network-bandwidth-requirements-for-media-traffic.md',
  networkInfrastructure: 'Lync/LyncServer/lync-server-2013-network-infrastructure-requirements.md',
  cacRequirements: 'Lync/LyncServer/lync-server-2013-defining-your-requirements-for-call-admission-control.md',
  userModels: 'Lync/LyncServer/lync-server-2013-user-models.md',
  /** Not TechNet: Microsoft's "Lync Ignite – Network Assessment Usage Modeling" deck (see network.md 2.1.7). */
  igniteRtcShare: 'Microsoft "Lync Ignite – Network Assessment Usage Modeling" training deck (RTC share of a WAN link)',
} as const;

/** A documented number, where it comes from, and, where the documents disagree, what was chosen and why. */
export interface Figure {
  value: number;
  unit: string;
  source: string;
  /** Where the documents give another value: that value, its source, and why it was not chosen. */
  alternative?: { value: number; source: string; reason: string };
}
