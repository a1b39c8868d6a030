// warlog page: the timeline: events per month (or day) on a time axis; a bar, clicked,
// filters the dates.
"use strict";

function bucketOf(date, monthly) {
  return monthly ? date.slice(0, 7) : date.slice(0, 10);
}

function drawTimeline() {
  const dated = state.events.filter((e) => e.date && /^\d{4}-\d{2}/.test(e.date));
  const el = $("#timeline");
  if (!dated.length) { el.innerHTML = "<em>no dated events</em>"; return; }
  const dates = dated.map((e) => e.date).sort();
  const span = (Date.parse(dates[dates.length - 1].slice(0, 7) + "-01") -
                Date.parse(dates[0].slice(0, 7) + "-01")) / 864e5;
  const monthly = span > 90 || dates.some((d) => d.length < 10);
  const counts = new Map();
  for (const e of dated) {
    const key = bucketOf(e.date, monthly);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const keys = buckets([...counts.keys()].sort(), monthly);
  const max = Math.max(...counts.values());
  const w = 400 / keys.length;
  const bars = keys.map((k, i) => {
    const h = ((counts.get(k) || 0) / max) * 70;
    return `<rect x="${i * w + 1}" y="${75 - h}" width="${Math.max(1, w - 2)}" height="${h}"
      data-key="${esc(k)}"><title>${esc(k)}: ${counts.get(k) || 0} events</title></rect>`;
  }).join("");
  el.innerHTML = `<svg viewBox="0 0 400 90" preserveAspectRatio="none" role="img"
      aria-label="events per ${monthly ? "month" : "day"}">${bars}
      <text x="0" y="88">${esc(keys[0])}</text>
      <text x="400" y="88" text-anchor="end">${esc(keys[keys.length - 1])}</text></svg>`;
  el.querySelectorAll("rect").forEach((r) => r.addEventListener("click", () => {
    if (!counts.get(r.dataset.key)) return;
    const { key } = r.dataset;
    const form = $("#filters");
    form.since.value = key.length === 7 ? `${key}-01` : key;
    form.until.value = key.length === 7 ? lastDay(key) : key;
    load();
  }));
}

// Every month (or day) from the first key to the last, empty ones included, so that the
// bars stand on a time axis (2017-09 and 2022-04 are not neighbours).
function buckets(keys, monthly) {
  const first = keys[0];
  const last = keys[keys.length - 1];
  const out = [];
  if (monthly) {
    let [y, m] = first.split("-").map(Number);
    for (let key = first; key <= last && out.length < 1200; ) {
      out.push(key);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
      key = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
    }
  } else {
    const day = new Date(`${first}T00:00:00Z`);
    for (let key = first; key <= last && out.length < 1200; ) {
      out.push(key);
      day.setUTCDate(day.getUTCDate() + 1);
      key = day.toISOString().slice(0, 10);
    }
  }
  return out.length && out[out.length - 1] === last ? out : keys;
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
