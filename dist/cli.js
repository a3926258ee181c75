#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(950);
const ed2 = __nccwpck_require__(488);
const NSed3 = __nccwpck_require__(699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* reexport safe */ tinyglobby__WEBPACK_IMPORTED_MODULE_1__.glob),
/* harmony export */   c: () => (/* reexport safe */ _core_junit_reports_js__WEBPACK_IMPORTED_MODULE_2__.readJunitReports)
/* harmony export */ });
/* harmony import */ var _cli_node_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(793);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(393);
/* harmony import */ var _core_junit_reports_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(920);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(593);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(234);
/* harmony import */ var _core_interruption_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(80);

// One self-contained file: what the Action loads on demand (the JUnit reader, the glob library)
// is bundled in, since importing it statically here leaves nothing for the bundler to split
// into a chunk. Re-exported, so that no bundler drops them as unused.






// A cancelled job's CI signals the command: a callback cut short may have arrived (exit 3), or
// never reached VibeIQ, when no attempt got a connection (exit 1).
(0,_core_interruption_js__WEBPACK_IMPORTED_MODULE_6__/* .handleInterruptions */ .vH)((signal, sending) => {
    const message = sending && (0,_core_interruption_js__WEBPACK_IMPORTED_MODULE_6__/* .interruptedWhileSending */ .Ud)(signal, sending);
    if (message)
        process.stderr.write(`${message}\n`);
    const code = !sending
        ? 128 + (signal === 'SIGINT' ? 2 : 15)
        : sending.mayHaveArrived === false
            ? _cli_main_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .yU.NotDelivered
            : _cli_main_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .yU.Uncertain;
    // --json promises one result on stdout, a command cut short included (written synchronously).
    if ((0,_cli_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandLine */ .Du)(process.argv.slice(2)).json) {
        const outcome = sending && (sending.mayHaveArrived === false ? 'refused' : 'uncertain');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.writeSync)(1, `${JSON.stringify((0,_cli_main_js__WEBPACK_IMPORTED_MODULE_5__/* .interruptedResult */ .M$)(signal, sending, outcome, code, message))}\n`);
    }
    return code;
});
const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_5__/* .main */ .iW)(process.argv.slice(2), { env: process.env });
// The command is done: nothing left open (a socket a proxy never answered, a glob still walking)
// may keep it running. Exits once stdout and stderr have been written out.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Mz: () => (/* binding */ isCommandLineInput),
/* harmony export */   S_: () => (/* binding */ variableFor),
/* harmony export */   ai: () => (/* binding */ ExtraFlags),
/* harmony export */   u_: () => (/* binding */ USAGE),
/* harmony export */   uo: () => (/* binding */ isCredential)
/* harmony export */ });
/* unused harmony export COMMANDS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(214);
/* harmony import */ var _core_status_words_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(865);
/**
 * The command line: `complete` or `subtext`, and one flag per Action input, each also read from
 * a VIBEIQ_<NAME> environment variable. Parsed with Node's own util.parseArgs.
 */



const COMMANDS = ['complete', 'subtext'];
/** The Action inputs the command line takes, as flags of the same names. */
const FLAG_INPUTS = [
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.TaskId,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Status,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Logs,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.LogsFile,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Output,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Subtext,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.JunitFiles,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.FailOnTestFailures,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ApiUrl,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Token,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ApiKey,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Org,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Retries,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RetryFor,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Timeout,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MaxLogBytes,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.IncludeRunInfo,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.DryRun,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.FailOnError
];
/**
 * The command line's own flags, which the Action has no input for: `--exit-code N` (the job's
 * exit status: 0 SUCCESS, anything else FAILURE) and `--final` (this is the final callback of the
 * whole pipeline, so a SUCCESS may go out although this job is one of several parallel ones).
 */
const ExtraFlags = { ExitCode: 'exit-code', Final: 'final' };
const EXTRA_VALUE_FLAGS = [ExtraFlags.ExitCode];
/** Given more than once, each is one more line, as the Action input takes one per line. */
const REPEATABLE = [_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.LogsFile, _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.JunitFiles];
/** `--dry-run` alone means true; `--dry-run false` is read too. */
const BOOLEANS = [
    ExtraFlags.Final,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.FailOnTestFailures,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.IncludeRunInfo,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.DryRun,
    _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.FailOnError
];
/** Their variables are the ones the Action falls back to too (the core reads them). */
const CREDENTIALS = {
    [_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Token]: _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialEnv */ .Vz.Token,
    [_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ApiKey]: _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialEnv */ .Vz.ApiKey,
    [_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Org]: _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialEnv */ .Vz.Org
};
function parseCommandLine(argv) {
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: withBooleanValues(argv),
        options: {
            ...Object.fromEntries([...FLAG_INPUTS, ...EXTRA_VALUE_FLAGS, ExtraFlags.Final].map(name => [
                name,
                { type: 'string', multiple: REPEATABLE.includes(name) }
            ])),
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean' }
        },
        allowPositionals: true,
        strict: false,
        tokens: true
    });
    const problems = [];
    const known = new Set([
        ...FLAG_INPUTS,
        ...EXTRA_VALUE_FLAGS,
        ExtraFlags.Final,
        'json',
        'help',
        'version'
    ]);
    const seen = new Set();
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const flag = token.rawName;
        if (!known.has(token.name)) {
            problems.push(`Unknown option '${flag}': see ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .px} --help.`);
        }
        else if (takesValue(token.name)) {
            // A value is never quoted: it may be a secret given to a mistyped flag. A value may start
            // with a dash (`--logs "$(tail build.log)"` whose first line is -----), but one of this
            // program's own flags in its place means that the value is missing.
            if (token.value === undefined || (token.inlineValue === false && isOwnFlag(token.value, known))) {
                problems.push(`${flag} needs a value: give it as ${flag} VALUE or ${flag}=VALUE.`);
            }
            if (seen.has(token.name) && !REPEATABLE.includes(token.name)) {
                problems.push(`${flag} is given more than once: give it once.`);
            }
            seen.add(token.name);
        }
    }
    const flags = new Map();
    for (const name of [...FLAG_INPUTS, ...EXTRA_VALUE_FLAGS, ExtraFlags.Final]) {
        const value = values[name];
        if (Array.isArray(value))
            flags.set(name, value.join('\n'));
        else if (typeof value === 'string')
            flags.set(name, value);
    }
    const [word, ...extra] = positionals;
    const command = COMMANDS.find(c => c === word);
    const help = values['help'] === true;
    const version = values['version'] === true;
    if (!help && !version) {
        if (!word)
            problems.push(`No command: expected ${COMMANDS.join(' or ')} (see ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .px} --help).`);
        else if (!command)
            problems.push(`Unknown command '${word}': expected ${COMMANDS.join(' or ')}.`);
        if (extra.length > 0) {
            problems.push(`${extra.length} unexpected argument${extra.length === 1 ? '' : 's'} after the command (not shown, as a value may be a secret): every value goes after its flag.`);
        }
    }
    return { command, flags, json: values['json'] === true, help, version, problems };
}
function takesValue(name) {
    return isCommandLineInput(name) || EXTRA_VALUE_FLAGS.includes(name) || name === ExtraFlags.Final;
}
/** `--status`, `--status=x`, `-h`: a flag of this program, not a value. */
function isOwnFlag(value, known) {
    if (value === '-h')
        return true;
    const match = /^--([a-z][a-z-]*)(=|$)/.exec(value);
    return match !== null && known.has(match[1] ?? '');
}
function withBooleanValues(argv) {
    const args = [];
    argv.forEach((arg, i) => {
        args.push(arg);
        const next = argv[i + 1] ?? '';
        if (BOOLEANS.some(name => arg === `--${name}`) && !/^(true|false)$/i.test(next))
            args.push('true');
    });
    return args;
}
/** VIBEIQ_TASK_ID for task-id; the credentials keep VIBEIQ_TOKEN, VIBEIQ_API_KEY and VIBEIQ_ORG_SLUG. */
function variableFor(name) {
    return CREDENTIALS[name] ?? `VIBEIQ_${name.toUpperCase().replaceAll('-', '_')}`;
}
/** The Action inputs the command line takes: no other is read, from a flag or a VIBEIQ_* variable. */
function isCommandLineInput(name) {
    return FLAG_INPUTS.includes(name);
}
function isCredential(name) {
    return name in CREDENTIALS;
}
/** The accepted words, wrapped to the flag column. */
const STATUS_WORDS_HELP = wrap((0,_core_status_words_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedWords */ .Vk)(), 62).join(`\n${' '.repeat(29)}`);
function wrap(text, width) {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
            lines.push(current);
            current = word;
        }
        else
            current = current ? `${current} ${word}` : word;
    }
    return current ? [...lines, current] : lines;
}
const USAGE = `Usage: ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_NAME */ .px} <command> [flags]

Completes a VibeIQ workflow's async task from any CI: the job's real outcome, its logs, test
counts and output, with retries, a log budget and secret scrubbing.

Commands:
  complete   send the callback: SUCCESS or FAILURE, logs, output and subtext
  subtext    update the task's subtext (--subtext TEXT) while the job runs

Flags (each also read from VIBEIQ_<NAME>, such as VIBEIQ_TASK_ID; a flag wins):
  --task-id ID               the VibeIQ task to complete
  --status WORD              auto (default): the job's status from the CI's own variable (GitLab,
                             Azure, Bitbucket, Buildkite, Semaphore, CodeBuild, Travis, Drone,
                             Woodpecker, Bitrise); or a CI's own word for the job's end:
                             ${STATUS_WORDS_HELP};
                             or an exit status (0 SUCCESS, anything else FAILURE)
  --exit-code N              the job's exit status: 0 sends SUCCESS, anything else FAILURE
  --final                    this is the final callback of the whole pipeline: send SUCCESS
                             even from one of several parallel jobs (shards, matrix legs)
  --logs TEXT                lines for the task's logs
  --logs-file PATTERN        a log file or glob pattern (repeatable)
  --output JSON              a JSON object merged into the task's output
  --subtext TEXT             the task's one-line subtext
  --junit-files PATTERN      a JUnit XML report or glob pattern (repeatable)
  --fail-on-test-failures    a failed or errored test sends FAILURE
  --api-url URL              default ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Defaults */ .Hw.ApiUrl}
  --token TOKEN              bearer token; prefer ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialEnv */ .Vz.Token}
  --api-key KEY, --org SLUG  API key and org; prefer ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialEnv */ .Vz.ApiKey} and ${_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialEnv */ .Vz.Org}
  --retries N, --retry-for SECONDS, --timeout SECONDS, --max-log-bytes BYTES
  --include-run-info false   leave ciRun (the CI run's URL, ids, commit) out of the output
  --dry-run                  validate and print the request without sending it
  --fail-on-error false      exit 0 even when the callback is not delivered
  --json                     print the result as one JSON object on stdout
  --help, --version

Exit codes: 0 delivered (or a dry run), 1 not delivered, 2 usage or input error (and a
SUCCESS refused from one of several parallel jobs without --final: nothing is sent),
3 uncertain: VibeIQ may have processed the callback, the task may already be complete.
`;


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yU: () => (/* binding */ ExitCode),
  M$: () => (/* binding */ interruptedResult),
  iW: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __nccwpck_require__(214);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./src/core/outcome.ts
/** Which status the callback reports. Pure: the whole policy fits on one screen. */
const JOB_STATUSES = ['success', 'failure', 'cancelled'];
const NEED_RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
/** A job or needed job that ended like this fails the task. */
function isFailing(result) {
    return result === 'failure' || result === 'cancelled';
}
function decideOutcome(choice, jobStatus, needs, 
/** Where the job's status came from, in words, when not from `${{ job.status }}` (a CI's variable). */
jobStatusReason) {
    if (choice !== 'auto')
        return { status: choice, reason: `status input is ${choice}` };
    const jobSays = jobStatusReason ?? `the job's status is ${jobStatus ?? 'success'}`;
    if (jobStatus && isFailing(jobStatus))
        return { status: 'FAILURE', reason: jobSays };
    const failedNeeds = needs.filter(n => isFailing(n.result));
    if (failedNeeds.length > 0) {
        const list = failedNeeds.map(n => `'${n.job}' ${n.result}`).join(', ');
        return { status: 'FAILURE', reason: `needed job ${list}` };
    }
    return {
        status: 'SUCCESS',
        reason: needs.length > 0 ? `${jobSays} and no needed job failed` : jobSays
    };
}
/**
 * `fail-on-test-failures`: failing tests turn a SUCCESS into FAILURE, even when the job went on;
 * so does having no report to read (`undefined`), since nothing then shows that the tests passed,
 * and so does a matched report that could not be read, or not to its end: what it held is unknown.
 */
function withTestFailures(outcome, failingTests, enabled, leftOut = { count: 0, named: '' }) {
    if (!enabled || outcome.status === 'FAILURE')
        return outcome;
    const flag = 'fail-on-test-failures is true';
    if (failingTests === undefined) {
        const named = leftOut.count > 0 ? ` (${leftOut.named})` : '';
        return { status: 'FAILURE', reason: `no test report could be read${named} and ${flag}` };
    }
    const reasons = [];
    if (failingTests > 0)
        reasons.push(`${failingTests} test${failingTests === 1 ? '' : 's'} failed or errored`);
    if (leftOut.count > 0) {
        const were = leftOut.count === 1 ? 'report was' : 'reports were';
        reasons.push(`${leftOut.count} test ${were} not read in full (${leftOut.named})`);
    }
    if (reasons.length === 0)
        return outcome;
    const why = reasons.length === 1 ? `${reasons[0]} and` : `${reasons.join(', ')}, and`;
    return { status: 'FAILURE', reason: `${why} ${flag}` };
}

// EXTERNAL MODULE: ./src/core/interruption.ts
var interruption = __nccwpck_require__(80);
;// CONCATENATED MODULE: ./src/core/exact-json.ts
/**
 * JSON read as written: numbers JavaScript cannot hold are kept as their text, and syntax
 * errors are described without quoting the text, which may hold a secret.
 */

const exactJson = JSON;
/**
 * JSON.parse, except that a number whose value JavaScript cannot hold as written (more digits
 * than a double keeps, such as 12345678901234567891; beyond its range, such as 1e400; or only
 * written differently, as 1.0) is kept as the text it was (a JSON.rawJSON), so that
 * JSON.stringify sends it exactly as given. Parsed plainly first, so that a syntax error is
 * JSON.parse's own.
 */
function parseJsonExactly(text) {
    const plain = JSON.parse(text);
    const { rawJSON } = exactJson;
    if (!rawJSON || !/\d/.test(text))
        return plain;
    const reviver = (_key, value, context) => typeof value === 'number' && context?.source !== undefined && context.source !== JSON.stringify(value)
        ? rawJSON(context.source)
        : value;
    try {
        return JSON.parse(text, reviver);
    }
    catch {
        // A reviver recurses: nesting deeper than the stack allows is refused by depth later.
        return plain;
    }
}
/** A number kept as written (see parseJsonExactly): its text. */
function rawJsonText(value) {
    if (!exactJson.isRawJSON?.(value))
        return undefined;
    return value.rawJSON;
}
/**
 * What is wrong with the JSON and where, in words that never quote it: V8's own message names
 * the problem and a position, or quotes a window of the text ("Unexpected token 'g', \"ghp_...\"").
 */
