/**
 * Roles of other products that a design draws beside Lync's: Exchange UM and the reverse proxy. A Lync role on
 * their computers is TOPO-NO-EXCHANGE-COLOC's to refuse, so TOPO-SEPARATE-ROLES leaves those pairs alone.
 */
export const notLyncRoles: ReadonlySet<string> = new Set(['exchangeUm', 'reverseProxy']);
