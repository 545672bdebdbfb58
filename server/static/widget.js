/* Kompetanseløftet chat widget. Embed with:
 *   <script src="https://HOST/widget.js" defer></script>
 * Options (data- attributes on the script tag): data-position="right|left", data-title="…", data-open="true".
 * Everything renders inside a Shadow DOM; answer and document text is always set as text, never as HTML. */
(() => {
  "use strict";
  const script = document.currentScript;
  const API = new URL(script ? script.src : "/widget.js", location.href).origin;
  const options = {
    position: (script && script.dataset.position) === "left" ? "left" : "right",
    title: (script && script.dataset.title) || "Spør om Kompetanseløftet",
    open: (script && script.dataset.open) === "true",
  };

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
    .panel { display: none; flex-direction: column; width: min(26rem, calc(100vw - 2rem)); height: min(36rem, calc(100vh - 5rem));
      background: #fff; border: 1px solid #767676; border-radius: .6rem; box-shadow: 0 4px 18px rgba(0,0,0,.3);
      margin-bottom: .6rem; overflow: hidden; }
    .panel.open { display: flex; }
    header { display: flex; align-items: center; justify-content: space-between; background: #0b4f8a; color: #fff; padding: .5rem .8rem; }
    header h2 { margin: 0; font-size: 1.05rem; font-weight: 600; }
    .close { background: transparent; color: #fff; border: 1px solid #fff; border-radius: .3rem; padding: .1rem .5rem; }
    .notice { margin: 0; padding: .4rem .8rem; font-size: .85rem; background: #f3f3f3; color: #333; }
    .log { flex: 1; overflow-y: auto; padding: .6rem .8rem; margin: 0; list-style: none; }
    .msg { margin: .4rem 0 .8rem; }
    .user .bubble { background: #e8f0f8; border-radius: .5rem; padding: .45rem .65rem; margin-left: 2rem; }
    .bot .bubble { border-left: 4px solid #0b4f8a; padding: .3rem .65rem; white-space: pre-wrap; }
    .bot.abstained .bubble { border-left-color: #8a4b00; background: #fff4e5; }
    .label { display: block; font-size: .8rem; font-weight: 600; color: #444; }
    .abstained .label { color: #6b3a00; }
    .badge { display: inline-block; min-width: 1.6rem; margin: .1rem .25rem .1rem 0; padding: 0 .35rem; border-radius: .8rem;
      border: 1px solid #0b4f8a; background: #fff; color: #0b4f8a; font-size: .85rem; font-weight: 600; }
    .badge[aria-expanded="true"] { background: #0b4f8a; color: #fff; }
    .source { margin: .3rem 0; padding: .4rem .6rem; background: #f7f7f7; border: 1px solid #ccc; border-radius: .3rem; font-size: .9rem; }
    .source blockquote { margin: 0 0 .3rem; font-style: italic; }
    .source a { color: #0b4f8a; }
    .feedback { display: flex; gap: .4rem; align-items: center; margin-top: .3rem; font-size: .85rem; }
    .feedback button { border: 1px solid #767676; background: #fff; border-radius: .3rem; padding: .1rem .5rem; color: #1a1a1a; }
    .feedback button[aria-pressed="true"] { background: #1a1a1a; color: #fff; }
    .comment { display: flex; gap: .4rem; margin-top: .3rem; }
    .comment textarea { flex: 1; min-height: 2.2rem; border: 1px solid #767676; border-radius: .3rem; padding: .2rem .4rem; }
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
        const data = (block.match(/^data: (.*)$/m) || [])[1];
        if (event && data) yield { event, data: JSON.parse(data) };
      }
    }
  }

  class KompetanseloftetChat extends HTMLElement {
    constructor() {
      super();
      this.history = [];
      this.count = 0;
      const root = this.attachShadow({ mode: "open" });
      root.append(el("style", {}, STYLE));
      this.panel = el("section", { class: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "kl-title", id: "kl-panel" });
      const header = el("header");
      header.append(el("h2", { id: "kl-title" }, options.title));
      this.closeButton = el("button", { class: "close", type: "button", "aria-label": "Lukk chatten" }, "Lukk");
      header.append(this.closeButton);
      const notice = el("p", { class: "notice", id: "kl-notice" },
        "Svarene siterer dokumentene om Kompetanseløftet. Ikke skriv personopplysninger, for eksempel navn eller fødselsnummer.");
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Samtale" });
      this.status = el("p", { class: "sr-only", role: "status", "aria-live": "polite" });
      this.form = el("form", { class: "ask" });
      this.input = el("textarea", { id: "kl-input", maxlength: "1000", "aria-describedby": "kl-notice", rows: "2" });
      this.sendButton = el("button", { class: "send", type: "submit" }, "Send");
      this.form.append(el("label", { for: "kl-input" }, "Skriv spørsmålet ditt"), this.input, this.sendButton);
      this.panel.append(header, notice, this.log, this.status, this.form);
      this.launcher = el("button", { class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "kl-panel" }, options.title);
      root.append(this.panel, this.launcher);

      this.launcher.addEventListener("click", () => this.toggle(!this.panel.classList.contains("open")));
      this.closeButton.addEventListener("click", () => this.toggle(false));
      this.panel.addEventListener("keydown", (e) => { if (e.key === "Escape") this.toggle(false); });
      this.input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); this.form.requestSubmit(); }
      });
      this.form.addEventListener("submit", (e) => { e.preventDefault(); this.ask(); });
      if (options.open) this.toggle(true, false);
    }

    toggle(open, moveFocus = true) {
      this.panel.classList.toggle("open", open);
      this.launcher.setAttribute("aria-expanded", String(open));
      if (!moveFocus) return;
      if (open) this.input.focus(); else this.launcher.focus();
    }

    async ask() {
      const message = this.input.value.trim();
      if (!message || this.sendButton.disabled) return;
      this.input.value = "";
      this.sendButton.disabled = true;
      const user = el("div", { class: "msg user" });
      user.append(el("span", { class: "sr-only" }, "Du spurte: "), el("div", { class: "bubble" }, message));
      this.log.append(user);
      const bot = el("div", { class: "msg bot", "aria-busy": "true" });
      const label = el("span", { class: "label" }, "Svar");
      const bubble = el("div", { class: "bubble" }, "");
      bot.append(label, bubble);
      this.log.append(bot);
      this.status.textContent = "Leter i dokumentene …";
      let answer = "";
      try {
        const response = await fetch(`${API}/api/chat/stream`, {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ message, history: this.history.slice(-20) }),
        });
        if (!response.ok) {
          const problem = await response.json().catch(() => ({}));
          throw new Error((problem.detail || ["Noe gikk galt."]).join(" "));
        }
        for await (const { event, data } of serverSentEvents(response)) {
          if (event === "meta") {
            bot.dataset.answerId = data.answer_id;
            if (data.abstained) { bot.classList.add("abstained"); label.textContent = "Fant ikke svar i dokumentene"; }
          } else if (event === "delta") {
            answer += data.text;
            bubble.textContent = answer;
            this.log.scrollTop = this.log.scrollHeight;
          } else if (event === "citations") {
            this.showSources(bot, data.citations);
          } else if (event === "error") {
            throw new Error(data.message);
          }
        }
        this.history.push({ role: "user", content: message }, { role: "assistant", content: answer });
        this.addFeedback(bot);
        this.status.textContent = "Svaret er klart.";
      } catch (error) {
        bot.classList.add("abstained");
        label.textContent = "Feil";
        bubble.textContent = error.message || "Noe gikk galt. Prøv igjen.";
        this.status.textContent = bubble.textContent;
      } finally {
        bot.removeAttribute("aria-busy");
        this.sendButton.disabled = false;
        this.input.focus();
      }
    }

    showSources(bot, citations) {
      if (!citations.length) return;
      const list = el("div", { class: "sources" });
      list.append(el("span", { class: "label" }, "Kilder"));
      for (const c of citations) {
        const id = `kl-src-${++this.count}`;
        const badge = el("button", { class: "badge", type: "button", "aria-expanded": "false", "aria-controls": id,
          "aria-label": `Kilde ${c.n}: ${c.title}` }, String(c.n));
        const box = el("div", { class: "source", id, hidden: "" });
        box.append(el("blockquote", {}, c.quote));
        const where = [c.title, c.section, c.page ? `side ${c.page}` : "", c.date ? `datert ${c.date}` : ""].filter(Boolean).join(" — ");
        box.append(el("div", {}, where));
        if (c.url && /^https?:\/\//.test(c.url)) box.append(el("a", { href: c.url, target: "_blank", rel: "noopener" }, "Åpne kilden"));
        badge.addEventListener("click", () => {
          const open = badge.getAttribute("aria-expanded") !== "true";
          badge.setAttribute("aria-expanded", String(open));
          box.hidden = !open;
        });
        list.append(badge);
        list.append(box);
      }
      bot.append(list);
    }

    addFeedback(bot) {
      const row = el("div", { class: "feedback", role: "group", "aria-label": "Var svaret nyttig?" });
      row.append(el("span", {}, "Fant du det du lette etter?"));
      const up = el("button", { type: "button", "aria-pressed": "false" }, "Ja");
      const down = el("button", { type: "button", "aria-pressed": "false" }, "Nei");
      row.append(up, down);
      bot.append(row);
      const send = async (rating, comment = "") => {
        await fetch(`${API}/api/feedback`, { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ answer_id: bot.dataset.answerId, rating, comment }) });
      };
      const choose = (rating) => {
        up.setAttribute("aria-pressed", String(rating === "up"));
        down.setAttribute("aria-pressed", String(rating === "down"));
        send(rating);
        if (bot.querySelector(".comment")) return;
        const commentId = `kl-comment-${++this.count}`;
        const comment = el("div", { class: "comment" });
        const text = el("textarea", { id: commentId, maxlength: "250" });
        const submit = el("button", { type: "button" }, "Send kommentar");
        comment.append(el("label", { for: commentId, class: "sr-only" }, "Kommentar (valgfri, høyst 250 tegn)"), text, submit);
        submit.addEventListener("click", async () => {
          await send(rating, text.value.slice(0, 250));
          comment.replaceChildren(el("span", { role: "status" }, "Tusen takk for hjelpen!"));
        });
        bot.append(comment);
        text.focus();
      };
      up.addEventListener("click", () => choose("up"));
      down.addEventListener("click", () => choose("down"));
    }
  }

  if (!customElements.get("kompetanseloftet-chat")) customElements.define("kompetanseloftet-chat", KompetanseloftetChat);
  const mount = () => document.body.append(document.createElement("kompetanseloftet-chat"));
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
