/**
 * The module specifiers a TypeScript file imports: static imports and re-exports (type-only ones
 * included), side-effect imports and dynamic `import("…")` with a literal specifier. A small
 * scanner, not a parser: it skips comments, strings, template literals (with their `${…}`) and
 * regular expression literals, so that an import written inside any of them is not counted.
 */
export interface ImportRef {
  specifier: string;
  line: number;
  kind: "static" | "dynamic";
}

type Token = { type: "word" | "punct"; value: string; line: number } | { type: "string"; value: string; line: number };

/** Keywords after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  /** For each open `${` of a template: the brace depth at which it closes. */
  const templates: number[] = [];
  let depth = 0;
  const regexAllowed = (): boolean => {
    const last = tokens[tokens.length - 1];
    if (!last) return true;
    if (last.type === "string") return false;
    if (last.type === "word") return BEFORE_REGEX.has(last.value);
    return !/^[)\]}]$/.test(last.value);
  };
  /** Reads a template literal's text from i (just past a backtick or a closing `}`) up to its end or next `${`. */
  const templateText = (): string => {
    let text = "";
    while (i < source.length) {
      const c = source[i]!;
      if (c === "\\") {
        text += source.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === "`") {
        i++;
        return text;
      }
      if (c === "$" && source[i + 1] === "{") {
        i += 2;
        templates.push(depth);
        depth++;
        return text;
      }
      if (c === "\n") line++;
      text += c;
      i++;
    }
    return text;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === "\n") line++;
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = line;
      let value = "";
      i++;
      while (i < source.length && source[i] !== c && source[i] !== "\n") {
        if (source[i] === "\\") {
          value += source[i + 1] ?? "";
          i += 2;
        } else value += source[i++];
      }
      i++;
      tokens.push({ type: "string", value, line: start });
    } else if (c === "`") {
      const start = line;
      i++;
      const before = templates.length;
      const text = templateText();
      // A template without substitutions is a string like any other (import(`./x.ts`)).
      tokens.push(templates.length === before ? { type: "string", value: text, line: start } : { type: "punct", value: "`", line: start });
    } else if (c === "/" && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < source.length && source[i] !== "\n") {
        const r = source[i]!;
        if (r === "\\") i++;
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
        i++;
      }
      i++;
      while (i < source.length && /[a-z]/i.test(source[i]!)) i++;
      tokens.push({ type: "string", value: "", line });
    } else if (/[A-Za-z_$]/.test(c)) {
      let word = "";
      while (i < source.length && /[\w$]/.test(source[i]!)) word += source[i++];
      tokens.push({ type: "word", value: word, line });
    } else if (/[0-9]/.test(c)) {
      while (i < source.length && /[\w.]/.test(source[i]!)) i++;
      tokens.push({ type: "word", value: "0", line });
    } else {
      if (c === "{") depth++;
      if (c === "}") {
        depth--;
        if (templates.length > 0 && templates[templates.length - 1] === depth) {
          templates.pop();
          i++;
          templateText();
          tokens.push({ type: "punct", value: "`", line });
          continue;
        }
      }
      tokens.push({ type: "punct", value: c, line });
      i++;
    }
  }
  return tokens;
}

/** The imports of one TypeScript source. */
export function importsOf(source: string): ImportRef[] {
  const tokens = tokenize(source);
  const found: ImportRef[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.type !== "word" || (token.value !== "import" && token.value !== "export")) continue;
    const before = tokens[t - 1];
    if (before?.type === "punct" && before.value === ".") continue; // x.import
    const next = tokens[t + 1];
    if (!next) continue;
    if (token.value === "import" && next.type === "punct" && next.value === "(") {
      const arg = tokens[t + 2];
      if (arg?.type === "string") found.push({ specifier: arg.value, line: arg.line, kind: "dynamic" });
      continue;
    }
    if (token.value === "import" && next.type === "punct" && next.value === ".") continue; // import.meta
    if (token.value === "import" && next.type === "string") {
      found.push({ specifier: next.value, line: next.line, kind: "static" });
      continue;
    }
    // export only re-exports with `from`: export { … } from, export * from, export type { … } from.
    if (token.value === "export") {
      const head = next.type === "word" && next.value === "type" ? tokens[t + 2] : next;
      if (!(head?.type === "punct" && (head.value === "{" || head.value === "*"))) continue;
    }
    // import … from "x" / export … from "x": the first `from` followed by a string, before a `;`.
    for (let k = t + 1; k < tokens.length - 1; k++) {
      const w = tokens[k]!;
      if (w.type === "punct" && w.value === ";") break;
      if (w.type === "word" && w.value === "from" && tokens[k + 1]!.type === "string") {
        found.push({ specifier: tokens[k + 1]!.value, line: tokens[k + 1]!.line, kind: "static" });
        break;
      }
    }
  }
  return found;
}
