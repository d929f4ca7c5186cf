// The import's progress page, refreshed in place (the page reloads itself without
// JavaScript): every few seconds fetch a fresh copy and take over its text, keeping the
// live region element so that screen readers announce the change, until the job is done.
(function () {
  "use strict";
  const job = document.querySelector("[data-import-job][data-import-running]");
  if (!job) return;
  const region = job.querySelector("[data-import-progress]");

  async function refresh() {
    let fresh;
    try {
      const response = await fetch(window.location.href, { credentials: "same-origin" });
      if (!response.ok) throw new Error(response.statusText);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      fresh = page.querySelector("[data-import-job]");
    } catch (error) {
      window.setTimeout(refresh, 10000); // The server is busy or away: ask again later.
      return;
    }
    if (!fresh) return;
    const freshRegion = fresh.querySelector("[data-import-progress]");
    if (freshRegion.innerHTML.trim() !== region.innerHTML.trim()) {
      region.innerHTML = freshRegion.innerHTML;
    }
    for (const child of Array.from(job.children)) {
      if (child !== region) child.remove();
    }
    for (const child of Array.from(fresh.children)) {
      if (!child.hasAttribute("data-import-progress")) job.append(child);
    }
    if (fresh.hasAttribute("data-import-running")) {
      window.setTimeout(refresh, 2000);
    }
  }

  window.setTimeout(refresh, 2000);
})();
