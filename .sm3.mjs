import { readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
function sizes(dir) {
  const out = {};
  for (const f of readdirSync(`${dir}/assets`).filter((f) => /\.js$/.test(f) && !/consultant|catalogue-en/.test(f))) {
    const code = readFileSync(`${dir}/assets/${f}`, 'utf8');
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/assets/${f}.map`, 'utf8')));
    const lines = code.split('\n');
    const segs = [];
    map.eachMapping((m) => segs.push(m));
    for (let i = 0; i < segs.length; i++) {
      const m = segs[i], n = segs[i + 1];
      const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : lines[m.generatedLine - 1].length;
      const src = (m.source || '?').replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/');
      out[src] = (out[src] || 0) + (end - m.generatedColumn);
    }
  }
  return out;
}
const a = sizes(process.argv[2]), b = sizes(process.argv[3]);
const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
const d = [...keys].map((k) => [k, (b[k] || 0) - (a[k] || 0), b[k] || 0]).filter(([, x]) => x !== 0).sort((x, y) => y[1] - x[1]);
d.forEach(([k, x, n]) => console.log(String(x).padStart(7), String(n).padStart(7), k));
