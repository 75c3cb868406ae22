"use strict";
// qtrack's review page. One decision = one card; the queue's parts in order (certain, probable, suggested, no
// counterpart, coverage), then what is reviewed. One card is in focus (open, with its texts, evidence and
// choices); the others are one-line rows around it. Every action is posted to the server, which saves it under
// the Mappings lock and answers with the new queue: the page never decides anything on its own.
// The contract with the server and with scripts is docs/review-api.md.

const token = document.querySelector('meta[name="qtrack-token"]').content;
/** A save that takes longer than this is reported, never left "saving…". */
const REQUEST_TIMEOUT_MS = 30000;
/** How often the page checks that the server still runs (and whether the files changed on disk). */
const HEARTBEAT_MS = 4000;

const PARTS = [
  {tier: "certain", title: "Certain pairs",
   about: "The machine is sure these are the same question. Glance down the list, press Leave out on any you doubt, then Confirm all."},
  {tier: "probable", title: "Probable pairs",
   about: "The machine is fairly sure. Check each: confirm it, change which questions are on it, or say they are not the same."},
  {tier: "suggested", title: "Suggested counterparts",
   about: "Questions the machine could not pair for certain. Pair each with a suggestion, find another, or say it has no counterpart."},
  {tier: "noCounterpart", title: "No counterpart found",
   about: "Nothing looks like these questions on the other side. Confirm they have no counterpart, or find one by number or words."},
  {tier: "coverage", title: "Coverage of the recommendations",
   about: "Which question asks about each recommendation of the TIP Report. Link a question, remove a link, or say it is not asked this year."},
  {tier: "routing", title: "Who answers each question",
   about: "Which agency leads the answer to each question, and which others contribute. Check the ones without an agency and the machine's proposals first: confirm a route, or change its agencies."},
  {tier: "reviewed", title: "Reviewed",
   about: "Everything decided so far, newest last, including decisions saved before this review began. Withdraw any decision to make it again. (The count at the top is of this review's cards: one decision can settle several cards, so the two numbers can differ.)"},
];

let queue = null;               // the last queue the server gave
let focusId = null;             // the card in focus (open)
const leftOut = new Set();      // certain cards taken out of "Confirm all"
const edits = new Map();        // card id → {old: [Question], new: [Question]} while a person changes a card's members
const choices = new Map();      // card id → {text, options: [{label, run}]}: a question the page asks before acting
const problemsOnCards = new Map(); // card id → a sentence saying why the card cannot be confirmed as it stands
const undoTrail = [];           // "decisions" or "links", per action of this page, newest last
let routes = null;              // GET /api/routes, or false when this review has no agencies to route to
const routeEditing = new Set(); // route cards whose agencies a person is changing
let vocabulary = null;          // GET /api/vocabulary: the tags a person may add to a recommendation
let busy = 0;
let serverStopped = false;
let lastStamp = null;
let lastPointerDown = 0;
let serial = 0;

// ---------- small helpers

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) if (child != null && child !== false) node.append(child.nodeType ? child : String(child));
  return node;
}
const sentence = text => (text || "").charAt(0).toUpperCase() + (text || "").slice(1);
const refs = questions => questions.map(q => q.ref).join(" ");
const labels = questions => questions.map(q => q.label).join(" + ");
function short(text, length) {
  const clean = (text || "").replace(/\s+/g, " ").trim();
  return clean.length > length ? clean.slice(0, length - 1).trimEnd() + "…" : clean;
}
function cardById(id) { return queue ? queue.cards.find(c => c.id === id) : null; }
function nodeOf(id) { return document.querySelector('[data-card="' + CSS.escape(id) + '"]'); }
function members(card) { return edits.get(card.id) || {old: card.old, new: card.new}; }
function oldCycle() { return queue ? queue.old.cycle : "old"; }
function newCycle() { return queue ? queue.new.cycle : "new"; }

function setBusy(delta) {
  busy += delta;
  document.body.dataset.busy = busy > 0 ? "true" : "false";
}
function say(text) { document.getElementById("status").textContent = text; }

/** Shows a problem at once, in words, in the page's alert (read out by screen readers). */
function alertPerson(title, why) {
  const box = document.getElementById("alert");
  box.replaceChildren(el("span", {}, title), why ? el("span", {class: "why"}, why) : null,
    el("button", {type: "button", "data-action": "dismiss", onclick: clearAlert}, "Dismiss"));
  box.classList.add("shown");
  say("");
}
function clearAlert() {
  const box = document.getElementById("alert");
  box.classList.remove("shown");
  box.replaceChildren();
}

// ---------- talking to the server

class Refusal extends Error {
  constructor(status, body) { super(body.error || "refused (" + status + ")"); this.status = status; this.body = body; }
}