function jsonSyntaxProblem(error, text) {
    const message = (0,errors/* errorText */.k)(error);
    if (/^Unexpected end of JSON input/.test(message))
        return 'it ends before the JSON does';
    const at = / (in|after) JSON at position (\d+)/.exec(message);
    const what = at ? message.slice(0, at.index) + (at[1] === 'after' ? ' after the JSON' : '') : '';
    const position = at ? Number(at[2]) : firstUnexpected(text);
    const where = position === undefined ? '' : ` at ${lineAndColumn(text, position)}`;
    // V8's words for the problem, where they hold no text from the input.
    const problem = what && !/["'`]|\btoken\b/i.test(what)
        ? what.charAt(0).toLowerCase() + what.slice(1)
        : 'unexpected character';
    return `${problem}${where}`;
}
/** Where JSON.parse met a character that cannot start a value, which V8 does not say: the first one outside a string. */
function firstUnexpected(text) {
    const start = text.search(/\S/);
    if (start < 0)
        return undefined;
    // A value starts with one of these; anything else at the start is the unexpected token.
    if (!/[[{"\-0-9tfn]/.test(text.charAt(start)))
        return start;
    return undefined;
}
function lineAndColumn(text, position) {
    const before = text.slice(0, position).split(/\r\n|\r|\n/);
    return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

;// CONCATENATED MODULE: ./src/core/utf8.ts
const encoder = new TextEncoder();
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The longest prefix of `text` that fits in `maxBytes` of UTF-8. encodeInto writes whole
 * characters only, so a multi-byte character is never cut in two.
 */
function truncateUtf8(text, maxBytes) {
    if (maxBytes <= 0)
        return '';
    if (text.length * 3 <= maxBytes)
        return text;
    const { read } = encoder.encodeInto(text, new Uint8Array(maxBytes));
    return text.slice(0, read);
}
/** What JSON.stringify writes longer than UTF-8: control characters, `"`, `\`, lone surrogates. */
// eslint-disable-next-line no-control-regex
const ESCAPED_IN_JSON = /[\u0000-\u001f"\\\ud800-\udfff]/;
/**
 * Bytes of `text` as a JSON string, quotes included: what it costs in the body that is sent.
 * A control character costs 6 bytes there (`\u001b`), `"` and `\` cost 2.
 */
function jsonLength(text) {
    return ESCAPED_IN_JSON.test(text) ? utf8Length(JSON.stringify(text)) : utf8Length(text) + 2;
}
/** The longest prefix of `text` whose JSON string (quotes included) fits in `maxBytes`; no character is cut. */
function truncateJson(text, maxBytes) {
    const prefix = truncateUtf8(text, maxBytes - 2);
    if (jsonLength(prefix) <= maxBytes)
        return prefix;
    // Escapes make some characters longer: add up what each costs in JSON.
    let bytes = 2;
    for (let i = 0; i < prefix.length; i++) {
        const pair = isSurrogatePair(prefix, i);
        const cost = pair ? 4 : jsonCharBytes(prefix.charCodeAt(i));
        if (bytes + cost > maxBytes)
            return prefix.slice(0, i);
        bytes += cost;
        if (pair)
            i++;
    }
    return prefix;
}
/** Short escapes: \b \t \n \f \r. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);
function jsonCharBytes(code) {
    if (code < 0x20)
        return SHORT_ESCAPES.has(code) ? 2 : 6;
    if (code === 0x22 || code === 0x5c)
        return 2;
    if (code < 0x80)
        return 1;
    if (code < 0x800)
        return 2;
    if (code >= 0xd800 && code <= 0xdfff)
        return 6; // alone: escaped as \udXXX
    return 3;
}
function isSurrogatePair(text, i) {
    const high = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
/** `text` without its last `count` characters, never leaving half a surrogate pair. */
function withoutLast(text, count) {
    if (count <= 0)
        return text;
    let end = Math.max(0, text.length - count);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end);
}

;// CONCATENATED MODULE: ./src/core/secrets.ts


const REDACTED = '***';
/**
 * Shorter values are not treated as secrets: no real credential is this short, and replacing
 * every occurrence of a two-letter value would shred the text it appears in.
 */
const MIN_SECRET_LENGTH = 6;
/**
 * Each text a secret is known by: the value, and each line of a multi-line value (a PEM key
 * printed into a log arrives line by line, and a log line's indentation is not the secret's),
 * trimmed; those shorter than MIN_SECRET_LENGTH are left out.
 */
function secretTexts(secrets) {
    const texts = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        for (const text of [secret, ...secret.split(/\r?\n|\r/).map(line => line.trim())]) {
            if (text.length >= MIN_SECRET_LENGTH)
                texts.add(text);
        }
    }
    return [...texts];
}
/**
 * Has the edge mask each secret in what it prints (the GitHub runner masks the URL-encoded,
 * JSON-escaped and base64 forms by itself). Called while the settings are read, before anything
 * that could contain them is printed.
 */
function registerSecrets(secrets, mask) {
    for (const secret of secretTexts(secrets))
        mask(secret);
}
/**
 * The base64 text that encodes `secret` wherever it starts in the encoded bytes: for each of
 * the three alignments (the secret's first byte at a 3-byte group's first, second or third
 * byte, as in `base64(user:password)`), the characters that only its bytes decide, in the
 * standard and the URL-safe alphabet. Characters shared with the bytes around it differ with
 * them and are left out, as the runner's masker leaves them (actions/runner ADR 0297), so at
 * most one character at each end, 6 bits of the secret at most, can stay in clear.
 */
function base64Forms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [];
    for (let before = 0; before < 3; before++) {
        const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64');
        // Character i carries bits 6i to 6i+5; the secret's bits are 8*before to 8*(before+length).
        const first = Math.ceil((8 * before) / 6);
        const end = Math.floor((8 * (before + bytes.length)) / 6);
        const form = encoded.slice(first, end);
        forms.push(form, form.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/**
 * The header value actions/checkout keeps in .git/config for a token (`AUTHORIZATION: basic
 * base64(x-access-token:<token>)`), whole, padding included, so that `git config --list`
 * leaves not one character of it.
 */
function basicAuthForm(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Replaces every secret with `***` in one pass: each of its texts (the whole and each line),
 * as it is, URL-encoded, JSON-escaped and in base64 (see base64Forms, basicAuthForm). What
 * leaves this process goes through it.
 */
function createRedactor(secrets) {
    const forms = new Set();
    for (const text of secretTexts(secrets)) {
        forms.add(text);
        forms.add(encodeURIComponent(text));
        forms.add(JSON.stringify(text).slice(1, -1));
        forms.add(basicAuthForm(text));
        for (const form of base64Forms(text))
            forms.add(form);
    }
    // A base64 form of a short secret can be shorter than the secret: never one that would shred text.
    const kept = [...forms].filter(form => form.length >= MIN_SECRET_LENGTH);
    // Longest first: where two forms start at the same place, the whole of the longer one goes.
    const sorted = kept.sort((a, b) => b.length - a.length);
    if (sorted.length === 0)
        return Object.assign((text) => text, { longest: 0 });
    const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    return Object.assign((text) => text.replace(pattern, REDACTED), {
        longest: sorted[0]?.length ?? 0
    });
}
/**
 * How many bytes to read beyond a limit, so that a secret that starts before the limit is
 * still whole when redacted (a character is 3 bytes at most for each of its UTF-16 units).
 */
function readBeyondBytes(redact) {
    return 3 * redact.longest;
}
/**
 * Redacts, then cuts to `maxBytes` of UTF-8: redacted first, so that a secret across the cut
 * goes whole. `text` may have been read only up to `maxBytes + readBeyondBytes(redact)`, so
 * whenever it is cut, what a secret cut at its end could have left (one character fewer than
 * the longest form) is dropped from the end before the cut.
 */
function redactThenCut(text, redact, maxBytes) {
    const redacted = redact(text);
    if (utf8Length(text) <= maxBytes)
        return redacted;
    return truncateUtf8(withoutLast(redacted, redact.longest - 1), maxBytes);
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
/**
 * The rule for a variable that holds a credential, by its name (any case; words split at `_`,
 * `-` and `.`), after a version suffix (`_V2`, `_2`) is set aside: the name ends in TOKEN,
 * SECRET, PASSWORD, PASSWD, PASSPHRASE, CREDENTIAL(S) or APIKEY, even inside its last word
 * (SYSTEM_ACCESSTOKEN, DATADOG_APIKEY); or in API, PRIVATE, ACCESS, SECRET, SIGNING or SSH followed
 * by KEY (AWS_SECRET_ACCESS_KEY); or its last word is JWT, PAT, PSW (Jenkins' `credentials()`
 * password) or CREDS. So GITHUB_TOKEN, CI_JOB_JWT_V2, CIRCLE_OIDC_TOKEN_V2, GITHUB_PAT,
 * GPG_PASSPHRASE and a variable named just TOKEN are credentials; TOKEN_URL, PASSWORD_FILE,
 * KEYBOARD_LAYOUT, PATH and TOKENIZERS_PARALLELISM are not.
 */
const CREDENTIAL_NAME = /(?:(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|APIKEY)|(?:^|[_.-])(?:(?:API|PRIVATE|ACCESS|SECRET|SIGNING|SSH)[_.-]?KEY|JWT|PAT|PSW|CREDS))(?:[_.-]V?\d+)?$/i;
function isCredentialName(name) {
    return CREDENTIAL_NAME.test(name);
}
/** A URL's query parameter that carries a credential (a signed URL's `sig`, an `access_token`). */
const CREDENTIAL_PARAMETER = /^(?:sig|signature|token|access_token|code|key|secret|password)$/i;
/**
 * The credentials the step's environment holds besides the action's own inputs: each variable
 * whose name marks a credential (the runner's `ACTIONS_RUNTIME_TOKEN` and
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, every `INPUT_*` token, a `GITHUB_TOKEN` the workflow
 * exported), and the password and credential-named query parameters of any URL in a
 * variable (a proxy's `user:password@`, a signed URL's `sig`). Any of them could end up in a
 * log file the job wrote, so none may be sent.
 */
function environmentSecrets(env) {
    const secrets = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        if (isCredentialName(name))
            secrets.push(value.trim());
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
            secrets.push(...urlSecrets(value));
    }
    return secrets.filter(secret => secret.length >= MIN_SECRET_LENGTH);
}
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return [];
    }
    const found = [...url.searchParams].filter(([name]) => CREDENTIAL_PARAMETER.test(name)).map(([, v]) => v);
    if (url.password)
        found.push(url.password, safeDecode(url.password));
    // `https://<token>@host/...`: a user with no password over HTTP is how a token is given to
    // git and others (GitHub documents it for personal access tokens). A real user name so
    // redacted costs a `***` in a log; a token sent in clear costs the token.
    else if (url.username && /^https?:$/.test(url.protocol))
        found.push(url.username, safeDecode(url.username));
    return found;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * A URL as it may be printed: without user, password, query or fragment, which can carry
 * credentials. Text that is not a URL loses what looks like those parts.
 */
function urlForMessages(text) {
    try {
        const url = new URL(text);
        if (!url.username && !url.password && !url.search && !url.hash)
            return text;
        // Not url.origin: it is "null" for schemes the URL standard does not know (foo://).
        return `${url.protocol}${url.host ? `//${url.host}` : ''}${url.pathname}`;
    }
    catch {
        return text.replace(/(\/\/)[^/?#]*@/, '$1').replace(/[?#].*$/s, '');
    }
}
/** Applies a redactor to every string (keys included) of a JSON value; iterative, so any depth is safe. */
function redactJson(value, redact) {
    const root = {};
    const pending = [
        { from: value, into: root, key: 'value' }
    ];
    for (let item = pending.pop(); item; item = pending.pop()) {
        const { from, into, key } = item;
        let copy = from;
        if (typeof from === 'string') {
            copy = redact(from);
        }
        else if (typeof from === 'number' || rawJsonText(from) !== undefined) {
            // A number kept as written (see parseJsonExactly) stays as it is, unless it holds a secret.
            const text = rawJsonText(from) ?? JSON.stringify(from);
            copy = redact(text) === text ? from : REDACTED;
        }
        else if (Array.isArray(from)) {
            const array = new Array(from.length);
            for (let i = from.length - 1; i >= 0; i--)
                pending.push({ from: from[i], into: array, key: i });
            copy = array;
        }
        else if (from && typeof from === 'object') {
            const object = {};
            const entries = Object.entries(from);
            // Pushed last to first, so that keys are added in their order (and the last of two
            // keys that redact alike wins, as with Object.fromEntries).
            for (let i = entries.length - 1; i >= 0; i--) {
                const [name, element] = entries[i];
                pending.push({ from: element, into: object, key: redact(name) });
            }
            copy = object;
        }
        // defineProperty, not assignment: a "__proto__" key from JSON must stay a plain key.
        Object.defineProperty(into, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    return root.value;
}

;// CONCATENATED MODULE: ./src/core/payload.ts

/** Leaves out what is empty, and replaces the secrets in everything that is sent. */
function buildCallbackBody(content, redact) {
    const output = content.run ? { [content.run.key]: content.run.details, ...content.output } : content.output;
    const body = { taskId: content.taskId, status: content.status };
    if (content.logs.length > 0)
        body.logs = content.logs.map(redact);
    if (output && Object.keys(output).length > 0) {
        body.output = redactJson(output, redact);
    }
    if (content.subtext)
        body.subtext = redact(content.subtext);
    return body;
}

;// CONCATENATED MODULE: ./src/core/http-attempt.ts



/** No answer: the connection failed, or the attempt ran out of time. */
class NetworkError extends Error {
    code;
    maybeReceived;
    constructor(message, 
    /** `ECONNRESET`, `ENOTFOUND`, `TIMEOUT`, ... */
    code, 
    /** Whether the request may have reached the server before it failed. */
    maybeReceived) {
        super(message);
        this.code = code;
        this.maybeReceived = maybeReceived;
        this.name = 'NetworkError';
    }
}
/**
 * One HTTP request, bounded in time from the first byte sent to the last byte read: at the
 * deadline the request is aborted, with its socket and, through a proxy, its tunnel, so nothing
 * the server or the proxy trickles keeps the process alive. Once the status line has come, it
 * is the answer: a body cut short by the deadline or a closed connection is kept as far as it
 * came, since the server has decided by then. The edge's transport honours HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY, and returns redirects without following them, so credentials never
 * go anywhere but api-url.
 */
async function attempt(options, open) {
    const abort = new AbortController();
    let timer;
    const expired = new Promise(resolve => {
        timer = setTimeout(() => {
            resolve(EXPIRED);
            abort.abort();
        }, options.timeoutMs);
    });
    let message;
    const wire = new Wire();
    const opening = open({
        method: options.method,
        url: options.url,
        body: options.body,
        headers: { 'User-Agent': constants/* USER_AGENT */._O, ...options.headers },
        signal: abort.signal,
        idleTimeoutMs: options.timeoutMs,
        onSocket: socket => wire.follow(socket)
    });
    try {
        const response = await Promise.race([opening, expired]);
        if (response === EXPIRED) {
            const what = wire.state === 'connecting' ? 'no connection' : 'no answer';
            throw new NetworkError(`${what} within ${options.timeoutMs / 1000} s`, 'TIMEOUT', wire.mayHaveLeft(true));
        }
        message = response;
        const received = [];
        await Promise.race([readBody(message, options.maxBodyBytes, received), expired]);
        const body = truncateUtf8(Buffer.concat(received).toString('utf8'), options.maxBodyBytes);
        return { status: message.statusCode ?? 0, headers: message.headers, body };
    }
    catch (error) {
        throw asNetworkError(error, wire);
    }
    finally {
        wire.sent();
        clearTimeout(timer);
        message?.destroy();
        // Ends a request still waiting for an answer, so that nothing keeps the process alive.
        abort.abort();
        opening.catch(() => undefined);
    }
}
const EXPIRED = Symbol('the attempt ran out of time');
/** Collects into `received` (a few bytes past `maxBytes` at most) until the body ends or breaks off. */
function readBody(message, maxBytes, received) {
    return new Promise(resolve => {
        let kept = 0;
        message.on('data', (chunk) => {
            if (kept < maxBytes + 4) {
                received.push(chunk);
                kept += chunk.length;
            }
        });
        message.on('end', resolve);
        // A connection closed mid-body ends the reading too; the error says nothing more.
        message.on('error', () => resolve());
        message.on('close', resolve);
    });
}
/** Errors raised before any byte was written cannot have reached the server. */
const NOT_SENT_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'ERR_PROXY_TUNNEL'
]);
/** A certificate that is not trusted fails the TLS handshake, before the request is written. */
const TLS_REFUSAL = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|INVALID_CA|^ERR_TLS_|^ERR_SSL_/;
/** The proxy did not open the way to the server (the `tunnel` package's words, then Node's). */
const NO_TUNNEL = /^tunneling socket could not be established|^Failed to establish tunnel/;
function asNetworkError(error, wire) {
    if (error instanceof NetworkError)
        return error;
    const code = error?.code ?? 'UNKNOWN';
    const text = error instanceof Error ? error.message : String(error);
    if (/^Request timeout/.test(text)) {
        const idle = wire.state === 'connecting' ? 'the connection was never set up' : 'the connection went idle';
        return new NetworkError(idle, 'TIMEOUT', wire.mayHaveLeft(true));
    }
    const notSent = NOT_SENT_CODES.has(code) || TLS_REFUSAL.test(code) || NO_TUNNEL.test(text);
    return new NetworkError(text || code, code, wire.mayHaveLeft(!notSent));
}
/**
 * What happened on the wire: nothing of a request can reach the server before its connection
 * is up (TCP connected; through a proxy, the tunnel open; over https, the TLS handshake done),
 * since the transport holds the request until then. A connection that is up may have carried
 * it, whatever failed next.
 */
class Wire {
    /** `unknown`: the transport never showed its socket (a test's interceptor). */
    state = 'unknown';
    follow(socket) {
        if (this.state === 'up')
            return;
        if (!socket) {
            this.state = 'connecting';
            return;
        }
        this.followed = true;
        const secure = 'encrypted' in socket && socket.encrypted === true;
        // A TLS socket that is reused, or handed over already set up, has no event left to send.
        const ready = secure
            ? socket._secureEstablished === true
            : !socket.connecting && !socket.pending;
        if (ready) {
            this.up();
            return;
        }
        this.state = 'connecting';
        socket.once(secure ? 'secureConnect' : 'connect', () => this.up());
    }
    followed = false;
    up() {
        this.state = 'up';
        (0,interruption/* requestMayHaveLeft */.sx)();
    }
    /** An attempt whose transport never showed its socket may have reached the server. */
    sent() {
        if (!this.followed)
            (0,interruption/* requestMayHaveLeft */.sx)();
    }
    /** Whether the request may have reached the server; `byError` is the guess from the error alone. */
    mayHaveLeft(byError) {
        if (this.state === 'unknown')
            return byError;
        return this.state === 'up' && byError;
    }
}

;// CONCATENATED MODULE: ./src/core/retry-policy.ts
/** When to try again, how long to wait, and when to stop. Pure, so every rule is unit-tested. */
/**
 * Statuses that say "not now" rather than "no": 408, 429 and every 5xx, since a gateway or an
 * outage in front of VibeIQ answers with any of them (502, 503, 504, but also 520, 524...).
 */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/**
 * A 5xx does not say that nothing happened: a gateway answers 504 when it stops waiting, while
 * VibeIQ may go on and complete the task. 408 and 429 are refusals to start, so they are not.
 */
function mayHaveBeenProcessed(status) {
    return status >= 500 && status <= 599;
}
/** Network errors worth another attempt. Anything else (a bad certificate, say) will not heal. */
const RETRYABLE_NETWORK_CODES = [
    'TIMEOUT',
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    // Node's proxy agent could not open the tunnel (the proxy refused, or is down)
    'ERR_PROXY_TUNNEL',
    'UNKNOWN'
];
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
/**
 * Exponential backoff with full jitter: before retry n (1-based), wait a random time up to
 * 1 s, 2 s, 4 s, ... capped at 30 s, so that many jobs failing together do not retry in step.
 */
function backoffDelayMs(retry, random = Math.random) {
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
    return Math.floor(random() * ceiling);
}
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** The three HTTP-date forms of RFC 9110, section 5.6.7: IMF-fixdate, RFC 850 and asctime. */
const HTTP_DATES = [
    new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`),
    new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`),
    new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`)
];
/**
 * Retry-After as a non-negative number of seconds or an HTTP date in the future, capped like any
 * other wait; undefined otherwise (absent, negative, past, or text that only looks like a date:
 * `Date.parse` reads "soon 12" as a day in 2001), so that the backoff applies instead.
 */
function retryAfterMs(header, now) {
    const text = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!text)
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(text))
        ms = Number(text) * 1000;
    else if (HTTP_DATES.some(form => form.test(text))) {
        // asctime carries no zone; HTTP dates are always GMT
        ms = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`) - now;
        if (!(ms > 0))
            return undefined;
    }
    else
        return undefined;
    if (!Number.isFinite(ms))
        return undefined;
    return Math.min(MAX_DELAY_MS, Math.round(ms));
}
/**
 * The wait before retry `retry` (1-based), or undefined when the budget is spent. A wait never
 * ends after `retryForMs`: the last attempt starts at the latest then, so a delivery takes at
 * most `retryForMs + timeoutMs`.
 */
function nextDelayMs(retry, elapsedMs, budget, askedMs, random) {
    const remaining = budget.retryForMs - elapsedMs;
    if (retry > budget.retries || remaining <= 0)
        return undefined;
    return Math.min(askedMs ?? backoffDelayMs(retry, random), remaining);
}
/** The budget shrunk so that the whole delivery, every attempt included, ends within `totalMs`. */
function budgetWithin(budget, totalMs) {
    const timeoutMs = Math.min(budget.timeoutMs, totalMs);
    return { ...budget, timeoutMs, retryForMs: Math.max(0, Math.min(budget.retryForMs, totalMs - timeoutMs)) };
}
/** What a non-retryable status most likely means, for the error message. */
function likelyCause(status) {
    if (status === 401 || status === 403) {
        return 'the credentials were refused: check the token, or the API key and org slug (an API key belongs to one org)';
    }
    if (status === 404)
        return "not found: check the task id and the org (VibeIQ answers 404 for another org's task too)";
    if (status === 400 || status === 422)
        return 'VibeIQ rejected the request';
    if (status === 409)
        return 'the task is not awaiting a callback (already completed or failed?)';
    if (status === 413)
        return 'the request is too large: lower max-log-bytes or shrink output';
    if (status >= 300 && status < 400)
        return 'a redirect, which is not followed: check api-url';
    return 'VibeIQ refused the request';
}

;// CONCATENATED MODULE: ./src/core/vibeiq-client.ts
/** The one module that talks to VibeIQ: which endpoint, which headers, retries, and what came of it. */




class VibeIqClient {
    connection;
    redact;
    edge;
    sleep;
    random;
    now;
    constructor(connection, 
    /** Applied to everything that comes back from the server, which may echo a credential. */
    redact, 
    /** Where attempts are told about, and how a request is sent. */
    edge, hooks = {}) {
        this.connection = connection;
        this.redact = redact;
        this.edge = edge;
        this.sleep = hooks.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
        this.random = hooks.random ?? Math.random;
        this.now = hooks.now ?? Date.now;
    }
    /** The callback prefers the bearer token, as VibeIQ documents it. */
    callbackRequest(body) {
        const { token } = this.connection.credentials;
        const auth = token ? bearer(token) : apiKeyHeaders(this.connection.credentials);
        return this.request('POST', constants/* CallbackPath */.TN, auth, body, this.connection.retryForMs);
    }
    /** The subtext update prefers the API key headers, as VibeIQ documents it. */
    subtextRequest(taskId, subtext) {
        const { apiKey, org, token } = this.connection.credentials;
        const auth = apiKey && org ? apiKeyHeaders(this.connection.credentials) : bearer(token ?? '');
        const retryForMs = Math.min(this.connection.retryForMs, constants/* SUBTEXT_RETRY_FOR_MS */.OO);
        return this.request('PUT', (0,constants/* taskPath */.vI)(encodeURIComponent(taskId)), auth, { subtext }, retryForMs);
    }
    /**
     * Sends, retrying transient failures within `retries` and the request's time budget; never
     * throws: the outcome is in the Delivery.
     */
    async send(request, 
    /** Called once, before the first retry, with what went wrong. */
    onFirstRetry) {
        const started = this.now();
        const budget = {
            retries: this.connection.retries,
            retryForMs: request.retryForMs,
            timeoutMs: this.connection.timeoutMs
        };
        const payload = JSON.stringify(request.body);
        /** The first attempt that may have been processed without saying so. */
        let processed;
        for (let attempts = 1;; attempts++) {
            const tried = await this.attemptOnce(request, payload);
            const elapsedMs = this.now() - started;
            const ended = (outcome, error) => ({
                outcome,
                httpStatus: tried.answer?.status,
                attempts,
                response: tried.answer?.body ?? '',
                error,
                elapsedMs
            });
            if (tried.accepted)
                return ended('accepted');
            if (tried.mayHaveBeenProcessed)
                processed ??= `attempt ${attempts}: ${tried.problem}`;
            const delay = tried.retryable
                ? nextDelayMs(attempts, elapsedMs, budget, tried.retryAfterMs, this.random)
                : undefined;
            if (delay === undefined) {
                let error = tried.problem ?? '';
                if (tried.retryable) {
                    const limit = attempts > budget.retries
                        ? `retries: ${budget.retries}`
                        : `retry-for: ${budget.retryForMs / 1000} s`;
                    error =
                        `${request.method} ${request.url}: gave up after ${plural(attempts, 'attempt')} in ` +
                            `${seconds(elapsedMs)} s (${limit}); the last: ${tried.problem}.`;
                }
                if (!processed)
                    return ended('refused', error);
                return ended('uncertain', `${error} VibeIQ may have processed it all the same (${processed}).`);
            }
            const asked = delay === tried.retryAfterMs ? ' (as Retry-After asked)' : '';
            if (attempts === 1)
                onFirstRetry?.(tried.problem ?? 'no answer');
            this.edge.info(`Attempt ${attempts} failed: ${tried.problem}. Retrying in ${seconds(delay)} s${asked}.`);
            await this.sleep(delay);
        }
    }
    /** One attempt: accepted, or a problem worth another try, or a final refusal. */
    async attemptOnce(request, payload) {
        let answer;
        try {
            answer = await attempt({
                method: request.method,
                url: request.url,
                body: payload,
                headers: request.headers,
                timeoutMs: this.connection.timeoutMs,
                // Beyond the limit, so that a secret across it is redacted whole before the cut.
                maxBodyBytes: constants/* MAX_RESPONSE_OUTPUT_BYTES */.D6 + readBeyondBytes(this.redact)
            }, this.edge.openRequest);
        }
        catch (error) {
            const failure = error instanceof NetworkError ? error : new NetworkError(String(error), 'UNKNOWN', true);
            const code = failure.code === 'TIMEOUT' || failure.message.includes(failure.code) ? '' : ` (${failure.code})`;
            const problem = this.redact(`${failure.message}${code}`);
            const retryable = RETRYABLE_NETWORK_CODES.includes(failure.code);
            return {
                problem: retryable ? problem : `${request.method} ${request.url}: ${problem}; not retried.`,
                retryable,
                mayHaveBeenProcessed: failure.maybeReceived
            };
        }
        answer = { ...answer, body: redactThenCut(answer.body, this.redact, constants/* MAX_RESPONSE_OUTPUT_BYTES */.D6) };
        if (answer.status >= 200 && answer.status < 300)
            return { answer, accepted: true };
        if (!isRetryableStatus(answer.status)) {
            return { answer, problem: this.redact(refusal(request, answer, this.redact)), retryable: false };
        }
        const said = serverMessage(answer.body, this.redact);
        return {
            answer,
            problem: `HTTP ${answer.status}${said ? ` (${said})` : ''}`,
            retryable: true,
            mayHaveBeenProcessed: mayHaveBeenProcessed(answer.status),
            retryAfterMs: retryAfterMs(answer.headers['retry-after'], this.now())
        };
    }
    request(method, path, auth, body, retryForMs) {
        return {
            method,
            url: this.connection.apiUrl + path,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...auth },
            body,
            retryForMs
        };
    }
}
function bearer(token) {
    return { Authorization: `Bearer ${token}` };
}
function apiKeyHeaders({ apiKey, org }) {
    return { 'X-Api-Key': apiKey ?? '', 'X-Api-Org': org ?? '' };
}
const SECRET_HEADERS = new Set(['authorization', 'x-api-key']);
/** The request as it may be printed: secret header values replaced, never shown. */
function describeRequest(request) {
    const headers = Object.entries(request.headers).map(([name, value]) => {
        if (!SECRET_HEADERS.has(name.toLowerCase()))
            return `${name}: ${value}`;
        return name.toLowerCase() === 'authorization' ? `${name}: Bearer ${REDACTED}` : `${name}: ${REDACTED}`;
    });
    return [
        `${request.method} ${request.url}`,
        ...headers,
        '',
        ...JSON.stringify(request.body, null, 2).split('\n')
    ];
}
/** Where a person running the request by hand keeps each credential. */
const CREDENTIAL_FROM_ENV = {
    authorization: `Bearer $${constants/* CredentialEnv */.Vz.Token}`,
    'x-api-key': `$${constants/* CredentialEnv */.Vz.ApiKey}`,
    'x-api-org': `$${constants/* CredentialEnv */.Vz.Org}`
};
/**
 * The request as a curl command that sends the body saved in `bodyFile`, for a person to
 * complete the task by hand: credentials come from environment variables, never from here.
 */
function curlCommand(request, bodyFile) {
    const headers = Object.entries(request.headers).map(([name, value]) => {
        const fromEnv = CREDENTIAL_FROM_ENV[name.toLowerCase()];
        return `-H ${fromEnv ? `"${name}: ${fromEnv}"` : shellQuote(`${name}: ${value}`)}`;
    });
    return [
        `curl --fail-with-body -X ${request.method} ${shellQuote(request.url)}`,
        ...headers,
        `--data-binary @${shellQuote(bodyFile)}`
    ].join(' \\\n  ');
}
function shellQuote(text) {
    return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/**
 * The `message` (or `error`) of a JSON error body, else the body itself, kept short; redacted
 * once decoded and before it is cut, since no redaction recognises the start of a secret cut
 * in two.
 */
function serverMessage(body, redact) {
    let message = body;
    try {
        const parsed = JSON.parse(body);
        const field = parsed?.message ?? parsed?.error;
        if (typeof field === 'string')
            message = field;
        else if (parsed && typeof parsed === 'object' && Object.keys(parsed).length === 0)
            message = '';
    }
    catch {
        // not JSON: quote it as it came
    }
    message = redact(message.replace(/\s+/g, ' ').trim());
    return message.length > 300 ? `${message.slice(0, 300)}...` : message;
}
function refusal(request, answer, redact) {
    const said = serverMessage(answer.body, redact);
    const location = answer.headers.location ? ` to ${urlForMessages(answer.headers.location)}` : '';
    let text = `VibeIQ answered HTTP ${answer.status}${location} to ${request.method} ${request.url}: ${likelyCause(answer.status)}.`;
    if (said)
        text += ` The server said: "${said}".`;
    return text;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function seconds(ms) {
    return (ms / 1000).toFixed(1);
}

;// CONCATENATED MODULE: ./src/core/report.ts
/**
 * What the step shows, through its edge: the request and the answer, outputs, the job summary,
 * and the words for what came of a delivery.
 */



function printRequest(edge, title, request) {
    edge.block(title, describeRequest(request));
}
function printResponse(edge, delivery) {
    if (!delivery.response)
        return;
    edge.block(`VibeIQ answered HTTP ${delivery.httpStatus ?? '-'}`, delivery.response.split(/\r?\n/));
}
function report_setResultOutputs(edge, { taskId, status, delivery, body }) {
    edge.setOutput(constants/* Outputs */.tY.TaskId, taskId);
    edge.setOutput(constants/* Outputs */.tY.Status, status ?? '');
    edge.setOutput(constants/* Outputs */.tY.HttpStatus, delivery?.httpStatus ?? '');
    edge.setOutput(constants/* Outputs */.tY.Attempts, delivery?.attempts ?? 0);
    edge.setOutput(constants/* Outputs */.tY.Response, delivery?.response ?? '');
    edge.setOutput(constants/* Outputs */.tY.Delivered, delivery?.outcome === 'accepted');
    edge.setOutput(constants/* Outputs */.tY.Outcome, delivery?.outcome ?? '');
    edge.setOutput(constants/* Outputs */.tY.Body, body ? JSON.stringify(body) : '');
}
/** GitHub refuses a job summary above 1 MiB; a larger body is left to the `body` output and the log. */
const MAX_SUMMARY_BODY_BYTES = 512 * 1024;
/** Adds a table to the job summary, where there is one; one that cannot be written is only a warning. */
async function report_writeSummary(edge, summary) {
    // The log has it too: where there is no job summary, the log is the only place.
    if (summary.byHand)
        edge.block('Complete the task by hand', handDeliveryLines(summary.byHand));
    try {
        await edge.summary(summaryHtml(summary));
    }
    catch (error) {
        edge.warning(`Could not write the job summary: ${(0,errors/* errorText */.k)(error)}`);
    }
}
/** The summary as GitHub renders it: the same HTML the toolkit's summary builder writes. */
function summaryHtml({ heading, rows, runUrl, list, byHand }) {
    const parts = [
        `<h3>${heading}</h3>`,
        `<table><tr><th>Field</th><th>Value</th></tr>${rows
            .map(row => `<tr><td>${row.label}</td><td>${escapeHtml(row.value)}</td></tr>`)
            .join('')}</table>`
    ];
    if (list?.length)
        parts.push(`<ul>${list.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    if (byHand)
        parts.push(...handDeliveryHtml(byHand));
    if (runUrl)
        parts.push(`<a href="${escapeHtml(runUrl)}">This run</a>`);
    return parts.map(part => `${part}\n`).join('');
}
/**
 * Everything is escaped, code included: in a `<pre>` block only `</pre>` ends it, and no
 * content can hold that once escaped, whatever backticks or tags it has.
 */
function handDeliveryHtml({ note, body, bodyFile, curl }) {
    const json = JSON.stringify(body, null, 2);
    const code = (text, lang) => `<pre lang="${lang}"><code>${escapeHtml(text)}</code></pre>`;
    const parts = ['<h4>Complete the task by hand</h4>', `<p>${escapeHtml(note)}</p>`];
    if (Buffer.byteLength(json) <= MAX_SUMMARY_BODY_BYTES) {
        parts.push(`<p>The callback's body, as it was sent (secrets already replaced by <code>***</code>); save it as <code>${bodyFile}</code>:</p>`, code(json, 'json'));
    }
    else {
        parts.push(`<p>The callback's body (${Buffer.byteLength(json)} bytes) is too large for the job summary: save the ` +
            `step output <code>${constants/* Outputs */.tY.Body}</code>, or the request in the step log, as <code>${bodyFile}</code>.</p>`);
    }
    parts.push('<p>Then send it, with the credentials in the environment variables the command names:</p>', code(curl, 'sh'));
    return parts;
}
function handDeliveryLines({ note, body, bodyFile, curl }) {
    return [
        note,
        '',
        `The callback's body, as it was sent (secrets already replaced by ***); save it as ${bodyFile}:`,
        ...JSON.stringify(body, null, 2).split('\n'),
        '',
        'Then send it, with the credentials in the environment variables the command names:',
        curl
    ];
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
const OUTCOME_TEXT = {
    accepted: 'accepted',
    refused: 'refused: not delivered',
    uncertain: 'uncertain: the task may already be complete'
};
function report_deliveryRows(delivery) {
    if (!delivery)
        return [{ label: 'Outcome', value: 'not sent (dry run)' }];
    return [
        { label: 'Outcome', value: OUTCOME_TEXT[delivery.outcome] },
        { label: 'HTTP status', value: String(delivery.httpStatus ?? '-') },
        { label: 'Attempts', value: String(delivery.attempts) },
        { label: 'Time taken', value: `${(delivery.elapsedMs / 1000).toFixed(1)} s` }
    ];
}
/** The step's last word on a callback: a log line, or a failure (a warning with fail-on-error false). */
function report_announce(edge, taskId, status, delivery, failOnError) {
    if (delivery.outcome === 'accepted') {
        edge.info(`VibeIQ accepted ${status} for task ${taskId} (HTTP ${delivery.httpStatus}, attempt ${delivery.attempts}).`);
    }
    else {
        reportUndelivered(edge, failOnError, undeliveredMessage(edge, `The ${status} callback for task ${taskId}`, delivery));
    }
}
function undeliveredMessage(edge, callback, delivery) {
    const BY_HAND = `${edge.byHandWhere} has its body and a curl command that sends it`;
    if (delivery.outcome === 'uncertain') {
        return (`${callback} may or may not have been delivered, so the task may already be complete: ` +
            `${delivery.error} Check the task in VibeIQ before sending it again (${BY_HAND}).`);
    }
    return `${callback} was not delivered: ${delivery.error} To complete the task by hand, ${BY_HAND}.`;
}
/** A callback that could not be delivered fails the step, unless the user chose a warning. */
function reportUndelivered(edge, failOnError, message) {
    if (failOnError)
        edge.fail(message);
    else
        edge.warning(`${message} (${constants/* Inputs */.G0.FailOnError}: false, so the step does not fail)`);
}
const HAND_BODY_FILE = 'callback.json';
/** The same, as soon as a first attempt failed and is being retried: the CI may end the step first. */
function byHandWhileRetrying(request, body, why) {
    return {
        note: `The callback's first attempt failed (${why}); it is being retried. If this job is stopped ` +
            'before VibeIQ accepts it, check the task in VibeIQ and, if it is still awaiting a callback, ' +
            'send the body below.',
        body,
        bodyFile: HAND_BODY_FILE,
        curl: curlCommand(request, HAND_BODY_FILE)
    };
}
/** What a person needs to complete the task without re-running the job; nothing once accepted. */
function report_byHand({ request, delivery }, body) {
    if (delivery.outcome === 'accepted')
        return undefined;
    const advice = delivery.outcome === 'uncertain'
        ? 'VibeIQ may have processed the callback without saying so: the task may already be complete. ' +
            'Check it in VibeIQ, and send the body below only if the task is still awaiting a callback.'
        : 'VibeIQ did not act on the callback. If the task is still awaiting one, send the body below.';
    return {
        note: `${advice} The last error: ${delivery.error}`,
        body,
        bodyFile: HAND_BODY_FILE,
        curl: curlCommand(request, HAND_BODY_FILE)
    };
}

// EXTERNAL MODULE: ./src/core/file-patterns.ts
var file_patterns = __nccwpck_require__(389);
;// CONCATENATED MODULE: ./src/core/log-budget.ts

/**
 * Keeps the log lines that fit in a byte budget: all of them when they fit, otherwise the
 * head and the tail, joined by one line that says what was left out. Memory stays within
 * the budget however many lines pass through.
 *
 * The budget bounds the `logs` array as it is sent: a line costs its JSON string (quotes and
 * escapes included: a control character costs 6 bytes) plus the comma after it, and the
 * brackets take the last byte, so JSON.stringify(lines()) is never longer than `maxBytes`.
 * What was left out is reported in bytes of its source, line breaks included.
 */
class LogBudget {
    maxBytes;
    redact;
    fullLog;
    head = [];
    headCost = 0;
    headFull = false;
    tail = [];
    tailCosts = [];
    tailSources = [];
    tailStart = 0;
    tailCost = 0;
    omittedLines = 0;
    omittedBytes = 0;
    /** Some left-out lines were not counted (reading stopped at the log-file limits). */
    someUncounted = false;
    /** The array's brackets, less the comma the last line does not have. */
    capacity;
    /** Most one line may cost; a longer one is cut so that head and tail each hold a line. */
    maxLineCost;
    constructor(maxBytes, redact, 
    /** Where the whole log is, for the omission line: "the GitHub run: <URL>". */
    fullLog) {
        this.maxBytes = maxBytes;
        this.redact = redact;
        this.fullLog = fullLog;
        this.capacity = maxBytes - 1;
        const room = this.capacity - this.omissionCost(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true);
        this.maxLineCost = Math.max(65, Math.floor(room / 2));
    }
    /**
     * `unreadBytes`: how much more of this line the caller counted but did not pass; the line
     * is then redacted as far as it goes, and its end, where a secret may start whose rest
     * went unread, is left out with the rest.
     */
    add(rawLine, unreadBytes = 0) {
        const sourceBytes = utf8Length(rawLine) + unreadBytes + 1;
        const complete = unreadBytes === 0;
        let line = this.redact(complete && rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine);
        let cutBytes = unreadBytes;
        if (!complete) {
            const safe = withoutLast(line, this.redact.longest - 1);
            cutBytes += utf8Length(line) - utf8Length(safe);
            line = safe;
        }
        let cost = lineCost(line);
        if (cost > this.maxLineCost || cutBytes > 0) {
            line = cutLine(line, this.maxLineCost - 1, cutBytes);
            cost = lineCost(line);
        }
        this.keep(line, cost, sourceBytes);
    }
    addAll(lines) {
        for (const line of lines)
            this.add(line);
    }
    /**
     * The least a line of `rawBytes` (its line break not included) can cost once added:
     * uncut, its bytes less a CR, plus quotes and comma; cut, about maxLineCost, of which half
     * is a safe floor. Redaction can make it cheaper still, which the reader's margin absorbs.
     */
    leastCost(rawBytes) {
        return Math.min(rawBytes + 2, Math.floor(this.maxLineCost / 2));
    }
    /**
     * The most the tail can hold: lines followed by lines that cost at least this much are
     * certain to be left out.
     */
    tailRoom() {
        return this.capacity - this.headCost;
    }
    /** True once later lines can only land in the tail. */
    get isHeadFull() {
        return this.headFull;
    }
    /**
     * Records lines that were counted but not read, and that come after everything in the
     * tail so far; only call it when the lines after them are certain to fill tailRoom(),
     * so that none of them, nor the current tail, would have been kept. `allCounted` false:
     * there were more lines than `lines`.
     */
    skip(lines, bytes, allCounted = true) {
        this.headFull = true;
        while (this.tail.length > this.tailStart)
            this.dropOldestTailLine();
        this.omittedLines += lines;
        this.omittedBytes += bytes;
        if (!allCounted)
            this.someUncounted = true;
    }
    /** The lines to send, in order, with the omission line between head and tail. */
    lines() {
        if (this.omittedLines === 0 && this.omittedBytes === 0) {
            return [...this.head, ...this.tail.slice(this.tailStart)];
        }
        // Make room for the omission line by leaving out more of the tail's oldest lines.
        while (this.tail.length > this.tailStart + 1 &&
            this.headCost + this.tailCost + this.omissionCost(this.omittedLines, this.omittedBytes) > this.capacity) {
            this.dropOldestTailLine();
        }
        return [...this.head, this.omissionLine(), ...this.tail.slice(this.tailStart)];
    }
    get omitted() {
        return { lines: this.omittedLines, bytes: this.omittedBytes, allCounted: !this.someUncounted };
    }
    keep(line, cost, sourceBytes) {
        if (!this.headFull && this.headCost + cost <= this.maxLineCost) {
            this.head.push(line);
            this.headCost += cost;
            return;
        }
        this.headFull = true;
        this.tail.push(line);
        this.tailCosts.push(cost);
        this.tailSources.push(sourceBytes);
        this.tailCost += cost;
        while (this.tailCost > this.tailRoom())
            this.dropOldestTailLine();
    }
    dropOldestTailLine() {
        this.tailCost -= this.tailCosts[this.tailStart] ?? 0;
        this.omittedLines++;
        this.omittedBytes += this.tailSources[this.tailStart] ?? 0;
        this.tailStart++;
        // Compact now and then, so the arrays do not keep every dropped line alive.
        if (this.tailStart > 1024 && this.tailStart * 2 > this.tail.length) {
            this.tail.splice(0, this.tailStart);
            this.tailCosts.splice(0, this.tailStart);
            this.tailSources.splice(0, this.tailStart);
            this.tailStart = 0;
        }
    }
    omissionLine(lines = this.omittedLines, bytes = this.omittedBytes, uncounted = this.someUncounted) {
        const where = this.fullLog ? `; the full log is in ${this.fullLog}` : '';
        const count = `${lines}${uncounted ? ' or more' : ''}`;
        return `[... ${count} lines (${bytes} bytes) left out to stay within max-log-bytes${where} ...]`;
    }
    omissionCost(lines, bytes, uncounted = this.someUncounted) {
        return lineCost(this.omissionLine(lines, bytes, uncounted));
    }
}
/** What a line costs in the `logs` array: its JSON string and a comma. */
function lineCost(line) {
    return jsonLength(line) + 1;
}
/**
 * Cuts a line so that its JSON string takes at most `maxJsonBytes`, saying how much was cut,
 * without splitting a character. Cut only what is already redacted.
 */
function cutLine(line, maxJsonBytes, extraBytes = 0) {
    const total = utf8Length(line) + extraBytes;
    const note = (cut) => ` [... line cut: ${cut} more bytes]`;
    const kept = truncateJson(line, maxJsonBytes - utf8Length(note(total)));
    return kept + note(total - utf8Length(kept));
}

// EXTERNAL MODULE: ./src/core/regular-file.ts
var regular_file = __nccwpck_require__(266);
;// CONCATENATED MODULE: ./src/core/log-files.ts

const CHUNK_BYTES = 1 << 20;
const MIN_CHUNK_BYTES = 64 << 10;
/** Read before the tail beyond what it can hold, for lines that redaction makes shorter. */
const TAIL_SLACK_BYTES = 64 << 10;
/** Kept beyond the longest line, besides the longest secret, so that a line is cut only once redacted. */
const SECRET_MARGIN_BYTES = 1024;
/** Places remembered while counting, from which the tail can be read again. */
const CHECKPOINTS = 16;
const NEWLINE = 0x0a;
/**
 * What all the log files of one callback may cost together: bytes read and time. Checked
 * between reads, so that no file (however large or slow) can keep the callback waiting.
 */
class ReadAllowance {
    maxBytes;
    maxMs;
    now;
    bytesRead = 0;
    started;
    constructor(maxBytes, maxMs, now = Date.now) {
        this.maxBytes = maxBytes;
        this.maxMs = maxMs;
        this.now = now;
        this.started = now();
    }
    charge(bytes) {
        this.bytesRead += bytes;
    }
    get exhausted() {
        return this.bytesRead >= this.maxBytes || this.now() - this.started >= this.maxMs;
    }
    get used() {
        return { bytes: this.bytesRead, ms: this.now() - this.started };
    }
}
/**
 * Passes the lines of a regular file to the budget in bounded memory, whatever the file's
 * size. Once the budget's head is full, the rest is only counted, and the part that can
 * still reach the tail is read again. Never reads past the file's size when opened plus the
 * budget, so a file that keeps growing ends too.
 */
async function appendLogFile(path, budget, allowance) {
    const handle = await (0,regular_file/* openRegularFile */.Z)(path);
    try {
        const { size } = await handle.stat();
        await new LineReader(handle, budget, allowance, size + budget.maxBytes).read();
    }
    finally {
        await handle.close();
    }
}
class LineReader {
    handle;
    budget;
    allowance;
    end;
    chunk;
    keepLimit;
    /** Bytes of the line read so far, when it started in an earlier chunk. */
    pending = [];
    pendingBytes = 0;
    /** Bytes of an over-long line that were counted but not kept. */
    overflow = 0;
    /** File offset of the first byte of the line being read. */
    lineStart = 0;
    constructor(handle, budget, allowance, 
    /** Never read at or past this offset. */
    end) {
        this.handle = handle;
        this.budget = budget;
        this.allowance = allowance;
        this.end = end;
        this.chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, end)));
        this.keepLimit = budget.maxLineCost + SECRET_MARGIN_BYTES + 3 * budget.redact.longest;
    }
    async read() {
        // The head: every line, until the budget can only take more into its tail.
        const stoppedAt = await this.readLines(0, this.end, true);
        if (stoppedAt === undefined)
            return;
        const { resumeAt, stopAt } = await this.findTail(stoppedAt);
        await this.readLines(resumeAt, stopAt, false);
    }
    /**
     * Adds the lines from `from` on; with `untilHeadFull`, stops after a chunk that filled the
     * head (or used up the allowance) and returns where its unfinished line starts.
     */
    async readLines(from, stopAt, untilHeadFull) {
        this.lineStart = from;
        for (let offset = from;;) {
            const data = await this.readChunk(offset, stopAt);
            if (!data)
                break;
            this.split(data, offset);
            offset += data.length;
            if (untilHeadFull && (this.budget.isHeadFull || this.allowance.exhausted)) {
                this.pending = [];
                this.pendingBytes = 0;
                this.overflow = 0;
                return this.lineStart;
            }
        }
        if (this.pendingBytes > 0 || this.overflow > 0)
            this.emit();
        return undefined;
    }
    async readChunk(offset, stopAt) {
        const length = Math.min(this.chunk.length, stopAt - offset);
        if (length <= 0)
            return undefined;
        const { bytesRead } = await this.handle.read(this.chunk, 0, length, offset);
        this.allowance.charge(bytesRead);
        return bytesRead > 0 ? this.chunk.subarray(0, bytesRead) : undefined;
    }
    split(data, dataOffset) {
        let from = 0;
        for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, from)) {
            if (this.pendingBytes === 0 && this.overflow === 0 && nl - from <= this.keepLimit) {
                this.budget.add(data.toString('utf8', from, nl));
            }
            else {
                this.keep(data, from, nl);
                this.emit();
            }
            from = nl + 1;
            this.lineStart = dataOffset + from;
        }
        this.keep(data, from, data.length);
    }
    /** Copies part of a line (the chunk buffer is reused), up to the keep limit. */
    keep(data, start, end) {
        const room = Math.max(0, this.keepLimit - this.pendingBytes);
        const kept = Math.min(room, end - start);
        if (kept > 0) {
            this.pending.push(Buffer.from(data.subarray(start, start + kept)));
            this.pendingBytes += kept;
        }
        this.overflow += end - start - kept;
    }
    emit() {
        this.budget.add(Buffer.concat(this.pending, this.pendingBytes).toString('utf8'), this.overflow);
        this.pending = [];
        this.pendingBytes = 0;
        this.overflow = 0;
    }
    /**
     * Counts the lines from `from` (a line start) to the end without keeping them, and finds
     * the latest line start after which the lines are sure to fill the tail: what comes before
     * it cannot be kept, so it is skipped, and reading resumes there. Each line is reckoned at
     * the least it can cost once cut, so a long last line still has its place in the tail.
     * When the allowance runs out first, the tail is found from the file's size instead.
     */
    async findTail(from) {
        const need = this.budget.tailRoom() + TAIL_SLACK_BYTES;
        const step = Math.max(1, Math.floor(need / CHECKPOINTS));
        // The first is always `from` or a place the lines after it fill the tail from.
        const checkpoints = [{ at: from, lines: 0, cost: 0 }];
        let lines = 0;
        let cost = 0;
        let nextCheckpoint = step;
        let lineStart = from;
        let offset = from;
        // Only needed before a checkpoint is added, and at the end: its condition only grows true.
        const settle = () => {
            while (checkpoints.length > 1 && cost - (checkpoints[1]?.cost ?? 0) >= need)
                checkpoints.shift();
        };
        for (;;) {
            if (this.allowance.exhausted)
                return this.tailFromSize(from, lineStart, lines, need);
            const data = await this.readChunk(offset, this.end);
            if (!data)
                break;
            // The hot loop of a large file: one pass per line, nothing kept.
            for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, nl + 1)) {
                const next = offset + nl + 1;
                cost += this.budget.leastCost(next - 1 - lineStart);
                lines++;
                lineStart = next;
                if (cost >= nextCheckpoint) {
                    settle();
                    checkpoints.push({ at: next, lines, cost });
                    nextCheckpoint = cost + step;
                }
            }
            offset += data.length;
        }
        if (offset > lineStart)
            cost += this.budget.leastCost(offset - lineStart);
        settle();
        const resume = checkpoints[0] ?? { at: from, lines: 0 };
        if (resume.at > from)
            this.budget.skip(resume.lines, resume.at - from);
        return { resumeAt: resume.at, stopAt: offset };
    }
    /**
     * The allowance ran out while counting: skip, uncounted, to the first line that starts
     * within `need` bytes of the end, and read only from there.
     */
    async tailFromSize(from, counted, lines, need) {
        const { size } = await this.handle.stat();
        const stopAt = Math.min(size, this.end);
        let resumeAt = Math.max(counted, stopAt - need);
        if (resumeAt > counted)
            resumeAt = (await this.nextLineStart(resumeAt, stopAt)) ?? stopAt;
        if (resumeAt > from)
            this.budget.skip(lines, resumeAt - from, resumeAt === counted);
        return { resumeAt, stopAt };
    }
    async nextLineStart(from, stopAt) {
        for (let offset = from;;) {
            const data = await this.readChunk(offset, stopAt);
            if (!data)
                return undefined;
            const nl = data.indexOf(NEWLINE);
            if (nl !== -1)
                return offset + nl + 1;
            offset += data.length;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/task-logs.ts
/** The `logs` the callback carries: the action's own lines, the `logs` input, then each log file. */





/** docs/reference.md ("Log file limits") states these. */
const LOG_FILE_LIMITS = { maxFiles: 1000, maxBytes: 4 * 2 ** 30, maxSeconds: 30 };
/** Files named in warnings one by one; the rest are counted in one more. */
const MAX_FILE_WARNINGS = 10;
/**
 * Never throws for a missing or unreadable file: that becomes a warning and a log line,
 * because the callback must go out whatever happened to the logs.
 */
async function gatherLogs(sources, limits, log) {
    const budget = new LogBudget(limits.maxBytes, limits.redact, limits.fullLog);
    budget.addAll(sources.leading);
    budget.addAll(sources.text);
    if (sources.filePatterns.length > 0) {
        await appendLogFiles(budget, sources.filePatterns, limits.files ?? LOG_FILE_LIMITS, log, limits.now);
    }
    budget.addAll(sources.trailing ?? []);
    const { lines, bytes, allCounted } = budget.omitted;
    if (lines > 0 || bytes > 0) {
        log.info(`Logs exceed ${constants/* Inputs */.G0.MaxLogBytes} (${limits.maxBytes}): ${lines}${allCounted ? '' : ' or more'} lines (${bytes} bytes) are left out of the middle.`);
    }
    return budget.lines();
}
async function appendLogFiles(budget, patterns, limits, log, now) {
    const allowance = new ReadAllowance(limits.maxBytes, limits.maxSeconds * 1000, now);
    const warnings = new FileWarnings(budget, log);
    let search;
    try {
        search = await (0,file_patterns/* searchPatterns */.y1)(patterns, {
            maxFiles: limits.maxFiles,
            timeLeftMs: () => limits.maxSeconds * 1000 - allowance.used.ms
        });
    }
    catch (error) {
        skipWithWarning(log, budget, `${constants/* Inputs */.G0.LogsFile}: could not search for the log files: ${(0,errors/* errorText */.k)(error)}`);
        return;
    }
    const unread = [];
    let stoppedInFile = false;
    for (const [index, { pattern, files, matched }] of search.matches.entries()) {
        // The last pattern's search may have stopped before its first file.
        const searchedWhole = !search.stopped || index < search.matches.length - 1;
        if (!matched && searchedWhole) {
            skipWithWarning(log, budget, `${constants/* Inputs */.G0.LogsFile}: no file matches '${pattern}'`);
        }
        for (const file of files) {
            const name = (0,file_patterns/* displayPath */.Gt)(file);
            if (allowance.exhausted) {
                unread.push(name);
                continue;
            }
            budget.add(`==> ${name} <==`);
            try {
                await appendLogFile(file, budget, allowance);
                stoppedInFile = allowance.exhausted;
            }
            catch (error) {
                warnings.add(`${constants/* Inputs */.G0.LogsFile}: could not read '${name}': ${(0,errors/* errorText */.k)(error)}`);
            }
        }
    }
    warnings.summarize();
    const limitsText = `${limits.maxFiles} files, ${sizeText(limits.maxBytes)} or ${limits.maxSeconds} s in all`;
    if (search.stopped === 'files') {
        skipWithWarning(log, budget, `${constants/* Inputs */.G0.LogsFile}: more than ${limits.maxFiles} files match (the limits are ${limitsText}); only the first ${limits.maxFiles} found are read`, '');
    }
    else if (search.stopped === 'time') {
        skipWithWarning(log, budget, `${constants/* Inputs */.G0.LogsFile}: the search for log files reached the time limit (the limits are ${limitsText}); only the files found by then are read`, '');
    }
    if (stoppedInFile || unread.length > 0) {
        const { bytes, ms } = allowance.used;
        const unreadText = unread.length > 0 ? `; ${describeUnread(unread)}` : '';
        skipWithWarning(log, budget, `${constants/* Inputs */.G0.LogsFile}: reading stopped at the limits (${limitsText}) after ${sizeText(bytes)} in ${(ms / 1000).toFixed(1)} s: the file being read keeps its head and its end, its middle uncounted${unreadText}`, '');
    }
}
function sizeText(bytes) {
    if (bytes >= 2 ** 30)
        return `${+(bytes / 2 ** 30).toFixed(1)} GiB`;
    if (bytes >= 2 ** 20)
        return `${+(bytes / 2 ** 20).toFixed(1)} MiB`;
    return `${bytes} bytes`;
}
function describeUnread(names) {
    const shown = names.slice(0, MAX_FILE_WARNINGS).map(name => `'${name}'`);
    const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
    return `${names.length} file${names.length === 1 ? ' was' : 's were'} not read: ${shown.join(', ')}${more}`;
}
/** A warning for each of the first files that could not be read, then one that counts the rest. */
class FileWarnings {
    budget;
    log;
    count = 0;
    constructor(budget, log) {
        this.budget = budget;
        this.log = log;
    }
    add(message) {
        this.count++;
        if (this.count <= MAX_FILE_WARNINGS)
            skipWithWarning(this.log, this.budget, message);
        else
            this.budget.add(`[${message}]`);
    }
    summarize() {
        const more = this.count - MAX_FILE_WARNINGS;
        if (more > 0) {
            this.log.warning(`${constants/* Inputs */.G0.LogsFile}: ${more} more file${more === 1 ? '' : 's'} could not be read (each is named in the task's logs, as far as they fit); the callback is sent without them.`);
        }
    }
}
/** Missing content is worth a warning and a line in the task's logs, never a lost callback. */
function skipWithWarning(log, budget, message, consequence = 'the callback is sent without it') {
    log.warning(consequence ? `${message}; ${consequence}.` : `${message}.`);
    budget.add(`[${message}]`);
}

// EXTERNAL MODULE: ./src/core/test-results.ts
var test_results = __nccwpck_require__(576);
;// CONCATENATED MODULE: ./src/core/test-summary.ts
/** What the test results become: the callback's subtext, log lines and output, the step's outputs and summary. */


const PLACEHOLDERS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'];
/** `output.tests`; `unreadReports` only when a matched report is left out of the counts. */
function testsOutput(results) {
    const { total, passed, failed, errored, skipped, flaky, durationSeconds, reports, unreadReports } = results;
    const counts = { total, passed, failed, errored, skipped, flaky, durationSeconds, reports };
    return unreadReports > 0 ? { ...counts, unreadReports } : counts;
}
function defaultTestSubtext(counts) {
    let text = `Completed with ${counts.passed}/${counts.total} passing`;
    if (counts.failed)
        text += `, ${counts.failed} failed`;
    if (counts.errored)
        text += `, ${counts.errored} errored`;
    if (counts.skipped)
        text += `, ${counts.skipped} skipped`;
    if (counts.flaky)
        text += `, ${counts.flaky} flaky`;
    return text;
}
/** Fills {total}, {passed}, {failed}, {errored}, {skipped} and {flaky} in the user's own subtext. */
function fillTestPlaceholders(template, counts) {
    return template.replace(new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g'), (_, name) => String(counts[name]));
}
/**
 * One line for the counts, then one per failed or errored test and one per flaky test (at
 * most 50 together, failures first), then how many more.
 */
function testLogLines(results) {
    const lines = [
        `Tests: ${defaultTestSubtext(results).replace(/^Completed with /, '')} (${reportsRead(results)})`
    ];
    const failures = results.failures.slice(0, test_results/* MAX_FAILURE_LINES */.w);
    const flaky = results.flakyTests.slice(0, test_results/* MAX_FAILURE_LINES */.w - failures.length);
    lines.push(...failures.map(testLine), ...flaky.map(testLine));
    const more = [
        [failingTests(results) - failures.length, 'failed or errored'],
        [results.flaky - flaky.length, 'flaky']
    ]
        .filter(([count]) => count > 0)
        .map(([count, what]) => `${count} more ${what} test${count === 1 ? '' : 's'}`);
    if (more.length > 0)
        lines.push(`... and ${more.join(' and ')}`);
    return lines;
}
/** "2 reports", and how many more the counts leave out. */
function reportsRead({ reports, unreadReports }) {
    if (unreadReports === 0)
        return reportCount(reports);
    return `${reportCount(reports)}; the counts leave out ${reportCount(unreadReports)} not read in full`;
}
function testLine(test) {
    const label = { failed: 'FAILED', errored: 'ERROR', flaky: 'FLAKY' }[test.result];
    const message = test.message ? `: ${test.message}` : '';
    if (test.wholeSuite) {
        const suite = `suite ${test.suite || '(unnamed)'}`;
        if (!test.afterItsTests)
            return `${label} ${suite}, which did not run${message}`;
        const what = test.result === 'failed' ? 'a failure' : 'an error';
        return `${label} ${suite} reported ${what} after its tests${message}`;
    }
    const name = test.name || '(unnamed test)';
    const where = test.suite && test.suite !== test.name ? `${test.suite} > ${name}` : name;
    return `${label} ${where}${message}`;
}
/**
 * The matched reports the counts leave out, each with why: "'a.xml' could not be read as XML:
 * ...; 'b.xml' is empty", then how many more.
 */
function unreadList({ unread, unreadReports }) {
    const listed = unread.map(({ report, why, more = 0 }) => `'${report}'${more > 0 ? ` and ${reportCount(more)} after it` : ''} ${why}`);
    const unlisted = unreadReports - unread.reduce((sum, { more = 0 }) => sum + 1 + more, 0);
    if (unlisted > 0)
        listed.push(`${reportCount(unlisted)} more`);
    return listed.join('; ');
}
function reportCount(count) {
    return `${count} report${count === 1 ? '' : 's'}`;
}
function failingTests(counts) {
    return counts.failed + counts.errored;
}
/**
 * The `subtext` input with its placeholders filled, else the test counts (and how many reports
 * they leave out: the task's first line must not look green when a report went unread), else
 * the caller's default.
 */
function chooseSubtext(given, tests, fallback) {
    if (given)
        return tests ? fillTestPlaceholders(given, tests) : given;
    if (!tests)
        return fallback;
    const unread = tests.unreadReports > 0 ? `; ${reportCount(tests.unreadReports)} not read in full` : '';
    return defaultTestSubtext(tests) + unread;
}
function setTestOutputs(edge, tests) {
    edge.setOutput(constants/* Outputs */.tY.TestsTotal, tests.total);
    edge.setOutput(constants/* Outputs */.tY.TestsPassed, tests.passed);
    edge.setOutput(constants/* Outputs */.tY.TestsFailed, tests.failed + tests.errored);
    edge.setOutput(constants/* Outputs */.tY.TestsSkipped, tests.skipped);
    edge.setOutput(constants/* Outputs */.tY.TestsFlaky, tests.flaky);
}
function testRows(tests) {
    const leftOut = tests.unreadReports > 0 ? [{ label: 'Left out of the counts', value: unreadList(tests) }] : [];
    return [
        { label: 'Tests', value: `${tests.total} in ${reportCount(tests.reports)}` },
        ...leftOut,
        { label: 'Passed', value: String(tests.passed) },
        { label: 'Failed', value: String(tests.failed) },
        { label: 'Errored', value: String(tests.errored) },
        { label: 'Skipped', value: String(tests.skipped) },
        { label: 'Flaky', value: String(tests.flaky) },
        { label: 'Duration', value: `${tests.durationSeconds} s` }
    ];
}
/** The failed and flaky tests, for the job summary. */
function failureList(tests) {
    if (tests.failures.length === 0 && tests.flakyTests.length === 0)
        return undefined;
    return testLogLines(tests).slice(1);
}

;// CONCATENATED MODULE: ./src/core/completion.ts
/** Completing a task: gather the content, send the callback, and record and report what came of it. */










/** A SUCCESS not sent, for the reason in Completion.holdSuccess: nothing was sent. */
class SuccessHeld extends Error {
}
/** `mode: callback`, and the command line's `complete`: the outcome as the settings say it now. */
async function runCallbackMode(settings, edge, hooks, 
/** The command line's: when the whole command must end (a CI's window), and a SUCCESS held back. */
limits = {}) {
    const outcome = decideOutcome(settings.statusChoice, settings.jobStatus, settings.needs, settings.jobStatusReason);
    const explainOutcome = settings.statusChoice === 'auto';
    return completeTask(settings, { outcome, explainOutcome, leading: neededJobLines(settings), ...limits }, edge, hooks);
}
function neededJobLines(settings) {
    return settings.needs.map(need => `Needed job '${need.job}': ${need.result}`);
}
async function completeTask(settings, completion, edge, hooks) {
    const { taskId, redact } = settings;
    for (const notice of settings.notices)
        edge.warning(notice);
    const run = edge.run();
    const now = hooks?.now ?? Date.now;
    const allowance = (defaultMs) => readingAllowanceMs(completion.deadline, now(), defaultMs);
    const tests = settings.junitPatterns.length > 0
        ? await readTests(settings.junitPatterns, redact, edge, allowance(constants/* JUNIT_READ_MS */.lw))
        : undefined;
    const outcome = outcomeWithTests(completion.outcome, tests, settings);
    const status = outcome.status;
    if (status === 'SUCCESS' && completion.holdSuccess)
        throw new SuccessHeld(completion.holdSuccess);
    const leading = [...completion.leading];
    if (completion.explainOutcome || outcome !== completion.outcome) {
        leading.push(`${constants/* ACTION_NAME */.px}: ${status} because ${outcome.reason}.`);
    }
    if (tests)
        leading.push(...testLogLines(tests), ...tests.problems.map(p => `[${constants/* Inputs */.G0.JunitFiles}: ${p}]`));
    const logs = await gatherLogs({ leading, text: settings.logs, filePatterns: settings.logFilePatterns }, {
        maxBytes: settings.maxLogBytes,
        redact,
        fullLog: run.url && `the ${run.name}: ${run.url}`,
        files: { ...LOG_FILE_LIMITS, maxSeconds: allowance(LOG_FILE_LIMITS.maxSeconds * 1000) / 1000 }
    }, edge);
    const body = buildCallbackBody({
        taskId,
        status,
        logs,
        output: tests ? { tests: testsOutput(tests), ...settings.output } : settings.output,
        subtext: chooseSubtext(settings.subtext, tests, completion.defaultSubtext),
        run: settings.includeRunInfo
            ? { key: run.outputKey, details: { ...run.details, ...completion.runDetails } }
            : undefined
    }, redact);
    const title = `Callback to VibeIQ: ${status} for task ${taskId}`;
    const sent = settings.dryRun
        ? undefined
        : await sendCallback(settings, body, title, edge, hooks, completion.deadline);
    if (sent)
        report_announce(edge, taskId, status, sent.delivery, settings.failOnError);
    else
        printRequest(edge, title, new VibeIqClient(settings.connection, redact, edge).callbackRequest(body));
    // The delivery is recorded by now: an output or a summary that fails below cannot undo it.
    report_setResultOutputs(edge, { taskId, status, delivery: sent?.delivery, body });
    if (tests)
        setTestOutputs(edge, tests);
    await report_writeSummary(edge, {
        heading: 'VibeIQ task callback',
        rows: [
            { label: 'Task id', value: taskId },
            { label: 'Mode', value: settings.mode },
            { label: 'Status sent', value: status },
            ...report_deliveryRows(sent?.delivery),
            ...(tests ? testRows(tests) : [])
        ],
        runUrl: run.url,
        list: tests ? failureList(tests) : undefined,
        byHand: sent && report_byHand(sent, body)
    });
    if (!sent)
        edge.info(`Dry run: the callback above was not sent (${constants/* Inputs */.G0.DryRun}: true).`);
    return sent?.delivery;
}
/**
 * Prints the request, records it as on its way, sends it, records what came of it for the other
 * steps of this job, and prints VibeIQ's answer. The records come first: once VibeIQ may have the
 * callback, nothing that can fail (outputs, the summary) may stand between it and the record that
 * stops a second one; a step killed mid-send leaves the first record, with the body to send again.
 */
async function sendCallback(target, body, title, edge, hooks, deadline) {
    const recordOutcome = await edge.recordSending?.(target.taskId, body);
    // The budget is what is left once recorded: the record may wait for a progress update on its way.
    const connection = deadline === undefined ? target.connection : budgetWithin(target.connection, timeLeft(deadline, hooks));
    const client = new VibeIqClient(connection, target.redact, edge, hooks);
    const request = client.callbackRequest(body);
    printRequest(edge, title, request);
    const onFirstRetry = edge.retrying
        ? (why) => edge.retrying?.('Complete the task by hand, if this job ends before the callback is delivered', handDeliveryLines(byHandWhileRetrying(request, body, why)))
        : undefined;
    const delivery = await (0,interruption/* whileSending */._S)({ taskId: target.taskId, status: body.status }, () => client.send(request, onFirstRetry));
    await recordOutcome?.(delivery);
    printResponse(edge, delivery);
    return { request, delivery };
}
/**
 * How long reading (reports, then log files) may take when the whole must end by `deadline`:
 * at most half of the time left, so that delivery keeps the other half; never more than the
 * reader's own limit. Pure.
 */
function readingAllowanceMs(deadline, now, defaultMs) {
    if (deadline === undefined)
        return defaultMs;
    return Math.max(0, Math.min(defaultMs, Math.floor((deadline - now) / 2)));
}
/** However late it is, one short attempt is still made: a callback never tried leaves the task waiting. */
const LAST_ATTEMPT_MS = 5000;
function timeLeft(deadline, hooks) {
    return Math.max(LAST_ATTEMPT_MS, deadline - (hooks?.now ?? Date.now)());
}
/** `fail-on-test-failures`: the outcome once the reports are read (undefined: none could be). */
function outcomeWithTests(outcome, tests, settings) {
    return withTestFailures(outcome, tests?.reports ? failingTests(tests) : undefined, settings.failOnTestFailures && settings.junitPatterns.length > 0, tests && { count: tests.unreadReports, named: unreadList(tests) });
}
/**
 * Reports are read only when asked for; the XML parser loads with them. Nothing here may stop
 * the callback: an unexpected failure only leaves the test results out.
 */
async function readTests(patterns, redact, edge, maxMilliseconds) {
    try {
        const { readJunitReports } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 920));
        const tests = await readJunitReports(patterns, { redact, limits: { maxMilliseconds } });
        for (const problem of tests.problems)
            edge.warning(`${constants/* Inputs */.G0.JunitFiles}: ${problem}`);
        return tests;
    }
    catch (error) {
        edge.warning(`${constants/* Inputs */.G0.JunitFiles}: could not be read (${(0,errors/* errorText */.k)(error)}); the callback is sent without test results.`);
        return undefined;
    }
}
/**
 * An earlier step of this job sent a callback that VibeIQ may have processed: send the same
 * body again, never another status. A refusal of it most likely means that the first one
 * completed the task, so it is a warning; the outcome stays uncertain unless VibeIQ accepts.
 */
async function resendUncertainCallback(target, earlier, failOnError, edge, hooks, deadline) {
    const { taskId } = target;
    const what = earlier.state === 'sending'
        ? `was stopped while it sent ${earlier.status} for task ${taskId}, so VibeIQ may have received it`
        : `sent ${earlier.status} for task ${taskId} and VibeIQ may have processed it`;
    edge.info(`An earlier step of this job ${what} (the task may already be complete): sending that same ` +
        `callback again, not this job's outcome.`);
    const title = `Callback to VibeIQ: ${earlier.status} for task ${taskId}, sent again`;
    const sent = await sendCallback(target, earlier.body, title, edge, hooks, deadline);
    const answeredNo = sent.delivery.outcome === 'refused' && (sent.delivery.httpStatus ?? 0) >= 400;
    const delivery = sent.delivery.outcome === 'accepted' ? sent.delivery : { ...sent.delivery, outcome: 'uncertain' };
    if (answeredNo) {
        edge.warning(`VibeIQ refused the ${earlier.status} callback sent again for task ${taskId}, so it was probably ` +
            `completed earlier: the task may already be complete, by the first callback, which VibeIQ may ` +
            `have processed (check it in VibeIQ). ${delivery.error}`);
    }
    else {
        announce(edge, taskId, earlier.status, delivery, failOnError);
    }
    setResultOutputs(edge, { taskId, status: earlier.status, delivery, body: earlier.body });
    await writeSummary(edge, {
        heading: 'VibeIQ task callback',
        rows: [
            { label: 'Task id', value: taskId },
            { label: 'Status sent', value: `${earlier.status}, again, as an earlier step sent it` },
            ...deliveryRows(delivery)
        ],
        runUrl: edge.run().url,
        byHand: byHand({ request: sent.request, delivery }, earlier.body)
    });
}
/**
 * Inputs that cannot be read still complete the task, as FAILURE, when the task id, URL and
 * credentials are usable: a typo must not leave the task waiting forever. The step fails either way.
 */
async function reportInvalidInputs(errors, target, edge, hooks, deadline) {
    const problem = errors.length === 1 ? errors[0] : `Invalid inputs:\n- ${errors.join('\n- ')}`;
    if (!target) {
        edge.fail(problem ?? 'Invalid inputs');
        return undefined;
    }
    const run = edge.run();
    const body = buildCallbackBody({
        taskId: target.taskId,
        status: 'FAILURE',
        logs: [`${constants/* ACTION_NAME */.px}: the ${edge.stepName} is misconfigured, so the task is failed:`, ...errors],
        subtext: `${edge.stepName[0]?.toUpperCase()}${edge.stepName.slice(1)} misconfigured: see the task logs`,
        run: target.includeRunInfo ? { key: run.outputKey, details: run.details } : undefined
    }, target.redact);
    const title = `Callback to VibeIQ: FAILURE for task ${target.taskId} (invalid inputs)`;
    const sent = await sendCallback(target, body, title, edge, hooks, deadline);
    const { delivery } = sent;
    report_setResultOutputs(edge, { taskId: target.taskId, status: 'FAILURE', delivery, body });
    await report_writeSummary(edge, {
        heading: 'VibeIQ task callback',
        rows: [
            { label: 'Task id', value: target.taskId },
            { label: 'Status sent', value: 'FAILURE, for invalid inputs' },
            ...report_deliveryRows(delivery)
        ],
        runUrl: run.url,
        byHand: report_byHand(sent, body)
    });
    const outcome = delivery.outcome === 'accepted'
        ? `VibeIQ task ${target.taskId} was failed so that it does not wait forever.`
        : undeliveredMessage(edge, `The FAILURE callback for task ${target.taskId}`, delivery);
    edge.fail(`${problem}\n${outcome}`);
    return delivery;
}

// EXTERNAL MODULE: ./src/core/status-words.ts
var status_words = __nccwpck_require__(865);
;// CONCATENATED MODULE: ./src/core/input-reader.ts
/**
 * Reads the values of the inputs, whichever edge gives them (the Action's inputs, or the
 * command line's flags and VIBEIQ_* variables), and collects every error in them at once, each
 * naming the value the way the user gave it.
 */

class InputReader {
    source;
    errors = [];
    constructor(source) {
        this.source = source;
    }
    text(name) {
        return this.source.get(name);
    }
    /** Records an error; returns undefined, for `return reader.fail(...)`. */
    fail(message) {
        this.errors.push(message);
        return undefined;
    }
    invalid(name, given, expected) {
        return this.fail(`${this.source.label(name)} is '${given}': expected ${expected}.`);
    }
    number(name, fallback, rule) {
        const given = this.text(name);
        if (given === '')
            return fallback;
        const value = Number(given);
        const ok = /^[0-9.]+$/.test(given) && Number.isFinite(value) && (!rule.integer || Number.isInteger(value));
        if (!ok || value < rule.min || value > rule.max) {
            const kind = rule.integer ? 'a whole number' : 'a number';
            const range = rule.min <= 0.001 && !rule.integer ? `greater than 0` : `from ${rule.min}`;
            return this.invalid(name, given, `${kind} ${range} up to ${rule.max}`);
        }
        return value;
    }
    boolean(name, fallback) {
        const given = this.text(name);
        if (given === '')
            return fallback;
        if (/^true$/i.test(given))
            return true;
        if (/^false$/i.test(given))
            return false;
        return this.invalid(name, given, 'true or false');
    }
    /**
     * A JSON object; numbers are kept as written (see parseJsonExactly). The error never quotes
     * the text: V8's message shows a window of it, which may hold an unmasked secret.
     */
    jsonObject(name, given, expected) {
        let parsed;
        try {
            parsed = parseJsonExactly(given);
        }
        catch (error) {
            return this.fail(`${this.source.label(name)} is not valid JSON (${jsonSyntaxProblem(error, given)}; its text is not shown): ` +
                `expected ${expected}.`);
        }
        if (!isPlainObject(parsed)) {
            const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`;
            return this.fail(`${this.source.label(name)} is ${kind}: expected ${expected}.`);
        }
        return parsed;
    }
    /** One entry per line, as the `logs` input is sent. */
    lines(name) {
        const text = this.text(name);
        return text === '' ? [] : text.split(/\r?\n/);
    }
    /** Paths or glob patterns, one per line, blank lines left out. */
    patterns(name) {
        return this.lines(name)
            .map(line => line.trim())
            .filter(Boolean);
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/settings.ts
/**
 * The inputs, read once and validated into a typed Settings object, whichever edge gives them.
 * Nothing else reads an input.
 */






const MODES = ['callback', 'subtext', 'watch'];
const PROGRESS_CHOICES = ['steps', 'file', 'off'];
function readSettings(source, mask, env = process.env) {
    const reader = new InputReader(source);
    const { errors } = reader;
    const fail = (message) => reader.fail(message);
    const input = (name) => reader.text(name);
    // An expression default the runner did not fill in (@github/local-action passes `${{ job.status }}`
    // as it is) counts as not given: an error only where the mode needs the value.
    const expanded = (name) => (isUnexpanded(input(name)) ? '' : input(name));
    // Secrets first: they must be masked before anything below can print them. Environment
    // variables are trimmed as inputs are, so that what is sent is what is redacted.
    const token = credential(source, constants/* Inputs */.G0.Token, constants/* CredentialEnv */.Vz.Token, env);
    const apiKey = credential(source, constants/* Inputs */.G0.ApiKey, constants/* CredentialEnv */.Vz.ApiKey, env);
    const org = credential(source, constants/* Inputs */.G0.Org, constants/* CredentialEnv */.Vz.Org, env);
    const credentials = { token: token?.value, apiKey: apiKey?.value, org: org?.value };
    const githubToken = expanded(constants/* Inputs */.G0.GithubToken) || undefined;
    // Every credential the step can see, not only those the action uses: any of them may be in a log file.
    const secrets = [credentials.token, credentials.apiKey, githubToken, ...environmentSecrets(env)];
    registerSecrets(secrets, mask);
    const redact = createRedactor(secrets);
    const modeText = input(constants/* Inputs */.G0.Mode) || constants/* Defaults */.Hw.Mode;
    const mode = MODES.find(m => m === modeText.toLowerCase());
    if (!mode)
        reader.invalid(constants/* Inputs */.G0.Mode, modeText, `one of ${MODES.join(', ')}`);
    // What the failure callback needs; an error here means no callback can be sent at all.
    const essentialErrors = errors.length;
    const taskId = parseTaskId(reader);
    const apiUrl = parseApiUrl(reader, input(constants/* Inputs */.G0.ApiUrl) || constants/* Defaults */.Hw.ApiUrl);
    checkCredentials(source, credentials, fail);
    for (const given of [token, apiKey, org])
        if (given)
            checkHeaderValue(given, fail);
    const essentialsOk = errors.length === essentialErrors;
    const retries = reader.number(constants/* Inputs */.G0.Retries, constants/* Defaults */.Hw.Retries, { integer: true, min: 0, max: constants/* MAX_RETRIES */.kd }) ??
        constants/* Defaults */.Hw.Retries;
    const retryForSeconds = reader.number(constants/* Inputs */.G0.RetryFor, constants/* Defaults */.Hw.RetryForSeconds, {
        integer: true,
        min: 0,
        max: constants/* MAX_RETRY_FOR_SECONDS */.sA
    }) ?? constants/* Defaults */.Hw.RetryForSeconds;
    const timeoutSeconds = reader.number(constants/* Inputs */.G0.Timeout, constants/* Defaults */.Hw.TimeoutSeconds, { min: 0.001, max: 600 }) ??
        constants/* Defaults */.Hw.TimeoutSeconds;
    const connection = essentialsOk && apiUrl
        ? {
            apiUrl,
            credentials,
            retries,
            retryForMs: retryForSeconds * 1000,
            timeoutMs: Math.round(timeoutSeconds * 1000)
        }
        : undefined;
    const needsStatus = mode !== 'subtext';
    const statusChoice = parseStatus(reader, input(constants/* Inputs */.G0.Status) || 'auto');
    const jobStatus = parseJobStatus(reader, needsStatus && statusChoice === 'auto');
    const needs = parseNeeds(reader);
    const output = parseOutput(reader);
    const notices = output ? outputNotices(reader.source, output).map(redact) : [];
    const subtext = input(constants/* Inputs */.G0.Subtext) || undefined;
    if (mode === 'subtext' && !subtext) {
        fail(`${source.label(constants/* Inputs */.G0.Subtext)} is empty: a subtext update needs the text to show on the task.`);
    }
    const maxLogBytes = reader.number(constants/* Inputs */.G0.MaxLogBytes, constants/* Defaults */.Hw.MaxLogBytes, {
        integer: true,
        min: constants/* MIN_LOG_BYTES */.AM,
        max: 16 * 1024 * 1024
    }) ?? constants/* Defaults */.Hw.MaxLogBytes;
    const includeRunInfo = reader.boolean(constants/* Inputs */.G0.IncludeRunInfo, constants/* Defaults */.Hw.IncludeRunInfo);
    const dryRun = reader.boolean(constants/* Inputs */.G0.DryRun, constants/* Defaults */.Hw.DryRun);
    const failOnError = reader.boolean(constants/* Inputs */.G0.FailOnError, constants/* Defaults */.Hw.FailOnError);
    const failOnTestFailures = reader.boolean(constants/* Inputs */.G0.FailOnTestFailures, constants/* Defaults */.Hw.FailOnTestFailures);
    const progressText = input(constants/* Inputs */.G0.Progress) || constants/* Defaults */.Hw.Progress;
    const progress = PROGRESS_CHOICES.find(choice => choice === progressText.toLowerCase());
    if (!progress)
        reader.invalid(constants/* Inputs */.G0.Progress, progressText, `one of ${PROGRESS_CHOICES.join(', ')}`);
    const progressIntervalSeconds = reader.number(constants/* Inputs */.G0.ProgressInterval, constants/* Defaults */.Hw.ProgressIntervalSeconds, {
        integer: true,
        min: constants/* MIN_PROGRESS_INTERVAL_SECONDS */.H8,
        max: constants/* MAX_PROGRESS_INTERVAL_SECONDS */.tS
    }) ?? constants/* Defaults */.Hw.ProgressIntervalSeconds;
    // A typo must not leave the task waiting forever: the task is failed with the validation
    // error, also when the typo is in `mode` or `dry-run` themselves. Only a step that clearly
    // asked for a subtext update or a dry run sends nothing.
    const canReport = mode !== 'subtext' && dryRun !== true && connection && taskId;
    const failureTarget = canReport
        ? { taskId, connection, redact, includeRunInfo: includeRunInfo ?? constants/* Defaults */.Hw.IncludeRunInfo }
        : undefined;
    if (errors.length > 0 || !mode || !taskId || !connection || !statusChoice || !progress) {
        return { ok: false, errors, mode, failureTarget };
    }
    return {
        ok: true,
        failureTarget,
        settings: {
            mode,
            taskId,
            connection,
            statusChoice,
            jobStatus,
            jobStatusReason: jobStatus && source.jobStatusReason?.(),
            needs: needs ?? [],
            logs: reader.lines(constants/* Inputs */.G0.Logs),
            logFilePatterns: reader.patterns(constants/* Inputs */.G0.LogsFile),
            junitPatterns: reader.patterns(constants/* Inputs */.G0.JunitFiles),
            failOnTestFailures: failOnTestFailures ?? constants/* Defaults */.Hw.FailOnTestFailures,
            output,
            subtext,
            includeRunInfo: includeRunInfo ?? constants/* Defaults */.Hw.IncludeRunInfo,
            maxLogBytes,
            dryRun: dryRun ?? constants/* Defaults */.Hw.DryRun,
            failOnError: failOnError ?? constants/* Defaults */.Hw.FailOnError,
            githubToken,
            jobCheckRunId: Number(expanded(constants/* Inputs */.G0.JobCheckRunId)) || undefined,
            progress,
            progressIntervalMs: progressIntervalSeconds * 1000,
            redact,
            notices
        }
    };
}
function credential(source, name, variable, env) {
    const given = source.get(name);
    if (given)
        return { value: given, source: source.label(name) };
    const fromEnv = env[variable]?.trim();
    return fromEnv ? { value: fromEnv, source: `Environment variable ${variable}` } : undefined;
}
/** A credential goes in an HTTP header, where a line break or control character is refused. */
function checkHeaderValue({ value, source }, fail) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value) || /[^\u0000-\u00ff]/.test(value)) {
        fail(`${source} contains a line break, a control character or a character beyond Latin-1 ` +
            `(its value is not shown): expected the credential alone, on one line.`);
    }
}
/** The settings for the debug log: which credential is used, never its value. */
function describeSettings(settings) {
    const { apiUrl, credentials, retries, retryForMs, timeoutMs } = settings.connection;
    const auth = [credentials.token && 'bearer token', credentials.apiKey && credentials.org && 'API key'];
    return [
        `mode=${settings.mode}`,
        `task-id=${settings.taskId}`,
        `api-url=${apiUrl}`,
        `credentials=${auth.filter(Boolean).join(' + ')}`,
        `status=${settings.statusChoice}`,
        `job-status=${settings.jobStatus ?? ''}`,
        `needs=${settings.needs.map(n => `${n.job}:${n.result}`).join(',')}`,
        `retries=${retries}`,
        `retry-for=${retryForMs / 1000}s`,
        `timeout=${timeoutMs / 1000}s`,
        `max-log-bytes=${settings.maxLogBytes}`,
        `logs-file=${settings.logFilePatterns.join(',')}`,
        `junit-files=${settings.junitPatterns.join(',')}`,
        `dry-run=${settings.dryRun}`,
        `fail-on-error=${settings.failOnError}`,
        `progress=${settings.progress}`,
        `progress-interval=${settings.progressIntervalMs / 1000}s`
    ].join(' ');
}
const TASK_ID = /^[A-Za-z0-9_-]{1,128}$/;
function parseTaskId(reader) {
    const { source } = reader;
    const taskId = reader.text(constants/* Inputs */.G0.TaskId);
    if (!taskId) {
        return reader.fail(source.missing?.(constants/* Inputs */.G0.TaskId) ?? `No task id: ${source.label(constants/* Inputs */.G0.TaskId)} is empty.`);
    }
    if (!TASK_ID.test(taskId)) {
        return reader.fail(`${source.label(constants/* Inputs */.G0.TaskId)} is '${taskId}': expected a VibeIQ id of letters, digits, '_' and '-' ` +
            `(such as _v_R91m5VM-CqX3Y).`);
    }
    return taskId;
}
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function parseApiUrl(reader, given) {
    // Quoted without user, password, query or fragment, which may hold credentials.
    const shown = urlForMessages(given);
    let url;
    try {
        url = new URL(given);
    }
    catch {
        return reader.invalid(constants/* Inputs */.G0.ApiUrl, shown, `an absolute URL such as ${constants/* Defaults */.Hw.ApiUrl}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return reader.invalid(constants/* Inputs */.G0.ApiUrl, shown, 'an https:// URL');
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        return reader.fail(`${reader.source.label(constants/* Inputs */.G0.ApiUrl)} is '${shown}': plain http is refused because the credentials ` +
            `would travel in clear; use https:// (http:// is allowed only to 127.0.0.1, ::1 or localhost).`);
    }
    if (url.username || url.password || url.search || url.hash) {
        return reader.invalid(constants/* Inputs */.G0.ApiUrl, shown, 'a base URL without user, query or fragment');
    }
    return (url.origin + url.pathname).replace(/\/+$/, '');
}
function checkCredentials(source, { token, apiKey, org }, fail) {
    if (token || (apiKey && org))
        return;
    const [tokenName, keyName, orgName] = [constants/* Inputs */.G0.Token, constants/* Inputs */.G0.ApiKey, constants/* Inputs */.G0.Org].map(n => source.name(n));
    if (apiKey) {
        fail(`${source.label(constants/* Inputs */.G0.Org)} is empty: the API key (${keyName}) is sent with the org ` +
            `slug, so set ${orgName} (or ${constants/* CredentialEnv */.Vz.Org}), or give a bearer ${tokenName}.`);
    }
    else if (org) {
        fail(`${source.label(constants/* Inputs */.G0.ApiKey)} is empty: ${orgName} is set, so set ${keyName} ` +
            `(or ${constants/* CredentialEnv */.Vz.ApiKey}), or give a bearer ${tokenName}.`);
    }
    else {
        fail(`No VibeIQ credentials: set ${tokenName} (or ${constants/* CredentialEnv */.Vz.Token}) to a bearer ` +
            `token, or ${keyName} and ${orgName} (or ${constants/* CredentialEnv */.Vz.ApiKey} and ` +
            `${constants/* CredentialEnv */.Vz.Org}), from the repository's secrets.`);
    }
}
function parseStatus(reader, given) {
    if (given.toLowerCase() === 'auto')
        return 'auto';
    // The same words, with the same meaning, as the command line's --status (one table).
    const status = (0,status_words/* statusOfWord */.gQ)(given);
    if (status)
        return status;
    return reader.invalid(constants/* Inputs */.G0.Status, given, 'auto, SUCCESS or FAILURE (any case), or a job status: success, failure or cancelled');
}
function parseJobStatus(reader, required) {
    const { source } = reader;
    const given = reader.text(constants/* Inputs */.G0.JobStatus);
    if (given === '' || isUnexpanded(given)) {
        if (!required)
            return undefined;
        if (given !== '') {
            return reader.fail(`${source.label(constants/* Inputs */.G0.JobStatus)} is '${given}', an expression that was not filled in (a runner ` +
                `such as @github/local-action passes the default as it is), so status 'auto' cannot tell how the job went: ` +
                `set ${source.name(constants/* Inputs */.G0.JobStatus)} to success, failure or cancelled, or set ${source.name(constants/* Inputs */.G0.Status)}.`);
        }
        return reader.fail(source.missing?.(constants/* Inputs */.G0.JobStatus) ??
            `${source.label(constants/* Inputs */.G0.JobStatus)} is empty, so status 'auto' cannot tell how the job went. ` +
                `Leave ${source.name(constants/* Inputs */.G0.JobStatus)} unset (the runner fills in \${{ job.status }}), or set ${source.name(constants/* Inputs */.G0.Status)}.`);
    }
    const status = JOB_STATUSES.find(s => s === given.toLowerCase());
    return status ?? reader.invalid(constants/* Inputs */.G0.JobStatus, given, JOB_STATUSES.join(', '));
}
/** A whole value that is a workflow expression, `${{ ... }}`, as a runner leaves it when it does not evaluate it. */
function isUnexpanded(value) {
    return /^\$\{\{[\s\S]*\}\}$/.test(value.trim());
}
function parseNeeds(reader) {
    const given = reader.text(constants/* Inputs */.G0.Needs);
    if (given === '')
        return [];
    const expected = 'the JSON of ${{ toJSON(needs) }}, an object such as {"build": {"result": "success"}}';
    const parsed = reader.jsonObject(constants/* Inputs */.G0.Needs, given, expected);
    if (!parsed)
        return undefined;
    const needs = [];
    for (const [job, value] of Object.entries(parsed)) {
        const result = isPlainObject(value) ? value['result'] : undefined;
        const known = NEED_RESULTS.find(r => r === result);
        if (!known) {
            return reader.fail(`${reader.source.label(constants/* Inputs */.G0.Needs)} gives job '${job}' the result ${JSON.stringify(result)}: ` +
                `expected one of ${NEED_RESULTS.join(', ')} (from \${{ toJSON(needs) }}).`);
        }
        needs.push({ job, result: known });
    }
    return needs;
}
/** Deeper is no build's output, and would cost every step that walks it a stack frame per level. */
const MAX_OUTPUT_DEPTH = 64;
function parseOutput(reader) {
    const given = reader.text(constants/* Inputs */.G0.Output);
    if (given === '')
        return undefined;
    const expected = 'a JSON object such as {"artifact": "https://example.com/build.zip"}';
    const output = reader.jsonObject(constants/* Inputs */.G0.Output, given, expected);
    const depth = output && jsonDepth(output);
    if (depth && depth > MAX_OUTPUT_DEPTH) {
        return reader.fail(`${reader.source.label(constants/* Inputs */.G0.Output)} nests objects and arrays ${depth} levels deep: expected at most ${MAX_OUTPUT_DEPTH} levels.`);
    }
    return output;
}
/** Levels of objects and arrays, `{}` being one; iterative, so any depth is safe. */
function jsonDepth(value) {
    let deepest = 0;
    const pending = [[value, 1]];
    for (let item = pending.pop(); item; item = pending.pop()) {
        const [node, depth] = item;
        // A number kept as written is a value, not a level.
        if (!node || typeof node !== 'object' || rawJsonText(node) !== undefined)
            continue;
        deepest = Math.max(deepest, depth);
        for (const child of Object.values(node))
            pending.push([child, depth + 1]);
    }
    return deepest;
}
/**
 * Numbers in `output` beyond a double's range (1e400): sent as written (see parseJsonExactly),
 * but JavaScript, like most JSON readers, reads them as Infinity, which becomes null.
 */
function outputNotices(source, output) {
    const beyond = [];
    const pending = [output];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        const raw = rawJsonText(node);
        if (raw !== undefined) {
            if (!Number.isFinite(Number(raw)))
                beyond.push(raw);
        }
        else if (node && typeof node === 'object') {
            pending.push(...Object.values(node).reverse());
        }
    }
    if (beyond.length === 0)
        return [];
    return [
        `${source.label(constants/* Inputs */.G0.Output)} holds ${beyond.length === 1 ? 'a number' : `${beyond.length} numbers`} beyond ` +
            `the range of a 64-bit float (${beyond.join(', ')}): sent as written, but JavaScript and most JSON readers ` +
            `read ${beyond.length === 1 ? 'it' : 'them'} as infinite (or null); write ${beyond.length === 1 ? 'it' : 'them'} as a string to keep the digits.`
    ];
}

;// CONCATENATED MODULE: ./src/core/subtext.ts
/** Progress updates: PUT the task's subtext. Best effort: a failed update is only a warning. */



async function updateSubtext(settings, subtext, edge, hooks) {
    const client = new VibeIqClient(settings.connection, settings.redact, edge, hooks);
    const request = client.subtextRequest(settings.taskId, settings.redact(subtext));
    printRequest(edge, `Subtext update for VibeIQ task ${settings.taskId}`, request);
    if (settings.dryRun) {
        edge.info(`Dry run: the update above was not sent (${constants/* Inputs */.G0.DryRun}: true).`);
        return undefined;
    }
    const update = await edge.beginUpdate?.(settings.taskId);
    if (update && 'completedWith' in update) {
        edge.info(`Not sent: an earlier step of this job sent ${update.completedWith} for task ${settings.taskId}, ` +
            `and nothing may follow the task's outcome.`);
        return undefined;
    }
    let delivery;
    try {
        delivery = await client.send(request);
    }
    finally {
        update?.end();
    }
    printResponse(edge, delivery);
    if (delivery.outcome === 'accepted')
        edge.info(`Subtext of task ${settings.taskId} updated.`);
    else
        edge.warning(`The subtext update was not delivered (the task itself is unaffected): ${delivery.error}`);
    return delivery;
}
/** `mode: subtext`, and the command line's `subtext`. */
async function runSubtextMode(settings, edge, hooks) {
    const subtext = settings.subtext ?? '';
    const delivery = await updateSubtext(settings, subtext, edge, hooks);
    report_setResultOutputs(edge, { taskId: settings.taskId, delivery });
    await report_writeSummary(edge, {
        heading: 'VibeIQ subtext update',
        rows: [
            { label: 'Task id', value: settings.taskId },
            { label: 'Mode', value: settings.mode },
            { label: 'Subtext', value: settings.redact(subtext) },
            ...report_deliveryRows(delivery)
        ],
        runUrl: edge.run().url
    });
    return delivery;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(593);
;// CONCATENATED MODULE: ./src/cli/budget.ts
/**
 * The delivery's time budget inside the CI's own limit: where the CI documents a window for the
 * step that calls back (GitLab's after_script, Azure's cancel timeout, Buildkite's cancel grace
 * period), the default retry-for and timeout shrink so that every attempt, the by-hand block
 * and the exit fit in it. A value the user gave is kept. Pure.
 */

/** The share of the window the delivery may use: the rest is for the job's own lines and exit. */
const SHARE = 0.8;
function budgetFor(ci, env, given) {
    const window = ci?.window?.(env);
    if (!window)
        return undefined;
    const totalSeconds = window.seconds * SHARE;
    const givenTimeout = Number(given(constants/* Inputs */.G0.Timeout).value || NaN);
    // The timeout in effect: the user's, when given, or one that leaves room for retries.
    const timeout = givenTimeout > 0
        ? givenTimeout
        : Math.max(1, Math.min(constants/* Defaults */.Hw.TimeoutSeconds, Math.floor(totalSeconds / 3)));
    const retryFor = Math.max(0, Math.min(constants/* Defaults */.Hw.RetryForSeconds, Math.floor(totalSeconds - timeout)));
    const values = {};
    if (!given(constants/* Inputs */.G0.Timeout).value)
        values[constants/* Inputs */.G0.Timeout] = String(timeout);
    if (!given(constants/* Inputs */.G0.RetryFor).value)
        values[constants/* Inputs */.G0.RetryFor] = String(retryFor);
    const totalMs = totalSeconds * 1000;
    const chosen = Object.entries(values)
        .map(([name, seconds]) => `${name} ${seconds} s`)
        .join(', ');
    const tooLong = givenTimeout > totalSeconds;
    const note = (chosen
        ? `${window.what}: ${chosen} by default here, so that the callback ends within ${totalSeconds} s ` +
            `(set --retry-for and --timeout to change it).`
        : '') +
        (tooLong
            ? `${chosen ? ' ' : ''}The --timeout given (${givenTimeout} s) is longer than ${window.what} allows ` +
                `(${totalSeconds} s): the CI may stop this command before VibeIQ answers.`
            : '');
    return { values, note: note || undefined, totalMs };
}

;// CONCATENATED MODULE: ./src/cli/ci-providers.ts

const get = (env, name) => env[name]?.trim() || undefined;
/** A status variable that holds one of `values` once the job has ended. */
function fromStatusVariable(env, variable, values, notEnded) {
    const value = get(env, variable);
    const known = values.find(v => v.toLowerCase() === value?.toLowerCase());
    const status = known && (0,status_words/* statusOfWord */.gQ)(known);
    if (status)
        return { status, reason: `${variable} is ${value}` };
    if (value === undefined)
        return { unavailable: `${variable} is not set (${notEnded})` };
    return { unavailable: `${variable} is '${value}', not one of ${values.join(', ')} (${notEnded})` };
}
/** `0` passed, anything else failed: the exit-code variables of Bitbucket and Buildkite. */
function fromExitCode(env, variable, where) {
    const code = get(env, variable);
    if (code === undefined)
        return { unavailable: `${variable} is not set (it is set ${where})` };
    const status = (0,status_words/* statusOfExitCode */.T8)(code);
    if (!status)
        return { unavailable: `${variable} is '${code}', not an exit code` };
    return { status, reason: `${variable} is ${code}` };
}
/**
 * A variable that holds the status so far (Azure's Agent.JobStatus, Drone's, Woodpecker's,
 * Bitrise's, CodeBuild's): the reason says so, since a step after this one may still fail.
 */
function soFar(found, what) {
    return 'status' in found
        ? { ...found, reason: `${found.reason} (the ${what}'s status so far: a later step may still fail)` }
        : found;
}
/** An index and total pair of variables; a shard only when the total is above 1. */
function shardFrom(env, index, total, firstIndex) {
    const count = Number(get(env, total));
    const at = Number(get(env, index) ?? firstIndex);
    if (!Number.isInteger(count) || count <= 1 || !Number.isInteger(at))
        return undefined;
    return { index: at - firstIndex + 1, total: count, variables: `${index} and ${total}` };
}
/** A Go duration (`10m`, `1h30m`, `40s`) in seconds; undefined when it is not one. */
function goDurationSeconds(text) {
    if (!text || !/^(\d+(\.\d+)?(h|m|s|ms))+$/.test(text))
        return undefined;
    const unit = { h: 3600, m: 60, s: 1, ms: 0.001 };
    let seconds = 0;
    for (const [, amount, , name] of text.matchAll(/(\d+(\.\d+)?)(ms|h|m|s)/g)) {
        seconds += Number(amount) * (unit[name ?? 's'] ?? 1);
    }
    return seconds > 0 ? seconds : undefined;
}
/** A 1-based attempt from a 0-based retry count. */
function attemptFromRetries(retries) {
    const count = Number(retries);
    return retries !== undefined && Number.isInteger(count) && count >= 0 ? String(count + 1) : undefined;
}
/** A CI that has no status variable: `--status` must say it. */
const noStatusVariable = (hint) => () => ({ unavailable: hint });
/** The URL as a person can open it: no user, password or token in it. */
function withoutCredentials(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return undefined;
    }
}
/** Drops what the CI did not set, so the task's output holds no nulls. */
function compact(run) {
    return Object.fromEntries(Object.entries(run).filter(([, v]) => v !== undefined));
}
/**
 * GitHub Actions, and the forges whose runners take its workflows and variables: Gitea's
 * act_runner sets GITEA_ACTIONS=true, Forgejo's runner FORGEJO_ACTIONS=true (beside
 * GITHUB_ACTIONS=true, docs.gitea.com/usage/actions/comparison, forgejo.org/docs/latest/user/actions).
 * No variable tells a matrix leg: a matrix's callback belongs in a job that `needs` them all.
 */
function githubLike(id, name, marker) {
    return {
        id,
        name,
        docs: 'docs/ci/github-actions-cli.md',
        detect: env => get(env, 'GITHUB_ACTIONS') === 'true' && (marker === undefined || get(env, marker) === 'true'),
        jobStatus: noStatusVariable(`${name} gives the job status only as \${{ job.status }}: pass --status "\${{ job.status }}" in a step with if: always()`),
        run: env => {
            const server = get(env, 'GITHUB_SERVER_URL') ?? 'https://github.com';
            const repository = get(env, 'GITHUB_REPOSITORY');
            const runId = get(env, 'GITHUB_RUN_ID');
            return {
                provider: id,
                url: repository && runId
                    ? withoutCredentials(`${server}/${repository}/actions/runs/${runId}`)
                    : undefined,
                pipeline: get(env, 'GITHUB_WORKFLOW'),
                job: get(env, 'GITHUB_JOB'),
                id: runId,
                attempt: get(env, 'GITHUB_RUN_ATTEMPT'),
                sha: get(env, 'GITHUB_SHA'),
                ref: get(env, 'GITHUB_REF'),
                actor: get(env, 'GITHUB_ACTOR')
            };
        }
    };
}
const forgejo = githubLike('forgejo-actions', 'Forgejo Actions', 'FORGEJO_ACTIONS');
const gitea = githubLike('gitea-actions', 'Gitea Actions', 'GITEA_ACTIONS');
const github = githubLike('github-actions', 'GitHub Actions');
const gitlab = {
    id: 'gitlab',
    docs: 'docs/ci/gitlab.md',
    name: 'GitLab CI',
    detect: env => get(env, 'GITLAB_CI') === 'true',
    // docs.gitlab.com/ci/variables/predefined_variables: CI_JOB_STATUS "success, failed, or
    // canceled", set for after_script; gitlab-runner also sets timedout
    jobStatus: env => fromStatusVariable(env, 'CI_JOB_STATUS', ['success', 'failed', 'canceled', 'timedout'], 'GitLab sets it when the job has ended: run this command in after_script'),
    run: env => ({
        provider: 'gitlab',
        url: withoutCredentials(get(env, 'CI_JOB_URL') ?? get(env, 'CI_PIPELINE_URL')),
        pipeline: get(env, 'CI_PIPELINE_ID'),
        job: get(env, 'CI_JOB_NAME'),
        // No attempt variable: a retried job is a new job, with its own CI_JOB_ID.
        id: get(env, 'CI_JOB_ID'),
        sha: get(env, 'CI_COMMIT_SHA'),
        ref: get(env, 'CI_COMMIT_REF_NAME'),
        actor: get(env, 'GITLAB_USER_LOGIN')
    }),
    // parallel: N and parallel:matrix set CI_NODE_INDEX (from 1) and CI_NODE_TOTAL
    // (docs.gitlab.com/ci/yaml/#parallel; gitlab lib/gitlab/ci/variables/builder.rb)
    shard: env => shardFrom(env, 'CI_NODE_INDEX', 'CI_NODE_TOTAL', 1),
    // docs.gitlab.com/ci/yaml/#after_script: "Have a separate timeout. For GitLab Runner 16.4 and
    // later, this defaults to 5 minutes, and can be configured with the RUNNER_AFTER_SCRIPT_TIMEOUT
    // variable" (a Go duration such as 10m)
    window: env => {
        const set = goDurationSeconds(get(env, 'RUNNER_AFTER_SCRIPT_TIMEOUT'));
        return set
            ? { seconds: set, what: `GitLab gives after_script ${set} s (RUNNER_AFTER_SCRIPT_TIMEOUT)` }
            : { seconds: 300, what: 'GitLab gives after_script 5 minutes by default' };
    }
};
const azure = {
    id: 'azure-pipelines',
    docs: 'docs/ci/azure-pipelines.md',
    name: 'Azure Pipelines',
    detect: env => get(env, 'TF_BUILD')?.toLowerCase() === 'true',
    // learn.microsoft.com/azure/devops/pipelines/build/variables: Agent.JobStatus is the status
    // "so far": Succeeded until a step fails, so a later step may still fail the job.
    jobStatus: env => soFar(fromStatusVariable(env, 'AGENT_JOBSTATUS', ['Succeeded', 'SucceededWithIssues', 'Failed', 'Canceled', 'Skipped'], 'Azure sets it in every step, as the job status so far: use condition: always() in the last step'), 'job'),
    run: env => {
        const collection = get(env, 'SYSTEM_COLLECTIONURI');
        const project = get(env, 'SYSTEM_TEAMPROJECT');
        const buildId = get(env, 'BUILD_BUILDID');
        const base = collection?.endsWith('/') ? collection : collection && `${collection}/`;
        return {
            provider: 'azure-pipelines',
            url: base && project && buildId
                ? withoutCredentials(`${base}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`)
                : undefined,
            pipeline: get(env, 'BUILD_DEFINITIONNAME'),
            job: get(env, 'SYSTEM_JOBDISPLAYNAME') ?? get(env, 'SYSTEM_JOBNAME'),
            id: buildId,
            attempt: get(env, 'SYSTEM_JOBATTEMPT'),
            sha: get(env, 'BUILD_SOURCEVERSION'),
            ref: get(env, 'BUILD_SOURCEBRANCH'),
            actor: get(env, 'BUILD_REQUESTEDFOR')
        };
    },
    // strategy: matrix / parallel: System.JobPositionInPhase (from 1) and System.TotalJobsInPhase
    shard: env => shardFrom(env, 'SYSTEM_JOBPOSITIONINPHASE', 'SYSTEM_TOTALJOBSINPHASE', 1),
    // jobs.job.cancelTimeoutInMinutes: 5 by default, for always() steps after a cancel
    window: () => ({ seconds: 300, what: "Azure's cancel timeout is 5 minutes by default" })
};
const circleci = {
    id: 'circleci',
    docs: 'docs/ci/circleci.md',
    name: 'CircleCI',
    detect: env => get(env, 'CIRCLECI') === 'true',
    jobStatus: noStatusVariable('CircleCI has no job-status variable: pass --status failure in a step with when: on_fail, and --status success in one with when: on_success'),
    run: env => {
        const owner = get(env, 'CIRCLE_PROJECT_USERNAME');
        const repo = get(env, 'CIRCLE_PROJECT_REPONAME');
        return {
            provider: 'circleci',
            url: withoutCredentials(get(env, 'CIRCLE_BUILD_URL')),
            pipeline: owner && repo ? `${owner}/${repo}` : undefined,
            job: get(env, 'CIRCLE_JOB'),
            // No attempt variable: a rerun is a new job, with its own CIRCLE_BUILD_NUM.
            id: get(env, 'CIRCLE_BUILD_NUM'),
            sha: get(env, 'CIRCLE_SHA1'),
            ref: get(env, 'CIRCLE_TAG') ?? get(env, 'CIRCLE_BRANCH'),
            actor: get(env, 'CIRCLE_USERNAME')
        };
    },
    // circleci.com/docs/variables: CIRCLE_NODE_INDEX (from 0) and CIRCLE_NODE_TOTAL, parallelism
    shard: env => shardFrom(env, 'CIRCLE_NODE_INDEX', 'CIRCLE_NODE_TOTAL', 0)
};
const bitbucket = {
    id: 'bitbucket-pipelines',
    docs: 'docs/ci/bitbucket.md',
    name: 'Bitbucket Pipelines',
    detect: env => get(env, 'BITBUCKET_BUILD_NUMBER') !== undefined && get(env, 'BITBUCKET_COMMIT') !== undefined,
    jobStatus: env => fromExitCode(env, 'BITBUCKET_EXIT_CODE', 'in after-script'),
    run: env => {
        const repository = get(env, 'BITBUCKET_REPO_FULL_NAME');
        const build = get(env, 'BITBUCKET_BUILD_NUMBER');
        return {
            provider: 'bitbucket-pipelines',
            url: repository && build ? `https://bitbucket.org/${repository}/pipelines/results/${build}` : undefined,
            pipeline: repository,
            // Bitbucket names no step by a variable: the step's UUID is all there is.
            job: get(env, 'BITBUCKET_STEP_UUID'),
            id: build,
            attempt: get(env, 'BITBUCKET_STEP_RUN_NUMBER'),
            sha: get(env, 'BITBUCKET_COMMIT'),
            // A custom pipeline run on a commit has no branch: the commit is the ref then.
            ref: get(env, 'BITBUCKET_TAG') ?? get(env, 'BITBUCKET_BRANCH') ?? get(env, 'BITBUCKET_COMMIT'),
            // The triggerer's UUID: Bitbucket gives no user name to a step.
            actor: get(env, 'BITBUCKET_STEP_TRIGGERER_UUID')
        };
    },
    // support.atlassian.com, variables and secrets: BITBUCKET_PARALLEL_STEP (from 0) and
    // BITBUCKET_PARALLEL_STEP_COUNT, in a parallel group
    shard: env => shardFrom(env, 'BITBUCKET_PARALLEL_STEP', 'BITBUCKET_PARALLEL_STEP_COUNT', 0)
};
const buildkite = {
    id: 'buildkite',
    docs: 'docs/ci/buildkite.md',
    name: 'Buildkite',
    detect: env => get(env, 'BUILDKITE') === 'true',
    jobStatus: env => {
        if (get(env, 'BUILDKITE_JOB_CANCELLED') === 'true') {
            return { status: 'FAILURE', reason: 'BUILDKITE_JOB_CANCELLED is true' };
        }
        return fromExitCode(env, 'BUILDKITE_COMMAND_EXIT_STATUS', 'in a post-command hook');
    },
    run: env => {
        const build = withoutCredentials(get(env, 'BUILDKITE_BUILD_URL'));
        const jobId = get(env, 'BUILDKITE_JOB_ID');
        return {
            provider: 'buildkite',
            // The build page opens on this job with its id as the fragment.
            url: build && jobId ? `${build}#${jobId}` : build,
            pipeline: get(env, 'BUILDKITE_PIPELINE_SLUG'),
            job: get(env, 'BUILDKITE_LABEL'),
            id: get(env, 'BUILDKITE_BUILD_NUMBER'),
            attempt: attemptFromRetries(get(env, 'BUILDKITE_RETRY_COUNT')),
            sha: get(env, 'BUILDKITE_COMMIT'),
            ref: get(env, 'BUILDKITE_TAG') ?? get(env, 'BUILDKITE_BRANCH'),
            actor: get(env, 'BUILDKITE_BUILD_CREATOR')
        };
    },
    // buildkite.com/docs/pipelines/environment-variables: BUILDKITE_PARALLEL_JOB (from 0) and
    // BUILDKITE_PARALLEL_JOB_COUNT, with parallelism
    shard: env => shardFrom(env, 'BUILDKITE_PARALLEL_JOB', 'BUILDKITE_PARALLEL_JOB_COUNT', 0),
    // buildkite.com/docs/pipelines/configure/build-timeouts: "If a timeout is triggered while a
    // command or hook is running, there's a 10-second grace period by default" (the agent's
    // cancel-grace-period, given to jobs as BUILDKITE_CANCEL_GRACE_PERIOD)
    window: env => {
        if (get(env, 'BUILDKITE_JOB_CANCELLED') !== 'true')
            return undefined;
        const set = Number(get(env, 'BUILDKITE_CANCEL_GRACE_PERIOD'));
        return Number.isFinite(set) && set > 0
            ? {
                seconds: set,
                what: `after a cancel, Buildkite's hooks get ${set} s (BUILDKITE_CANCEL_GRACE_PERIOD)`
            }
            : {
                seconds: 10,
                what: "after a cancel, Buildkite's hooks get the cancel grace period, 10 s by default"
            };
    }
};
const jenkins = {
    id: 'jenkins',
    docs: 'docs/ci/jenkins.md',
    name: 'Jenkins',
    detect: env => get(env, 'JENKINS_URL') !== undefined || get(env, 'JENKINS_HOME') !== undefined,
    jobStatus: noStatusVariable('Jenkins gives the build result only to the pipeline script: pass --status ${currentBuild.currentResult} in post { always { ... } }'),
    run: env => ({
        provider: 'jenkins',
        url: withoutCredentials(get(env, 'BUILD_URL')),
        // JOB_NAME, not STAGE_NAME: in post { always } STAGE_NAME is "Declarative: Post Actions".
        job: get(env, 'JOB_NAME'),
        id: get(env, 'BUILD_NUMBER'),
        sha: get(env, 'GIT_COMMIT'),
        ref: get(env, 'TAG_NAME') ?? get(env, 'BRANCH_NAME') ?? get(env, 'GIT_BRANCH')
    })
};
const semaphore = {
    id: 'semaphore',
    docs: 'docs/ci/other.md#semaphore',
    name: 'Semaphore',
    detect: env => get(env, 'SEMAPHORE') === 'true',
    // docs.semaphoreci.com, environment variables: SEMAPHORE_JOB_RESULT is passed, failed or
    // stopped, in the epilogue
    jobStatus: env => fromStatusVariable(env, 'SEMAPHORE_JOB_RESULT', ['passed', 'failed', 'stopped'], 'Semaphore sets it in the epilogue: run this command in epilogue: always'),
    run: env => {
        const org = get(env, 'SEMAPHORE_ORGANIZATION_URL');
        const jobId = get(env, 'SEMAPHORE_JOB_ID');
        return {
            provider: 'semaphore',
            url: org && jobId ? withoutCredentials(`${org.replace(/\/$/, '')}/jobs/${jobId}`) : undefined,
            pipeline: get(env, 'SEMAPHORE_PROJECT_NAME'),
            job: get(env, 'SEMAPHORE_JOB_NAME'),
            id: get(env, 'SEMAPHORE_WORKFLOW_ID'),
            sha: get(env, 'SEMAPHORE_GIT_SHA'),
            ref: get(env, 'SEMAPHORE_GIT_REF') ?? get(env, 'SEMAPHORE_GIT_BRANCH')
        };
    },
    // docs.semaphoreci.com, job parallelism: SEMAPHORE_JOB_INDEX (from 1) and SEMAPHORE_JOB_COUNT
    shard: env => shardFrom(env, 'SEMAPHORE_JOB_INDEX', 'SEMAPHORE_JOB_COUNT', 1)
};
const codebuild = {
    id: 'aws-codebuild',
    docs: 'docs/ci/other.md#aws-codebuild',
    name: 'AWS CodeBuild',
    detect: env => get(env, 'CODEBUILD_BUILD_ID') !== undefined,
    // docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html:
    // CODEBUILD_BUILD_SUCCEEDING "Set to 0 if the build is failing, or 1 if the build is succeeding"
    jobStatus: env => {
        const value = get(env, 'CODEBUILD_BUILD_SUCCEEDING');
        if (value === '1')
            return soFar({ status: 'SUCCESS', reason: 'CODEBUILD_BUILD_SUCCEEDING is 1' }, 'build');
        if (value === '0')
            return { status: 'FAILURE', reason: 'CODEBUILD_BUILD_SUCCEEDING is 0' };
        return {
            unavailable: value === undefined
                ? 'CODEBUILD_BUILD_SUCCEEDING is not set (CodeBuild sets it in every phase: run this command in post_build)'
                : `CODEBUILD_BUILD_SUCCEEDING is '${value}', not 0 or 1`
        };
    },
    run: env => ({
        provider: 'aws-codebuild',
        url: withoutCredentials(get(env, 'CODEBUILD_BUILD_URL') ?? get(env, 'CODEBUILD_PUBLIC_BUILD_URL')),
        job: get(env, 'CODEBUILD_BUILD_ID'),
        id: get(env, 'CODEBUILD_BUILD_NUMBER'),
        sha: get(env, 'CODEBUILD_RESOLVED_SOURCE_VERSION'),
        ref: get(env, 'CODEBUILD_WEBHOOK_HEAD_REF') ?? get(env, 'CODEBUILD_SOURCE_VERSION'),
        actor: get(env, 'CODEBUILD_INITIATOR')
    })
};
const travis = {
    id: 'travis-ci',
    docs: 'docs/ci/other.md#travis-ci',
    name: 'Travis CI',
    detect: env => get(env, 'TRAVIS') === 'true',
    // docs.travis-ci.com/user/environment-variables: TRAVIS_TEST_RESULT is 0 if all commands in
    // the script section exited with zero, 1 otherwise
    jobStatus: env => fromExitCode(env, 'TRAVIS_TEST_RESULT', 'after the script phase: use after_script'),
    run: env => ({
        provider: 'travis-ci',
        url: withoutCredentials(get(env, 'TRAVIS_JOB_WEB_URL') ?? get(env, 'TRAVIS_BUILD_WEB_URL')),
        pipeline: get(env, 'TRAVIS_REPO_SLUG'),
        job: get(env, 'TRAVIS_JOB_NAME') ?? get(env, 'TRAVIS_JOB_NUMBER'),
        id: get(env, 'TRAVIS_JOB_ID'),
        sha: get(env, 'TRAVIS_COMMIT'),
        ref: get(env, 'TRAVIS_TAG') ?? get(env, 'TRAVIS_BRANCH')
    })
};
/** Woodpecker before Drone: older Woodpecker agents also set DRONE_* variables. */
const woodpecker = {
    id: 'woodpecker',
    docs: 'docs/ci/other.md#woodpecker',
    name: 'Woodpecker',
    detect: env => get(env, 'CI') === 'woodpecker',
    // woodpecker-ci.org/docs/usage/environment: CI_PIPELINE_STATUS is success or failure, the
    // pipeline's status so far
    jobStatus: env => soFar(fromStatusVariable(env, 'CI_PIPELINE_STATUS', ['success', 'failure'], 'a step with when: status: [success, failure] runs after the others'), 'pipeline'),
    run: env => ({
        provider: 'woodpecker',
        url: withoutCredentials(get(env, 'CI_PIPELINE_URL')),
        pipeline: get(env, 'CI_REPO'),
        job: get(env, 'CI_STEP_NAME'),
        id: get(env, 'CI_PIPELINE_NUMBER'),
        sha: get(env, 'CI_COMMIT_SHA'),
        ref: get(env, 'CI_COMMIT_TAG') ?? get(env, 'CI_COMMIT_BRANCH')
    })
};
const drone = {
    id: 'drone',
    docs: 'docs/ci/other.md#drone',
    name: 'Drone',
    detect: env => get(env, 'DRONE') === 'true',
    // docs.drone.io/pipeline/environment/reference/drone-build-status: success or failure, "a
    // point in time snapshot" that may not reflect pipelines running in parallel
    jobStatus: env => soFar(fromStatusVariable(env, 'DRONE_BUILD_STATUS', ['success', 'failure'], 'a step with when: status: [success, failure] runs after the others'), 'build'),
    run: env => ({
        provider: 'drone',
        url: withoutCredentials(get(env, 'DRONE_BUILD_LINK')),
        pipeline: get(env, 'DRONE_REPO'),
        job: get(env, 'DRONE_STEP_NAME') ?? get(env, 'DRONE_STAGE_NAME'),
        id: get(env, 'DRONE_BUILD_NUMBER'),
        sha: get(env, 'DRONE_COMMIT_SHA'),
        ref: get(env, 'DRONE_TAG') ?? get(env, 'DRONE_BRANCH'),
        actor: get(env, 'DRONE_COMMIT_AUTHOR')
    })
};
const bitrise = {
    id: 'bitrise',
    docs: 'docs/ci/other.md#bitrise',
    name: 'Bitrise',
    detect: env => get(env, 'BITRISE_IO') === 'true' || get(env, 'BITRISE_BUILD_NUMBER') !== undefined,
    // docs.bitrise.io, available environment variables: BITRISE_BUILD_STATUS is 0 (succeeding)
    // or 1 (failing), the build's status so far
    jobStatus: env => soFar(fromExitCode(env, 'BITRISE_BUILD_STATUS', 'by the Bitrise CLI: run this in a step with is_always_run: true'), 'build'),
    run: env => ({
        provider: 'bitrise',
        url: withoutCredentials(get(env, 'BITRISE_BUILD_URL')),
        pipeline: get(env, 'BITRISE_APP_TITLE'),
        job: get(env, 'BITRISE_TRIGGERED_WORKFLOW_ID'),
        id: get(env, 'BITRISE_BUILD_NUMBER'),
        sha: get(env, 'BITRISE_GIT_COMMIT') ?? get(env, 'GIT_CLONE_COMMIT_HASH'),
        ref: get(env, 'BITRISE_GIT_TAG') ?? get(env, 'BITRISE_GIT_BRANCH')
    })
};
/** Most specific first: Gitea and Forgejo before GitHub, Woodpecker before Drone, Jenkins last. */
const CI_PROVIDERS = [
    forgejo,
    gitea,
    github,
    gitlab,
    azure,
    circleci,
    bitbucket,
    buildkite,
    semaphore,
    codebuild,
    travis,
    woodpecker,
    drone,
    bitrise,
    jenkins
];
function detectCi(env) {
    return CI_PROVIDERS.find(provider => provider.detect(env));
}
function ciRun(provider, env) {
    return compact(provider ? provider.run(env) : { provider: 'unknown' });
}

;// CONCATENATED MODULE: ./src/cli/status-choice.ts


const WHAT_TO_PASS = "Pass --exit-code with the exit status of the job's command, or --status with a word from the " +
    `table (${(0,status_words/* acceptedWords */.Vk)()}).`;
const KNOWN_CIS = 'GitHub Actions, Gitea and Forgejo Actions, GitLab CI, Azure Pipelines, CircleCI, Bitbucket Pipelines, ' +
    'Buildkite, Semaphore, AWS CodeBuild, Travis CI, Woodpecker, Drone, Bitrise, Jenkins';
function decideStatus(given, ci, env) {
    const exitCode = given(args/* ExtraFlags */.ai.ExitCode);
    const status = given('status');
    const word = status.value.trim();
    // Given, but empty: a CI variable that expanded to nothing (Azure's $(testResult) of a job
    // renamed). Taken for auto, it would send the job's own status, perhaps a wrong SUCCESS.
    for (const name of [args/* ExtraFlags */.ai.ExitCode, 'status']) {
        const value = given(name);
        const variable = (0,args/* variableFor */.S_)(name);
        if (value.value.trim() === '' && (value.from !== undefined || env[variable] !== undefined)) {
            const what = value.from ?? variable;
            return {
                problem: `${what} is given but empty (a variable that expanded to nothing?): give how the job ended, ` +
                    `or leave it out for auto. ${WHAT_TO_PASS}`
            };
        }
    }
    const fixedWord = word !== '' && word.toLowerCase() !== 'auto';
    if (exitCode.value !== '') {
        const from = exitCode.from ?? '--exit-code';
        if (fixedWord) {
            return {
                problem: `${status.from} and ${from} are both given: give one, the job's status or its exit code.`
            };
        }
        const decided = (0,status_words/* statusOfExitCode */.T8)(exitCode.value);
        return decided
            ? { status: decided, reason: `${from} is ${exitCode.value.trim()}` }
            : {
                problem: `${from} is not a whole number: give the exit status of the job's command, such as 0 or 1.`
            };
    }
    if (fixedWord) {
        const from = status.from ?? '--status';
        const fromWord = (0,status_words/* statusOfWord */.gQ)(word);
        if (fromWord)
            return { status: fromWord, reason: `${from} is ${word}` };
        const fromNumber = (0,status_words/* statusOfExitCode */.T8)(word);
        if (fromNumber) {
            // CODEBUILD_BUILD_SUCCEEDING's 1 means passing; every exit status's 1 means failed.
            if (ci?.id === 'aws-codebuild') {
                return {
                    problem: `${from} is a number, which in CodeBuild could be CODEBUILD_BUILD_SUCCEEDING (1 passing) or an ` +
                        'exit status (1 failed): leave --status unset (auto reads CODEBUILD_BUILD_SUCCEEDING), or pass --exit-code.'
                };
            }
            return { status: fromNumber, reason: `${from} is ${word}, an exit status` };
        }
        if ((0,status_words/* isResultlessWord */.L3)(word)) {
            return {
                problem: `${from} says the run ended but not how (GitHub's status, not its conclusion; Azure's build status, ` +
                    `not its result): pass how it ended. ${WHAT_TO_PASS}`
            };
        }
        if ((0,status_words/* isNotEndedWord */.MG)(word)) {
            return { problem: `${from} says the job has not ended: call back when it has. ${WHAT_TO_PASS}` };
        }
        return { problem: `${from} is not a word this program knows for a job's end. ${WHAT_TO_PASS}` };
    }
    if (!ci) {
        return {
            unavailable: `--status auto cannot tell how the job went: no CI this program knows was detected (${KNOWN_CIS}). ${WHAT_TO_PASS}`
        };
    }
    const found = ci.jobStatus(env);
    if ('status' in found)
        return found;
    return {
        unavailable: `--status auto cannot tell how the job went: ${ci.name}: ${found.unavailable}. ${WHAT_TO_PASS}`
    };
}

;// CONCATENATED MODULE: ./src/cli/shards.ts
/**
 * Pure: the message, or nothing when the SUCCESS may go out. The core holds the SUCCESS back
 * only once the reports are read: with fail-on-test-failures a shard's tests may turn it into a
 * FAILURE, which is the whole's and goes out.
 */
function refuseShardSuccess(ci, env) {
    const shard = ci.shard?.(env);
    if (!shard)
        return undefined;
    return (`Not sent: this job is ${shard.index} of ${shard.total} parallel jobs (${shard.variables}), and one ` +
        `job's SUCCESS would complete the task while another may still fail. Call back once, after all of ` +
        `them, as ${ci.docs} shows; if this is that final callback, pass --final (or set ` +
        `VIBEIQ_FINAL=true). A FAILURE from any of them is sent. Until a final callback, the task waits.`);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./src/action/completion-mark.ts
/**
 * The mark that a task's callback was sent, shared by every step of a job through RUNNER_TEMP,
 * so that a watch step's post phase never sends a second, contradicting callback, and a
 * progress reporter sends nothing after the callback. It is written before the first byte of
 * the callback leaves ("sending", with the exact body), and then says what came of it.
 */







/** Without RUNNER_TEMP there is no place private to this job: the shared /tmp would let one job silence another's post phase. */
class NoRunnerTemp extends Error {
    constructor() {
        super('RUNNER_TEMP is not set');
        this.name = 'NoRunnerTemp';
    }
}
function markDirectory(env) {
    const runnerTemp = env['RUNNER_TEMP'];
    return runnerTemp ? (0,external_node_path_.join)(runnerTemp, constants/* ACTION_NAME */.px) : undefined;
}
/**
 * A task's name in file names: a hash in lower-case hex, so that task ids that differ only in
 * case never share a file on a file system that ignores case (macOS, Windows).
 */
function taskKey(taskId) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(taskId).digest('hex').slice(0, 32);
}
function markFile(directory, taskId) {
    return (0,external_node_path_.join)(directory, `completed-${taskKey(taskId)}.json`);
}
/**
 * Written whole or not at all, and never through a link planted at its path: the content goes
 * to a new file of a random name, opened exclusively, which then replaces the mark path itself.
 * Synchronous, so that a signal handler never runs between the two.
 */
function markCompleted(taskId, mark, env = process.env) {
    const directory = markDirectory(env);
    if (!directory)
        throw new NoRunnerTemp();
    writeAtomically(directory, markFile(ensureDirectory(directory), taskId), JSON.stringify(mark));
}
function ensureDirectory(directory) {
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true, mode: 0o700 });
    if (!(0,external_node_fs_.lstatSync)(directory).isDirectory())
        throw new Error(`${directory} is not a directory`);
    return directory;
}
function writeAtomically(directory, path, text) {
    const temporary = (0,external_node_path_.join)(directory, `.${(0,external_node_crypto_namespaceObject.randomUUID)()}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(temporary, text, { flag: 'wx', mode: 0o600 });
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** The mark's text as it is, if it is a regular file; undefined otherwise. */
async function readMarkText(path, directory) {
    try {
        if (!(await (0,promises_.lstat)(directory)).isDirectory() || !(await (0,promises_.lstat)(path)).isFile())
            return undefined;
        // O_NOFOLLOW closes the gap between the check and the open, where the platform has it.
        const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
        try {
            if (!(await file.stat()).isFile())
                return undefined;
            return await file.readFile('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch {
        return undefined;
    }
}
/** The mark, if this job holds a valid one; a link, or anything unreadable, is no mark. */
async function readCompletion(taskId, env = process.env) {
    const directory = markDirectory(env);
    if (!directory)
        return undefined;
    const text = await readMarkText(markFile(directory, taskId), directory);
    return text === undefined ? undefined : parseMark(text, taskId);
}
function parseMark(text, taskId) {
    let mark;
    try {
        // Read as written, so that a body sent again keeps the numbers of `output` digit for digit.
        mark = parseJsonExactly(text);
    }
    catch {
        return undefined;
    }
    if (mark?.status !== 'SUCCESS' && mark?.status !== 'FAILURE')
        return undefined;
    // A mark of version 1.0.0 has no state: it was written only for an accepted callback.
    if (mark.state === undefined || mark.state === 'accepted')
        return { ...mark, state: 'accepted' };
    const body = 'body' in mark ? mark.body : undefined;
    const uncertain = mark.state === 'uncertain' || mark.state === 'sending';
    const resendable = uncertain && body?.taskId === taskId && body.status === mark.status;
    return resendable ? mark : undefined;
}
/**
 * Records the callback as "sending", with its exact body, before its first byte leaves; waits,
 * within a short bound, for a progress update already on its way to be answered; and returns
 * what records the outcome: accepted, or uncertain with the body to send again. A refusal (VibeIQ
 * said no, or nothing reached it) puts back the mark that was there before, as does an uncertain
 * outcome after an accepted one. Without a mark, a warning, not a failure.
 */
async function recordSending(taskId, body, log, env = process.env) {
    const directory = markDirectory(env);
    const path = directory && markFile(directory, taskId);
    const before = directory && path ? await readMarkText(path, directory) : undefined;
    const at = () => new Date().toISOString();
    let problem;
    try {
        markCompleted(taskId, { state: 'sending', status: body.status, at: at(), body }, env);
        await settleUpdates(taskId, env);
    }
    catch (error) {
        problem = error;
    }
    const warn = (delivery, error) => {
        const completed = delivery.outcome === 'accepted' ? 'is completed' : 'may be completed';
        const consequence = 'a watch step of this job may send a second callback';
        log.warning(error instanceof NoRunnerTemp
            ? `RUNNER_TEMP is not set, so nothing records that task ${taskId} ${completed}: ${consequence}.`
            : `Could not record in RUNNER_TEMP that task ${taskId} ${completed} (${(0,errors/* errorText */.k)(error)}): ${consequence}.`);
    };
    // An accepted mark stays: the task is complete, whatever a later callback came to.
    const keepBefore = (delivery) => delivery.outcome === 'refused' ||
        (delivery.outcome === 'uncertain' &&
            before !== undefined &&
            parseMark(before, taskId)?.state === 'accepted');
    return delivery => {
        if (keepBefore(delivery)) {
            if (!problem && directory && path)
                putBack(directory, path, before);
        }
        else if (problem) {
            warn(delivery, problem);
        }
        else {
            const common = { status: body.status, httpStatus: delivery.httpStatus, at: at() };
            try {
                markCompleted(taskId, delivery.outcome === 'accepted'
                    ? { state: 'accepted', ...common }
                    : { state: 'uncertain', ...common, body }, env);
            }
            catch (error) {
                warn(delivery, error);
            }
        }
        return Promise.resolve();
    };
}
/** The mark as it was before a callback that VibeIQ refused, or none. */
function putBack(directory, path, before) {
    try {
        if (before === undefined)
            (0,external_node_fs_.rmSync)(path, { force: true });
        else
            writeAtomically(directory, path, before);
    }
    catch {
        // the "sending" mark stays: a later step sends the same body again, never another
    }
}
/** How long a callback waits for a progress update already on its way to be answered. */
const UPDATE_SETTLE_MS = 10_000;
const SETTLE_CHECK_MS = 25;
/**
 * A progress reporter flags each update it sends with a file of its own; one that was killed
 * leaves a flag whose process is gone, which is not waited for.
 */
function updateFlagPrefix(taskId) {
    return `updating-${taskKey(taskId)}-`;
}
async function settleUpdates(taskId, env, withinMs = UPDATE_SETTLE_MS) {
    const directory = markDirectory(env);
    if (!directory)
        return;
    const deadline = Date.now() + withinMs;
    while (updatesOnTheirWay(directory, taskId) && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, SETTLE_CHECK_MS));
    }
}
function updatesOnTheirWay(directory, taskId) {
    const prefix = updateFlagPrefix(taskId);
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory).filter(name => name.startsWith(prefix));
    }
    catch {
        return false;
    }
    return names.some(name => {
        try {
            process.kill(Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(directory, name), 'utf8')), 0);
            return true;
        }
        catch {
            return false; // gone, or its flag is unreadable
        }
    });
}
/**
 * For the progress reporter: flags an update about to be sent, then looks for a mark. The
 * callback writes its mark, then looks for flags: whichever comes second sees the other, so no
 * update leaves after a callback without the callback waiting for it. Returns the mark that
 * forbids the update (the flag is gone then), or what ends the update once it is answered.
 */
async function beginUpdate(taskId, env = process.env) {
    const directory = markDirectory(env);
    let flag;
    if (directory) {
        try {
            flag = (0,external_node_path_.join)(ensureDirectory(directory), `${updateFlagPrefix(taskId)}${process.pid}-${(0,external_node_crypto_namespaceObject.randomUUID)()}`);
            (0,external_node_fs_.writeFileSync)(flag, String(process.pid), { flag: 'wx', mode: 0o600 });
        }
        catch {
            flag = undefined;
        }
    }
    const end = () => {
        if (flag)
            (0,external_node_fs_.rmSync)(flag, { force: true });
    };
    const completed = await readCompletion(taskId, env);
    if (completed) {
        end();
        return { completed };
    }
    return { end };
}
/** beginUpdate, as the core's edge asks it before a subtext step's update. */
async function beginSubtextUpdate(taskId, env = process.env) {
    const update = await beginUpdate(taskId, env);
    if (!('completed' in update))
        return update;
    const { status, state } = update.completed;
    return { completedWith: state === 'sending' ? `${status} (on its way)` : status };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/node-transport.ts
/**
 * The command line's transport: Node's own HTTP client, whose agents honour HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY (Node 24.5 and later), so no toolkit and no `undici` is loaded.
 */



const openWithNode = request => new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    // Loopback is never proxied, as the runner's http-client decides too: a local api-url is
    // the only one plain http may reach, and its credentials must not travel to a proxy.
    const proxyEnv = isLoopback(url.hostname) ? undefined : process.env;
    const agent = secure
        ? new (external_node_https_default()).Agent({ keepAlive: false, proxyEnv })
        : new (external_node_http_default()).Agent({ keepAlive: false, proxyEnv });
    const send = secure ? (external_node_https_default()).request : (external_node_http_default()).request;
    const outgoing = send(url, {
        method: request.method,
        headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
        agent,
        signal: request.signal,
        timeout: request.idleTimeoutMs
    }, resolve);
    // Redirects come back as answers, never followed: credentials go nowhere but api-url.
    outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('Request timeout: the connection went idle'), { code: 'ETIMEDOUT' })));
    // Nothing leaves before the agent hands it a socket (after the tunnel, if any).
    request.onSocket();
    outgoing.on('socket', request.onSocket);
    outgoing.on('error', reject);
    request.signal.addEventListener('abort', () => agent.destroy(), { once: true });
    outgoing.end(request.body);
});

;// CONCATENATED MODULE: ./src/cli/terminal-edge.ts
/**
 * The core's edge on a terminal, in any CI: human-readable lines on stderr, outputs kept for
 * `--json`, Node's own HTTP client. Inside GitHub Actions it also masks secrets and folds blocks
 * with workflow commands, and writes the job summary; elsewhere it prints no workflow commands.
 */




function terminalEdge({ env, run, write = text => process.stderr.write(text) }) {
    const inGitHubActions = env['GITHUB_ACTIONS'] === 'true';
    const debugging = env['RUNNER_DEBUG'] === '1' || /^true$/i.test(env['VIBEIQ_DEBUG'] ?? '');
    const outputs = new Map();
    const failures = [];
    const line = (text) => write(`${text}\n`);
    // A workflow command in text from outside must do nothing, and nothing is a command elsewhere.
    const command = (name, text) => inGitHubActions ? line(`::${name}::${escapeCommand(text)}`) : line(`${name}: ${text}`);
    const edge = {
        stepName: 'CI job',
        byHandWhere: inGitHubActions ? 'the job summary' : 'this log',
        outputs,
        failures,
        info: line,
        warning: text => command('warning', text),
        debug: text => {
            if (debugging)
                command('debug', text);
        },
        fail: text => {
            failures.push(text);
            command('error', text);
        },
        block(title, lines) {
            if (!inGitHubActions) {
                write([`--- ${title}`, ...lines, '---'].map(l => `${l}\n`).join(''));
                return;
            }
            const resume = (0,external_node_crypto_namespaceObject.randomUUID)();
            write([`::group::${title}`, `::stop-commands::${resume}`, ...lines, `::${resume}::`, '::endgroup::'].join('\n') + '\n');
        },
        setOutput: (name, value) => void outputs.set(name, value),
        mask: secret => {
            if (inGitHubActions)
                line(`::add-mask::${escapeCommand(secret)}`);
        },
        async summary(html) {
            const file = env['GITHUB_STEP_SUMMARY'];
            if (inGitHubActions && file)
                await (0,promises_.appendFile)(file, html);
        },
        openRequest: openWithNode,
        // The CI may end this command at its own limit before the retries end (docs/ci: budgets).
        retrying: (title, lines) => edge.block(title, lines),
        run: () => run,
        // In a GitHub Actions `run` step, a watch step of the same job must not send a second status.
        recordSending: inGitHubActions ? (taskId, body) => recordSending(taskId, body, edge, env) : undefined,
        beginUpdate: inGitHubActions ? taskId => beginSubtextUpdate(taskId, env) : undefined
    };
    return edge;
}
/** As the toolkit escapes a command's message: %, CR and LF. */
function escapeCommand(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command-line program: one command per run, its one top-level catch, and its exit code.
 * Exit codes: 0 delivered (or a dry run), 1 not delivered, 2 usage or input error (or a shard's
 * SUCCESS refused), 3 uncertain.
 */











const ExitCode = { Delivered: 0, NotDelivered: 1, Usage: 2, Uncertain: 3 };
async function main(argv, io) {
    const print = io.print ?? (text => process.stdout.write(text));
    const cli = (0,args/* parseCommandLine */.Du)(argv);
    if (cli.help) {
        print(args/* USAGE */.u_);
        return ExitCode.Delivered;
    }
    if (cli.version) {
        print(`${constants/* ACTION_NAME */.px} ${constants/* ACTION_VERSION */.Yt}\n`);
        return ExitCode.Delivered;
    }
    const ci = detectCi(io.env);
    const run = ciRun(ci, io.env);
    const edge = terminalEdge({
        env: io.env,
        run: { name: `${ci?.name ?? 'CI'} run`, outputKey: 'ciRun', details: { ...run }, url: run.url },
        write: io.write
    });
    try {
        const { code, delivery } = await runCommand(cli, ci, edge, io);
        if (cli.json)
            print(`${JSON.stringify(resultJson(edge, code, delivery, cli))}\n`);
        return code;
    }
    catch (error) {
        edge.fail((0,errors/* errorText */.k)(error));
        if (cli.json)
            print(`${JSON.stringify(resultJson(edge, ExitCode.NotDelivered, undefined, cli))}\n`);
        return ExitCode.NotDelivered;
    }
}
async function runCommand(cli, ci, edge, io) {
    const given = givenValues(cli, io.env);
    const decided = decideStatus(given, ci, io.env);
    const { name, url, details } = edge.run();
    const attempt = details['attempt'];
    // Which run sent the outcome, for the reason line in the task's logs.
    const where = [url && `${name}: ${url}`, attempt && `attempt ${attempt}`].filter(Boolean).join(', ');
    const budget = budgetFor(ci, io.env, given);
    const values = commandLineValues(cli, given, decided, where, budget?.values);
    const result = readSettings(values, secret => edge.mask(secret), io.env);
    // Masked by now: a secret given as a flag can be named without printing it.
    for (const name of [constants/* Inputs */.G0.Token, constants/* Inputs */.G0.ApiKey]) {
        if (cli.flags.get(name)) {
            edge.warning(`--${name} was given on the command line, where other processes of this machine can read it; ` +
                `prefer the ${(0,args/* variableFor */.S_)(name)} environment variable.`);
        }
    }
    const problems = cli.command === 'complete' && 'problem' in decided ? [decided.problem] : [];
    const errors = [...cli.problems, ...problems, ...(result.ok ? [] : result.errors)];
    if (errors.length > 0 || !result.ok) {
        const target = cli.command === 'subtext' ? undefined : result.failureTarget;
        const delivery = await reportInvalidInputs(errors, target, edge, io.hooks);
        return { code: ExitCode.Usage, delivery };
    }
    const { settings } = result;
    if (url)
        edge.info(`${name}: ${url}${attempt ? ` (attempt ${attempt})` : ''}`);
    if (budget?.note)
        edge.info(budget.note);
    if (settings.mode === 'subtext') {
        const delivery = await runSubtextMode(settings, edge, io.hooks);
        return { code: exitCode(settings, delivery), delivery };
    }
    // The CI's window covers the whole command, reading included, counted from the process's start.
    const deadline = budget && (io.hooks?.now?.() ?? performance.timeOrigin) + budget.totalMs;
    const final = /^true$/i.test(given(args/* ExtraFlags */.ai.Final).value);
    const holdSuccess = ci && !final && !settings.dryRun ? refuseShardSuccess(ci, io.env) : undefined;
    let delivery;
    try {
        delivery = await runCallbackMode(settings, edge, io.hooks, { deadline, holdSuccess });
    }
    catch (error) {
        if (!(error instanceof SuccessHeld))
            throw error;
        edge.fail(error.message);
        return { code: ExitCode.Usage };
    }
    return { code: exitCode(settings, delivery), delivery };
}
function exitCode(settings, delivery) {
    if (!delivery || delivery.outcome === 'accepted')
        return ExitCode.Delivered;
    // A subtext update is best effort, as in the Action; fail-on-error false asks for the same.
    if (settings.mode === 'subtext' || !settings.failOnError)
        return ExitCode.Delivered;
    return delivery.outcome === 'uncertain' ? ExitCode.Uncertain : ExitCode.NotDelivered;
}
function givenValues(cli, env) {
    return name => {
        const flag = cli.flags.get(name);
        if (flag !== undefined)
            return { value: flag, from: `--${name}` };
        // The core reads the credentials' variables itself, for the Action and the command line alike.
        if ((0,args/* isCredential */.uo)(name))
            return { value: '' };
        const variable = (0,args/* variableFor */.S_)(name);
        const value = env[variable]?.trim();
        return value ? { value, from: variable } : { value: '' };
    };
}
/**
 * What the core reads as the Action's inputs. The status always reaches it as `auto` with the
 * job's status decided here (from --status, --exit-code or the CI's variable), so that the
 * reason line in the task's logs says where it came from, and which run: its URL and attempt.
 */
function commandLineValues(cli, given, decided, 
/** The run's URL and attempt, or '' where the CI gives neither. */
where, budget) {
    const input = (name) => ((0,args/* isCommandLineInput */.Mz)(name) ? given(name) : { value: '' });
    return {
        get(name) {
            if (name === constants/* Inputs */.G0.Mode)
                return cli.command === 'subtext' ? 'subtext' : 'callback';
            // A status this program could not read is its own usage error; the core sees FAILURE.
            if (name === constants/* Inputs */.G0.Status)
                return 'problem' in decided ? 'FAILURE' : 'auto';
            if (name === constants/* Inputs */.G0.JobStatus) {
                return 'status' in decided ? (decided.status === 'SUCCESS' ? 'success' : 'failure') : '';
            }
            return input(name).value || budget?.[name] || '';
        },
        label: name => input(name).from ?? `--${name}`,
        name: name => `--${name}`,
        missing(name) {
            if (name === constants/* Inputs */.G0.TaskId)
                return `No task id: pass --${name} or set ${(0,args/* variableFor */.S_)(name)}.`;
            if (name !== constants/* Inputs */.G0.JobStatus)
                return undefined;
            return 'unavailable' in decided ? decided.unavailable : undefined;
        },
        jobStatusReason() {
            if (!('status' in decided))
                return undefined;
            return where ? `${decided.reason} (${where})` : decided.reason;
        }
    };
}
/** `--json`: the result as one object. */
/** The `--json` result of a command stopped by a signal, in the shape of resultJson's. */
function interruptedResult(signal, sending, outcome, code, message) {
    return {
        taskId: sending?.taskId,
        status: sending?.status,
        delivered: false,
        outcome,
        exitCode: code,
        interrupted: signal,
        errors: message ? [message] : undefined
    };
}
function resultJson(edge, code, delivery, cli) {
    const out = edge.outputs;
    const tests = out.has(constants/* Outputs */.tY.TestsTotal)
        ? {
            total: out.get(constants/* Outputs */.tY.TestsTotal),
            passed: out.get(constants/* Outputs */.tY.TestsPassed),
            failed: out.get(constants/* Outputs */.tY.TestsFailed),
            skipped: out.get(constants/* Outputs */.tY.TestsSkipped),
            flaky: out.get(constants/* Outputs */.tY.TestsFlaky)
        }
        : undefined;
    return {
        command: cli.command,
        taskId: out.get(constants/* Outputs */.tY.TaskId) || undefined,
        status: out.get(constants/* Outputs */.tY.Status) || undefined,
        delivered: delivery?.outcome === 'accepted',
        outcome: delivery?.outcome ?? (code === ExitCode.Delivered ? 'dry-run' : undefined),
        httpStatus: delivery?.httpStatus,
        attempts: delivery?.attempts ?? 0,
        tests,
        exitCode: code,
        errors: edge.failures.length > 0 ? edge.failures : undefined
    };
}


/***/ }),

/***/ 793:
/***/ (() => {

/**
 * Imported first by the command line's entry: below Node 22.21 its HTTP client would ignore the
 * proxy variables (http.Agent's `proxyEnv` came in 22.21.0 and 24.5.0: nodejs.org/blog/release/v22.21.0,
 * "http,https: add built-in proxy support in http/https.request and Agent", #58980), so it
 * refuses to start, with exit code 2, before anything is read or sent. 22.21 is the oldest Node
 * the CI images carry that has it: runner-images' Ubuntu 22.04 and 24.04 lists name Node 22.
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const tooOld = major < 22 || (major === 22 && minor < 21) || major === 23 || (major === 24 && minor < 5);
if (tooOld) {
    process.stderr.write(`vibeiq-task-callback needs Node.js 22.21 or later (24.5 or later on Node 24); this is ${process.version}. ` +
        'Install a current Node.js LTS, or run it with npx -p node@22.\n');
    process.exit(2);
}



/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ MIN_LOG_BYTES),
/* harmony export */   D6: () => (/* binding */ MAX_RESPONSE_OUTPUT_BYTES),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   H8: () => (/* binding */ MIN_PROGRESS_INTERVAL_SECONDS),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   OO: () => (/* binding */ SUBTEXT_RETRY_FOR_MS),
/* harmony export */   TN: () => (/* binding */ CallbackPath),
/* harmony export */   Vz: () => (/* binding */ CredentialEnv),
/* harmony export */   Yt: () => (/* binding */ ACTION_VERSION),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   kd: () => (/* binding */ MAX_RETRIES),
/* harmony export */   lw: () => (/* binding */ JUNIT_READ_MS),
/* harmony export */   px: () => (/* binding */ ACTION_NAME),
/* harmony export */   sA: () => (/* binding */ MAX_RETRY_FOR_SECONDS),
/* harmony export */   tS: () => (/* binding */ MAX_PROGRESS_INTERVAL_SECONDS),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   vI: () => (/* binding */ taskPath)
/* harmony export */ });
/* unused harmony exports State, ProgressEnv, CANCELLED_POST_PHASE_MS */
/** Every name the action shares with action.yml, the runner or VibeIQ, in one place. */
const ACTION_NAME = 'vibeiq-task-callback';
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`;
const Inputs = {
    TaskId: 'task-id',
    Status: 'status',
    JobStatus: 'job-status',
    Needs: 'needs',
    Logs: 'logs',
    LogsFile: 'logs-file',
    Output: 'output',
    Subtext: 'subtext',
    Token: 'token',
    ApiKey: 'api-key',
    Org: 'org',
    ApiUrl: 'api-url',
    Mode: 'mode',
    Retries: 'retries',
    RetryFor: 'retry-for',
    Timeout: 'timeout',
    IncludeRunInfo: 'include-run-info',
    MaxLogBytes: 'max-log-bytes',
    DryRun: 'dry-run',
    FailOnError: 'fail-on-error',
    GithubToken: 'github-token',
    JunitFiles: 'junit-files',
    FailOnTestFailures: 'fail-on-test-failures',
    JobCheckRunId: 'job-check-run-id',
    Progress: 'progress',
    ProgressInterval: 'progress-interval'
};
const Outputs = {
    TaskId: 'task-id',
    Status: 'status',
    HttpStatus: 'http-status',
    Attempts: 'attempts',
    Response: 'response',
    Delivered: 'delivered',
    Outcome: 'outcome',
    Body: 'body',
    TestsTotal: 'tests-total',
    TestsPassed: 'tests-passed',
    TestsFailed: 'tests-failed',
    TestsSkipped: 'tests-skipped',
    TestsFlaky: 'tests-flaky'
};
/** Environment variables the credential inputs fall back to. */
const CredentialEnv = {
    Token: 'VIBEIQ_TOKEN',
    ApiKey: 'VIBEIQ_API_KEY',
    Org: 'VIBEIQ_ORG_SLUG'
};
/** Keys saved with core.saveState; the post phase reads them back as STATE_<key>. */
const State = {
    IsPost: 'isPost',
    /** Set by a watch step's main phase: its post phase owes the callback. */
    Watching: 'watching',
    /** The progress reporter's process id, for the post phase to stop it. */
    ProgressPid: 'progressPid',
    /** The progress reporter's directory in RUNNER_TEMP, which also tells that process apart. */
    ProgressDirectory: 'progressDirectory'
};
/** Environment variables of the progress reporter (see progress-control.ts). */
const ProgressEnv = {
    /** Exported to the job's later steps: the file whose newest line becomes the subtext. */
    File: 'VIBEIQ_PROGRESS',
    /** Set only in the reporter's own environment: the bundle starts as the reporter. */
    Reporter: 'VIBEIQ_TASK_CALLBACK_REPORTER'
};
const Defaults = {
    ApiUrl: 'https://api.vibeiq.com/prod/api',
    Mode: 'callback',
    Retries: 50,
    RetryForSeconds: 300,
    TimeoutSeconds: 30,
    MaxLogBytes: 262_144,
    IncludeRunInfo: true,
    DryRun: false,
    FailOnError: true,
    FailOnTestFailures: false,
    Progress: 'steps',
    ProgressIntervalSeconds: 15
};
/** The `response` output keeps at most this much of the server's answer. */
const MAX_RESPONSE_OUTPUT_BYTES = 64 * 1024;
/** Smallest `max-log-bytes`: room for a head, a tail and the line that joins them. */
const MIN_LOG_BYTES = 1024;
const MAX_RETRIES = 100;
const MAX_RETRY_FOR_SECONDS = 3600;
/**
 * A progress update is best effort: it gives up sooner than a callback, so that an outage does
 * not hold a job at its watch step.
 */
const SUBTEXT_RETRY_FOR_MS = 30_000;
/**
 * The runner gives a cancelled job's post steps 5 minutes before it kills them; a watch step's
 * post phase in a cancelled job (stopping the reporter, reading logs and JUnit reports, and the
 * delivery with every retry) ends within this, leaving a minute to spare.
 */
const CANCELLED_POST_PHASE_MS = 240_000;
/** The longest the JUnit reports are read, all together (here, so that a plain callback loads no reader). */
const JUNIT_READ_MS = 60_000;
/** Seconds between the progress reporter's polls: at least this, since each may cost an API request. */
const MIN_PROGRESS_INTERVAL_SECONDS = 2;
const MAX_PROGRESS_INTERVAL_SECONDS = 3600;
const CallbackPath = '/external-events/callback/';
const taskPath = (taskId) => `/event-workflow-tasks/${taskId}`;


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/** An error's message; duck-typed, since errors from another realm fail `instanceof Error`. */
function errorText(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ resolvePatterns),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   y1: () => (/* binding */ searchPatterns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const GLOB_CHARS = /[*?[\]{}]/;
const TIMED_OUT = Symbol('timed out');
/**
 * Resolves paths and glob patterns (one per entry; `!pattern` excludes) relative to the
 * working directory, as the runner's own glob does: hidden files match, symlinked directories
 * are followed, and a pattern that names a directory means every file below it. Plain paths are
 * checked directly, so the glob library is loaded only when a pattern needs it.
 */
async function resolvePatterns(patterns) {
    return (await searchPatterns(patterns, { maxFiles: Infinity, timeLeftMs: () => Infinity })).matches;
}
/**
 * As resolvePatterns, within limits: the first `maxFiles` files found (in the order of the
 * patterns, each pattern's in the order the search meets them, then sorted), found in the
 * time given.
 */
async function searchPatterns(patterns, limits) {
    const excludes = patterns.filter(p => p.startsWith('!'));
    const seen = new Set();
    const matches = [];
    for (const pattern of patterns.filter(p => !p.startsWith('!'))) {
        // Ends a search still walking the tree once its results are no longer wanted.
        const abort = new AbortController();
        const found = matchPattern(pattern, excludes, abort.signal)[Symbol.asyncIterator]();
        const files = [];
        let matched = false;
        let stopped;
        for (;;) {
            const timeLeft = limits.timeLeftMs();
            const next = timeLeft > 0 ? await withinTime(found.next(), timeLeft) : TIMED_OUT;
            if (next === TIMED_OUT)
                stopped = 'time';
            else if (next.done)
                break;
            else {
                matched = true;
                // One file reached by several paths (a symlinked directory such as bazel-testlogs, a
                // `latest` link, a hard link, two patterns) is listed once, under the first path found:
                // known by its device and inode, which every path to it shares.
                const file = await fileIdentity(next.value);
                if (seen.has(file))
                    continue;
                if (seen.size >= limits.maxFiles)
                    stopped = 'files';
                else {
                    seen.add(file);
                    files.push(next.value);
                    continue;
                }
            }
            abort.abort();
            found.return(undefined).catch(() => undefined);
            break;
        }
        matches.push({ pattern, files: files.sort(), matched });
        if (stopped)
            return { matches, stopped };
    }
    return { matches };
}
async function fileIdentity(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path, { bigint: true }).catch(() => undefined);
    // A path that cannot be read is kept, by its name, for reading to refuse it by name.
    return info && info.ino !== 0n ? `${info.dev}:${info.ino}` : `path:${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)}`;
}
async function* matchPattern(pattern, excludes, signal) {
    if (!GLOB_CHARS.test(pattern) && excludes.length === 0) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined);
        if (!info)
            return;
        // Anything but a directory, as the glob would list it; reading decides what it can read.
        if (!info.isDirectory()) {
            yield (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(pattern);
            return;
        }
    }
    const { glob } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 393));
    const found = await glob([pattern], {
        ignore: excludes.map(p => p.slice(1)),
        dot: true,
        followSymbolicLinks: true,
        expandDirectories: true,
        // Not only files: symlinks to FIFOs and devices too, to be refused by name when read.
        onlyFiles: false,
        absolute: true,
        signal
    });
    for (const path of found)
        if (!path.endsWith('/'))
            yield path;
    yield* specialFiles(pattern, excludes);
}
/**
 * What the pattern matches that is neither a file nor a directory (a FIFO, a socket, a
 * device), which the glob library leaves out without a word: listed, so that reading refuses
 * each by name, as it refuses a path given literally. Node's own glob lists them.
 */
