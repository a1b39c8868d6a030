// warlog page: the event list beside the map, and what it says when it is empty: the
// historical events hidden, an unknown actor, an empty database.
"use strict";

// Each row: type, place, date, actor, fatalities and sources, then a sentence of its
// report (the API's excerpt), which tells apart two events alike in every field.
function drawList() {
  if (!state.events.length) {
    $("#list").innerHTML = `<li class="empty">No events match these filters.</li>`;
    return;
  }
  $("#list").innerHTML = state.events.map((ev) => {
    const loc = placeName(ev.location, "name", "country") || "place unknown";
    return `<li data-id="${esc(ev.id)}" tabindex="0" class="${ev.historical ? "historical" : ""}">
      <span class="badge" style="background:${colorFor(ev.event_type)}">${esc(ev.sub_event_type)}</span>
      <strong>${esc(loc)}</strong>
      <div class="meta">${esc(ev.date || "undated")} · ${esc(actorNames(ev.actors, "actor1") || "actor unknown")}
        · fatalities ${esc(range(ev.fatalities))} · ${ev.reports} report${ev.reports === 1 ? "" : "s"}
        (${esc(joinUnique(ev.sources))})${ev.historical ? " · history" : ""}</div>
      ${ev.excerpt ? `<div class="excerpt">${esc(ev.excerpt)}</div>` : ""}</li>`;
  }).join("");
  $("#list").querySelectorAll("li").forEach((li) => {
    li.addEventListener("click", () => select(li.dataset.id));
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") select(li.dataset.id); });
  });
}

function drawHistoryLine(count, included) {
  const line = $("#history-line");
  const box = $("#show-history");
  const n = Number(count) || 0;
  const noun = `historical event${n === 1 ? "" : "s"}`;
  // nothing hidden and nothing to list: no line (a disabled "show 0 historical events"
  // box, and "these filters" said with no filter set, only puzzled)
  line.hidden = n === 0 && !included;
  box.disabled = n === 0 && !included;
  $("#history-label").textContent = `show ${n} ${noun}`;
  // none to list though asked for: say so, not "0 historical events listed"
  $("#history-note").textContent = !n ? "No historical events match these filters."
    : included ? `${n} ${noun} listed, marked “history”.`
      : `${n} ${noun} hidden (events the reports recall as background).`;
}

// An actor no stored event names: say so (names match whole: "Islamic" is no actor),
// and offer the actors whose names hold it, each a button that filters by it.
// A generic actor1 of the ACLED columns ("Unidentified Armed Group (Iraq)"): the CSV
// writes it for an event whose reports name no one; no stored event holds it.
function explainGenericActor(typed) {
  $("#list").innerHTML = `<li class="empty">“${esc(typed.trim())}” is a generic name the ACLED
    columns (CSV, GeoJSON, Parquet) give as actor1 to an event whose reports name no one behind
    it (its tags hold actor1_unnamed), not an actor of the reports. To see such events, clear
    the Actor box and filter by Country and Type.</li>`;
}

function explainActor(typed, suggestions) {
  const what = `No actor is named “${esc(typed.trim())}”: the Actor filter takes a whole name or alias, any case.`;
  const offers = suggestions.map((s) =>
    `<button type="button" class="actor-suggestion" data-actor="${esc(s.name)}">${esc(s.name)}</button> (${s.events} event${s.events === 1 ? "" : "s"})`);
  const more = offers.length ? ` Actors whose names hold it: ${offers.join(", ")}.` : "";
  $("#list").innerHTML = `<li class="empty">${what}${more}</li>`;
  for (const button of document.querySelectorAll(".actor-suggestion")) {
    button.addEventListener("click", () => {
      $("#filters").elements.actor.value = button.dataset.actor;
      load();
    });
  }
}

// No events and no filter: say why (an empty database, reports that tell no event,
// inputs that failed) rather than "no events match these filters".
async function explainEmpty(seq) {
  let counts;
  try {
    ({ counts } = await api("/api/stats"));
  } catch {
    return;
  }
  if (seq !== state.seq || state.events.length) return;
  const docs = counts.documents;
  const parts = [docs
    ? `The ${docs} report${docs === 1 ? "" : "s"} stored here tell${docs === 1 ? "s" : ""} no event.`
    : "No reports in this database yet: add some with warlog ingest PATH --db FILE, then reload."];
  if (counts.failures) {
    parts.push(`${counts.failures} input${counts.failures === 1 ? "" : "s"} could not be read: ` +
      "warlog failures --db FILE lists them with the reason.");
  }
  $("#history-line").hidden = true; // no filters, no history: nothing to show or hide
  $("#list").innerHTML = `<li class="empty">${esc(parts.join(" "))}</li>`;
}
