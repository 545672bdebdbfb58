/* Kompetanseløftet chat widget. Embed with:
 *   <script src="https://HOST/widget.js" defer></script>
 * Options (data- attributes on the script tag):
 *   data-lang="nb|nn"        the interface language (bokmål by default); every UI string follows it
 *   data-title="…"           the launcher's and panel's title
 *   data-starters="A|B|C"    2–4 starter questions shown in an empty conversation, separated by "|"
 *   data-position="right|left", data-open="true"
 * The conversation is kept in the host page's sessionStorage (per site, cleared when the tab closes).
 * Everything renders inside a Shadow DOM; answer and document text is always set as text, never as HTML. */
(() => {
  "use strict";
  const STRINGS = {
    nb: {
      title: "Spør om Kompetanseløftet", close: "Lukk", closeLabel: "Lukk chatten", newChat: "Ny samtale",
      newChatLabel: "Ny samtale: tøm samtalen", cleared: "Samtalen er tømt.",
      notice: "Svarene siterer dokumentene om Kompetanseløftet. Ikke skriv personopplysninger, for eksempel navn eller fødselsnummer.",
      conversation: "Samtale", inputLabel: "Skriv spørsmålet ditt", send: "Send", you: "Du spurte: ",
      answer: "Svar", noAnswer: "Fant ikke svar i dokumentene", searching: "Leter i dokumentene …", ready: "Svaret er klart.",
      errorLabel: "Feil", error: "Noe gikk galt. Prøv igjen om litt.", tooMany: "For mange spørsmål. Vent {s} sekunder.",
      invalid: "Spørsmålet kunne ikke sendes. Det kan være for langt.",
      sources: "Kilder", source: "Kilde", openDocument: "Vis i dokumentet", newTab: "(åpnes i ny fane)",
      original: "Åpne originalen", helpfulGroup: "Var svaret nyttig?", helpful: "Fant du det du lette etter?",
      yes: "Ja", no: "Nei", commentLabel: "Kommentar (valgfri, høyst 250 tegn)", sendComment: "Send kommentar",
      thanks: "Tusen takk for hjelpen!", starters: "Du kan for eksempel spørre:",
    },
    nn: {
      title: "Spør om Kompetanseløftet", close: "Lukk", closeLabel: "Lukk chatten", newChat: "Ny samtale",
      newChatLabel: "Ny samtale: tøm samtalen", cleared: "Samtalen er tømd.",
      notice: "Svara siterer dokumenta om Kompetanseløftet. Ikkje skriv personopplysningar, til dømes namn eller fødselsnummer.",
      conversation: "Samtale", inputLabel: "Skriv spørsmålet ditt", send: "Send", you: "Du spurde: ",
      answer: "Svar", noAnswer: "Fann ikkje svar i dokumenta", searching: "Leitar i dokumenta …", ready: "Svaret er klart.",
      errorLabel: "Feil", error: "Noko gjekk gale. Prøv igjen om litt.", tooMany: "For mange spørsmål. Vent {s} sekund.",
      invalid: "Spørsmålet kunne ikkje sendast. Det kan vere for langt.",
      sources: "Kjelder", source: "Kjelde", openDocument: "Vis i dokumentet", newTab: "(blir opna i ny fane)",
      original: "Opne originalen", helpfulGroup: "Var svaret nyttig?", helpful: "Fann du det du leita etter?",
      yes: "Ja", no: "Nei", commentLabel: "Kommentar (valfri, høgst 250 teikn)", sendComment: "Send kommentar",
      thanks: "Tusen takk for hjelpa!", starters: "Du kan til dømes spørje:",
    },
  };
  const script = document.currentScript;
  const data = (script && script.dataset) || {};
  const API = new URL(script ? script.src : "/widget.js", location.href).origin;
  const lang = data.lang === "nn" ? "nn" : "nb";
  const T = STRINGS[lang];
  const options = {
    position: data.position === "left" ? "left" : "right",
    title: data.title || T.title,
    open: data.open === "true",
    starters: (data.starters || "").split("|").map((s) => s.trim()).filter(Boolean).slice(0, 4),
  };
  const STORAGE_KEY = `kompetanseloftet-chat:${API}`;
  const MAX_TURNS = 10; // question-and-answer pairs kept and sent as history (the API takes 20 messages)

  const STYLE = `
    :host { all: initial; position: fixed; bottom: 1rem; ${options.position}: 1rem; z-index: 2147483000;
      font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
    /* fonts are set here, not inherited: a host page's rules on the host element would otherwise leak in */
    * { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      font-size: 1rem; line-height: 1.45; }
    button { cursor: pointer; }
    :focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
    .launcher { background: #0b4f8a; color: #fff; border: 0; border-radius: 2rem; padding: .75rem 1.2rem;
      box-shadow: 0 2px 8px rgba(0,0,0,.3); font-weight: 600; }
    .panel { display: none; flex-direction: column; width: min(28rem, calc(100vw - 2rem)); height: min(40rem, calc(100vh - 5rem));
      background: #fff; border: 1px solid #767676; border-radius: .6rem; box-shadow: 0 4px 18px rgba(0,0,0,.3);
      margin-bottom: .6rem; overflow: hidden; }
    .panel.open { display: flex; }
    header { display: flex; align-items: center; gap: .4rem; background: #0b4f8a; color: #fff; padding: .5rem .8rem; }
    header h2 { margin: 0 auto 0 0; font-size: 1.05rem; font-weight: 600; }
    header button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: .3rem; padding: .1rem .5rem; font-size: .9rem; }
    .notice { margin: 0; padding: .4rem .8rem; font-size: .85rem; background: #f3f3f3; color: #333; }
    .log { flex: 1; overflow-y: auto; padding: .6rem .8rem; margin: 0; }
    .starters { margin: .4rem 0; }
    .starters p { margin: 0 0 .3rem; font-size: .9rem; color: #333; }
    .starters ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .35rem; }
    .starters button { text-align: left; width: 100%; background: #fff; color: #0b4f8a; border: 1px solid #0b4f8a;
      border-radius: 1rem; padding: .3rem .7rem; font-size: .95rem; }
    .msg { margin: .4rem 0 .8rem; }
    .user .bubble { background: #e8f0f8; border-radius: .5rem; padding: .45rem .65rem; margin-left: 2rem; }
    .bot .bubble { border-left: 4px solid #0b4f8a; padding: .3rem .65rem; white-space: pre-wrap; }
    .bot.abstained .bubble { border-left-color: #8a4b00; background: #fff4e5; }
    .label { display: block; margin: 0; font-size: .8rem; font-weight: 600; color: #444; }
    .abstained .label { color: #6b3a00; }
    .badge { display: inline-block; min-width: 1.5rem; margin: 0 .1rem; padding: 0 .3rem; border-radius: .8rem;
      border: 1px solid #0b4f8a; background: #fff; color: #0b4f8a; font-size: .8rem; font-weight: 600; line-height: 1.3; }
    .sources { margin-top: .4rem; }
    .sources ol { margin: .2rem 0 0; padding: 0; list-style: none; }
    .sources li { display: flex; gap: .4rem; margin: .25rem 0; padding: .3rem .45rem; border: 1px solid #ccc;
      border-radius: .3rem; background: #f7f7f7; font-size: .88rem; }
    .sources li:focus { outline: 3px solid #b35c00; }
    .sources .num { flex: none; min-width: 1.5rem; height: 1.5rem; text-align: center; border-radius: .8rem;
      background: #0b4f8a; color: #fff; font-size: .8rem; font-weight: 600; }
    .sources a { color: #0b4f8a; font-size: .88rem; }
    .badge.linked, .sources li.linked .num { background: #b35c00; border-color: #b35c00; color: #fff; }
    .sources li.linked { border-color: #b35c00; background: #fff4e5; }
    .feedback { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .3rem; font-size: .85rem; }
    .feedback button { border: 1px solid #767676; background: #fff; border-radius: .3rem; padding: .1rem .5rem; color: #1a1a1a; }
    .feedback button[aria-pressed="true"] { background: #1a1a1a; color: #fff; }
    .comment { display: flex; gap: .4rem; margin-top: .3rem; }
    .comment textarea { flex: 1; min-height: 2.2rem; border: 1px solid #767676; border-radius: .3rem; padding: .2rem .4rem; }
    .comment button { border: 1px solid #767676; background: #fff; border-radius: .3rem; color: #1a1a1a; }
    form.ask { display: flex; gap: .4rem; padding: .6rem .8rem; border-top: 1px solid #ccc; }
    form.ask label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    form.ask textarea { flex: 1; resize: none; height: 2.6rem; border: 1px solid #767676; border-radius: .3rem; padding: .4rem; }
    .send { background: #0b4f8a; color: #fff; border: 0; border-radius: .3rem; padding: 0 .9rem; font-weight: 600; }
    .send:disabled { background: #5a5a5a; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  function el(tag, attrs = {}, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  async function* serverSentEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = (block.match(/^event: (.*)$/m) || [])[1];
        const payload = (block.match(/^data: (.*)$/m) || [])[1];
        if (event && payload) yield { event, data: JSON.parse(payload) };
      }
    }
  }

  /* The conversation as plain data: it is what sessionStorage keeps and what renders the log again. */
  const store = {
    load() {
      try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY)) || { turns: [], open: false }; }
      catch { return { turns: [], open: false }; }
    },
    save(state) {
      try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state)); } catch { /* storage full or blocked: live on */ }
    },
    clear() {
      try { sessionStorage.removeItem(STORAGE_KEY); } catch { /* blocked */ }
    },
  };

  class Problem extends Error {} // a message for the user, in the interface's language

  function problemText(response) {
    if (response.status === 429) return T.tooMany.replace("{s}", response.headers.get("Retry-After") || "60");
    if (response.status === 413 || response.status === 422) return T.invalid;
    return T.error;
  }

  class KompetanseloftetChat extends HTMLElement {
    constructor() {
      super();
      this.state = store.load();
      this.count = 0;
      const root = this.attachShadow({ mode: "open" });
      root.append(el("style", {}, STYLE));
      this.panel = el("section", { class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "kl-title", id: "kl-panel", lang });
      const header = el("header");
      header.append(el("h2", { id: "kl-title" }, options.title));
      this.newButton = el("button", { class: "new", type: "button", "aria-label": T.newChatLabel }, T.newChat);
      this.closeButton = el("button", { class: "close", type: "button", "aria-label": T.closeLabel }, T.close);
      header.append(this.newButton, this.closeButton);
      const notice = el("p", { class: "notice", id: "kl-notice" }, T.notice);
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": T.conversation });
      this.status = el("p", { class: "sr-only", role: "status", "aria-live": "polite" });
      this.form = el("form", { class: "ask" });
      this.input = el("textarea", { id: "kl-input", maxlength: "1000", "aria-describedby": "kl-notice", rows: "2" });
      this.sendButton = el("button", { class: "send", type: "submit" }, T.send);
      this.form.append(el("label", { for: "kl-input" }, T.inputLabel), this.input, this.sendButton);
      this.panel.append(header, notice, this.log, this.status, this.form);
      this.launcher = el("button", { class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "kl-panel", lang }, options.title);
      root.append(this.panel, this.launcher);

      this.launcher.addEventListener("click", () => this.toggle(!this.panel.classList.contains("open")));
      this.closeButton.addEventListener("click", () => this.toggle(false));
      this.newButton.addEventListener("click", () => this.startOver());
      this.panel.addEventListener("keydown", (e) => { if (e.key === "Escape") this.toggle(false); });
      this.input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); this.form.requestSubmit(); }
      });
      this.form.addEventListener("submit", (e) => { e.preventDefault(); this.ask(this.input.value); });

      for (const turn of this.state.turns) this.renderTurn(turn);
      if (!this.state.turns.length) this.showStarters();
      if (options.open || this.state.open) this.toggle(true, false);
    }

    toggle(open, moveFocus = true) {
      this.panel.classList.toggle("open", open);
      this.launcher.setAttribute("aria-expanded", String(open));
      this.state.open = open;
      store.save(this.state);
      if (open) this.log.scrollTop = this.log.scrollHeight;
      if (!moveFocus) return;
      if (open) this.input.focus(); else this.launcher.focus();
    }

    startOver() {
      this.state = { turns: [], open: true };
      store.save(this.state);
      this.log.replaceChildren();
      this.showStarters();
      this.status.textContent = T.cleared;
      this.input.focus();
    }

    showStarters() {
      if (!options.starters.length) return;
      const box = el("div", { class: "starters" });
      const list = el("ul", { "aria-labelledby": "kl-starters" });
      for (const question of options.starters) {
        const button = el("button", { type: "button" }, question);
        button.addEventListener("click", () => this.ask(question));
        const item = el("li");
        item.append(button);
        list.append(item);
      }
      box.append(el("p", { id: "kl-starters" }, T.starters), list);
      this.log.append(box);
    }

    history() {
      return this.state.turns.slice(-MAX_TURNS).flatMap((t) => [
        { role: "user", content: t.question }, { role: "assistant", content: t.answer },
      ]);
    }

    async ask(text) {
      const message = text.trim();
      if (!message || this.sendButton.disabled) return;
      this.input.value = "";
      this.sendButton.disabled = true;
      const starters = this.log.querySelector(".starters");
      if (starters) starters.remove();
      const conversation = this.state; // "Ny samtale" while this answer streams in must not bring it back
      const turn = { question: message, answer: "", abstained: false, error: false, citations: [], answerId: "" };
      const view = this.renderTurn(turn);
      view.bot.setAttribute("aria-busy", "true");
      this.status.textContent = T.searching;
      try {
        const response = await fetch(`${API}/api/chat/stream`, {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ message, history: this.history(), language: lang }),
        });
        if (!response.ok) throw new Problem(problemText(response));
        for await (const { event, data } of serverSentEvents(response)) {
          if (event === "meta") {
            turn.answerId = data.answer_id;
            turn.abstained = data.abstained;
            view.setAbstained(data.abstained);
          } else if (event === "delta") {
            turn.answer += data.text;
            view.bubble.textContent = turn.answer;
            this.log.scrollTop = this.log.scrollHeight;
          } else if (event === "citations") {
            turn.citations = data.citations;
          } else if (event === "error") {
            throw new Problem(T.error);
          }
        }
        if (conversation !== this.state) return;
        view.finish(turn);
        conversation.turns.push(turn);
        conversation.turns = conversation.turns.slice(-MAX_TURNS);
        store.save(conversation);
        this.status.textContent = T.ready;
      } catch (error) {
        turn.error = true;
        view.fail(error instanceof Problem ? error.message : T.error); // a network failure's own text is the browser's
        this.status.textContent = view.bubble.textContent;
      } finally {
        view.bot.removeAttribute("aria-busy");
        this.sendButton.disabled = false;
        this.input.focus();
      }
    }

    /* One question and its answer in the log; returns the handles `ask` fills while the answer streams in. */
    renderTurn(turn) {
      const user = el("div", { class: "msg user" });
      user.append(el("span", { class: "sr-only" }, T.you), el("div", { class: "bubble" }, turn.question));
      const bot = el("div", { class: "msg bot" });
      const label = el("p", { class: "label" }, T.answer);
      const bubble = el("div", { class: "bubble" }, turn.answer);
      bot.append(label, bubble);
      this.log.append(user, bot);
      const view = {
        bot, bubble,
        setAbstained: (abstained) => {
          bot.classList.toggle("abstained", abstained);
          label.textContent = abstained ? T.noAnswer : T.answer;
        },
        finish: (done) => {
          bot.dataset.answerId = done.answerId;
          this.showAnswer(bot, bubble, done);
          if (done.answerId) this.addFeedback(bot, done);
        },
        fail: (message) => {
          bot.classList.add("abstained");
          label.textContent = T.errorLabel;
          bubble.textContent = message;
        },
      };
      if (turn.answer || turn.answerId) { view.setAbstained(turn.abstained); view.finish(turn); }
      this.log.scrollTop = this.log.scrollHeight;
      return view;
    }

    /* The answer text with each [n] as a badge linked to item n of the sources list under it. */
    showAnswer(bot, bubble, turn) {
      const ids = new Map(turn.citations.map((c) => [c.n, `kl-src-${++this.count}`]));
      bubble.replaceChildren();
      for (const [i, part] of turn.answer.split(/\[(\d+)\]/).entries()) {
        const n = Number(part);
        if (i % 2 === 0 || !ids.has(n)) { bubble.append(document.createTextNode(i % 2 ? `[${part}]` : part)); continue; }
        const badge = el("button", { class: "badge", type: "button", "data-n": part, "aria-describedby": ids.get(n),
          "aria-label": `${T.source} ${n}` }, part);
        badge.addEventListener("click", () => {
          const item = bot.querySelector(`#${ids.get(n)}`);
          item.scrollIntoView({ block: "nearest" });
          item.focus();
        });
        bubble.append(badge);
      }
      if (!turn.citations.length) return;
      const box = el("div", { class: "sources" });
      const headingId = `kl-src-heading-${++this.count}`;
      const list = el("ol", { "aria-labelledby": headingId });
      for (const c of turn.citations) {
        const item = el("li", { id: ids.get(c.n), tabindex: "-1", "data-n": String(c.n) });
        item.append(el("span", { class: "num", "aria-hidden": "true" }, String(c.n)));
        const body = el("div");
        body.append(el("span", { class: "sr-only" }, `${T.source} ${c.n}: `), el("span", { class: "ref" }, c.reference || c.title), " ");
        const open = el("a", { href: `${API}${c.link}`, target: "_blank", rel: "noopener" }, T.openDocument);
        open.append(el("span", { class: "sr-only" }, ` ${T.newTab}`));
        body.append(open);
        if (c.url && /^https?:\/\//.test(c.url)) {
          const original = el("a", { href: c.url, target: "_blank", rel: "noopener" }, T.original);
          original.append(el("span", { class: "sr-only" }, ` ${T.newTab}`));
          body.append(" · ", original);
        }
        item.append(body);
        list.append(item);
      }
      box.append(el("p", { class: "label", id: headingId }, T.sources), list);
      bot.append(box);
      this.linkBadgesAndSources(bot);
    }

    /* Hovering or focusing a badge or a source marks both. */
    linkBadgesAndSources(bot) {
      const mark = (n, on) => {
        for (const node of bot.querySelectorAll(`.badge[data-n="${n}"], .sources li[data-n="${n}"]`)) node.classList.toggle("linked", on);
      };
      for (const node of bot.querySelectorAll(".badge, .sources li")) {
        const n = node.dataset.n;
        for (const [events, on] of [[["mouseenter", "focusin"], true], [["mouseleave", "focusout"], false]]) {
          for (const name of events) node.addEventListener(name, () => mark(n, on));
        }
      }
    }

    addFeedback(bot, turn) {
      const row = el("div", { class: "feedback", role: "group", "aria-label": T.helpfulGroup });
      row.append(el("span", {}, T.helpful));
      const up = el("button", { type: "button", "aria-pressed": String(turn.rating === "up") }, T.yes);
      const down = el("button", { type: "button", "aria-pressed": String(turn.rating === "down") }, T.no);
      row.append(up, down);
      bot.append(row);
      const send = async (rating, comment = "") => {
        await fetch(`${API}/api/feedback`, { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ answer_id: turn.answerId, rating, comment }) });
      };
      const choose = (rating) => {
        up.setAttribute("aria-pressed", String(rating === "up"));
        down.setAttribute("aria-pressed", String(rating === "down"));
        turn.rating = rating;
        store.save(this.state);
        send(rating);
        if (bot.querySelector(".comment")) return;
        const commentId = `kl-comment-${++this.count}`;
        const comment = el("div", { class: "comment" });
        const text = el("textarea", { id: commentId, maxlength: "250" });
        const submit = el("button", { type: "button" }, T.sendComment);
        comment.append(el("label", { for: commentId, class: "sr-only" }, T.commentLabel), text, submit);
        submit.addEventListener("click", async () => {
          await send(rating, text.value.slice(0, 250));
          comment.replaceChildren(el("span", { role: "status" }, T.thanks));
        });
        bot.append(comment);
        text.focus();
      };
      up.addEventListener("click", () => choose("up"));
      down.addEventListener("click", () => choose("down"));
    }
  }
  KompetanseloftetChat.STRINGS = STRINGS; // read by the tests: every UI string, per language

  if (!customElements.get("kompetanseloftet-chat")) customElements.define("kompetanseloftet-chat", KompetanseloftetChat);
  const mount = () => document.body.append(document.createElement("kompetanseloftet-chat"));
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
