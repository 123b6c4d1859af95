import { deflateSync } from 'node:zlib';
import type { ChartPicture } from '../../../shared/documents/annual-report-document';
import { layoutBars, reportCharts } from '../../../shared/domain/reports/charts';
import type { AnnualReport } from '../../../shared/schemas/report';

/**
 * The report's charts drawn here as PNG pictures, so the whole report is made
 * from the records in main: the bars at the screen's layout, on white, without
 * the labels' column. The
 * words stay as text beside the picture (its title, its description and the
 * table of the same figures, labels first), since main has no fonts to draw them with.
 */

const SCALE = 2;
const BAR: readonly [number, number, number] = [0x1d, 0x4f, 0x6e];
const AXIS: readonly [number, number, number] = [0x50, 0x5a, 0x5f];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB picture as a PNG file: 8 bits a channel, no filter on any row. */
function encodePng(width: number, height: number, rgb: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) rgb.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function chartPictures(report: AnnualReport): ChartPicture[] {
  return reportCharts(report).map((chart) => {
    const layout = layoutBars(chart);
    // The labels' column is left out: the labels are the first column of the table below the picture.
    const left = layout.labelWidth - 8;
    const pictureWidth = layout.width - left;
    const width = pictureWidth * SCALE;
    const height = layout.height * SCALE;
    const rgb = Buffer.alloc(width * height * 3, 0xff);
    const fill = (x: number, y: number, w: number, h: number, colour: readonly [number, number, number]) => {
      for (let row = Math.max(0, y); row < Math.min(height, y + h); row += 1) {
        for (let col = Math.max(0, x); col < Math.min(width, x + w); col += 1) rgb.set(colour, (row * width + col) * 3);
      }
    };
    const axisTop = layout.top * SCALE;
    fill((layout.labelWidth - left) * SCALE - 2, axisTop, 2, layout.rows.length * layout.rowHeight * SCALE, AXIS);
    for (const row of layout.rows) {
      fill(
        (layout.labelWidth - left) * SCALE,
        (row.y + 5) * SCALE,
        row.barWidth * SCALE,
        (layout.rowHeight - 10) * SCALE,
        BAR,
      );
    }
    return { chart, png: encodePng(width, height, rgb), width: pictureWidth, height: layout.height };
  });
}