async function* specialFiles(pattern, excludes) {
    // A directory means every file below it, as for the glob library.
    const info = GLOB_CHARS.test(pattern) ? undefined : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined);
    const walked = info?.isDirectory() ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pattern, '**') : pattern;
    const entries = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(walked, { withFileTypes: true, exclude: excludes.map(p => p.slice(1)) });
    for await (const entry of entries) {
        if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) {
            yield (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(entry.parentPath, entry.name);
        }
    }
}
async function withinTime(promise, ms) {
    if (ms === Infinity)
        return promise;
    let timer;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve(TIMED_OUT), ms);
    });
    try {
        const result = await Promise.race([promise, timeout]);
        // Left to finish on its own: whatever it ends with is no longer wanted.
        if (result === TIMED_OUT)
            promise.catch(() => undefined);
        return result;
    }
    finally {
        clearTimeout(timer);
    }
}
/** How a file is named in messages and log headers: relative to the workspace when inside it. */
function displayPath(file, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel : file;
}


/***/ }),

/***/ 80:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ud: () => (/* binding */ interruptedWhileSending),
/* harmony export */   _S: () => (/* binding */ whileSending),
/* harmony export */   sx: () => (/* binding */ requestMayHaveLeft),
/* harmony export */   vH: () => (/* binding */ handleInterruptions)
/* harmony export */ });
/* unused harmony export INTERRUPTING_SIGNALS */
/**
 * What a signal would cut short. A cancelled CI job's runner signals the running step (GitHub's
 * sends SIGINT, then SIGTERM, then kills it): the entry points handle both, and say whether a
 * callback was on its way, which VibeIQ may then have received. The completion mark is written
 * synchronously, so a handler never runs in the middle of it.
 */