/** One request with a deadline; a server that does not answer is reported, not waited for. */
async function request(method, path, body) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  setBusy(+1);
  try {
    const response = await fetch(path, {
      method, signal: controller.signal,
      headers: body ? {"Content-Type": "application/json", "X-QTrack-Token": token} : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    let json = {};
    try { json = text ? JSON.parse(text) : {}; } catch { json = {error: short(text, 200) || "the server answered " + response.status}; }
    if (!response.ok) throw new Refusal(response.status, json);
    if (serverStopped) { serverStopped = false; clearAlert(); }
    return json;
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if (error.name === "AbortError") {
      alertPerson("The review server did not answer within " + REQUEST_TIMEOUT_MS / 1000 + " seconds.",
        "Your last action may not be saved. Reload the page to see what is saved.");
    } else {
      serverStopped = true;
      alertPerson("The review server has stopped.",
        "Everything you decided before is saved in the Mappings folder. Start qtrack review again, then reload this page.");
    }
    throw error;
  } finally {
    clearTimeout(timer);
    setBusy(-1);
  }
}

async function loadQueue() {
  const result = await request("GET", "/api/queue");
  if (vocabulary === null) vocabulary = await request("GET", "/api/vocabulary").catch(() => ({subjects: [], facets: [], pillars: []}));
  show(result);
  await refreshRoutes();
}

/**
 * Posts one action. `endpoint` is "decisions" or "links". On success the new queue is drawn and focus moves to
 * the next open card after `after`; a refusal is shown in the alert (409: the caller may offer choices).
 */
async function post(endpoint, body, {after, done, onConflict} = {}) {
  say("Saving…");
  const order = openOrder();
  let result;
  try {
    result = await request("POST", "/api/" + endpoint, Object.assign({reply: "queue"}, body));
  } catch (error) {
    if (error instanceof Refusal) {
      if (error.status === 409 && onConflict) { say(""); onConflict(error); return false; }
      alertPerson("Not saved: " + error.message.replace(/\.$/, "") + ".", error.status === 403 ? "Reload the page." : "");
    }
    return false;
  }
  clearAlert();
  if (body.verdict !== "undo") undoTrail.push(endpoint);
  if (after) { edits.delete(after); choices.delete(after); problemsOnCards.delete(after); }
  show(result.queue || result, after ? nextOpen(order, after) : focusId);
  say((done || "Saved.") + " " + progressText());
  // A pair decided or withdrawn carries last year's route, or stops carrying it.
  if (endpoint === "decisions") refreshRoutes();
  return true;
}

/** The open cards in page order, to find where focus goes after one is decided. */
function openOrder() { return [...document.querySelectorAll('[data-card][data-state="proposed"]')].map(n => n.dataset.card); }
function nextOpen(order, id) {
  const at = order.indexOf(id);
  const stillOpen = new Set(queue.cards.filter(c => c.state === "proposed").map(c => c.id));
  for (const candidate of order.slice(at + 1).concat(order.slice(0, Math.max(at, 0)).reverse())) {
    if (stillOpen.has(candidate)) return candidate;
  }
  return null;
}

// ---------- actions on a card

function verdictFor(group) {
  const o = group.old.length, n = group.new.length;
  if (o === 1 && n === 1) return "pair";
  if (o === 1 && n > 1) return "split";
  if (o > 1 && n === 1) return "merge";
  if (o === 1 && n === 0) return "removed";
  if (o === 0 && n === 1) return "added";
  return null;
}
function describeGroup(group) {
  const verdict = verdictFor(group);
  if (verdict === "removed") return labels(group.old) + " has no counterpart";
  if (verdict === "added") return labels(group.new) + " is new";
  return labels(group.old) + " → " + labels(group.new);
}
function noteOf(card) {
  const input = document.getElementById(nodeOf(card.id)?.dataset.noteId || "");
  const note = input ? input.value.trim() : "";
  return note ? {note} : {};
}

async function confirmCard(card, extra) {
  const group = members(card);
  const verdict = verdictFor(group);
  if (!verdict) {
    problemsOnCards.set(card.id, "A card holds one old question with one or more new ones, or several old questions with one new one. Remove a question first.");
    redraw(card.id);
    return;
  }
  const body = Object.assign({verdict, old: group.old.map(q => q.ref), new: group.new.map(q => q.ref), card: card.id}, noteOf(card), extra || {});
  await post("decisions", body, {after: card.id, done: "Saved: " + describeGroup(group) + ".",
    onConflict: error => offerChoices(card, group, body, error)});
}

async function rejectCard(card) {
  const body = Object.assign({verdict: "unrelated", old: card.old.map(q => q.ref), new: card.new.map(q => q.ref), card: card.id}, noteOf(card));
  await post("decisions", body, {after: card.id, done: "Saved: " + labels(card.old) + " and " + labels(card.new) + " are not the same."});
}

/** Pairs the card's one question with a candidate; a candidate already in a reviewed decision asks first. */
async function pick(card, candidate) {
  const own = card.old.length ? {old: card.old, new: [candidate]} : {old: [candidate], new: card.new};
  if (candidate.reviewedIn) {
    offerChoices(card, own, null, new Refusal(409, {error: candidate.label + " is " + candidate.reviewedIn.says, conflicts: [candidate.reviewedIn.card]}));
    return;
  }
  edits.set(card.id, own);
  await confirmCard(card);
}

/**
 * A decision would take a question out of another reviewed decision: say so, and let the person choose: move the
 * question here, make one group of both, or cancel. Nothing is saved until they choose.
 */
function offerChoices(card, group, body, refusal) {
  const conflicts = (refusal.body.conflicts || []).map(cardById).filter(Boolean);
  const options = [];
  const asPosted = body || Object.assign({verdict: verdictFor(group), old: group.old.map(q => q.ref), new: group.new.map(q => q.ref), card: card.id}, noteOf(card));
  options.push({label: "Move it here: " + describeGroup(group), action: "move", run: () => {
    choices.delete(card.id);
    return post("decisions", Object.assign({}, asPosted, {take: "move"}), {after: card.id, done: "Saved: " + describeGroup(group) + " (moved here)."});
  }});
  const whole = {old: [...group.old], new: [...group.new]};
  for (const other of conflicts) {
    for (const q of other.old) if (!whole.old.some(m => m.ref === q.ref)) whole.old.push(q);
    for (const q of other.new) if (!whole.new.some(m => m.ref === q.ref)) whole.new.push(q);
  }
  const wholeVerdict = verdictFor(whole);
  if (conflicts.length && (wholeVerdict === "merge" || wholeVerdict === "split")) {
    options.push({label: "Make one " + wholeVerdict + ": " + describeGroup(whole), action: "make-group", run: () => {
      choices.delete(card.id);
      const merged = Object.assign({}, asPosted, {verdict: wholeVerdict, old: whole.old.map(q => q.ref), new: whole.new.map(q => q.ref)});
      return post("decisions", merged, {after: card.id, done: "Saved: " + describeGroup(whole) + "."});
    }});
  }
  options.push({label: "Cancel", action: "cancel", run: () => { choices.delete(card.id); edits.delete(card.id); redraw(card.id, true); say("Nothing changed."); }});
  choices.set(card.id, {text: sentence(refusal.message), options});
  setFocus(card.id);
  redraw(card.id);
  const first = nodeOf(card.id)?.querySelector(".choice button");
  if (first) first.focus();
  say(refusal.message + ": choose what to do.");
}

async function withdraw(card) {
  if (card.kind === "link") {
    await post("links", {verdict: "withdraw", recommendation: card.recommendation.ref}, {after: card.id, done: "Withdrawn: " + card.recommendation.title + "."});
    return;
  }
  await post("decisions", {verdict: "withdraw", card: card.id}, {after: card.id, done: "Withdrawn: " + summaryWords(card) + ". It is back in the queue."});
}

async function undo() {
  const endpoint = undoTrail.pop() || "decisions";
  const done = "Undone: your last action is taken back.";
  const ok = endpoint === "routes" ? await postRoute({verdict: "undo"}, done) : await post(endpoint, {verdict: "undo"}, {done});
  if (!ok) undoTrail.push(endpoint);
}

/**
 * Confirms every certain card not left out in one request: one save, one undo step. The server confirms all or
 * none; a refusal says which decision stands in the way, and nothing of it is saved.
 */
async function confirmAll() {
  const cards = queue.cards.filter(c => c.tier === "certain" && c.state === "proposed" && !leftOut.has(c.id));
  if (!cards.length) { say("Nothing to confirm: every certain pair is left out or reviewed."); return; }
  say("Saving…");
  let result;
  try {
    result = await request("POST", "/api/decisions", {verdict: "confirmAll", cards: cards.map(c => c.id), reply: "queue"});
  } catch (error) {
    if (!(error instanceof Refusal)) return;
    const named = (error.body.conflicts || []).map(cardById).filter(Boolean).map(summaryWords);
    alertPerson("Nothing of Confirm all was saved: " + error.message.replace(/\.$/, "") + ".",
      (named.length ? "In the way: " + named.join("; ") + ". " : "") +
      "Press Leave out on the pair concerned (or withdraw the other decision), then Confirm all again.");
    loadQueue().catch(() => {});
    return;
  }
  undoTrail.push("decisions");
  clearAlert();
  show(result.queue || result, null);
  setFocus(firstOpen());
  scrollToFocus();
  say("Saved: " + cards.length + " certain pairs confirmed in one step (Undo takes them all back). " + progressText());
  refreshRoutes();
}
function firstOpen() { return (queue.cards.find(c => c.state === "proposed") || {}).id || null; }

function addMember(card, side, question) {
  const group = members(card);
  if (group[side].some(q => q.ref === question.ref)) { say(question.label + " is already on this card."); return; }
  const next = {old: [...group.old], new: [...group.new]};
  next[side].push(question);
  edits.set(card.id, next);
  problemsOnCards.delete(card.id);
  redraw(card.id, true);
  say("Added " + question.label + " to the card (not saved until you confirm).");
}
function removeMember(card, side, ref) {
  const group = members(card);
  const next = {old: group.old.filter(q => side !== "old" || q.ref !== ref), new: group.new.filter(q => side !== "new" || q.ref !== ref)};
  edits.set(card.id, next);
  problemsOnCards.delete(card.id);
  redraw(card.id, true);
  say("Removed from the card (not saved until you confirm).");
}

function linkQuestion(card, question) {
  return post("links", Object.assign({verdict: "link", recommendation: card.recommendation.ref, question: question.ref}, noteOf(card)),
    {after: null, done: "Saved: " + question.label + " asks about " + card.recommendation.title + ".",
     onConflict: error => offerLinkChoices(card, question, error)});
}
function offerLinkChoices(card, question, refusal) {
  choices.set(card.id, {text: refusal.message, options: [
    {label: "Link it anyway (the mark “not asked this year” is removed)", action: "move", run: () => {
      choices.delete(card.id);
      return post("links", {verdict: "link", recommendation: card.recommendation.ref, question: question.ref, take: "move"}, {done: "Saved: " + question.label + " linked."});
    }},
    {label: "Cancel", action: "cancel", run: () => { choices.delete(card.id); redraw(card.id, true); }},
  ]});
  redraw(card.id, true);
}
function unlink(card, question) {
  return post("links", {verdict: "unlink", recommendation: card.recommendation.ref, question: question.ref},
    {done: "Saved: the link to " + question.label + " is removed."});
}
function notAsked(card) {
  return post("links", Object.assign({verdict: "notAsked", recommendation: card.recommendation.ref}, noteOf(card)),
    {after: card.id, done: "Saved: " + card.recommendation.title + " is not asked this year.",
     onConflict: error => {
       choices.set(card.id, {text: error.message, options: [
         {label: "Remove its links and mark it not asked", action: "move", run: () => { choices.delete(card.id);
           return post("links", {verdict: "notAsked", recommendation: card.recommendation.ref, take: "move"}, {after: card.id, done: "Saved: not asked this year."}); }},
         {label: "Cancel", action: "cancel", run: () => { choices.delete(card.id); redraw(card.id, true); }},
       ]});
       redraw(card.id, true);
     }});
}

// ---------- drawing

function progressText() {
  return queue ? queue.reviewed + " of " + queue.total + " reviewed." : "";
}

/** Draws the whole queue; focus stays on (or moves to) `focus`. */
function show(next, focus) {
  const hadFocusInMain = document.activeElement && (document.activeElement === document.body || document.getElementById("work").contains(document.activeElement));
  queue = next;
  for (const id of [...leftOut]) if (!cardById(id) || cardById(id).state !== "proposed") leftOut.delete(id);
  for (const id of [...edits.keys()]) if (!cardById(id)) edits.delete(id);
  const wanted = focus !== undefined ? focus : focusId;
  // At the start no card is open while certain pairs wait: they are confirmed in bulk after a glance at the list.
  const firstOpen = queue.cards.find(c => c.state === "proposed");
  focusId = cardById(wanted) || routeById(wanted) ? wanted : firstOpen && firstOpen.tier !== "certain" ? firstOpen.id : null;

  document.getElementById("progress").textContent = queue.reviewed + " of " + queue.total + " reviewed";
  const bar = document.getElementById("progress-bar");
  bar.max = Math.max(queue.total, 1);
  bar.value = queue.reviewed;
  drawProblems();
  drawNavigation();

  document.getElementById("parts").replaceChildren(...PARTS.map(drawPart));
  if (hadFocusInMain && focusId) nodeOf(focusId)?.focus({preventScroll: true});
  scrollToFocus();
}

function partOf(card) { return card.state === "reviewed" ? "reviewed" : card.tier; }

function drawNavigation() {
  const list = document.getElementById("sections");
  list.replaceChildren(...PARTS.filter(part => part.tier !== "routing" || routes).map(part => {
    if (part.tier === "routing") {
      const open = routesToCheck().length;
      return el("li", {class: open ? "" : "done"}, el("button", {type: "button", "aria-current": focusId && focusId.startsWith("route:") ? "true" : "false",
        onclick: () => goToPart("routing")}, el("span", {}, part.title), el("span", {class: "count"}, open ? String(open) : "done")));
    }
    const cards = queue.cards.filter(c => partOf(c) === part.tier);
    const focusPart = focusId && cardById(focusId) ? partOf(cardById(focusId)) : null;
    const count = part.tier === "reviewed" || cards.length ? String(cards.length) : "done";
    return el("li", {class: cards.length || part.tier === "reviewed" ? "" : "done"},
      el("button", {type: "button", "aria-current": focusPart === part.tier ? "true" : "false", onclick: () => goToPart(part.tier)},
        el("span", {}, part.title), el("span", {class: "count"}, count)));
  }));
}

function goToPart(tier) {
  if (tier === "routing") {
    const route = (routesToCheck()[0] || (routes && routes.routes[0]));
    if (route) { setFocus(routeCardId(route)); nodeOf(routeCardId(route))?.focus({preventScroll: true}); scrollToFocus(); }
    return;
  }
  const first = queue.cards.find(c => partOf(c) === tier);
  if (first) { setFocus(first.id); nodeOf(first.id)?.focus({preventScroll: true}); scrollToFocus(); }
  else document.getElementById("part-" + tier)?.scrollIntoView({block: "start"});
}

function drawProblems() {
  const box = document.getElementById("warnings");
  const problems = queue.problems || [];
  box.hidden = !problems.length;
  box.replaceChildren();
  if (!problems.length) return;
  box.append(el("p", {}, el("strong", {}, "Some lines of your files are not understood. "),
    "They are kept exactly as written, and not used, until someone corrects them:"),
    el("ul", {}, problems.map(p => el("li", {}, p.file + (p.line ? ", line " + p.line : "") + ": " + p.message))));
}

function drawPart(part) {
  if (part.tier === "routing") return drawRoutingPart(part);
  const cards = queue.cards.filter(c => partOf(c) === part.tier);
  const headingId = "part-title-" + part.tier;
  const section = el("section", {class: "part", id: "part-" + part.tier, "aria-labelledby": headingId},
    el("h2", {id: headingId}, part.title + " (" + cards.length + ")"), el("p", {class: "about"}, part.about));
  if (part.tier === "certain" && cards.length) {
    const included = cards.filter(c => !leftOut.has(c.id)).length;
    section.append(el("div", {class: "bulk"},
      el("button", {type: "button", class: "primary", "data-action": "confirm-all", disabled: included ? null : true, onclick: confirmAll},
        "Confirm all " + included + " certain pairs"),
      el("span", {}, cards.length - included ? (cards.length - included) + " left out: they stay here to check one by one." : "")));
  }
  if (!cards.length) section.append(el("p", {class: "empty"}, part.tier === "reviewed" ? "Nothing reviewed yet." : "Nothing left here."));
  else section.append(el("ol", {class: "cards"}, cards.map(c => el("li", {}, drawCard(c)))));
  return section;
}

function summaryWords(card) {
  if (card.kind === "link") return card.recommendation.title;
  if (!card.new.length) return labels(card.old) + " → no counterpart";
  if (!card.old.length) return "no counterpart → " + labels(card.new);
  return labels(card.old) + " → " + labels(card.new);
}

function tagOf(card) {
  if (card.state === "reviewed") {
    const words = {pair: "paired", split: "split", merge: "merged", noCounterpart: "no counterpart", unrelated: "not the same",
      group: "group", link: card.recommendation && card.recommendation.status === "notAsked" ? "not asked this year" : "linked"};
    return [words[card.kind] || "reviewed", card.kind === "unrelated" ? "refused" : "certain"];
  }
  if (leftOut.has(card.id)) return ["left out", "left-out"];
  const words = {certain: "certain", probable: card.kind === "pair" ? "probable" : "probable " + card.kind, suggested: "suggestions",
    noCounterpart: "no counterpart", coverage: card.recommendation ? card.recommendation.status : "coverage"};
  return [words[card.tier] || card.tier, card.tier];
}

function drawCard(card) {
  const open = card.id === focusId;
  const [tag, tagClass] = tagOf(card);
  const id = "c" + (++serial);
  const node = el("article", {
    class: "card" + (open ? " in-focus" : "") + (leftOut.has(card.id) ? " left-out" : ""), tabindex: "-1",
    "data-card": card.id, "data-old": refs(card.old), "data-new": refs(card.new), "data-state": card.state,
    "data-tier": card.tier, "data-kind": card.kind, "aria-labelledby": id + "-title",
  });
  node.dataset.noteId = id + "-note";
  const both = card.kind !== "link" && card.old.length && card.new.length;
  const snippet = open || both ? null : el("span", {class: "snippet"}, " — " + short(card.kind === "link" ? card.recommendation.text : ((card.old[0] || card.new[0]) || {}).text, 140));
  node.append(el("div", {class: "row"},
    el("span", {class: "tag " + tagClass}, tag),
    el("button", {type: "button", class: "summary", id: id + "-title", "aria-expanded": open ? "true" : "false",
      onclick: () => { setFocus(card.id); }},
      el("strong", {}, summaryWords(card)), snippet),
    el("div", {class: "quick"}, mainButtons(card, open))));
  if (both && !open) {
    // A glance at both texts, so that a certain pair can be confirmed in bulk without opening each.
    node.append(el("div", {class: "glance"}, el("p", {}, short(card.old.map(q => q.text).join(" / "), 150)),
      el("p", {}, short(card.new.map(q => q.text).join(" / "), 150))));
  }
  if (card.kind === "link" && card.recommendation && (card.recommendation.proposed || []).length) {
    node.querySelector(".row").insertBefore(el("span", {class: "tag tags-to-check"}, "tags to check"), node.querySelector(".row .summary"));
  }
  if (card.kind === "link" && !open) node.append(coverageChips(card));
  if (card.kind !== "link" && card.state === "proposed" && card.candidates.length && !open) {
    node.append(el("div", {class: "chips"}, el("span", {class: "chips-title"}, "Suggestions:"),
      card.candidates.slice(0, 3).map((candidate, n) => pickButton(card, candidate, n, false))));
  }
  if (open) node.append(details(card, id));
  return node;
}

/** The buttons of a card in both its states (the same elements, so a script finds them whether it is open or not). */
function mainButtons(card, open) {
  const buttons = [];
  const key = letter => open ? el("kbd", {}, letter) : null;
  if (card.state === "reviewed") {
    if (card.kind === "link" && !(card.recommendation.status === "notAsked")) return buttons;
    buttons.push(el("button", {type: "button", "data-action": "withdraw", onclick: () => withdraw(card)}, "Withdraw"));
    return buttons;
  }
  if (card.kind === "link") {
    buttons.push(el("button", {type: "button", "data-action": "not-asked", onclick: () => notAsked(card)}, "Not asked this year"));
    return buttons;
  }
  const group = members(card);
  const verdict = verdictFor(group);
  if (card.kind === "noCounterpart" && !edits.has(card.id)) {
    buttons.push(el("button", {type: "button", class: open ? "primary" : null, "data-action": "confirm", "aria-keyshortcuts": "n c",
      onclick: () => confirmCard(card)}, "No counterpart", key("n")));
    return buttons;
  }
  const words = {pair: "Confirm pair", split: "Confirm split", merge: "Confirm merge", removed: "Confirm: no counterpart", added: "Confirm: no counterpart"};
  buttons.push(el("button", {type: "button", class: open ? "primary" : null, "data-action": "confirm", "aria-keyshortcuts": "c",
    onclick: () => confirmCard(card)}, words[verdict] || "Confirm", key("c")));
  if (card.old.length && card.new.length) {
    buttons.push(el("button", {type: "button", "data-action": "reject", "aria-keyshortcuts": "r", onclick: () => rejectCard(card)}, "Not the same", key("r")));
  }
  if (card.tier === "certain") {
    const out = leftOut.has(card.id);
    buttons.push(el("button", {type: "button", "data-action": out ? "put-back" : "leave-out", "aria-pressed": out ? "true" : "false",
      onclick: () => { if (out) leftOut.delete(card.id); else leftOut.add(card.id); show(queue, card.id); say(out ? "Put back into Confirm all." : "Left out of Confirm all: check it on its own."); }},
      out ? "Put back" : "Leave out"));
  }
  return buttons;
}

function pickButton(card, candidate, index, open) {
  const pair = card.old.length ? {old: card.old, new: [candidate]} : {old: [candidate], new: card.new};
  return el("button", {type: "button", "data-action": "pick", "data-old": refs(pair.old), "data-new": refs(pair.new),
    "aria-keyshortcuts": index < 3 ? String(index + 1) : null,
    "aria-label": "Pair with " + candidate.label + (candidate.reviewedIn ? ", " + candidate.reviewedIn.says : ""),
    onclick: () => pick(card, candidate)},
    open ? ["Pair with this", index < 3 ? el("kbd", {}, String(index + 1)) : null] : candidate.label + (candidate.reviewedIn ? " (taken)" : ""));
}

function details(card, id) {
  const box = el("div", {class: "details"});
  const choice = choices.get(card.id);
  if (choice) {
    box.append(el("div", {class: "choice", role: "group", "aria-labelledby": id + "-choice"},
      el("p", {id: id + "-choice"}, el("strong", {}, choice.text + "."), " What should happen?"),
      choice.options.map(option => el("button", {type: "button", "data-action": option.action, class: option.action === "cancel" ? null : "primary",
        onclick: option.run}, option.label))));
  }
  if (card.kind === "link") { box.append(coverageDetails(card, id)); return box; }

  const group = members(card);
  const edited = edits.has(card.id);
  const diff = !edited && card.old.length === 1 && card.new.length === 1 && card.diff && card.diff.length ? card.diff : null;
  box.append(el("div", {class: "sides"},
    side(card, "old", oldCycle(), group.old, diff),
    side(card, "new", newCycle(), group.new, diff)));
  if (edited) {
    box.append(el("p", {class: "edited"}, "You changed this card: Confirm records " + (verdictFor(group) ? describeGroup(group) : "nothing yet") + ". ",
      el("button", {type: "button", "data-action": "reset-members", onclick: () => { edits.delete(card.id); problemsOnCards.delete(card.id); redraw(card.id, true); }}, "Undo my changes to this card")));
  }
  if (card.evidence && card.evidence.length && !edited) {
    const why = card.state === "reviewed" ? "Recorded: " : "Why the machine proposes it: ";
    // A full stop unless the words end a sentence themselves ("…or say there is none.").
    const words = card.evidence.join("; ");
    box.append(el("div", {class: "evidence"}, el("strong", {}, why), /[.?!]$/.test(words) ? words : words + "."));
  }
  if (card.state === "reviewed" && card.note != null) box.append(el("p", {class: "evidence"}, el("strong", {}, "Note: "), String(card.note)));
  const problem = problemsOnCards.get(card.id);
  if (problem) box.append(el("p", {class: "problem", role: "alert"}, problem));
  if (card.state === "proposed" && card.candidates.length) {
    box.append(el("div", {class: "candidates"},
      el("h3", {}, card.kind === "noCounterpart" ? "Suggestions" : "Other possible counterparts"),
      el("ol", {}, card.candidates.map((candidate, n) => el("li", {class: "candidate"},
        el("div", {class: "buttons"}, card.kind === "noCounterpart" ? pickButton(card, candidate, n, true) :
          [pickButton(card, candidate, n, true), addButton(card, candidate)]),
        el("div", {}, el("span", {class: "label"}, candidate.label), " — " + short(candidate.text, 260),
          candidate.evidence && candidate.evidence.length ? el("div", {class: "why"}, candidate.evidence.join("; ")) : null,
          candidate.reviewedIn ? el("div", {class: "taken"}, candidate.reviewedIn.says) : null,
          candidate.proposedIn ? el("div", {class: "why"}, candidate.proposedIn.says) : null))))));
  }
  if (card.state === "proposed") {
    box.append(el("div", {class: "add"}, el("h3", {}, card.kind === "noCounterpart" ? "Find another counterpart" : "Add a question to this card"),
      searchBox(card, id, "old"), searchBox(card, id, "new")));
  }
  box.append(el("div", {class: "actions"},
    card.state === "proposed" ? el("span", {class: "note"}, el("label", {for: id + "-note"}, "Note (optional)"), el("input", {id: id + "-note", type: "text", maxlength: "500"})) : null));
  return box;
}

function addButton(card, candidate) {
  const side = candidate.side;
  return el("button", {type: "button", "data-action": "add-member", ["data-" + side]: candidate.ref,
    "aria-label": "Add " + candidate.label + " to this card", onclick: () => addMember(card, side, candidate)}, "Add to this card");
}

function side(card, which, cycle, questions, diff) {
  const box = el("div", {class: "side"}, el("h3", {}, which === "old" ? "Old questionnaire (" + cycle + ")" : "New questionnaire (" + cycle + ")"));
  if (!questions.length) box.append(el("p", {class: "empty"}, card.kind === "noCounterpart" && !edits.has(card.id) ? "No counterpart found." : "No question."));
  for (const q of questions) {
    const text = el("p", {class: "text"});
    if (diff) {
      for (const segment of diff) {
        if (segment.op === "equal") text.append(segment.text, " ");
        else if (segment.op === (which === "old" ? "delete" : "insert")) text.append(el(which === "old" ? "del" : "ins", {}, segment.text), " ");
      }
    } else text.textContent = q.text;
    // A card's only question on a side stays (removing it would leave nothing to decide); added ones can go again.
    const original = (which === "old" ? card.old : card.new).some(m => m.ref === q.ref);
    const canRemove = card.state === "proposed" && (questions.length > 1 || !original);
    box.append(el("div", {class: "member"}, el("span", {class: "label"}, q.label),
      canRemove ? el("button", {type: "button", "data-action": "remove-member", ["data-" + which]: q.ref, "aria-label": "Remove " + q.label + " from this card",
        onclick: () => removeMember(card, which, q.ref)}, "Remove") : null, text));
  }
  return box;
}

/** A search of one side's questions by number or words; each result adds (or, on a one-question card, pairs) it. */
function searchBox(card, id, which) {
  const own = card.kind === "noCounterpart" && !edits.has(card.id) && (which === "old" ? card.old.length : card.new.length);
  if (own) return null; // a question with no counterpart is paired with the other side only
  const inputId = id + "-search-" + which;
  const results = el("ul", {class: "results", "aria-live": "polite"});
  const input = el("input", {id: inputId, type: "search", "data-search": which,
    placeholder: "a number, such as 12, or words"});
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(card, which, input.value, results), 200);
  });
  return el("div", {class: "search"},
    el("label", {for: inputId}, which === "old" ? "Old question (" + oldCycle() + "):" : "New question (" + newCycle() + "):"), input, results);
}

