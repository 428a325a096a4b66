import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";

const wortel = new URL("../../", import.meta.url).pathname;
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".json": "application/json", ".css": "text/css" };

/**
 * Een statische server op 127.0.0.1 die alleen bestanden onder `map` levert (standaard de
 * projectmap; bijv. een gebouwde kopie uit `pakketkopie.ts`).
 */
export async function startServer(map: string = wortel): Promise<{ url: string; stop: () => Promise<void> }> {
  const basis = map.endsWith("/") ? map : `${map}/`;
  const server: Server = createServer((req, res) => {
    const pad = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const bestand = join(basis, pad);
    if (!bestand.startsWith(basis) || !existsSync(bestand) || !statSync(bestand).isFile()) {
      res.writeHead(404).end("niet gevonden");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(bestand)] ?? "application/octet-stream" });
    createReadStream(bestand).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(() => r())) };
}

/** Start Debian's chromium headless via playwright-core (geen eigen browserdownload). */
export async function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