let onItsWay;
/** Runs `send` as the callback on its way, for a signal handler to name. */
async function whileSending(callback, send) {
    onItsWay = { ...callback, mayHaveArrived: false };
    try {
        return await send();
    }
    finally {
        onItsWay = undefined;
    }
}
/**
 * Called by an attempt once its request may reach the server (the connection is up, or the
 * transport cannot tell): from then on, a signal may cut short a callback VibeIQ received.
 */
function requestMayHaveLeft() {
    if (onItsWay)
        onItsWay.mayHaveArrived = true;
}
/** The words for a callback cut short by a signal: it may have arrived, or it never reached VibeIQ. */
function interruptedWhileSending(signal, sending) {
    const { taskId, status } = sending;
    if (sending.mayHaveArrived === false) {
        return (`Stopped by ${signal} while the ${status} callback for task ${taskId} was being sent: no attempt ` +
            `reached VibeIQ (none got a connection), so it was not delivered and the task still waits.`);
    }
    return (`Stopped by ${signal} while the ${status} callback for task ${taskId} was being sent: VibeIQ may ` +
        `have received it, so the task may already be complete (check it in VibeIQ before sending anything).`);
}
const INTERRUPTING_SIGNALS = ['SIGINT', 'SIGTERM'];
let handled = false;
/**
 * Handles SIGINT and SIGTERM, once per process: `report` says what was cut short and returns the
 * exit code; the process then ends at once, as it would have without a handler.
 */
