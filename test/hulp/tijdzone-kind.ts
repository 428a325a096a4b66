import { tijdzoneDigest } from "./tijdzone-uitkomsten.js";

// Ingang voor het kindproces van test/robuustheid-tijdzones.test.ts (los gebundeld met esbuild).
process.stdout.write(JSON.stringify(tijdzoneDigest()));
