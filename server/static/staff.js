/* The staff lookup page: search with filters, exact passages with source, section, page and date, matched
 * terms highlighted; browse a document; ask the assistant and see the passages it used. Text is never HTML. */
"use strict";
const $ = (id) => document.getElementById(id);
const KIND = { rules: "Regelverk", guidance: "Veiledning", report: "Rapport", partner: "Partner" };

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function highlighted(text) {
  // the API marks matched words as [[word]]; each becomes a <mark> holding the word as text
  const p = el("p", { class: "text" });
  for (const [i, part] of text.split(/\[\[|\]\]/).entries()) p.append(i % 2 ? el("mark", {}, part) : document.createTextNode(part));
  return p;
}

function passageItem(p) {
  const li = el("li");
  const where = [p.title, KIND[p.kind] || p.kind, p.publisher, p.section, p.page ? `side ${p.page}` : "", p.date || "dato ukjent"]
    .filter(Boolean).join(" · ");
  li.append(el("p", { class: "meta" }, where));
  li.append(p.highlighted ? highlighted(p.highlighted) : el("p", { class: "text" }, p.text));
  if (p.matched_terms && p.matched_terms.length) li.append(el("p", { class: "meta" }, "Treff: " + p.matched_terms.join(", ")));
  if (p.url && /^https?:\/\//.test(p.url)) li.append(el("a", { href: p.url }, "Åpne kilden"));
  return li;
}

async function loadDocuments() {
  const documents = await (await fetch("/api/documents")).json();
  for (const d of documents) {
    $("document").append(el("option", { value: d.id }, d.title));
    const item = el("li");
    const button = el("button", { type: "button", class: "link" }, `${d.title} (${KIND[d.kind] || d.kind}, ${d.chunks} avsnitt)`);
    button.addEventListener("click", () => browse(d.id));
    item.append(button);
    $("documents").append(item);
  }
}

async function browse(id) {
  const data = await (await fetch(`/api/documents/${encodeURIComponent(id)}`)).json();
  const list = el("ol", { class: "passages" });
  for (const p of data.passages) list.append(passageItem(p));
  $("browse").replaceChildren(el("h3", {}, data.document.title), list);
}

$("search").addEventListener("submit", async (event) => {
  event.preventDefault();
  const params = new URLSearchParams({ q: $("q").value, k: "10" });
  if ($("kind").value) params.append("kind", $("kind").value);
  if ($("document").value) params.append("document", $("document").value);
  const response = await fetch(`/api/search?${params}`);
  const hits = await response.json();
  if (!response.ok) { $("search-status").textContent = (hits.detail || ["Søket feilet."]).join(" "); return; }
  $("results").replaceChildren(...hits.map(passageItem));
  $("search-status").textContent = hits.length ? `${hits.length} avsnitt funnet.` : "Ingen avsnitt funnet.";
});

$("ask").addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/chat", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ message: $("question").value, history: [] }) });
  const data = await response.json();
  if (!response.ok) { $("answer").replaceChildren(el("p", {}, (data.detail || ["Noe gikk galt."]).join(" "))); return; }
  const used = el("ol", { class: "passages" });
  for (const c of data.citations) {
    used.append(passageItem({ ...c, text: `[${c.n}] ${c.quote}`, highlighted: "", matched_terms: [], date: c.date }));
  }
  $("answer").replaceChildren(el("div", { class: "answer" + (data.abstained ? " abstained" : "") }, data.answer),
    ...(data.citations.length ? [el("h3", {}, "Avsnittene svaret bygger på"), used] : []));
});

loadDocuments();
