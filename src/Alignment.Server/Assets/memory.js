// The memory's search page: fuzzy lookup, concordance and term equivalents over the server's API, each unit linked
// to its document pair's review page when the memory knows the pair.
'use strict';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
if (params.has('token')) {
  params.delete('token');
  history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
}

async function call(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  const data = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function say(text, isError) {
  $('status').textContent = text;
  $('status').classList.toggle('error', !!isError);
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A text with its highlighted ranges ([start, end) pairs) wrapped in <mark>, built without HTML parsing.
function highlighted(side) {
  const node = element('div');
  node.lang = side.language;
  let at = 0;
  for (const [start, end] of side.highlights) {
    node.append(side.text.slice(at, start), element('mark', '', side.text.slice(start, end)));
    at = end;
  }
  node.append(side.text.slice(at));
  return node;
}

function plain(text, language) {
  const node = element('div', '', text);
  node.lang = language;
  return node;
}

function meta(unit) {
  const node = element('div', 'meta', [unit.document, unit.path, unit.origin].filter(Boolean).join(' · '));
  if (unit.review) {
    const link = element('a', 'review-link', 'review this pair ↗');
    link.href = unit.review;
    node.append(link);
  }
  return node;
}

function hit(score, source, target, unit) {
  const node = element('div', 'hit');
  node.append(element('div', 'score', score), source, target, meta(unit));
  return node;
}

const modes = {
  async lookup(text) {
    const result = await call(`/api/lookup?text=${encodeURIComponent(text)}&max=10&min=50`);
    say(`${result.matches.length} fuzzy match${result.matches.length === 1 ? '' : 'es'} of 50% or more (${result.language} → ${result.targetLanguage})`);
    return result.matches.map(m => hit(`${m.score}%`, plain(m.source, result.language), plain(m.target, result.targetLanguage), m.unit));
  },
  async concordance(text) {
    const result = await call(`/api/concordance?text=${encodeURIComponent(text)}&size=50`);
    const more = result.totalsAreExact ? '' : '+';
    say(`${result.totalHits}${more} units contain “${result.text}” (${result.totalUnits}${more} with repeats)`);
    return result.hits.map(h => hit(h.count > 1 ? `×${h.count}` : '', highlighted(h.source), highlighted(h.target), h.unit));
  },
  async terms(text) {
    const result = await call(`/api/terms?text=${encodeURIComponent(text)}`);
    say(`“${result.term}” is in ${result.occurrences}${result.occurrencesAreExact ? '' : '+'} units; ${result.candidates.length} candidate equivalents`);
    return result.candidates.map(candidate => {
      const node = element('section', 'candidate');
      const heading = element('h3', '', candidate.text);
      heading.lang = result.targetLanguage;
      heading.append(element('span', 'counts', `together in ${candidate.together} units, ${candidate.frequency} overall, score ${candidate.score.toFixed(2)}`));
      node.append(heading);
      const others = [...candidate.variants, ...candidate.alternatives];
      if (others.length > 0) node.append(element('div', 'meta', `also: ${others.join(', ')}`));
      for (const example of candidate.examples) {
        const row = element('div', 'example');
        row.append(highlighted(example.term), highlighted(example.equivalent), meta(example.unit));
        node.append(row);
      }
      return node;
    });
  },
};

async function search(event) {
  event?.preventDefault();
  const text = $('text').value.trim();
  if (!text) return;
  const mode = new FormData($('search')).get('mode');
  history.replaceState(null, '', `${location.pathname}?mode=${mode}&text=${encodeURIComponent(text)}`);
  say('Searching…');
  try {
    const nodes = await modes[mode](text);
    $('results').replaceChildren(...(nodes.length ? nodes : [element('p', 'empty-result', 'Nothing found.')]));
  } catch (error) {
    say(error.message, true);
  }
}

$('search').addEventListener('submit', search);
document.addEventListener('keydown', event => {
  if (event.key === '/' && document.activeElement !== $('text')) {
    event.preventDefault();
    $('text').focus();
  }
});

call('/api/stats').then(stats => {
  $('stats').textContent = `${stats.units} units from ${stats.documents} documents`;
}).catch(error => say(error.message, true));

if (params.get('text')) {
  $('text').value = params.get('text');
  const mode = document.querySelector(`input[name=mode][value="${params.get('mode')}"]`);
  if (mode) mode.checked = true;
  search();
}