async function search(card, which, text, results) {
  const words = text.trim();
  if (!words) { results.replaceChildren(); return; }
  let found;
  try { found = await request("GET", "/api/search?side=" + which + "&q=" + encodeURIComponent(words)); } catch { return; }
  const questions = Array.isArray(found) ? found : (found.questions || found.results || []);
  results.replaceChildren(...(questions.length ? questions.map(q => {
    q.side = which;
    const single = card.kind === "noCounterpart" && !edits.has(card.id);
    const add = el("button", {type: "button", "data-action": "add-member", ["data-" + which]: q.ref,
      "aria-label": "Add " + q.label + " to this card", onclick: () => addMember(card, which, q)}, "Add");
    // On a question with no counterpart: pair at once, or add it to build a split or merge first.
    const buttons = single ? [pickButton(card, q, 99, true), add] : card.kind === "link"
      ? [el("button", {type: "button", "data-action": "link", "data-new": q.ref, onclick: () => linkQuestion(card, q)}, "Link")]
      : [add];
    if (single) buttons[0].replaceChildren("Pair with this");
    return el("li", {}, buttons, " ", el("span", {class: "label"}, q.label), " — " + short(q.text, 160),
      q.reviewedIn ? el("span", {class: "taken"}, " (" + q.reviewedIn.says + ")") : null);
  }) : [el("li", {class: "empty"}, "No question has these words or this number.")]));
}

