/** A jagged path from (x1,y1) to (x2,y2): the ecomap's "stressful" line. Pure. */
export function zigzag(x1: number, y1: number, x2: number, y2: number, amplitude = 4, wavelength = 10): string {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len < 1) return `M${x1} ${y1}L${x2} ${y2}`;
  const ux = (x2 - x1) / len,
    uy = (y2 - y1) / len;
  const nx = -uy,
    ny = ux;
  const steps = Math.max(2, Math.floor(len / (wavelength / 2)));
  let d = `M${x1.toFixed(1)} ${y1.toFixed(1)}`;
  for (let i = 1; i < steps; i++) {
    const t = (i / steps) * len;
    const off = (i % 2 ? 1 : -1) * amplitude;
    d += `L${(x1 + ux * t + nx * off).toFixed(1)} ${(y1 + uy * t + ny * off).toFixed(1)}`;
  }
  return `${d}L${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

/** The same jagged line along a path of points (a routed curve): a zigzag of `amplitude` about each stretch. Pure. */
export function zigzagAlong(points: readonly (readonly [number, number])[], amplitude = 4, wavelength = 10): string {
  const first = points[0];
  if (!first) return '';
  const f = (n: number) => n.toFixed(1);
  let d = `M${f(first[0])} ${f(first[1])}`;
  let side = 1;
  let carry = 0; // distance walked since the last tooth
  const step = wavelength / 2;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!,
      [x2, y2] = points[i]!;
    const len = Math.hypot(x2 - x1, y2 - y1);
    if (len === 0) continue;
    const ux = (x2 - x1) / len,
      uy = (y2 - y1) / len;
    for (let t = step - carry; t < len; t += step) {
      d += `L${f(x1 + ux * t - uy * side * amplitude)} ${f(y1 + uy * t + ux * side * amplitude)}`;
      side = -side;
    }
    carry = (carry + len) % step;
  }
  const last = points[points.length - 1]!;
  return `${d}L${f(last[0])} ${f(last[1])}`;
}
