// Which of several Lighthouse reports on one page is the representative one: Lighthouse's own choice (the run nearest
// the median first contentful paint and time to interactive), as its docs advise over any single run.
// node bench/lighthouse-median.mjs RUN1.json RUN2.json ...   prints the path of the median run
import {readFileSync} from 'node:fs';
import {computeMedianRun, filterToValidRuns} from 'lighthouse/core/lib/median-run.js';

const runs = process.argv.slice(2).map(path => ({path, lhr: JSON.parse(readFileSync(path, 'utf8'))}));
const valid = filterToValidRuns(runs.map(r => r.lhr));
if (!valid.length) {
  console.error('no run has a first contentful paint and a time to interactive');
  process.exit(1);
}
const median = computeMedianRun(valid);
console.log(runs.find(r => r.lhr === median).path);