/** A closed coverage card's links and first proposals, to act on without opening it. */
function coverageChips(card) {
  const linked = new Set(card.links.map(l => l.question.ref));
  const proposals = card.candidates.filter(c => !linked.has(c.ref)).slice(0, 3);
  if (!card.links.length && !proposals.length) return null;
  return el("div", {class: "chips"},
    card.links.length ? [el("span", {class: "chips-title"}, "Linked:"), card.links.map(link =>
      el("button", {type: "button", "data-action": "unlink", "data-new": link.question.ref, "aria-label": "Remove the link to " + link.question.label,
        onclick: () => unlink(card, link.question)}, link.question.label + " ×"))] : null,
    proposals.length ? [el("span", {class: "chips-title"}, "May ask about it:"), proposals.map(candidate =>
      el("button", {type: "button", "data-action": "link", "data-new": candidate.ref, "aria-label": "Link " + candidate.label,
        onclick: () => linkQuestion(card, candidate)}, "Link " + candidate.label))] : null);
}

function coverageDetails(card, id) {
  const box = el("div", {});
  const rec = card.recommendation;
  const statusWords = {covered: "The machine found questions that ask about it: link the right ones.",
    weak: "The machine found only questions that touch on it: link one if it asks about it.",
    uncovered: "The machine found no question that asks about it: find one below, or mark it not asked this year.",
    notAsked: "Marked not asked this year."};
  box.append(el("p", {class: "recommendation"}, el("strong", {}, "TIP Report " + rec.year + ": "), rec.text),
    el("p", {class: "evidence"}, statusWords[rec.status] || rec.status), drawTags(card, id));
  const linked = el("div", {class: "candidates"}, el("h3", {}, "Questions you linked"));
  if (!card.links.length) linked.append(el("p", {class: "empty"}, "None yet."));
  for (const link of card.links) {
    linked.append(el("div", {class: "candidate"},
      el("div", {class: "buttons"}, el("button", {type: "button", "data-action": "unlink", "data-new": link.question.ref,
        "aria-label": "Remove the link to " + link.question.label, onclick: () => unlink(card, link.question)}, "Remove link"),
        link.suspect ? el("button", {type: "button", "data-action": "link", "data-new": link.question.ref, onclick: () => linkQuestion(card, link.question)}, "Still asks about it") : null),
      el("div", {}, el("span", {class: "label"}, link.question.label), " — " + short(link.question.text, 260),
        link.suspect ? el("div", {class: "taken"}, "The question's text changed since it was linked.") : null,
        link.broken ? el("div", {class: "taken"}, "This question is no longer in the questionnaire.") : null)));
  }
  box.append(linked);
  const linkedRefs = new Set(card.links.map(l => l.question.ref));
  const proposals = card.candidates.filter(c => !linkedRefs.has(c.ref));
  if (proposals.length) {
    box.append(el("div", {class: "candidates"}, el("h3", {}, "Questions that may ask about it"),
      proposals.map(candidate => el("div", {class: "candidate"},
        el("div", {class: "buttons"}, el("button", {type: "button", "data-action": "link", "data-new": candidate.ref,
          "aria-label": "Link " + candidate.label, onclick: () => linkQuestion(card, candidate)}, "Link")),
        el("div", {}, el("span", {class: "label"}, candidate.label), " — " + short(candidate.text, 260),
          candidate.evidence && candidate.evidence.length ? el("div", {class: "why"}, candidate.evidence.join("; ")) : null)))));
  }
  box.append(el("div", {class: "add"}, el("h3", {}, "Link another question"), searchBox(card, id, "new")));
  box.append(el("div", {class: "actions"},
    el("span", {class: "note"}, el("label", {for: id + "-note"}, "Note (optional)"), el("input", {id: id + "-note", type: "text", maxlength: "500"}))));
  return box;
}

