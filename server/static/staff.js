/* The staff lookup page: exact (default) or semantic search with filters by kind, publisher, document and date;
 * exact passages with source, section, page and date, matched words highlighted, a permalink into the document
 * view and "Kopier referanse"; browse a document; ask the assistant and see the passages it used.
 * Text is never HTML. */
"use strict";
const $ = (id) => document.getElementById(id);
const KIND = { rules: "Regelverk", guidance: "Veiledning", report: "Rapport", partner: "Partner" };

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function norwegianDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

function highlighted(text) {
  // the API marks matched words as [[word]]; each becomes a <mark> holding the word as text
  const p = el("p", { class: "text" });
  for (const [i, part] of text.split(/\[\[|\]\]/).entries()) p.append(i % 2 ? el("mark", {}, part) : document.createTextNode(part));
  return p;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // no Clipboard API (an insecure origin, or permission refused): the older way still works on a click
    const area = el("textarea", { class: "sr-only", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}

function passageItem(p) {
  const li = el("li");
  const date = p.date ? `datert ${norwegianDate(p.date)}` : "dato ukjent";
  const where = [p.title, KIND[p.kind] || p.kind, p.publisher, p.section, p.page ? `side ${p.page}` : "", date,
    p.outdated ? "kan være utdatert" : ""]
    .filter(Boolean).join(" · ");
  li.append(el("p", { class: "meta" }, where));
  li.append(p.highlighted ? highlighted(p.highlighted) : el("p", { class: "text" }, p.text));
  if (p.matched_terms && p.matched_terms.length) li.append(el("p", { class: "meta" }, "Treff: " + p.matched_terms.join(", ")));
  const actions = el("div", { class: "actions" });
  if (p.link) actions.append(el("a", { href: p.link }, "Vis i dokumentet"));
  if (p.url && /^https?:\/\//.test(p.url)) actions.append(el("a", { href: p.url }, "Åpne originalen"));
  if (p.reference) {
    const copy = el("button", { type: "button", class: "copy" }, "Kopier referanse");
    copy.addEventListener("click", async () => {
      await copyText(p.reference);
      $("copy-status").textContent = `Referansen er kopiert: ${p.reference}`;
      copy.textContent = "Referansen er kopiert";
      setTimeout(() => { copy.textContent = "Kopier referanse"; }, 3000);
    });
    actions.append(copy);
  }
  li.append(actions);
  return li;
}

async function loadDocuments() {
  const documents = await (await fetch("/api/documents")).json();
  const publishers = [...new Set(documents.map((d) => d.publisher).filter(Boolean))].sort((a, b) => a.localeCompare(b, "nb"));
  for (const name of publishers) $("publisher").append(el("option", { value: name }, name));
  for (const d of documents) {
    $("document").append(el("option", { value: d.id }, d.title));
    const item = el("li");
    const button = el("button", { type: "button", class: "link" }, `${d.title} (${KIND[d.kind] || d.kind}, ${d.chunks} avsnitt)`);
    button.addEventListener("click", () => browse(d.id));
    item.append(button, " · ", el("a", { href: `/documents/${d.id.split("/").map(encodeURIComponent).join("/")}` }, "Åpne dokumentet"));
    $("documents").append(item);
  }
}

async function browse(id) {
  const data = await (await fetch(`/api/documents/${id.split("/").map(encodeURIComponent).join("/")}`)).json();
  const list = el("ol", { class: "passages" });
  for (const p of data.passages) list.append(passageItem(p));
  $("browse").replaceChildren(el("h3", {}, data.document.title), list);
}

$("search").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData($("search"));
  const params = new URLSearchParams({ q: $("q").value, k: "20", mode: form.get("mode") || "exact" });
  for (const name of ["kind", "publisher", "document", "date_from", "date_to"]) if ($(name).value) params.append(name, $(name).value);
  if ($("current").checked) params.append("current", "true");
  $("search-status").textContent = "Søker …";
  const response = await fetch(`/api/search?${params}`);
  const hits = await response.json();
  if (!response.ok) { $("search-status").textContent = (hits.detail || ["Søket feilet."]).join(" "); return; }
  $("results").replaceChildren(...hits.map(passageItem));
  const exact = params.get("mode") === "exact";
  const more = hits.length === Number(params.get("k")); // there may be more than the page shows
  $("search-status").textContent = !hits.length ? "Ingen avsnitt funnet."
    : exact ? (more ? `Viser de ${hits.length} første avsnittene som inneholder alle søkeordene.`
      : `${hits.length} avsnitt inneholder alle søkeordene.`)
    : `${hits.length} avsnitt funnet (semantisk søk).`;
});

$("ask").addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/chat", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ message: $("question").value, history: [] }) });
  const data = await response.json();
  if (!response.ok) { $("answer").replaceChildren(el("p", {}, (data.detail || ["Noe gikk galt."]).join(" "))); return; }
  const used = el("ol", { class: "passages" });
  for (const c of data.citations) {
    used.append(passageItem({ ...c, text: `[${c.n}] ${c.quote}`, highlighted: "", matched_terms: [] }));
  }
  $("answer").replaceChildren(el("div", { class: "answer" + (data.abstained ? " abstained" : "") }, data.answer),
    ...(data.citations.length ? [el("h3", {}, "Avsnittene svaret bygger på"), used] : []));
});

loadDocuments();
