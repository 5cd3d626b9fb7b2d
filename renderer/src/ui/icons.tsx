import { memo } from 'react';
import type { IconName } from './roleStyle';

/** Small line icons (16 x 16 grid) for roles and entities; stroke uses the current colour. */
const paths: Record<IconName, string> = {
  frontEnd: 'M3 2.5h10v3.5H3zM3 6.5h10V10H3zM3 10.5h10V14H3zM5 4.2h1M5 8.2h1M5 12.2h1',
  standardEdition: 'M3 2.5h10v11H3zM5 5h6M5 7.5h6M5 11.5h1.5',
  backEnd:
    'M3 4c0-1.1 2.2-2 5-2s5 .9 5 2v8c0 1.1-2.2 2-5 2s-5-.9-5-2zM3 4c0 1.1 2.2 2 5 2s5-.9 5-2M3 8c0 1.1 2.2 2 5 2s5-.9 5-2',
  edge: 'M8 1.5l5.5 2v4c0 3.5-2.4 6-5.5 7-3.1-1-5.5-3.5-5.5-7v-4zM8 4.5v6M5.5 7.5h5',
  director: 'M2 8h9M8 4.5L11.5 8 8 11.5M13.5 3v10',
  mediation: 'M4.5 2.5l2 3-1.5 1.5c.8 1.7 2.3 3.2 4 4l1.5-1.5 3 2-1.2 2c-4.6-.3-8.8-4.5-9.1-9.1z',
  persistentChat: 'M2 3h8v6H5.5L3 11V9H2zM11 6h3v6h-1v2l-2.5-2H7v-1.5',
  persistentChatStore:
    'M3 4c0-1.1 2.2-2 5-2s5 .9 5 2v8c0 1.1-2.2 2-5 2s-5-.9-5-2zM3 4c0 1.1 2.2 2 5 2s5-.9 5-2M6 9h4M6 11h3',
  officeWebApps: 'M2 3h12v8H2zM8 11v3M5 14h6M5 8.5l2-2 1.5 1.5L11 5.5',
  fileStore: 'M2 4.5V13h12V5.5H7.5L6 4H2.5z',
  reverseProxy: 'M2 5.5h10M9.5 3l2.5 2.5L9.5 8M14 10.5H4M6.5 8L4 10.5 6.5 13',
  exchangeUm: 'M2 4h12v8H2zM2 4.5l6 4.5 6-4.5',
  sba: 'M2 14V7l4-3 4 3v7M10 9h4v5M5 14v-3h2v3',
  sbs: 'M2 14V6.5L6 3.5l4 3V14M10 8.5h4V14M4.5 8h3M4.5 10.5h3',
  pstnGateway: 'M2 6h12v5H2zM4.5 8.5h1M7 8.5h1M9.5 8.5h1M5 6V3.5h6V6',
  // An archive box and a pulse: the Lync Server 2010 Archiving and Monitoring servers.
  archiving: 'M2 3h12v3H2zM3 6v7h10V6M6.5 8.5h3',
  monitoring: 'M1.5 8.5h3l1.5-4 2.5 7 1.5-3h4.5',
  centralSite: 'M2 14h12M3.5 14V4h5v10M8.5 7h4v7M5 6h1.5M5 8.5h1.5M5 11h1.5M10 9.5h1',
  branchSite: 'M2.5 14h11M4 14V8l4-3 4 3v6M7 14v-3h2v3',
  userGroup:
    'M6 7.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM1.5 14c.3-2.6 2.1-4.5 4.5-4.5s4.2 1.9 4.5 4.5M11 7a2 2 0 100-4M12 9.5c1.5.4 2.4 2 2.5 4',
  server: 'M3 3h10v4H3zM3 9h10v4H3zM5 5h1M5 11h1',
  link: 'M6.5 9.5l3-3M5 8L3.5 9.5a2.1 2.1 0 003 3L8 11M11 8l1.5-1.5a2.1 2.1 0 00-3-3L8 5',
};

const imageUris = new Map<string, string>();

/** The icon as an SVG image (a data URI) in one colour, made once per name and colour. */
export function iconImage(name: IconName, color: string): string {
  const key = `${name}${color}`;
  let uri = imageUris.get(key);
  if (!uri) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="none" stroke="${color}" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round"><path d="${paths[name]}"/></svg>`;
    uri = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    imageUris.set(key, uri);
  }
  return uri;
}

/**
 * The icon on canvas nodes: a background image, not inline SVG. A canvas holds thousands of nodes, and each inline
 * <svg> is a paint chunk of its own that Chromium re-layerizes on every drag frame (measured: inline icons cost
 * about a third of a drag frame on the 1k design).
 */
export const NodeIcon = memo(function NodeIcon({
  name,
  size = 16,
  color,
}: {
  name: IconName;
  size?: number;
  color: string;
}) {
  return (
    <span
      className="node-icon"
      style={{ width: size, height: size, backgroundImage: iconImage(name, color) }}
      aria-hidden
    />
  );
});

export const Icon = memo(function Icon({ name, size = 16, title }: { name: IconName; size?: number; title?: string }) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: an icon with a title gets role img and the title; one without is aria-hidden.
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.3}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
    >
      {title ? <title>{title}</title> : null}
      <path d={paths[name]} />
    </svg>
  );
});

const severityPaths = {
  error: 'M8 1.8l6.5 11.4H1.5zM8 6v3.6M8 11.4v.1',
  warning: 'M8 1.8l6.5 11.4H1.5zM8 6v3.6M8 11.4v.1',
  info: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM8 7.2v4M8 4.8v.1',
} as const;

export function SeverityIcon({ severity }: { severity: 'error' | 'warning' | 'info' }) {
  return (
    <svg
      className={`severity-icon severity-${severity}`}
      width={14}
      height={14}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      {severity === 'error' ? <circle cx="8" cy="8" r="6.5" /> : null}
      <path d={severity === 'error' ? 'M8 4.5v4.2M8 11.2v.1' : severityPaths[severity]} />
    </svg>
  );
}
