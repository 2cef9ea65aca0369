// Starts the app: the shell's wasm-bindgen glue, from the same versioned folder as this file.
// A tool's chunk is fetched by ./__wasm_split.js the first time its route opens.
// If the glue or the wasm cannot be fetched or started (offline on a first visit, a blocked
// request, a cut-off download), the static shell in index.html says so (class boot-failed,
// see public/boot/head.js) instead of waiting for ever.
import('./main.js')
  .then((glue) => glue.default())
  .catch((error) => {
    document.documentElement.classList.add('boot-failed');
    console.error('Niezbędnik mentora: nie udało się uruchomić aplikacji.', error);
  });
