// The review page: renders the beads the server sends, and turns keys and buttons into edits. The server does the
// work (edits, re-alignment, undo, saving); the page only keeps what is selected.
'use strict';

const key = location.pathname.split('/').filter(Boolean).pop();
const params = new URLSearchParams(location.search);
const page = { review: null, current: 0, selected: null, pairing: null, busy: false, editing: false, focusUnit: params.get('unit') };
const $ = id => document.getElementById(id);

// The token has done its work once the cookie is set: keep it out of the address bar, history and bookmarks.
if (params.has('token')) {
  params.delete('token');
  history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
}

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) {
    const error = new Error(data.error || response.statusText);
    error.status = response.status;
    throw error;
  }
  return data;
}

function say(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', !!isError);
}

function isDoubtful(bead) { return bead.reasons.length > 0 && bead.status === 'aligned'; }
function onlyDoubtful() { return $('only-doubtful').checked; }
function visible(index) { return !onlyDoubtful() || isDoubtful(page.review.beads[index]); }

function colour(bead) {
  if (bead.status !== 'aligned') return 'hsl(140 60% 32%)';
  return `hsl(${Math.round(bead.confidence * 120)} 65% 38%)`;
}

async function load() {
  try {
    const unit = page.focusUnit ? '?unit=' + encodeURIComponent(page.focusUnit) : '';
    const review = await call('GET', `/api/reviews/${key}${unit}`);
    page.focusUnit = null;
    show(review, review.focus >= 0 ? review.focus : 0);
    mark(review.focus >= 0);
  } catch (error) {
    say(error.message, true);
  }
}

function show(review, current) {
  page.review = review;
  page.current = Math.max(0, Math.min(current ?? page.current, review.beads.length - 1));
  render();
  say(review.message);
}

function render() {
  const review = page.review;
  document.title = `Review · ${review.source.name} ⇄ ${review.target.name}`;
  const title = $('title');
  title.textContent = `${review.source.name} ⇄ ${review.target.name} `;
  const small = document.createElement('small');
  small.textContent = review.output ? `saves to ${review.output}` : 'saves to the memory';
  title.append(small);
  $('source-head').textContent = `${review.source.name} · ${review.source.language}`;
  $('target-head').textContent = `${review.target.name} · ${review.target.language}`;
  $('source-head').lang = review.source.language;
  $('target-head').lang = review.target.language;
  const s = review.summary;
  $('summary').textContent = `${s.beads} beads · ${s.doubtful} doubtful · ${s.confirmed} confirmed · ${s.edited} edited · mean confidence ${s.meanConfidence.toFixed(2)}`;
  $('undo').disabled = !review.canUndo;
  $('redo').disabled = !review.canRedo;

  const list = $('beads');
  list.dataset.revision = review.revision;
  list.classList.toggle('only-doubtful', onlyDoubtful());
  const fragment = document.createDocumentFragment();
  let path = null;
  review.beads.forEach((bead, index) => {
    if (bead.path !== path) {
      path = bead.path;
      const heading = document.createElement('h2');
      heading.className = 'path';
      heading.textContent = path || '(document)';
      fragment.append(heading);
    }
    fragment.append(renderBead(bead, index));
  });
  list.replaceChildren(fragment);
  document.documentElement.style.setProperty('--header-height', $('header').offsetHeight + 'px');
  mark(false);
}

function renderBead(bead, index) {
  const node = document.createElement('div');
  node.className = 'bead';
  node.id = `bead-${index}`;
  node.dataset.index = index;
  node.setAttribute('role', 'listitem');
  node.tabIndex = -1;
  node.style.setProperty('--c', colour(bead));
  node.classList.toggle('doubtful', isDoubtful(bead));
  node.classList.toggle(bead.status, true);
  node.classList.toggle('changed', page.review.changed.includes(index));

  const gutter = document.createElement('div');
  gutter.className = 'gutter';
  const number = document.createElement('span');
  number.className = 'number';
  number.textContent = index + 1;
  const confidence = document.createElement('span');
  if (bead.status === 'aligned') {
    confidence.className = 'confidence';
    confidence.textContent = bead.confidence.toFixed(2);
    confidence.title = 'the aligner\'s confidence';
  } else {
    confidence.className = 'status-mark';
    confidence.textContent = bead.status === 'confirmed' ? '✓ confirmed' : '✎ edited';
  }
  const shape = document.createElement('span');
  shape.textContent = bead.shape;
  gutter.append(number, confidence, shape);
  node.append(gutter, renderSide(bead.source, 'source'), renderSide(bead.target, 'target'));

  const where = document.createElement('div');
  where.className = 'where';
  where.textContent = bead.path;
  node.append(where);
  if (bead.reasons.length > 0) {
    const reasons = document.createElement('div');
    reasons.className = 'reasons';
    for (const reason of bead.reasons) {
      const item = document.createElement('span');
      item.textContent = reason;
      reasons.append(item);
    }
    node.append(reasons);
  }
  node.addEventListener('click', event => {
    const sentence = event.target.closest('.sentence');
    page.current = index;
    page.selected = sentence ? { side: sentence.dataset.side, i: Number(sentence.dataset.i) } : page.selected;
    mark(false);
  });
  return node;
}