/** Redraws one card in place (after a change only this page knows of: members, a choice). */
function redraw(id, keepFocus) {
  if (id && id.startsWith("route:")) {
    const route = routeById(id);
    const before = nodeOf(id);
    if (!route || !before) return;
    const fresh = drawRouteCard(route);
    before.replaceWith(fresh);
    if (keepFocus) fresh.focus({preventScroll: true});
    return;
  }
  const card = cardById(id);
  const old = nodeOf(id);
  if (!card || !old) return;
  const fresh = drawCard(card);
  old.replaceWith(fresh);
  if (keepFocus) fresh.focus({preventScroll: true});
}

/** Opens a card (closing the one open before) without redrawing the rest. */
function setFocus(id) {
  if (id === focusId) return;
  const before = focusId;
  focusId = id;
  if (before) redraw(before);
  redraw(id);
  drawNavigation();
}

function scrollToFocus() {
  const node = focusId && nodeOf(focusId);
  if (node && node.scrollIntoView) node.scrollIntoView({block: "nearest"});
}

/** Moves focus to the next (+1) or previous (-1) card on the page. */
function step(direction) {
  const order = [...document.querySelectorAll("[data-card]")].map(n => n.dataset.card);
  const at = order.indexOf(focusId);
  const next = order[Math.min(Math.max(at + direction, 0), order.length - 1)];
  if (!next) return;
  setFocus(next);
  nodeOf(next)?.focus({preventScroll: true});
  scrollToFocus();
}

