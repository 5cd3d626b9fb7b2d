import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Diagram } from '../../../shared/diagram/diagram';
import { DiagramSvg } from './DiagramSvg';

/** The largest PNG side we draw: browsers refuse canvases much beyond 16k pixels. */
export const MAX_PNG_SIDE = 16_384;

/** The diagram as a standalone SVG file, at 1 diagram unit = 1 px, whatever the canvas's zoom. */
export function svgFile(diagram: Diagram, background: 'white' | 'transparent', title: string): string {
  const markup = renderToStaticMarkup(
    createElement(DiagramSvg, { diagram, viewBox: diagram.bounds, background, title }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** The size a PNG export will have at a scale, clamped so the browser can draw it. */
export function pngSize(diagram: Diagram, scale: number): { width: number; height: number; scale: number } {
  const width = Math.max(1, diagram.bounds.width);
  const height = Math.max(1, diagram.bounds.height);
  const fit = Math.min(scale, MAX_PNG_SIDE / width, MAX_PNG_SIDE / height);
  return { width: Math.round(width * fit), height: Math.round(height * fit), scale: fit };
}

/** Rasterises the SVG file at `scale` into a PNG, returned as base64 for the host to write. */
export async function pngFile(svg: string, size: { width: number; height: number }): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The drawing could not be rendered to an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be encoded as PNG.'))), 'image/png'),
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  } finally {
    URL.revokeObjectURL(url);
  }
}