function handleInterruptions(report, exit = code => process.exit(code)) {
    if (handled)
        return;
    handled = true;
    for (const signal of INTERRUPTING_SIGNALS) {
        process.once(signal, () => {
            let code = 1;
            try {
                code = report(signal, onItsWay);
            }
            finally {
                exit(code);
            }
        });
    }
}


/***/ }),

/***/ 920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  readJunitReports: () => (/* binding */ readJunitReports)
});

// UNUSED EXPORTS: DEFAULT_LIMITS

// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __nccwpck_require__(214);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
// EXTERNAL MODULE: ./src/core/file-patterns.ts
var file_patterns = __nccwpck_require__(389);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(800);
// EXTERNAL MODULE: ./src/core/test-results.ts
var test_results = __nccwpck_require__(576);
;// CONCATENATED MODULE: ./src/core/test-tally.ts

/** Longest suite, name or message kept for a listed test. */
const MAX_TEXT = 300;
/** Read beyond MAX_TEXT, so that a secret crossing the cut is still whole when redacted. */
const SECRET_MARGIN = 1024;
/** How much of a suite, name or message the reader keeps for the tally. */
const RAW_TEXT = MAX_TEXT + SECRET_MARGIN;
class TestTally {
    redact;
    maxProblems;
    counts = {
        total: 0,
        passed: 0,
        failed: 0,
        errored: 0,
        skipped: 0,
        flaky: 0,
        durationSeconds: 0,
        reports: 0
    };
    failures = [];
    flakyTests = [];
    problems = [];
    unlistedProblems = 0;
    /** Limits reached: always listed, after the problems. */
    notes = [];
    unread = [];
    unreadReports = 0;
    constructor(redact, maxProblems) {
        this.redact = redact;
        this.maxProblems = maxProblems;
    }
    add(result, seconds) {
        this.counts.total++;
        this.counts[result]++;
        this.counts.durationSeconds += seconds;
    }
    /**
     * Counts a failed or errored test, and lists the first ones. `describe` is called only for
     * those listed: most failures of a large report never are.
     */
    addFailure(result, seconds, describe) {
        this.add(result, seconds);
        if (this.failures.length < test_results/* MAX_FAILURE_LINES */.w)
            this.failures.push(this.listed(describe(), result));
    }
    addFlaky(seconds, describe) {
        this.add('passed', seconds);
        this.counts.flaky++;
        if (this.flakyTests.length < test_results/* MAX_FAILURE_LINES */.w)
            this.flakyTests.push(this.listed(describe(), 'flaky'));
    }
    /** A report's own totals, for a report that lists no test case. */
    addTotals(totals) {
        const c = this.counts;
        c.total += totals.total;
        c.failed += totals.failed;
        c.errored += totals.errored;
        c.skipped += totals.skipped;
        c.passed += Math.max(0, totals.total - totals.failed - totals.errored - totals.skipped);
        c.durationSeconds += totals.seconds;
    }
    problem(message) {
        if (this.problems.length < this.maxProblems)
            this.problems.push(message);
        else
            this.unlistedProblems++;
    }
    /** A limit reached: always listed. */
    note(message) {
        this.notes.push(message);
    }
    /**
     * A matched report left out of the counts, in whole or in part, and the `more` reports after
     * it that a limit left out too. Fail-on-test-failures fails the task for them.
     */
    leftOut(report, why, more = 0) {
        if (this.unread.length < this.maxProblems)
            this.unread.push(more > 0 ? { report, why, more } : { report, why });
        this.unreadReports += 1 + more;
    }
    summarize() {
        const problems = [...this.problems];
        if (this.unlistedProblems > 0) {
            problems.push(`... and ${plural(this.unlistedProblems, 'more problem')} with reports, not listed`);
        }
        return {
            ...this.counts,
            durationSeconds: Math.round(this.counts.durationSeconds * 1000) / 1000,
            failures: this.failures,
            flakyTests: this.flakyTests,
            problems: [...problems, ...this.notes],
            unread: this.unread,
            unreadReports: this.unreadReports
        };
    }
    listed(test, result) {
        const listed = {
            suite: this.keep(test.suite),
            name: this.keep(test.name),
            result,
            message: this.keep(test.message)
        };
        if (test.wholeSuite)
            listed.wholeSuite = true;
        if (test.afterItsTests)
            listed.afterItsTests = true;
        return listed;
    }
    /** Redacts, then shortens, then copies: a substring would keep the parser's whole chunk alive. */
    keep(text) {
        const redacted = this.redact(text);
        const short = redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}...` : redacted;
        return Buffer.from(short, 'utf8').toString('utf8');
    }
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/xml-skimmer.ts
/**
 * Bounds what the XML parser holds. saxes keeps each comment, CDATA section, processing
 * instruction, DTD and tag whole until it ends (and text too, while text is asked for), so a
 * 700 MB `<system-out>` would be held whole and then fail as a string too long for the
 * engine. The skimmer sits in front of it and passes the document through piece by piece,
 * keeping only the start of each such run of content: the tests' counts and messages never
 * need more. Only markup boundaries are found here, which well-formed XML makes simple: outside
 * comments, CDATA and processing instructions, every `<` starts markup, and inside a tag only
 * quoted attribute values can hide a `>`.
 */
/** Raised for what cannot be skimmed: a DTD, or a tag too long to parse in bounded memory. */
class SkimError extends Error {
    at;
    /** What the piece held before the problem, for the parser to read first. */
    passed = '';
    constructor(message, 
    /** Where in the piece the problem starts. */
    at) {
        super(message);
        this.at = at;
    }
}
/** What ends each state that holds content. */
const CONTENT_END = { comment: '-->', cdata: ']]>', pi: '?>' };
const OPENERS = ['<!--', '<![CDATA['];
const LONGEST_OPENER = 9;
/** A character or entity reference is never longer than this, so a cut can wait for its end. */
const LONGEST_REFERENCE = 64;
const TAG_STOP = /["'>]/g;
class XmlSkimmer {
    limits;
    state = 'text';
    quote = '';
    /** The end of the last piece, held back until the next shows what it is. */
    carry = '';
    /** Characters of the current run of content (or of the current tag) seen so far. */
    runChars = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** The part of `chunk` (with what was held back before it) for the parser to read. */
    skim(chunk) {
        let text = this.carry + chunk;
        // a surrogate pair split between pieces waits for its second half
        const split = isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(-1) : '';
        if (split)
            text = text.slice(0, -1);
        this.carry = '';
        const kept = [];
        let emitFrom = 0;
        /** Leaves out text[from, to) of what is passed on. */
        const drop = (from, to) => {
            kept.push(text.slice(emitFrom, from));
            emitFrom = to;
        };
        let stop;
        try {
            stop = this.scan(text, drop);
        }
        catch (error) {
            if (error instanceof SkimError)
                error.passed = kept.join('') + text.slice(emitFrom, error.at);
            throw error;
        }
        this.carry = text.slice(stop) + split;
        kept.push(text.slice(emitFrom, stop));
        return kept.join('');
    }
    /** Walks the piece, dropping what is not kept; returns where the held-back end starts. */
    scan(text, drop) {
        let i = 0;
        let stop = text.length;
        while (i < stop) {
            switch (this.state) {
                case 'text': {
                    const lt = text.indexOf('<', i);
                    if (lt === -1) {
                        stop = holdBackReference(text, i);
                        this.content(text, i, stop, drop);
                        i = stop;
                        break;
                    }
                    this.content(text, i, lt, drop);
                    const opener = text.slice(lt, lt + LONGEST_OPENER);
                    if (opener.length < LONGEST_OPENER && OPENERS.some(o => o.startsWith(opener))) {
                        stop = lt;
                        i = lt;
                        break;
                    }
                    this.runChars = 0;
                    if (opener.startsWith('<!--'))
                        [this.state, i] = ['comment', lt + 4];
                    else if (opener.startsWith('<![CDATA['))
                        [this.state, i] = ['cdata', lt + 9];
                    else if (opener.startsWith('<?'))
                        [this.state, i] = ['pi', lt + 2];
                    else if (opener.startsWith('<!')) {
                        throw new SkimError('it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded', lt);
                    }
                    else
                        [this.state, i] = ['tag', lt + 1];
                    break;
                }
                case 'tag': {
                    TAG_STOP.lastIndex = i;
                    const found = TAG_STOP.exec(text);
                    const end = found ? found.index + 1 : text.length;
                    this.countTag(end - i, i);
                    i = end;
                    if (found?.[0] === '>')
                        [this.state, this.runChars] = ['text', 0];
                    else if (found)
                        [this.state, this.quote] = ['quoted', found[0]];
                    break;
                }
                case 'quoted': {
                    const close = text.indexOf(this.quote, i);
                    const end = close === -1 ? text.length : close + 1;
                    this.countTag(end - i, i);
                    i = end;
                    if (close !== -1)
                        this.state = 'tag';
                    break;
                }
                default: {
                    const terminator = CONTENT_END[this.state] ?? '';
                    const found = text.indexOf(terminator, i);
                    if (found === -1) {
                        // the terminator may begin at the end of this piece
                        stop = Math.max(i, text.length - terminator.length + 1);
                        this.content(text, i, stop, drop);
                        i = stop;
                        break;
                    }
                    this.content(text, i, found, drop);
                    i = found + terminator.length;
                    this.state = 'text';
                    this.runChars = 0;
                }
            }
        }
        return stop;
    }
    /** What is still held back, at the end of the document. */
    end() {
        const rest = this.carry;
        this.carry = '';
        return rest;
    }
    /** Passes on text[from, to) as long as the run has room, and leaves out the rest. */
    content(text, from, to, drop) {
        const room = this.state === 'comment' ? 0 : Math.max(0, this.limits.keepChars - this.runChars);
        this.runChars += to - from;
        if (to - from <= room)
            return;
        let cut = from + room;
        // never split a surrogate pair, nor a reference such as &amp;
        if (cut > from && isHighSurrogate(text.charCodeAt(cut - 1)))
            cut--;
        if (this.state === 'text') {
            const amp = text.lastIndexOf('&', cut - 1);
            const semicolon = amp >= from ? text.indexOf(';', amp) : -1;
            if (amp >= from && (semicolon === -1 || semicolon >= cut))
                cut = amp;
        }
        drop(cut, to);
    }
    countTag(chars, at) {
        this.runChars += chars;
        if (this.runChars > this.limits.maxTagChars) {
            throw new SkimError(`it holds a tag longer than ${this.limits.maxTagChars} characters`, at);
        }
    }
}
/** Where to stop a piece that ends in text: before a reference it may cut in two. */
function holdBackReference(text, from) {
    const amp = text.lastIndexOf('&');
    if (amp < from || amp < text.length - LONGEST_REFERENCE || text.includes(';', amp))
        return text.length;
    return amp;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/core/junit-counting.ts
/**
 * Counts one JUnit-style report, given as text, into the tally. Every `<testcase>` element is
 * one test run and is counted, as the reports' own totals and the established readers count
 * them: a repeated name is another matrix leg, file, data row or `-count` run far more often
 * than a retry. Only what a report marks as a retry inside one element is merged (see
 * closeCase).
 *
 * The text passes a skimmer that drops the content nobody reads, so memory stays bounded, and
 * counting a case costs the same at any suite depth. The XML parser does not expand entities a
 * document declares, and the skimmer refuses a DTD, so a billion-laughs document is a warning.
 */



/** A `time` above this (11.5 days) is not a duration; it is left out of the sum. */
const MAX_SECONDS = 1e6;
const SEVERITY = { passed: 0, skipped: 1, failed: 2, errored: 3 };
/** Values of a `status` attribute (TestNG, xUnit converters) that mean the test did not run. */
const NOT_RUN_STATUSES = new Set(['disabled', 'skipped', 'notrun']);
const GO_TEST_PROGRESS = /^=== (RUN|PAUSE|CONT|NAME) /;
const TEXT_OUTSIDE_ROOT = 'text data outside of root node';
/** Counts one report into the tally; a problem with it is recorded there, never thrown. */
class ReportCounter {
    name;
    tally;
    parser = new saxes/* SaxesParser */.wT({
        xmlns: false,
        position: true
    });
    skimmer;
    suites = [];
    current;
    failureText;
    /** Totals of the suites that list no cases, used when the whole report lists none. */
    suiteTotals = { total: 0, failed: 0, errored: 0, skipped: 0, seconds: 0 };
    listsCases = false;
    rootName;
    isJunit = false;
    /** Why reading stopped before the end; undefined while it goes on. */
    stop;
    totalBefore;
    /**
     * Where the first character that is not whitespace stands, when it is not markup: the
     * parser notices only at the end of that text, and the warning points at its start.
     */
    textBeforeMarkup;
    constructor(
    /** The report as messages name it. */
    name, tally, skimLimits) {
        this.name = name;
        this.tally = tally;
        this.skimmer = new XmlSkimmer(skimLimits);
        this.totalBefore = tally.counts.total;
        this.parser.on('error', error => this.fail('error', this.where(error.message)));
        this.parser.on('opentag', tag => {
            if (!this.stop)
                this.open(tag);
        });
        this.parser.on('closetag', tag => {
            if (!this.stop)
                this.close(tag);
        });
    }
    /** Whether counting stopped before the end: nothing more needs reading. */
    get stopped() {
        return this.stop !== undefined;
    }
    /** Reads the next piece of the report's text. */
    write(text) {
        this.pass(() => this.skimmer.skim(text));
    }
    /** The report's text ended. */
    end() {
        if (this.stop)
            return;
        this.pass(() => this.skimmer.end());
        if (!this.stop)
            this.parser.close();
    }
    /** Stops counting: the rest of the report is not read. The first reason given is kept. */
    fail(kind, message) {
        this.stop ??= { kind, message };
    }
    pass(next) {
        if (this.stop)
            return;
        try {
            this.parser.write(next());
        }
        catch (error) {
            if (!(error instanceof SkimError))
                throw error;
            this.parser.write(error.passed);
            this.fail('error', error.message);
        }
    }
    /** The parser's message, pointing at the first character outside the root rather than its last. */
    where(message) {
        const line = firstLine(message);
        if (this.rootName !== undefined || !this.textBeforeMarkup || !line.includes(TEXT_OUTSIDE_ROOT))
            return line;
        return line.replace(/^\d+:\d+/, this.textBeforeMarkup);
    }
    open(tag) {
        const attrs = tag.attributes;
        if (this.rootName === undefined) {
            this.rootName = tag.name;
            this.isJunit = tag.name === 'testsuites' || tag.name === 'testsuite';
            if (!this.isJunit) {
                this.fail('not-junit', `its root element is <${tag.name}>, not <testsuites> or <testsuite>`);
                return;
            }
        }
        const suite = this.suites.at(-1);
        switch (tag.name) {
            case 'testsuites':
            case 'testsuite':
                if (this.current)
                    return;
                if (suite)
                    suite.hasChildSuites = true;
                this.suites.push({
                    path: joinPath(suite?.path ?? '', attrs['name'] ?? ''),
                    totals: totalsOf(attrs),
                    hasChildSuites: false,
                    casesListed: 0,
                    failedAsWhole: false,
                    openChildren: 0
                });
                return;
            case 'testcase':
                if (this.current)
                    return;
                this.openCase(attrs, suite);
                return;
        }
        const current = this.current;
        if (!current) {
            if (!suite)
                return;
            const direct = suite.openChildren++ === 0;
            if (direct && (tag.name === 'failure' || tag.name === 'error')) {
                suite.failedAsWhole = true;
                const result = tag.name === 'failure' ? 'failed' : 'errored';
                this.collectText({ result, attribute: attrs['message'] ?? '', text: '', suite });
            }
            return;
        }
        switch (tag.name) {
            case 'failure':
            case 'error':
            case 'skipped': {
                const result = tag.name === 'failure' ? 'failed' : tag.name === 'error' ? 'errored' : 'skipped';
                if (SEVERITY[result] <= SEVERITY[current.result])
                    return;
                current.result = result;
                if (result !== 'skipped')
                    this.collectText({ result, attribute: attrs['message'] ?? '', text: '' });
                return;
            }
            case 'flakyFailure':
            case 'flakyError':
                current.flakyMessage ??= firstLine((attrs['message'] ?? '').slice(0, RAW_TEXT));
        }
    }
    openCase(attrs, suite) {
        this.listsCases = true;
        if (suite)
            suite.casesListed++;
        const name = attrs['name'] ?? '';
        const classname = attrs['classname'] || attrs['class'] || '';
        const status = (attrs['status'] ?? '').toLowerCase();
        this.current = {
            suite: (classname || suite?.path || '').slice(0, RAW_TEXT),
            name: name.slice(0, RAW_TEXT),
            seconds: seconds(attrs['time']),
            result: NOT_RUN_STATUSES.has(status) ? 'skipped' : 'passed'
        };
    }
    close(tag) {
        switch (tag.name) {
            case 'testsuites':
            case 'testsuite': {
                if (this.current)
                    return;
                const suite = this.suites.pop();
                if (suite)
                    this.closeSuite(suite);
                return;
            }
            case 'testcase':
                if (this.current)
                    this.closeCase(this.current);
                this.current = undefined;
                return;
        }
        if ((tag.name === 'failure' || tag.name === 'error') && this.failureText)
            this.closeFailure(this.failureText);
        const suite = this.suites.at(-1);
        if (!this.current && suite)
            suite.openChildren--;
    }
    closeSuite(suite) {
        const parent = this.suites.at(-1);
        if (parent)
            parent.casesListed += suite.casesListed;
        if (!suite.hasChildSuites && !suite.failedAsWhole)
            addTotals(this.suiteTotals, suite.totals);
        const failure = suite.failure;
        if (!failure)
            return;
        // a suite that failed as a whole is not a pass: one failed or errored test, named after the
        // suite, whether its own cases ran before (a crash after them) or it never ran any
        this.tally.addFailure(failure.result, 0, () => ({
            suite: suite.path,
            name: '',
            message: failureMessage(failure),
            wholeSuite: true,
            ...(suite.casesListed > 0 && { afterItsTests: true })
        }));
    }
    /** Reads the text of a failure or error, as far as its first line can be in it. */
    collectText(failure) {
        this.failureText = failure;
        const collect = (text) => {
            if (failure.text.length < RAW_TEXT)
                failure.text += text.slice(0, RAW_TEXT - failure.text.length);
        };
        this.parser.on('text', collect);
        this.parser.on('cdata', collect);
    }
    closeFailure(failure) {
        this.parser.off('text');
        this.parser.off('cdata');
        this.failureText = undefined;
        if (failure.suite)
            failure.suite.failure ??= failure;
        else if (this.current)
            this.current.failure = failure;
    }
    /**
     * Counts one `<testcase>`. The only retries are those the report marks inside the element
     * (Surefire's and Gradle's `mergeReruns` flakyFailure and flakyError): a test that passed
     * after them is one flaky test, counted as passed. Two elements of the same name are two
     * runs, however they follow each other: TestNG writes each data-provider row, and `go test
     * -count` each run, as an element of the same name, and `go test` fails when any run fails.
     */
    closeCase(c) {
        if (c.result === 'passed' && c.flakyMessage !== undefined) {
            const message = c.flakyMessage;
            this.tally.addFlaky(c.seconds, () => ({ suite: c.suite, name: c.name, message }));
        }
        else if (c.result === 'failed' || c.result === 'errored') {
            this.tally.addFailure(c.result, c.seconds, () => ({
                suite: c.suite,
                name: c.name,
                message: failureMessage(c.failure)
            }));
        }
        else {
            this.tally.add(c.result, c.seconds);
        }
    }
    /** Adds what the report gave, and says what went wrong with it, if anything. */
    finish() {
        const name = this.name;
        if (this.stop?.kind === 'budget' && !this.isJunit) {
            this.tally.note(`'${name}' ${this.stop.message}: nothing in it is counted`);
            this.tally.leftOut(name, this.stop.message);
            return;
        }
        if (!this.isJunit) {
            const notJunit = this.stop?.kind === 'not-junit';
            const why = `${notJunit ? 'is not a JUnit report' : 'could not be read as XML'}: ${this.stop?.message ?? 'it has no root element'}`;
            this.tally.problem(`'${name}' ${why}; nothing in it is counted`);
            // A file of another kind that a pattern matched (a pom.xml) holds no tests; one that is
            // not XML may, and so may a JUnit root spelt otherwise (<j:testsuite>, <TestSuite>).
            if (!notJunit || looksLikeJunitRoot(this.rootName))
                this.tally.leftOut(name, why);
            return;
        }
        this.closeCutOff();
        if (!this.listsCases)
            this.tally.addTotals(this.suiteTotals);
        this.tally.counts.reports++;
        if (!this.stop)
            return;
        const read = this.tally.counts.total - this.totalBefore;
        const counted = read > 0
            ? `the ${plural(read, 'test')} read before that ${read === 1 ? 'is' : 'are'} counted`
            : 'nothing in it is counted';
        if (this.stop.kind === 'budget') {
            this.tally.note(`'${name}' ${this.stop.message}: ${counted}`);
            this.tally.leftOut(name, this.stop.message);
        }
        else {
            const why = `could not be read as XML: ${this.stop.message}`;
            this.tally.problem(`'${name}' ${why}; ${counted}`);
            this.tally.leftOut(name, why);
        }
    }
    /** A case or suite cut off after its failure was read still failed. */
    closeCutOff() {
        const open = this.current;
        const failure = this.failureText;
        if (failure?.suite)
            failure.suite.failure ??= failure;
        if (open && (open.result === 'failed' || open.result === 'errored')) {
            if (failure && !failure.suite)
                open.failure = failure;
            this.closeCase(open);
        }
        this.current = undefined;
        while (this.suites.length > 0) {
            const suite = this.suites.pop();
            if (suite?.failure)
                this.closeSuite(suite);
        }
    }
}
function joinPath(parent, name) {
    // a full path stays as it is without building a longer one to cut: deep nesting costs nothing
    if (!name || parent.length >= RAW_TEXT)
        return parent;
    return (parent ? `${parent} > ${name}` : name).slice(0, RAW_TEXT);
}
/** A suite's own counts; what is not a whole number of at least 0 counts as 0. */
function totalsOf(attrs) {
    const count = (name) => Math.max(0, Math.trunc(Number(attrs[name] ?? 0)) || 0);
    return {
        total: count('tests'),
        failed: count('failures'),
        errored: count('errors'),
        skipped: count('skipped') || count('disabled'),
        seconds: seconds(attrs['time'])
    };
}
function addTotals(sum, totals) {
    sum.total += totals.total;
    sum.failed += totals.failed;
    sum.errored += totals.errored;
    sum.skipped += totals.skipped;
    sum.seconds += totals.seconds;
}
/**
 * `time` as seconds; some tools write thousands separators ("1,234.5"). A value that is not a
 * plausible duration adds nothing, and never touches a count.
 */
function seconds(value) {
    const n = Number(value?.includes(',') ? value.replace(/,/g, '') : (value ?? ''));
    return Number.isFinite(n) && n > 0 && n <= MAX_SECONDS ? n : 0;
}
/**
 * The message attribute, unless it is a bare word such as go-junit-report's "Failed" and the
 * element's text says more.
 */
function failureMessage(failure) {
    if (!failure)
        return '';
    const { attribute, text } = failure;
    const fromText = firstLine(text);
    const fromAttribute = firstLine(attribute.slice(0, RAW_TEXT));
    if (fromAttribute && (!/^\w+$/.test(fromAttribute) || !fromText))
        return fromAttribute;
    return fromText || fromAttribute;
}
/** The first line that says something: go test's progress lines (gotestsum keeps them) do not. */
function firstLine(text) {
    const line = text.split(/\r?\n/).find(l => l.trim() && !GO_TEST_PROGRESS.test(l)) ?? '';
    return line.replace(/\s+/g, ' ').trim();
}
/** A root named like a JUnit one but for a namespace prefix or its case: a report we cannot count. */
function looksLikeJunitRoot(name) {
    const local = (name ?? '').replace(/^[^:]*:/, '').toLowerCase();
    return local === 'testsuite' || local === 'testsuites';
}

// EXTERNAL MODULE: ./src/core/regular-file.ts
var regular_file = __nccwpck_require__(266);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(975);
;// CONCATENATED MODULE: ./src/core/xml-encoding.ts
/**
 * Turns a report's bytes into text as XML 1.0 says a processor must (§4.3.3 and Appendix F):
 * a byte-order mark decides the encoding; without one, the first bytes tell UTF-16 from the
 * encodings that spell `<?xml` in ASCII, and then the declaration's `encoding` names it;
 * without a declaration it is UTF-8. Decoding streams (TextDecoder with `stream: true`), so
 * a character split between two reads comes out whole.
 *
 * Two things real generators write are tolerated: whitespace before the declaration (the
 * declaration, already read here, reaches the parser as blanks, so every position it reports
 * stays true), and a declaration of UTF-16 on a file that is plainly ASCII-compatible (.NET
 * writes one when a report is built in a string and saved as UTF-8): that file is read as UTF-8.
 */

/** Raised for a report whose encoding cannot be read; the message names the encoding. */
class UnreadableEncoding extends Error {
}
/** Bytes held before deciding: the whole declaration is in them, unless whitespace runs on. */
const MAX_HEAD_BYTES = 64 * 1024;
const DECLARATION = /^(\s*)(<\?xml\s[^]*?\?>)/;
const DECLARED_ENCODING = /\sencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/;
const BOMS = [
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32BE'],
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xfe, 0xff], 'utf-16be'],
    [[0xff, 0xfe], 'utf-16le']
];
/** Appendix F: how `<?` (or `<`) begins in each encoding, when no byte-order mark says it. */
const NO_BOM = [
    [[0x00, 0x00, 0x00, 0x3c], 'UTF-32BE'],
    [[0x3c, 0x00, 0x00, 0x00], 'UTF-32LE'],
    [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
    [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
    [[0x4c, 0x6f, 0xa7, 0x94], 'EBCDIC']
];
class XmlDecoder {
    head = [];
    headBytes = 0;
    decoder;
    /** The encoding the text is read in, once decided. */
    encoding;
    /**
     * Where the document's first character that is not whitespace stands ("line:column", both
     * from 1), when that character is not `<`: the first offending character of a file that is
     * not XML at all.
     */
    textBeforeMarkup;
    /** The text of `bytes`, or '' while the encoding is still being decided. */
    write(bytes) {
        if (this.decoder)
            return this.decoder.decode(bytes, { stream: true });
        this.head.push(Buffer.from(bytes));
        this.headBytes += bytes.length;
        return this.decide(false);
    }
    /** The rest of the text, at the end of the file. */
    end() {
        const rest = this.decoder ? '' : this.decide(true);
        return rest + (this.decoder?.decode() ?? '');
    }
    decide(atEnd) {
        const head = Buffer.concat(this.head);
        const final = atEnd || this.headBytes >= MAX_HEAD_BYTES;
        const detected = detectByFirstBytes(head, final);
        const start = detected && head.subarray(detected.bomBytes);
        // the whole declaration, or the first character that shows there is none, is in the head
        if (!detected || !start || (!final && !holdsDeclarationOrMore(preview(start, detected)))) {
            this.head = [head];
            return '';
        }
        let label = detected.label;
        if (detected.declarationDecides) {
            const declared = DECLARATION.exec(start.toString('latin1'))?.[2]?.match(DECLARED_ENCODING)?.[2];
            if (declared)
                label = readableEncoding(declared);
        }
        this.encoding = label;
        this.decoder = new external_node_util_.TextDecoder(label);
        this.head = [];
        const text = this.decoder.decode(start, { stream: true });
        this.textBeforeMarkup = firstTextPosition(text);
        return blankIndentedDeclaration(text);
    }
}
/**
 * The encoding a byte-order mark or the first four bytes show (XML 1.0, Appendix F), else
 * UTF-8 until a declaration says otherwise; undefined when more bytes are needed to know.
 */
function detectByFirstBytes(head, final) {
    const startsWith = (bytes) => bytes.every((byte, i) => head[i] === byte);
    const couldStartWith = (bytes) => head.length < bytes.length && bytes.slice(0, head.length).every((byte, i) => head[i] === byte);
    if (!final && [...BOMS, ...NO_BOM].some(([bytes]) => couldStartWith(bytes)))
        return undefined;
    const bom = BOMS.find(([bytes]) => startsWith(bytes));
    const found = bom ?? NO_BOM.find(([bytes]) => startsWith(bytes));
    if (!found)
        return { label: 'utf-8', bomBytes: 0, declarationDecides: true };
    const [bytes, label] = found;
    if (label.startsWith('UTF-32') || label === 'EBCDIC') {
        throw new UnreadableEncoding(`it is in ${label}, an encoding that cannot be read; save it as UTF-8`);
    }
    return { label, bomBytes: bom ? bytes.length : 0, declarationDecides: false };
}
/** The start of the text, enough to find the declaration in: ASCII reads the same in all but UTF-16. */
function preview(start, { label }) {
    return label.startsWith('utf-16') ? new external_node_util_.TextDecoder(label).decode(start) : start.toString('latin1');
}
/** Whether the text shows the whole declaration, or enough to know there is none. */
function holdsDeclarationOrMore(text) {
    const start = text.search(/\S/);
    if (start === -1)
        return false;
    const rest = text.slice(start);
    if (rest.length < 6)
        return !'<?xml '.startsWith(rest);
    if (!/^<\?xml\s/.test(rest))
        return true;
    return rest.includes('?>');
}
/**
 * The TextDecoder label for a declared encoding. UTF-16 declared on ASCII-compatible bytes is a
 * mislabelled UTF-8 file; an encoding Node cannot decode is refused by name.
 */
function readableEncoding(declared) {
    if (/^(utf-?16|ucs-?2|iso-10646-ucs-2)/i.test(declared))
        return 'utf-8';
    let encoding;
    try {
        encoding = new external_node_util_.TextDecoder(declared).encoding;
    }
    catch {
        throw new UnreadableEncoding(`it declares the encoding "${declared}", which cannot be read; save it as UTF-8`);
    }
    return encoding;
}
/** 'line:column' of the first character that is not whitespace, when it is not `<`. */
function firstTextPosition(text) {
    const at = text.search(/\S/);
    if (at === -1 || text[at] === '<')
        return undefined;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    return `${line}:${column}`;
}
/**
 * XML allows nothing before the declaration; some generators write a newline. Blanks in its
 * place (newlines kept) leave the parser nothing to refuse and every position where it was.
 */
function blankIndentedDeclaration(text) {
    const found = DECLARATION.exec(text);
    if (!found?.[1] || !found[2])
        return text;
    const [whole, space, declaration] = found;
    return space + declaration.replace(/[^\n]/g, ' ') + text.slice(whole.length);
}

;// CONCATENATED MODULE: ./src/core/junit-reports.ts







const DEFAULT_LIMITS = {
    maxReports: 1000,
    maxBytes: 256 * 2 ** 20,
    maxMilliseconds: constants/* JUNIT_READ_MS */.lw,
    maxProblems: 20,
    skim: { keepChars: 8192, maxTagChars: 4 * 2 ** 20 }
};
const CHUNK_BYTES = 64 * 1024;
/** Reads every report the patterns match. Problems with reports are listed, never thrown. */
async function readJunitReports(patterns, options = {}) {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const tally = new TestTally(options.redact ?? (text => text), limits.maxProblems);
    const files = [];
    for (const { pattern, files: matched, matched: any } of await (0,file_patterns/* resolvePatterns */.Ep)(patterns)) {
        if (!any)
            tally.problem(`no report matches '${pattern}'`);
        files.push(...matched);
    }
    if (files.length > limits.maxReports) {
        const beyond = files.length - limits.maxReports;
        tally.note(`the patterns match ${files.length} files; only the first ${limits.maxReports} are read, ` +
            `the other ${beyond} are not counted`);
        tally.leftOut((0,file_patterns/* displayPath */.Gt)(files[limits.maxReports] ?? ''), `${beyond === 1 ? 'is' : 'are'} not read: only the first ${limits.maxReports} reports are`, beyond - 1);
    }
    const now = options.now ?? Date.now;
    const budget = new ReadBudget(limits, now);
    const toRead = files.slice(0, limits.maxReports);
    for (const [index, file] of toRead.entries()) {
        if (budget.exceeded()) {
            const left = toRead.length - index;
            const from = `${plural(left, 'report')} from '${(0,file_patterns/* displayPath */.Gt)(file)}' on`;
            tally.note(`the limit of ${budget.describe()} for all reports was reached: the ${from} ${left === 1 ? 'is' : 'are'} not read`);
            tally.leftOut((0,file_patterns/* displayPath */.Gt)(file), `${left === 1 ? 'is' : 'are'} not read: the limit of ${budget.describe()} for all reports was reached`, left - 1);
            break;
        }
        await readReport(file, (0,file_patterns/* displayPath */.Gt)(file), tally, budget, limits.skim);
    }
    return tally.summarize();
}
/** The byte and time limits shared by all reports. */
class ReadBudget {
    limits;
    now;
    bytesLeft;
    deadline;
    reason;
    constructor(limits, now) {
        this.limits = limits;
        this.now = now;
        this.bytesLeft = limits.maxBytes;
        this.deadline = now() + limits.maxMilliseconds;
    }
    /** How many bytes the next read may take; 0 once a limit is reached. */
    nextRead() {
        if (this.exceeded())
            return 0;
        return Math.min(CHUNK_BYTES, this.bytesLeft);
    }
    spent(bytes) {
        this.bytesLeft -= bytes;
    }
    exceeded() {
        if (!this.reason && this.bytesLeft <= 0)
            this.reason = 'bytes';
        if (!this.reason && this.now() >= this.deadline)
            this.reason = 'time';
        return this.reason !== undefined;
    }
    describe() {
        return this.reason === 'time'
            ? `${this.limits.maxMilliseconds / 1000} s of reading`
            : `${formatBytes(this.limits.maxBytes)} of XML`;
    }
}
/** Reads one report into the tally; a problem with it is recorded there, never thrown. */
async function readReport(path, name, tally, budget, skim) {
    const notRead = (why) => {
        tally.problem(`'${name}' ${why}`);
        tally.leftOut(name, why);
    };
    let handle;
    try {
        handle = await (0,regular_file/* openRegularFile */.Z)(path);
    }
    catch (error) {
        notRead(`is not read: ${(0,errors/* errorText */.k)(error)}`);
        return;
    }
    const counter = new ReportCounter(name, tally, skim);
    const read = { bytes: 0 };
    try {
        await readInto(handle, counter, budget, read);
    }
    catch (error) {
        if (error instanceof UnreadableEncoding) {
            notRead(`is not read: ${error.message}; nothing in it is counted`);
            return;
        }
        if (read.bytes === 0) {
            notRead(`is not read: ${(0,errors/* errorText */.k)(error)}`);
            return;
        }
        counter.fail('error', `reading it failed: ${(0,errors/* errorText */.k)(error)}`);
    }
    finally {
        await handle.close();
    }
    // a limit reached before the first byte is the counter's to say, not an empty file
    if (read.bytes === 0 && !counter.stopped)
        notRead('is empty');
    else
        counter.finish();
}
/** Feeds the file to the counter, chunk by chunk, within the budget; counts the bytes in `read`. */
async function readInto(handle, counter, budget, read) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new XmlDecoder();
    while (!counter.stopped) {
        const room = budget.nextRead();
        if (room === 0) {
            counter.fail('budget', `is read only up to the limit of ${budget.describe()} for all reports`);
            return;
        }
        const { bytesRead } = await handle.read(buffer, 0, room, null);
        if (bytesRead === 0)
            break;
        read.bytes += bytesRead;
        budget.spent(bytesRead);
        const text = decoder.write(buffer.subarray(0, bytesRead));
        counter.textBeforeMarkup ??= decoder.textBeforeMarkup;
        counter.write(text);
    }
    if (counter.stopped || read.bytes === 0)
        return;
    const rest = decoder.end();
    counter.textBeforeMarkup ??= decoder.textBeforeMarkup;
    counter.write(rest);
    counter.end();
}
function formatBytes(bytes) {
    return bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`;
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ openRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Their files look regular but are the system's live state: sizes of 0 that read without end,
 * or secrets (/proc/self/environ holds this step's environment, tokens included).
 */
const SYSTEM_DIRECTORIES = ['/proc', '/sys', '/dev'];
/**
 * Opens a file for reading, only if it is a regular file outside /proc, /sys and /dev: a FIFO
 * would block, /dev/zero and /dev/urandom never end. The open does not block (O_NONBLOCK),
 * the check is made on the open handle, and the error names what the file is.
 */
async function openRegularFile(path) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    const system = SYSTEM_DIRECTORIES.find(dir => real === dir || real.startsWith(dir + node_path__WEBPACK_IMPORTED_MODULE_2__.sep));
    if (system) {
        throw new Error(`it is ${real}, under ${system}, which holds the system's live state, not a file to read`);
    }
    // The resolved path: a link swapped after the check above cannot lead elsewhere.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new Error(`it is ${describeKind(info)}, not a regular file`);
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
function describeKind(info) {
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    if (info.isDirectory())
        return 'a directory';
    return 'of an unknown kind';
}


/***/ }),