// ---------- routing: who answers each question (GET/POST /api/routes)

const ORIGIN_WORDS = {unrouted: "no agency yet", proposed: "proposed", questionnaire: "from the questionnaire",
  carried: "carried from last year", reviewed: "reviewed"};

function routeCardId(route) { return "route:" + route.question.ref; }
function routeById(id) { return routes && id ? routes.routes.find(r => routeCardId(r) === id) : null; }
function routesToCheck() { return routes ? routes.routes.filter(r => r.origin === "unrouted" || r.origin === "proposed") : []; }
function agencyOf(id) { return (routes && routes.agencies.find(a => a.id === id)) || {id, name: id, short: id, names: []}; }
function agencyWords(agency) { return agency.short && agency.short !== agency.name ? agency.name + " (" + agency.short + ")" : agency.name; }

async function refreshRoutes() {
  if (routes === false) return;
  try {
    routes = await request("GET", "/api/routes");
  } catch (error) {
    if (error instanceof Refusal && error.status === 404) { routes = false; drawNavigation(); }
    return;
  }
  drawRoutes(focusId);
}

/** Redraws the routing part alone; focus stays on (or moves to) `focus`. */
function drawRoutes(focus) {
  if (!routes || !queue) return;
  const part = PARTS.find(p => p.tier === "routing");
  const before = document.getElementById("part-routing");
  const hadFocus = before && before.contains(document.activeElement);
  const fresh = drawRoutingPart(part);
  if (before) before.replaceWith(fresh);
  if (focus && focus.startsWith("route:") && routeById(focus)) focusId = focus;
  drawNavigation();
  if ((hadFocus || (focus && focus.startsWith("route:"))) && focusId && nodeOf(focusId)) nodeOf(focusId).focus({preventScroll: true});
}

