"use strict";
const token = document.querySelector('meta[name="qtrack-token"]').content;
let alignment = null, questions = {old: new Map(), new: new Map()}, items = [], current = 0, mode = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "onclick") node.addEventListener("click", value); else if (value != null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) if (child != null) node.append(child.nodeType ? child : String(child));
  return node;
}
function say(text, error) { const s = document.getElementById("status"); s.textContent = text; s.className = error ? "error" : ""; }

async function load() {
  const [a, q] = await Promise.all([fetch("/api/alignment").then(r => r.json()), fetch("/api/questions").then(r => r.json())]);
  for (const side of ["old", "new"]) for (const question of q[side]) questions[side].set(question.id, question);
  show(a);
  await loadCoverage();
}

async function decide(body) {
  say("saving…");
  const response = await fetch("/api/decisions", {method: "POST", headers: {"Content-Type": "application/json", "X-QTrack-Token": token}, body: JSON.stringify(body)});
  const result = await response.json();
  if (!response.ok) { say(result.error || "refused", true); return; }
  say(body.verdict === "undo" ? "undone" : "saved: " + body.verdict);
  mode = null;
  show(result);
}

async function loadCoverage(result) {
  const coverage = result || await fetch("/api/coverage").then(r => r.json());
  const box = document.getElementById("links");
  box.replaceChildren();
  const open = (coverage.recommendations || []).filter(r => r.status !== "covered" || r.questions.some(q => q.suspect || q.broken));
  if (!open.length) box.append(el("p", {class: "empty"}, "Every recommendation is covered, and every reviewed link is sound."));
  for (const rec of open) {
    const rows = rec.questions.map(q => {
      const text = (questions.new.get(q.id) || {text: ""}).text.slice(0, 110);
      const reviewed = q.origin === "link";
      const label = reviewed ? (q.suspect ? "reviewed, text changed since" : q.broken ? "reviewed, question gone" : "reviewed") : q.score.toFixed(2);
      const decision = verdict => () => linkDecision({verdict, recommendation: rec.qualifiedId, question: q.id});
      const actions = [];
      // A link whose question changed: confirm it still asks about the recommendation (records the new text), or remove it.
      if (!reviewed || q.suspect) actions.push(el("button", {type: "button", "data-action": "link", onclick: decision("link")}, reviewed ? "Still asks about it" : "Asks about it"));
      if (reviewed) actions.push(el("button", {type: "button", "data-action": "unlink", onclick: decision("unlink")}, "Remove link"));
      return el("div", {class: "q"}, label + " · " + q.id + " · " + text, ...actions);
    });
    box.append(el("div", {class: "item rec", "data-recommendation": rec.qualifiedId},
      el("div", {class: "what"}, rec.qualifiedId + ": " + rec.title, el("span", {class: "tag"}, rec.status)),
      el("div", {}, rec.text), rows.length ? rows : el("p", {class: "empty"}, "no question found: search the new version above to pick one")));
  }
}

async function linkDecision(body) {
  say("saving…");
  const response = await fetch("/api/links", {method: "POST", headers: {"Content-Type": "application/json", "X-QTrack-Token": token}, body: JSON.stringify(body)});
  const result = await response.json();
  if (!response.ok) { say(result.error || "refused", true); return; }
  say(body.verdict === "undo" ? "link undone" : "saved: " + body.verdict);
  loadCoverage(result);
}

function key(change) { return (change.old ? change.old.id : "") + "\u2192" + (change.new ? change.new.id : ""); }
function needsPerson(change) {
  if (change.origin === "decision") return false;
  return change.certainty === "probable" || !change.old || !change.new || change.origin === "splitOrMerge";
}
function rank(change) {
  if (change.old && change.new && change.certainty === "probable") return 0;
  if (!change.old || !change.new) return change.candidates.length ? 1 : 3;
  return 2;
}

function show(result) {
  const focus = items[current] ? key(items[current]) : null;
  alignment = result;
  const open = alignment.changes.filter(needsPerson).sort((a, b) => rank(a) - rank(b));
  const done = alignment.changes.filter(c => c.origin === "decision");
  items = open.concat(done);
  document.getElementById("progress").textContent = done.length + " of " + (done.length + open.length) + " reviewed";
  // After a decision the queue moves on: the item decided leaves it, and the next takes its place.
  const again = items.findIndex(c => key(c) === focus && c.origin !== "decision");
  current = Math.max(0, Math.min(again >= 0 ? again : current, items.length - 1));
  draw();
}

function sideBox(change, side) {
  const ref = change[side];
  if (!ref) return el("div", {class: "side"}, el("div", {class: "ref"}, side === "old" ? "(no old question)" : "(no new question)"));
  const question = questions[side].get(ref.id);
  let text = question ? question.text : "";
  const body = el("div", {class: "text"});
  if (change.diff.length && change.old && change.new) {
    for (const segment of change.diff) {
      if (segment.op === "equal") body.append(segment.text + " ");
      else if (segment.op === (side === "old" ? "delete" : "insert")) body.append(el(side === "old" ? "del" : "ins", {}, segment.text), " ");
    }
  } else body.textContent = text;
  const place = [ref.section, ref.number ? "question " + ref.number : null].filter(Boolean).join(", ");
  return el("div", {class: "side"}, el("div", {class: "ref"}, side + " " + ref.id + (place ? " · " + place : "")), body);
}

