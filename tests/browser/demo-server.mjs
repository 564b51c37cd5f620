// Starts the real receiving service (form-server, SQLite) serving the CMS demo page, as
// `cargo xtask demo` does, on a free port; for the browser tests.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./server.mjs";

export const BIN = ["debug", "release"].map((p) => join(ROOT, "target", p, "form-server")).find(existsSync);

export async function startServer({ today = "2021-03-15", db, site = join(ROOT, "examples/cms-page"), bin = BIN, rateLimit = "0" } = {}) {
  if (!bin) throw new Error("build form-server first (cargo build -p form-server)");
  // A database of its own in a fresh folder, removed again by stop().
  const own = db ? null : mkdtempSync(join(tmpdir(), "form-demo-"));
  db ??= join(own, "db.sqlite3");
  const remove = () => own && rmSync(own, { recursive: true, force: true });
  for (let attempt = 0; ; attempt++) {
    const port = 18000 + Math.floor(Math.random() * 20000);
    const child = spawn(bin, ["--db", db, "--forms", join(ROOT, "examples"), "serve", "--listen", `127.0.0.1:${port}`,
      "--locales", join(ROOT, "locales"), "--dist", join(ROOT, "dist"), "--site", site, "--rate-limit", rateLimit,
      "--today", today], { stdio: "ignore" });
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && child.exitCode === null; i++) {
      try {
        if ((await fetch(origin + "/api/health")).ok) return { child, origin, db, stop: () => (child.kill(), remove()), exported: (form) => exported(bin, db, form) };
      } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill();
    if (attempt >= 3) {
      remove();
      throw new Error("form-server did not start");
    }
  }
}

/** The stored submissions of `form`, as the case workers' export gives them (JSON lines). */
function exported(bin, db, form) {
  return new Promise((resolve) => {
    const p = spawn(bin, ["--db", db, "--forms", join(ROOT, "examples"), "export", "--form", form, "--format", "jsonl"]);
    let s = "";
    p.stdout.on("data", (d) => (s += d));
    p.on("close", () => resolve(s.split("\n").filter(Boolean).map((l) => JSON.parse(l))));
  });
}