function drawRoutingPart(part) {
  const section = el("section", {class: "part", id: "part-routing", "aria-labelledby": "part-title-routing"});
  if (!routes) { section.hidden = true; return section; }
  const open = routesToCheck().length;
  section.append(el("h2", {id: "part-title-routing"}, part.title + " (" + routes.cycle + ", " + open + " to check)"),
    el("p", {class: "about"}, part.about),
    (routes.notes || []).length ? el("ul", {class: "warnings"}, routes.notes.map(note => el("li", {}, sentence(note) + "."))) : null,
    el("ol", {class: "cards"}, routes.routes.map(route => el("li", {}, drawRouteCard(route)))));
  return section;
}

function drawRouteCard(route) {
  const id = routeCardId(route);
  const html = "c" + (++serial);
  const editing = routeEditing.has(id);
  const node = el("article", {
    class: "card route" + (id === focusId ? " in-focus" : ""), tabindex: "-1",
    "data-card": id, "data-old": "", "data-new": route.question.ref, "data-state": route.origin === "reviewed" ? "reviewed" : "proposed",
    "data-tier": "routing", "data-kind": "route", "data-origin": route.origin,
    "data-lead": route.lead || "", "data-contributing": route.contributing.join(" "), "aria-labelledby": html + "-title",
  });
  const buttons = [];
  if (route.origin !== "reviewed" && route.lead) {
    buttons.push(el("button", {type: "button", class: id === focusId ? "primary" : null, "data-action": "confirm", "aria-keyshortcuts": "c",
      onclick: () => confirmRoute(route)}, "Confirm route", id === focusId ? el("kbd", {}, "c") : null));
  }
  buttons.push(el("button", {type: "button", "data-action": "change-route", "aria-expanded": editing ? "true" : "false",
    onclick: () => { routeEditing.add(id); setFocus(id); redraw(id); nodeOf(id)?.querySelector("select")?.focus(); }},
    route.lead ? "Change agencies" : "Choose agencies"));
  node.append(el("div", {class: "row"},
    el("span", {class: "tag origin-" + route.origin}, ORIGIN_WORDS[route.origin] || route.origin),
    el("span", {class: "summary", id: html + "-title"}, el("strong", {}, route.question.label),
      el("span", {class: "snippet"}, " — " + short(route.question.text, 110))),
    el("div", {class: "quick"}, buttons)));
  node.append(el("p", {class: "agencies"}, route.lead
    ? [el("strong", {}, "Lead: "), agencyWords(agencyOf(route.lead)),
       route.contributing.length ? [". ", el("strong", {}, "Also answering: "), route.contributing.map(a => agencyOf(a).short || agencyOf(a).name).join(", ")] : null, "."]
    : el("strong", {}, "No agency answers it yet: choose who answers it."),
    route.lead ? el("span", {class: "why"}, " " + sentence(route.says) + (route.basis && route.origin !== "reviewed" ? " (" + route.basis + ")" : "") + ".") : null));
  if (editing) node.append(routeEditor(route, html));
  return node;
}

/** Choosing a route's agencies: the lead from a list, the contributing ones by ticking them. Nothing is saved until Save. */
function routeEditor(route, html) {
  const id = routeCardId(route);
  const lead = el("select", {id: html + "-lead", "data-route": "lead"},
    el("option", {value: ""}, "Choose the lead agency…"),
    routes.agencies.map(a => el("option", {value: a.id, selected: a.id === route.lead ? true : null}, agencyWords(a))));
  const boxes = routes.agencies.map(a => el("label", {class: "agency-choice"},
    el("input", {type: "checkbox", value: a.id, "data-route": "contributing", checked: route.contributing.includes(a.id) ? true : null}),
    " " + agencyWords(a)));
  return el("div", {class: "route-editor", role: "group", "aria-label": "Agencies for " + route.question.label},
    el("p", {}, el("label", {for: html + "-lead"}, "Lead agency (answers and gathers the others' input): "), lead),
    el("fieldset", {}, el("legend", {}, "Also answering (contributing agencies)"), boxes),
    el("div", {class: "actions"},
      el("button", {type: "button", class: "primary", "data-action": "save-route", onclick: () => saveRoute(route, html)}, "Save agencies"),
      el("button", {type: "button", "data-action": "cancel-route", onclick: () => { routeEditing.delete(id); redraw(id, true); say("Nothing changed."); }}, "Cancel")));
}

async function confirmRoute(route) {
  await postRoute({verdict: "confirm", question: route.question.ref, lead: route.lead, contributing: route.contributing},
    "Saved: " + route.question.label + " goes to " + [route.lead].concat(route.contributing).map(a => agencyOf(a).short).join(", ") + ".", route);
}

async function saveRoute(route, html) {
  const node = nodeOf(routeCardId(route));
  const lead = node.querySelector('select[data-route="lead"]').value;
  if (!lead) { alertPerson("Not saved: choose the lead agency first.", ""); return; }
  const contributing = [...node.querySelectorAll('input[data-route="contributing"]:checked')].map(box => box.value).filter(a => a !== lead);
  await postRoute({verdict: "change", question: route.question.ref, lead, contributing},
    "Saved: " + route.question.label + " goes to " + [lead].concat(contributing).map(a => agencyOf(a).short).join(", ") + ".", route);
}

/** Posts one route decision; the answer is the routes as saved now. Focus moves to the next route to check. */
async function postRoute(body, done, route) {
  say("Saving…");
  const order = routes ? routes.routes.map(routeCardId) : [];
  let result;
  try {
    result = await request("POST", "/api/routes", body);
  } catch (error) {
    if (error instanceof Refusal) {
      alertPerson("Not saved: " + error.message.replace(/\.$/, "") + ".", error.status === 409 ? "The routes are shown again as they are saved now." : "");
      refreshRoutes();
    }
    return false;
  }
  clearAlert();
  if (body.verdict !== "undo") undoTrail.push("routes");
  routes = result;
  let next = focusId;
  if (route) {
    routeEditing.delete(routeCardId(route));
    const at = order.indexOf(routeCardId(route));
    const waiting = new Set(routesToCheck().map(routeCardId));
    next = order.slice(at + 1).find(id => waiting.has(id)) || routeCardId(route);
  } else if (result.done) {
    next = "route:" + result.done;
  }
  focusId = next;
  drawRoutes(next);
  scrollToFocus();
  say(done + " " + routesToCheck().length + " routes left to check.");
  return true;
}

// ---------- the tags of an imported recommendation (POST /api/tags)

const TAG_FIELDS = [
  {field: "subjects", title: "Subjects", one: "subject", about: "what it is about"},
  {field: "facets", title: "Facets", one: "facet", about: "what it asks for"},
  {field: "pillars", title: "Pillars", one: "pillar", about: "where the TIP Report places it"},
];

