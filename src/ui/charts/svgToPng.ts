/**
 * A chart drawn on screen (SVG) as a PNG, in the browser: the SVG is serialised, drawn on a canvas and read back.
 * Documents carry the picture of the very chart the page shows. Resolves undefined when the browser cannot draw it
 * (no canvas, or the picture does not load within the time allowed), so the caller can go on without the picture.
 */
export interface ChartPicture {
  readonly png: Uint8Array;
  /** CSS pixels of the chart's own drawing (its viewBox). */
  readonly width: number;
  readonly height: number;
}

const LOAD_TIMEOUT_MS = 5000;

export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<ChartPicture | undefined> {
  const box = svg.viewBox?.baseVal;
  const width = box && box.width > 0 ? box.width : svg.clientWidth;
  const height = box && box.height > 0 ? box.height : svg.clientHeight;
  if (!width || !height) return undefined;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', 'Arial, sans-serif');
  const source = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  const loaded = await new Promise<boolean>((resolve) => {
    const timer = window.setTimeout(() => resolve(false), LOAD_TIMEOUT_MS);
    image.onload = () => {
      window.clearTimeout(timer);
      resolve(true);
    };
    image.onerror = () => {
      window.clearTimeout(timer);
      resolve(false);
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  });
  if (!loaded) return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return undefined;
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}

/** The picture of the first chart (SVG) inside an element, or undefined. */
export async function chartPictureIn(element: Element | null): Promise<ChartPicture | undefined> {
  const svg = element?.querySelector('svg');
  if (!svg) return undefined;
  try {
    return await svgToPng(svg as SVGSVGElement);
  } catch {
    return undefined;
  }
}

/** A chart's picture with its own text alternative (the SVG's title and description). */
export interface DescribedChartPicture extends ChartPicture {
  readonly title: string;
  readonly description: string;
}

/** Pictures of every chart (SVG with role="img") inside an element, in page order; those the browser cannot draw are left out. */
export async function chartPicturesIn(element: Element | null): Promise<DescribedChartPicture[]> {
  const out: DescribedChartPicture[] = [];
  for (const svg of Array.from(element?.querySelectorAll('svg[role="img"]') ?? [])) {
    try {
      const picture = await svgToPng(svg as SVGSVGElement);
      if (picture)
        out.push({ ...picture, title: svg.querySelector('title')?.textContent ?? 'Chart', description: svg.querySelector('desc')?.textContent ?? '' });
    } catch {
      // Left out: the document has the same figures as a table.
    }
  }
  return out;
}
