// The final table (stdout) and the same figures as JSON.
import fs from 'node:fs';
import type { Figure } from './figures';

export type Report = { date: string; cores: number; cpu: string; node: string; latencyMs: number; pool: number; runs: number; buildSeconds?: number; totalSeconds: number; figures: Figure[] };

const show = (v: number | undefined) => (v === undefined ? '' : String(v));

export function printTable(r: Report): void {
  const head = ['scenario', 'measure', 'median', 'p95', 'unit', 'floor ms', 'ratio', 'calls/min', 'target', 'met'];
  const rows = r.figures.map((f) =>
    f.error
      ? [f.scenario, f.label, `error: ${f.error}`, '', '', '', '', '', f.target ?? '', f.target ? 'MISSED' : '']
      : [
          f.scenario,
          f.label,
          show(f.median),
          show(f.p95),
          f.unit,
          show(f.floor),
          show(f.ratio),
          f.calls === undefined ? '' : `${f.calls}/${f.minCalls ?? '-'}`,
          f.target ?? '',
          f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (i === 2 && row[2]!.startsWith('error:') ? 0 : row[i]!.length))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nBenchmark ${r.date}  |  ${r.cores} cores (${r.cpu})  |  node ${r.node}  |  L = ${r.latencyMs} ms  |  pool ${r.pool}  |  ${r.runs} runs  |  total ${r.totalSeconds} s${r.buildSeconds ? ` (build ${r.buildSeconds} s)` : ''}\n`,
  );
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const notes = r.figures.filter((f) => f.note);
  if (notes.length > 0) {
    console.log('\nNotes:');
    for (const f of notes) console.log(`  ${f.scenario} / ${f.label}: ${f.note}`);
  }
}

export function writeJson(file: string, r: Report): void {
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
}