/** A recommendation's tags, which coverage uses to find the questions that ask about it; proposed lists are marked. */
function drawTags(card, id) {
  const rec = card.recommendation;
  const proposed = rec.proposed || [];
  if (!TAG_FIELDS.some(f => rec[f.field]) && !proposed.length) return null;
  const box = el("div", {class: "tags", role: "group", "aria-labelledby": id + "-tags"},
    el("h3", {id: id + "-tags"}, "Its tags (coverage uses them to find the questions that ask about it)"));
  for (const {field, title, one, about} of TAG_FIELDS) {
    const tags = rec[field] || [];
    const isProposed = proposed.includes(field);
    const choices = ((vocabulary || {})[field] || []).filter(t => !tags.includes(t));
    const pickId = id + "-add-" + field;
    box.append(el("div", {class: "tag-list" + (isProposed ? " proposed" : ""), "data-field": field, "data-tags-state": isProposed ? "proposed" : "reviewed"},
      el("span", {class: "tag-title"}, title + " (" + about + "): "),
      el("span", {class: "tag-state"}, isProposed ? "proposed by the machine, not checked yet" : "checked"),
      el("span", {class: "tag-items"}, tags.length ? tags.map(tag => el("button", {type: "button", class: "chip", "data-action": "remove-tag", "data-field": field, "data-tag": tag,
        "aria-label": "Remove the " + one + " " + tag, onclick: () => tagAction(card, {verdict: "remove", field, tag}, "Removed the " + one + " " + tag + ".")}, tag + " ×")) : el("span", {class: "empty"}, "none")),
      isProposed ? el("button", {type: "button", class: "primary", "data-action": "confirm-tags", "data-field": field,
        onclick: () => tagAction(card, {verdict: "confirm", field}, title + " checked: kept as they are.")}, "These " + title.toLowerCase() + " are right") : null,
      choices.length ? el("span", {class: "tag-add"}, el("label", {for: pickId}, "Add a " + one + ": "),
        el("select", {id: pickId, "data-add-tag": field}, el("option", {value: ""}, "choose…"), choices.map(t => el("option", {value: t}, t))),
        el("button", {type: "button", "data-action": "add-tag", "data-field": field, onclick: () => {
          const tag = document.getElementById(pickId).value;
          if (!tag) { say("Choose a " + one + " to add first."); return; }
          tagAction(card, {verdict: "add", field, tag}, "Added the " + one + " " + tag + ".");
        }}, "Add")) : null));
  }
  return box;
}

function tagAction(card, body, done) {
  return post("tags", Object.assign({recommendation: card.recommendation.ref}, body), {done: "Saved: " + done});
}

// ---------- keys: only on the card in focus, never with Ctrl/Alt/Meta, never while typing

function typing(target) {
  return target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

document.addEventListener("keydown", event => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
  if (typing(event.target)) {
    if (event.key === "Escape") { event.target.blur(); nodeOf(focusId)?.focus({preventScroll: true}); }
    return;
  }
  if (event.key === "?") { toggleLegend(); event.preventDefault(); return; }
  if (event.key === "u") { event.preventDefault(); if (!busy) undo(); return; }
  if (event.key === "j" || event.key === "k") { event.preventDefault(); step(event.key === "j" ? 1 : -1); return; }
  const cardNode = (document.activeElement && document.activeElement.closest && document.activeElement.closest("[data-card]")) || nodeOf(focusId);
  if (!cardNode || busy) return;
  const press = selector => {
    const button = cardNode.querySelector(selector);
    if (button && !button.disabled) { event.preventDefault(); button.click(); }
  };
  if (event.key === "c") press('.quick [data-action="confirm"]');
  else if (event.key === "n" && cardNode.dataset.kind === "noCounterpart") press('.quick [data-action="confirm"]');
  else if (event.key === "r") press('.quick [data-action="reject"]');
  else if (["1", "2", "3"].includes(event.key)) press('.candidates [data-action="pick"][aria-keyshortcuts="' + event.key + '"], .chips [data-action="pick"][aria-keyshortcuts="' + event.key + '"]');
  else if (event.key === "/") {
    const input = cardNode.querySelector("input[type=search]");
    if (input) { event.preventDefault(); input.focus(); }
  }
});

// A card opens when a person clicks in it or tabs into it: the card they act on is the card keys act on.
document.addEventListener("pointerdown", () => { lastPointerDown = Date.now(); }, true);
document.getElementById("work").addEventListener("click", event => {
  const node = event.target.closest && event.target.closest("[data-card]");
  if (node && node.dataset.card !== focusId && document.contains(node)) setFocus(node.dataset.card);
});
document.getElementById("work").addEventListener("focusin", event => {
  if (Date.now() - lastPointerDown < 600) return; // a click opens it, once the click is done (nothing moves under the pointer)
  const node = event.target.closest && event.target.closest("[data-card]");
  if (!node || node.dataset.card === focusId) return;
  const id = node.dataset.card;
  const action = event.target.dataset ? event.target.dataset.action : null;
  setFocus(id);
  const again = nodeOf(id);
  const same = action && again.querySelector('.quick [data-action="' + action + '"]');
  (same || again).focus({preventScroll: true});
});

function toggleLegend() {
  const legend = document.getElementById("legend");
  const toggle = document.getElementById("legend-toggle");
  legend.hidden = !legend.hidden;
  toggle.setAttribute("aria-expanded", legend.hidden ? "false" : "true");
  if (!legend.hidden) legend.scrollIntoView({block: "start"});
}
document.getElementById("legend-toggle").addEventListener("click", toggleLegend);
document.getElementById("undo").addEventListener("click", () => { if (!busy) undo(); });

// ---------- the server still runs? the files changed on disk?

async function heartbeat() {
  if (busy) return;
  let status = null;
  try {
    const response = await fetch("/api/status", {cache: "no-store", signal: AbortSignal.timeout(3000)});
    if (response.status === 404) {
      const fallback = await fetch("/review.css", {cache: "no-store", signal: AbortSignal.timeout(3000)});
      if (!fallback.ok) throw new Error("no answer");
    } else if (response.ok) status = await response.json();
    else throw new Error("no answer");
  } catch {
    if (!serverStopped) {
      serverStopped = true;
      alertPerson("The review server has stopped.",
        "Everything you decided before is saved in the Mappings folder. Start qtrack review again, then reload this page.");
    }
    return;
  }
  if (serverStopped) { serverStopped = false; clearAlert(); loadQueue().catch(() => {}); return; }
  if (status && status.stamp != null) {
    if (lastStamp != null && status.stamp !== lastStamp && !busy) loadQueue().then(() => say("The files changed on disk: the queue is up to date.")).catch(() => {});
    lastStamp = status.stamp;
  }
}
setInterval(heartbeat, HEARTBEAT_MS);

loadQueue().catch(error => {
  if (error instanceof Refusal) alertPerson("The review cannot start: " + error.message + ".", "");
});