function describe(change) {
  if (change.origin === "decision") return ["reviewed", change.kinds.join(", "), "reviewed"];
  if (!change.new) return ["removed?", "no counterpart found; suggestions below", "removed"];
  if (!change.old) return ["new?", "no counterpart found; suggestions below", "added"];
  if (change.certainty === "probable") return ["probable pair", change.kinds.join(", ") + " · similarity " + change.similarity.toFixed(2), "probable"];
  return [change.kinds.includes("split") ? "split proposed" : "merge proposed", change.kinds.join(", "), "proposal"];
}

function searchBox(change, side, verdictFor) {
  const input = el("input", {type: "search", placeholder: "pick another " + side + " question: words or number", "aria-label": "search the " + side + " version"});
  const results = el("div", {class: "picks"});
  input.addEventListener("input", () => {
    results.replaceChildren();
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const found = [...questions[side].values()].filter(q => words.every(w => (q.number || "").toLowerCase() === w || q.id.toLowerCase() === w || q.text.toLowerCase().includes(w))).slice(0, 8);
    for (const q of found) results.append(el("button", {type: "button", onclick: () => decide(verdictFor(q.id))}, q.id + ": " + q.text.slice(0, 110)));
    if (!found.length) results.append(el("span", {class: "empty"}, "no question has these words"));
  });
  return [input, results];
}

function card(change, index) {
  const [what, tag, kind] = describe(change);
  const note = el("input", {type: "text", placeholder: "note (optional)", "aria-label": "note"});
  const withNote = body => Object.assign(body, note.value ? {note: note.value} : {});
  const actions = el("div", {class: "actions"});
  const picks = el("div", {class: "picks"});
  if (change.old && change.new) {
    actions.append(
      el("button", {type: "button", class: "primary", "data-action": "confirm", onclick: () => decide(withNote({verdict: "pair", old: [change.old.id], new: [change.new.id]}))}, "Confirm pair (c)"),
      el("button", {type: "button", "data-action": "refuse", onclick: () => decide(withNote({verdict: "unrelated", old: [change.old.id], new: [change.new.id]}))}, "Refuse: unrelated (r)"),
      el("button", {type: "button", "data-action": "split", onclick: () => { mode = {index, side: "new"}; draw(); }}, "Also another new question (split)…"),
      el("button", {type: "button", "data-action": "merge", onclick: () => { mode = {index, side: "old"}; draw(); }}, "Also another old question (merge)…"));
    if (mode && mode.index === index) {
      const verdictFor = mode.side === "new"
        ? id => withNote({verdict: "split", old: [change.old.id], new: [change.new.id, id]})
        : id => withNote({verdict: "merge", old: [change.old.id, id], new: [change.new.id]});
      picks.append(...searchBox(change, mode.side, verdictFor));
    }
  } else {
    const side = change.old ? "new" : "old";
    const own = change.old || change.new;
    const pairWith = id => withNote({verdict: "pair", old: [change.old ? own.id : id], new: [change.old ? id : own.id]});
    change.candidates.forEach((candidate, n) => picks.append(
      el("button", {type: "button", "data-action": "pick", onclick: () => decide(pairWith(candidate.id))},
         "(" + (n + 1) + ") pair with " + side + " " + candidate.id + " · " + candidate.score.toFixed(2) + " · " + (questions[side].get(candidate.id) || {text: ""}).text.slice(0, 100))));
    actions.append(el("button", {type: "button", "data-action": "alone", onclick: () => decide(withNote(change.old ? {verdict: "removed", old: [own.id]} : {verdict: "added", new: [own.id]}))},
      change.old ? "Really removed (n)" : "Really new (n)"));
    picks.append(...searchBox(change, side, pairWith));
  }
  actions.append(note);
  return el("section", {class: "item" + (index === current ? " current" : "") + (change.origin === "decision" ? " done" : ""), "data-key": key(change), "data-kind": kind, onclick: () => { if (current !== index) { current = index; draw(); } }},
    el("div", {class: "what"}, what, el("span", {class: "tag"}, tag)),
    el("div", {class: "sides"}, sideBox(change, "old"), sideBox(change, "new")),
    el("ul", {class: "evidence"}, change.evidence.map(e => el("li", {}, e))),
    picks, actions);
}

function draw() {
  const queue = document.getElementById("queue");
  queue.replaceChildren(...items.map(card));
  if (!items.length) queue.append(el("p", {class: "empty"}, "Nothing to review: every question is paired with certainty."));
  const node = queue.children[current];
  if (node && node.scrollIntoView) node.scrollIntoView({block: "nearest"});
}

document.getElementById("undo").addEventListener("click", () => decide({verdict: "undo"}));
document.getElementById("undo-link").addEventListener("click", () => linkDecision({verdict: "undo"}));
document.addEventListener("keydown", event => {
  if (event.target.tagName === "INPUT") { if (event.key === "Escape") event.target.blur(); return; }
  const node = document.getElementById("queue").children[current];
  const press = action => { const b = node && node.querySelector('[data-action="' + action + '"]'); if (b) b.click(); };
  if (event.key === "j") { current = Math.min(current + 1, items.length - 1); draw(); }
  else if (event.key === "k") { current = Math.max(current - 1, 0); draw(); }
  else if (event.key === "g") { current = 0; draw(); }
  else if (event.key === "c") press("confirm");
  else if (event.key === "r") press("refuse");
  else if (event.key === "n") press("alone");
  else if (event.key === "u") decide({verdict: "undo"});
  else if (event.key === "/") { const input = node && node.querySelector("input[type=search]"); if (input) { event.preventDefault(); input.focus(); } }
  else if (["1", "2", "3"].includes(event.key)) { const b = node && node.querySelectorAll('[data-action="pick"]')[Number(event.key) - 1]; if (b) b.click(); }
});
load().catch(error => say("cannot load the alignment: " + error, true));