/***/ 865:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ isResultlessWord),
/* harmony export */   MG: () => (/* binding */ isNotEndedWord),
/* harmony export */   T8: () => (/* binding */ statusOfExitCode),
/* harmony export */   Vk: () => (/* binding */ acceptedWords),
/* harmony export */   gQ: () => (/* binding */ statusOfWord)
/* harmony export */ });
/* unused harmony exports STATUS_WORD_TABLE, NOT_ENDED_WORDS, RESULTLESS_WORDS */
const S = 'SUCCESS';
const F = 'FAILURE';
const STATUS_WORD_TABLE = [
    { word: 'SUCCESS', status: S, from: 'the callback itself' },
    { word: 'FAILURE', status: F, from: 'the callback itself' },
    // docs.github.com, contexts reference: job.status is success, failure or cancelled
    { word: 'success', status: S, from: 'GitHub Actions job.status, GitLab CI_JOB_STATUS, Drone, Woodpecker' },
    { word: 'failure', status: F, from: 'GitHub Actions job.status, Drone DRONE_BUILD_STATUS, Woodpecker' },
    { word: 'cancelled', status: F, from: 'GitHub Actions job.status' },
    // docs.gitlab.com, predefined variables: CI_JOB_STATUS is success, failed, canceled (after_script);
    // gitlab-runner also sets timedout (common/build.go)
    { word: 'failed', status: F, from: 'GitLab CI_JOB_STATUS, Semaphore SEMAPHORE_JOB_RESULT, Tekton, Argo' },
    { word: 'canceled', status: F, from: 'GitLab CI_JOB_STATUS, Azure Agent.JobStatus' },
    { word: 'timedout', status: F, from: 'GitLab CI_JOB_STATUS' },
    // learn.microsoft.com, predefined variables: Agent.JobStatus is Canceled, Failed, Succeeded,
    // SucceededWithIssues (partially successful); Skipped is a task result
    {
        word: 'Succeeded',
        status: S,
        from: 'Azure Agent.JobStatus, Tekton $(tasks.status), Argo {{workflow.status}}'
    },
    { word: 'SucceededWithIssues', status: F, from: 'Azure Agent.JobStatus (a step that may fail failed)' },
    { word: 'Skipped', status: F, from: 'Azure (a job that did not run did not do the work)' },
    // jenkins.io, pipeline syntax: currentBuild.currentResult is SUCCESS, UNSTABLE, FAILURE, ABORTED
    // (hudson.model.Result also has NOT_BUILT)
    { word: 'UNSTABLE', status: F, from: 'Jenkins currentBuild.currentResult (tests failed)' },
    { word: 'ABORTED', status: F, from: 'Jenkins currentBuild.currentResult' },
    { word: 'NOT_BUILT', status: F, from: 'Jenkins currentBuild.currentResult' },
    // docs.semaphoreci.com, environment variables: SEMAPHORE_JOB_RESULT is passed, failed or stopped
    { word: 'passed', status: S, from: 'Semaphore SEMAPHORE_JOB_RESULT, Buildkite step outcome' },
    { word: 'stopped', status: F, from: 'Semaphore SEMAPHORE_JOB_RESULT' },
    // tekton.dev, pipelines: $(tasks.status) is Succeeded, Completed (succeeded, some skipped),
    // Failed, or None (not all ended)
    // Only as Tekton writes it: GitHub's `completed` (workflow_run.status, check_run.status) and
    // Azure's build status say that a run ended, not how, so they are refused below.
    {
        word: 'Completed',
        status: S,
        from: 'Tekton $(tasks.status): every task succeeded, some were skipped',
        exactCase: true
    },
    // argo-workflows.readthedocs.io, variables: {{workflow.status}} in an exit handler is
    // Succeeded, Failed or Error
    { word: 'Error', status: F, from: 'Argo {{workflow.status}}' },
    // buildkite.com/docs, buildkite-agent step get outcome: passed, soft_failed, hard_failed, errored
    { word: 'soft_failed', status: F, from: 'Buildkite step outcome (a step allowed to fail failed)' },
    { word: 'hard_failed', status: F, from: 'Buildkite step outcome' },
    { word: 'errored', status: F, from: 'Buildkite step outcome' }
];
/** Words that say the job has not ended: refused, as a status taken from them would be a guess. */
const NOT_ENDED_WORDS = ['running', 'pending', 'None', 'created', 'started'];
/**
 * Words that say a run ended but not how (GitHub's `status` beside its `conclusion`, Azure's
 * build status beside its result): refused, as a status taken from them would be a guess.
 */
