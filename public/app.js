// Starts the app: the shell's wasm-bindgen glue, from the same versioned folder as this file.
// A tool's chunk is fetched by ./__wasm_split.js the first time its route opens.
import init from './main.js';

init();
