// Draws the PeerLens toolbar icon (a lens over a shield-blue disc) into public/icon/{16,32,48,128}.png.
// Plain Node (zlib + a tiny PNG writer): no image dependencies. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const INK = [29, 78, 216]; // blue-700
const GLASS = [219, 234, 254]; // blue-100
const MARK = [22, 101, 52]; // green-800: the "verified" tick

/** Coverage of the glyph at (x, y) in a 1×1 square: which colour and how opaque. */
function sample(x, y) {
  const cx = 0.42, cy = 0.42, r = 0.3, ring = 0.075;
  const d = Math.hypot(x - cx, y - cy);
  // Handle: a thick segment from the lens rim towards the bottom-right corner.
  const t = Math.max(0, Math.min(1, ((x - 0.63) + (y - 0.63)) / (2 * 0.27)));
  const hx = 0.63 + t * 0.27, hy = 0.63 + t * 0.27;
  if (Math.hypot(x - hx, y - hy) < 0.085) return INK;
  if (Math.abs(d - r) < ring) return INK;
  if (d < r) {
    // A tick inside the glass: two short strokes.
    const onStroke = (ax, ay, bx, by) => {
      const vx = bx - ax, vy = by - ay;
      const s = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(x - (ax + s * vx), y - (ay + s * vy)) < 0.045;
    };
    if (onStroke(0.3, 0.43, 0.39, 0.52) || onStroke(0.39, 0.52, 0.55, 0.33)) return MARK;
    return GLASS;
  }
  return null;
}

function render(size) {
  const ss = 4; // 4×4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // filter byte
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      row.push(a ? Math.round(r / a) : 0, a ? Math.round(g / a) : 0, a ? Math.round(b / a) : 0, Math.round((a / (ss * ss)) * 255));
    }
    rows.push(Buffer.from(row));
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width, height, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const dir = new URL('../public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), render(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
