/** A row of a benchmark's result (bench/README.md), with the target it is judged against by `--check`, if any. */
export interface BenchRow {
  label: string;
  ours: number | string;
  peer: number | string;
  unit: string;
  ratio?: number;
  note?: string;
  target?: { name: string; max?: number; minRatio?: number };
}
