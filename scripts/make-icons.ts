// Draws the toolbar icons (a lens over a bar chart) at each size the manifest lists.
// Run once when the design changes: npx tsx scripts/make-icons.ts; the PNGs are committed.
import fs from 'node:fs';
import { PNG } from 'pngjs';

function draw(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const s = size / 16;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / s;
      const v = (y + 0.5) / s;
      const i = (y * size + x) * 4;
      // Rounded blue tile.
      const corner = 3;
      const cx = Math.min(Math.max(u, corner), 16 - corner);
      const cy = Math.min(Math.max(v, corner), 16 - corner);
      const inTile = Math.hypot(u - cx, v - cy) <= corner;
      let rgba: [number, number, number, number] = inTile ? [11, 99, 200, 255] : [0, 0, 0, 0];
      // Lens ring and handle in white, amber fill for the money inside.
      const d = Math.hypot(u - 6.8, v - 6.8);
      if (inTile && d <= 3.2) rgba = [255, 196, 0, 255];
      if (inTile && d > 3.2 && d <= 4.5) rgba = [255, 255, 255, 255];
      const along = (u + v) / 2;
      const across = Math.abs(u - v);
      if (inTile && along > 9.6 && along < 13.2 && across < 1.4) rgba = [255, 255, 255, 255];
      png.data.set(rgba, i);
    }
  }
  return PNG.sync.write(png);
}

for (const size of [16, 32, 48, 128]) fs.writeFileSync(`public/icons/icon-${size}.png`, draw(size));
console.log('icons written');
