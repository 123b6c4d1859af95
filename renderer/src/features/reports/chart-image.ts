/**
 * Draws a chart's SVG onto a canvas and returns PNG bytes for the Word
 * document. The SVG goes in as a data URL (the CSP allows data: images) and
 * holds no foreignObject, so the canvas is not tainted and can be read back.
 */
export async function svgToPng(svg: SVGSVGElement, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const pixels = { width: Math.round(width * scale), height: Math.round(height * scale) };
  const blob =
    typeof OffscreenCanvas === 'undefined' ? await onPageCanvas(image, pixels) : await offscreen(image, pixels);
  return new Uint8Array(await blob.arrayBuffer());
}

type Size = { width: number; height: number };

async function offscreen(image: HTMLImageElement, size: Size): Promise<Blob> {
  const canvas = new OffscreenCanvas(size.width, size.height);
  paint(canvas.getContext('2d'), image, size);
  return canvas.convertToBlob({ type: 'image/png' });
}

function onPageCanvas(image: HTMLImageElement, size: Size): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  paint(canvas.getContext('2d'), image, size);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn'))), 'image/png');
  });
}

function paint(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  image: HTMLImageElement,
  size: Size,
): void {
  if (!context) throw new Error('The chart could not be drawn');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
}