function renderSide(sentences, side) {
  const cell = document.createElement('div');
  cell.className = `side ${side}`;
  cell.lang = page.review[side].language;
  cell.classList.toggle('empty', sentences.length === 0);
  for (const sentence of sentences) {
    const span = document.createElement('span');
    span.className = 'sentence';
    span.dataset.side = side;
    span.dataset.i = sentence.i;
    span.classList.toggle('edited', sentence.edited);
    if (sentence.label) {
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = sentence.label;
      span.append(label);
    }
    span.append(sentence.text);
    cell.append(span);
  }
  return cell;
}

// Highlights the current bead and the selected sentence; the selection stays only while it is in the current bead.
function mark(scroll) {
  document.querySelectorAll('.bead.current, .sentence.selected, .bead.pairing').forEach(n => n.classList.remove('current', 'selected', 'pairing'));
  const node = $(`bead-${page.current}`);
  if (!node) return;
  node.classList.add('current');
  const sentences = [...node.querySelectorAll('.sentence')];
  let chosen = page.selected && sentences.find(s => s.dataset.side === page.selected.side && Number(s.dataset.i) === page.selected.i);
  if (!chosen && sentences.length > 0) chosen = sentences[0];
  page.selected = chosen ? { side: chosen.dataset.side, i: Number(chosen.dataset.i) } : null;
  chosen?.classList.add('selected');
  if (page.pairing !== null) $(`bead-${page.pairing}`)?.classList.add('pairing');
  const bead = page.review.beads[page.current];
  $('pair').disabled = !(bead.source.length === 0 || bead.target.length === 0);
  $('confirm').textContent = '';
  $('confirm').append(bead.status === 'confirmed' ? 'unconfirm ' : 'confirm ', kbd('c'));
  if (scroll) node.scrollIntoView({ block: 'center' });
  node.focus({ preventScroll: true });
}

function kbd(text) {
  const node = document.createElement('kbd');
  node.textContent = text;
  return node;
}

function go(step) {
  const beads = page.review.beads;
  for (let i = page.current + step; i >= 0 && i < beads.length; i += step) {
    if (visible(i)) {
      page.current = i;
      page.selected = null;
      mark(true);
      return;
    }
  }
}

function goDoubtful(step) {
  const beads = page.review.beads;
  for (let i = page.current + step; i >= 0 && i < beads.length; i += step) {
    if (isDoubtful(beads[i])) {
      page.current = i;
      page.selected = null;
      mark(true);
      return;
    }
  }
  say(step > 0 ? 'No doubtful bead after this one.' : 'No doubtful bead before this one.');
}

function selectSentence(step) {
  const node = $(`bead-${page.current}`);
  const sentences = [...node.querySelectorAll('.sentence')];
  if (sentences.length === 0) return;
  const at = sentences.findIndex(s => s.dataset.side === page.selected?.side && Number(s.dataset.i) === page.selected?.i);
  const next = sentences[(at + step + sentences.length) % sentences.length];
  page.selected = { side: next.dataset.side, i: Number(next.dataset.i) };
  mark(false);
}

// Sends an edit; afterwards the current bead is the one holding the selected sentence, or the first bead changed.
async function send(path, body) {
  if (page.busy) return;
  page.busy = true;
  try {
    const review = await call('POST', `/api/reviews/${key}/${path}`, { revision: page.review.revision, ...body });
    const holder = page.selected ? review.beads.findIndex(b => b[page.selected.side].some(s => s.i === page.selected.i)) : -1;
    show(review, holder >= 0 ? holder : review.changed[0] ?? page.current);
    mark(true);
  } catch (error) {
    if (error.status === 409) {
      await load();
    }
    say(error.message, true);
  } finally {
    page.busy = false;
  }
}

