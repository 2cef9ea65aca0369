// Starts the app: the shell's wasm-bindgen glue, from the same versioned folder as this file.
// A tool's chunk is fetched by ./__wasm_split.js the first time its route opens.
// The app starts once the static shell in index.html has been painted (the next frame after
// the first): on a slow connection that has long happened when the wasm arrives; on a fast one
// it costs a frame, and the page is drawn once as static HTML before the app replaces it
// (so the first paint, not the app's identical copy of it, is the largest contentful paint).
// If the glue or the wasm cannot be fetched or started (offline on a first visit, a blocked
// request, a cut-off download), the static shell says so (class boot-failed, see
// public/boot/head.js) instead of waiting for ever.
// A browser the head script found unable to run the wasm (class boot-unsupported) is told
// which to use instead, and spared the download.
const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
if (!document.documentElement.classList.contains('boot-unsupported')) {
  import('./main.js')
    .then(async (glue) => {
      await painted;
      return glue.default();
    })
    .catch((error) => {
      document.documentElement.classList.add('boot-failed');
      console.error('Niezbędnik mentora: nie udało się uruchomić aplikacji.', error);
    });
}