const RESULTLESS_WORDS = ['completed'];
const BY_WORD = new Map(STATUS_WORD_TABLE.filter(row => !row.exactCase).map(row => [row.word.toLowerCase(), row.status]));
const BY_EXACT_WORD = new Map(STATUS_WORD_TABLE.filter(row => row.exactCase).map(row => [row.word, row.status]));
/** The status a CI's word means; undefined for a word not in the table. */
function statusOfWord(word) {
    const text = word.trim();
    return BY_EXACT_WORD.get(text) ?? BY_WORD.get(text.toLowerCase());
}
function isResultlessWord(word) {
    const text = word.trim();
    return statusOfWord(text) === undefined && RESULTLESS_WORDS.includes(text.toLowerCase());
}
/** An exit status: 0 passed, any other whole number failed. Undefined for anything else. */
function statusOfExitCode(code) {
    const text = code.trim();
    if (!/^-?\d+$/.test(text))
        return undefined;
    return Number(text) === 0 ? 'SUCCESS' : 'FAILURE';
}
function isNotEndedWord(word) {
    return NOT_ENDED_WORDS.some(w => w.toLowerCase() === word.trim().toLowerCase());
}
/** The accepted words, each once, for `--help` and the usage error. */
function acceptedWords() {
    return STATUS_WORD_TABLE.map(row => row.word).join(', ');
}


/***/ }),

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ MAX_FAILURE_LINES)
/* harmony export */ });
/**
 * What reading the test reports gives: the words shared by the reader (junit-reports.ts and
 * the modules it uses) and what presents the results (test-summary.ts). Nothing but shapes.
 */
/** Failed, errored and flaky tests named in the logs, together. */
const MAX_FAILURE_LINES = 50;


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  glob: () => (/* binding */ glob)
});

// UNUSED EXPORTS: convertPathToPattern, escapePath, globSync, isDynamicPattern

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject_0
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_namespaceObject.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_namespaceObject.readdirSync,
		realpath: opts.fs.realpath || external_fs_namespaceObject.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_namespaceObject.realpathSync,
		stat: opts.fs.stat || external_fs_namespaceObject.stat,
		statSync: opts.fs.statSync || external_fs_namespaceObject.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__glob = __webpack_exports__.T;
/******/ var __webpack_exports__readJunitReports = __webpack_exports__.c;
/******/ export { __webpack_exports__glob as glob, __webpack_exports__readJunitReports as readJunitReports };
/******/ 
