/** A new WAN link's capacity until the planner types the real one: a common 2 Mbps branch circuit (per direction). */
export const NEW_LINK_KBPS = 2048;
