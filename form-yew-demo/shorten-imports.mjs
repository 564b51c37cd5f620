// Short import names for the embed's wasm and its glue. wasm-bindgen names every function
// the wasm imports from its glue `__wbg_<name>_<16 hex digits>`: 149 names, each written
// twice (in the wasm's import section and as a key in the glue), and hexadecimal compresses
// badly. This gives each such import a short name in both files; everything else stays as
// it is, but for the closure shims the wasm exports, whose long names (Rust types with crate
// hashes) get short ones the same way. Any surprise in either file (a name not found exactly once, an unknown import kind)
// stops the build instead of shipping a module that cannot link.

const leb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    if (b === undefined) throw new Error("shorten-imports: truncated wasm");
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
};

const writeLeb = (value) => {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
};

const str = (bytes, at) => {
  const [len, start] = leb(bytes, at);
  return [bytes.subarray(start, start + len).toString("utf8"), start + len];
};
const writeStr = (s) => {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([writeLeb(b.length), b]);
};

/** Skips an import's description (after its kind byte). */
const skipDesc = (bytes, kind, at) => {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`shorten-imports: unknown import kind ${kind}`);
  }
};

/** Short names: a, b, ..., z, A, ..., Z, then two letters. Never a JavaScript keyword (the
 *  glue writes them as object keys, where keywords would work anyway). */
const shortName = (i) => {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * @param {Buffer} wasm the module as wasm-bindgen and wasm-opt wrote it
 * @param {string} glue its glue module
 * @param {string} module the import module the glue provides (`./<out-name>_bg.js`)
 * @returns {{ wasm: Buffer, glue: string, renamed: number }}
 */
export function shortenImports(wasm, glue, module) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("shorten-imports: not a wasm module");
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  let renamed = 0;
  let shims = 0;
  let out = glue;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    const end = body + size;
    if (end > wasm.length) throw new Error("shorten-imports: truncated wasm");
    if (id === 7) {
      // Exports: only wasm-bindgen's closure shims, whose names spell out their Rust types
      // with crate hashes; the glue names each in a wrapper of the same name and calls
      // `wasm.<name>`.
      const [count, first] = leb(wasm, body);
      const entries = [writeLeb(count)];
      let p = first;
      for (let i = 0; i < count; i++) {
        const [name, afterName] = str(wasm, p);
        const descEnd = leb(wasm, afterName + 1)[1];
        let newName = name;
        if (/^wasm_bindgen_[0-9a-f]+___convert__closures_/.test(name)) {
          newName = `__wbg_c${shims++}`;
          const token = new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, "g");
          if (!out.includes(`wasm.${name}(`)) {
            throw new Error(`shorten-imports: the glue does not call the export ${name}`);
          }
          if (out.includes(newName)) throw new Error(`shorten-imports: the glue already has ${newName}`);
          out = out.replace(token, newName);
        }
        entries.push(writeStr(newName), wasm.subarray(afterName, descEnd));
        p = descEnd;
      }
      if (p !== end) throw new Error("shorten-imports: the export section did not end where it says");
      const section = Buffer.concat(entries);
      parts.push(Buffer.from([7]), writeLeb(section.length), section);
      at = end;
      continue;
    }
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = leb(wasm, body);
    const entries = [writeLeb(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [mod, afterMod] = str(wasm, p);
      const [name, afterName] = str(wasm, afterMod);
      const kind = wasm[afterName];
      const descEnd = skipDesc(wasm, kind, afterName + 1);
      let newName = name;
      if (mod === module && kind === 0) {
        newName = shortName(renamed++);
        // The glue's key for this import: `name: function(` once, nowhere else.
        const key = new RegExp(`(?<![\\w$])${escape(name)}(?=: function\\()`, "g");
        const found = out.match(key)?.length ?? 0;
        const anywhere = out.split(name).length - 1;
        if (found !== 1 || anywhere !== 1) {
          throw new Error(`shorten-imports: ${name} is in the glue ${anywhere} times, as a key ${found} times`);
        }
        out = out.replace(key, newName);
      }
      entries.push(writeStr(mod), writeStr(newName), wasm.subarray(afterName, descEnd));
      p = descEnd;
    }
    if (p !== end) throw new Error("shorten-imports: the import section did not end where it says");
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), writeLeb(section.length), section);
    at = end;
  }
  return { wasm: Buffer.concat(parts), glue: out, renamed, shims };
}
