import { readFileSync } from 'node:fs';
import { GOAL, ratioMet } from './goals';
import type { BenchResults, ReadResult, SizeResult } from './results';

/**
 * `npx tsx bench/compare.ts before.json after.json [years]`: each screen
 * read's router p50, raw p50, ratio and goal before and after, as a Markdown
 * table (for bench/README.md); with both sizes in each file, growth too.
 * Files of format 1 (before the goal columns) are judged here the same way.
 */
const [beforeFile, afterFile, yearsArg] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('Usage: npx tsx bench/compare.ts before.json after.json [years]');
  process.exit(2);
}
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
const before = load(beforeFile);
const after = load(afterFile);

function size(results: BenchResults, years: number | undefined): SizeResult | undefined {
  const sorted = [...results.sizes].sort((a, b) => b.years - a.years);
  return years === undefined ? sorted[0] : sorted.find((s) => s.years === years);
}

const years = yearsArg ? Number(yearsArg) : undefined;
const was = size(before, years);
const now = size(after, years);
if (!was || !now) throw new Error('Both files need the size asked for');
const key = (read: Pick<ReadResult, 'screen' | 'channel'>) => `${read.screen} · ${read.channel}`;
const earlier = new Map(was.reads.map((read) => [key(read), read]));
const ms = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(n < 10 ? 2 : 1));
const verdict = (read: ReadResult | undefined) => (read ? (ratioMet(read) ? 'met' : 'missed') : '–');

const rows = now.reads.map((read) => {
  const old = earlier.get(key(read));
  return `| ${read.screen} | \`${read.channel}\` | ${ms(old?.router.p50)} / ${ms(old?.raw.p50)} = ${old ? `${old.ratio}×` : '–'} ${verdict(old)} | ${ms(read.router.p50)} / ${ms(read.raw.p50)} = ${read.ratio}× ${verdict(read)} | ${old?.statements ?? '–'} → ${read.statements} |`;
});
console.log(
  `At ${now.years} year${now.years === 1 ? '' : 's'} (router p50 / raw p50 = ratio, ms; goal ≤ ${GOAL.ratio}× or ≤ raw + ${GOAL.slackMs} ms under ${GOAL.smallRawMs} ms):\n`,
);
console.log('| Screen | Channel | before | after | statements |');
console.log('| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