function edit(op, needsSentence) {
  if (needsSentence && !page.selected) {
    say('Select a sentence first (h, l or a click).', true);
    return;
  }
  send('edits', { op, bead: page.current, side: page.selected?.side, sentence: page.selected?.i ?? 0 });
}

function pair() {
  const bead = page.review.beads[page.current];
  const unpaired = bead.source.length === 0 || bead.target.length === 0;
  if (page.pairing === null) {
    if (!unpaired) {
      say('Pairing joins two unpaired beads: start on one that has sentences on one side only.', true);
      return;
    }
    page.pairing = page.current;
    say(`Pairing bead ${page.current + 1}: go to the unpaired bead that translates it and press p (Esc cancels).`);
    mark(false);
    return;
  }
  const first = page.pairing;
  page.pairing = null;
  if (first === page.current) {
    say('Pairing cancelled.');
    mark(false);
    return;
  }
  page.selected = null;
  send('edits', { op: 'pair', bead: first, other: page.current });
}

function startEditing() {
  if (!page.selected) {
    say('Select a sentence to edit first.', true);
    return;
  }
  const node = document.querySelector(`#bead-${page.current} .sentence.selected`);
  const sentence = page.review.beads[page.current][page.selected.side].find(s => s.i === page.selected.i);
  const box = document.createElement('textarea');
  box.className = 'editing';
  box.value = sentence.text;
  box.lang = page.review[page.selected.side].language;
  box.setAttribute('aria-label', 'Sentence text');
  page.editing = true;
  node.replaceWith(box);
  box.focus();
  box.addEventListener('keydown', event => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      page.editing = false;
      render();
      mark(true);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      page.editing = false;
      send('edits', { op: 'edit-text', bead: page.current, side: page.selected.side, sentence: page.selected.i, text: box.value });
    }
  });
}

async function save() {
  if (page.busy) return;
  page.busy = true;
  say('Saving…');
  try {
    const result = await call('POST', `/api/reviews/${key}/save`);
    say(result.message);
  } catch (error) {
    say(error.message, true);
  } finally {
    page.busy = false;
  }
}

function toggleFilter() {
  const box = $('only-doubtful');
  render();
  if (box.checked && !visible(page.current)) goDoubtful(1);
  mark(true);
}

const actions = {
  'previous-doubt': () => goDoubtful(-1),
  'next-doubt': () => goDoubtful(1),
  'merge-previous': () => edit('merge-previous', false),
  'merge-next': () => edit('merge-next', false),
  'move-previous': () => edit('move-previous', true),
  'move-next': () => edit('move-next', true),
  'unpair': () => edit('unpair', true),
  'pair': pair,
  'confirm': () => edit('confirm', false),
  'edit': startEditing,
  'undo': () => send('undo', {}),
  'redo': () => send('redo', {}),
  'save': save,
  'keys': () => $('help').showModal(),
};
for (const [id, action] of Object.entries(actions)) $(id).addEventListener('click', action);
$('only-doubtful').addEventListener('change', toggleFilter);

document.addEventListener('keydown', event => {
  if (page.editing || !page.review || $('help').open || event.altKey || event.metaKey) return;
  if (event.target instanceof HTMLInputElement && event.key !== 'Escape') return;
  const ctrl = event.ctrlKey;
  const keys = ctrl
    ? { z: actions.undo, y: actions.redo, Z: actions.redo, s: save }
    : {
      j: () => go(1), ArrowDown: () => go(1), k: () => go(-1), ArrowUp: () => go(-1),
      n: () => goDoubtful(1), N: () => goDoubtful(-1),
      l: () => selectSentence(1), ArrowRight: () => selectSentence(1), h: () => selectSentence(-1), ArrowLeft: () => selectSentence(-1),
      m: actions['merge-next'], M: actions['merge-previous'],
      ']': actions['move-next'], '[': actions['move-previous'],
      x: actions.unpair, p: pair, c: actions.confirm, e: startEditing,
      u: actions.undo, r: actions.redo, s: save,
      f: () => { $('only-doubtful').checked = !$('only-doubtful').checked; toggleFilter(); },
      '?': actions.keys,
      Escape: () => { if (page.pairing !== null) { page.pairing = null; say('Pairing cancelled.'); mark(false); } },
    };
  const action = keys[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

load();
