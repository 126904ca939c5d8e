// How a benchmark row's ratio is read (shared by the runner and the target check).
/** ratio = peer / ours unless the row gives its own (so > 1 means ours is faster/smaller for time/size units). */
export function rowRatio(row) {
  if (typeof row.ratio === 'number') return row.ratio;
  if (typeof row.ours === 'number' && typeof row.peer === 'number' && row.ours !== 0) return row.peer / row.ours;
  return null;
}
