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
export class SkimError extends Error {
  /** What the piece held before the problem, for the parser to read first. */
  passed = ''

  constructor(
    message: string,
    /** Where in the piece the problem starts. */
    readonly at: number
  ) {
    super(message)
  }
}

export interface SkimLimits {
  /** Characters kept of each run of text, CDATA or processing instruction; comments keep none. */
  keepChars: number
  /** Longest tag (name and attributes) passed on; a longer one is a SkimError. */
  maxTagChars: number
}

type State = 'text' | 'tag' | 'quoted' | 'comment' | 'cdata' | 'pi'

/** What ends each state that holds content. */
const CONTENT_END: Partial<Record<State, string>> = { comment: '-->', cdata: ']]>', pi: '?>' }
const OPENERS = ['<!--', '<![CDATA[']
const LONGEST_OPENER = 9
/** A character or entity reference is never longer than this, so a cut can wait for its end. */
const LONGEST_REFERENCE = 64
const TAG_STOP = /["'>]/g

export class XmlSkimmer {
  private state: State = 'text'
  private quote = ''
  /** The end of the last piece, held back until the next shows what it is. */
  private carry = ''
  /** Characters of the current run of content (or of the current tag) seen so far. */
  private runChars = 0

  constructor(private readonly limits: SkimLimits) {}

  /** The part of `chunk` (with what was held back before it) for the parser to read. */
  skim(chunk: string): string {
    let text = this.carry + chunk
    // a surrogate pair split between pieces waits for its second half
    const split = isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(-1) : ''
    if (split) text = text.slice(0, -1)
    this.carry = ''
    const kept: string[] = []
    let emitFrom = 0
    /** Leaves out text[from, to) of what is passed on. */
    const drop = (from: number, to: number): void => {
      kept.push(text.slice(emitFrom, from))
      emitFrom = to
    }
    let stop: number
    try {
      stop = this.scan(text, drop)
    } catch (error) {
      if (error instanceof SkimError) error.passed = kept.join('') + text.slice(emitFrom, error.at)
      throw error
    }
    this.carry = text.slice(stop) + split
    kept.push(text.slice(emitFrom, stop))
    return kept.join('')
  }

  /** Walks the piece, dropping what is not kept; returns where the held-back end starts. */
  private scan(text: string, drop: (from: number, to: number) => void): number {
    let i = 0
    let stop = text.length
    while (i < stop) {
      switch (this.state) {
        case 'text': {
          const lt = text.indexOf('<', i)
          if (lt === -1) {
            stop = holdBackReference(text, i)
            this.content(text, i, stop, drop)
            i = stop
            break
          }
          this.content(text, i, lt, drop)
          const opener = text.slice(lt, lt + LONGEST_OPENER)
          if (opener.length < LONGEST_OPENER && OPENERS.some(o => o.startsWith(opener))) {
            stop = lt
            i = lt
            break
          }
          this.runChars = 0
          if (opener.startsWith('<!--')) [this.state, i] = ['comment', lt + 4]
          else if (opener.startsWith('<![CDATA[')) [this.state, i] = ['cdata', lt + 9]
          else if (opener.startsWith('<?')) [this.state, i] = ['pi', lt + 2]
          else if (opener.startsWith('<!')) {
            throw new SkimError(
              'it declares a DTD (<!DOCTYPE>), which JUnit reports never do; its entities are not expanded',
              lt
            )
          } else [this.state, i] = ['tag', lt + 1]
          break
        }
        case 'tag': {
          TAG_STOP.lastIndex = i
          const found = TAG_STOP.exec(text)
          const end = found ? found.index + 1 : text.length
          this.countTag(end - i, i)
          i = end
          if (found?.[0] === '>') [this.state, this.runChars] = ['text', 0]
          else if (found) [this.state, this.quote] = ['quoted', found[0]]
          break
        }
        case 'quoted': {
          const close = text.indexOf(this.quote, i)
          const end = close === -1 ? text.length : close + 1
          this.countTag(end - i, i)
          i = end
          if (close !== -1) this.state = 'tag'
          break
        }
        default: {
          const terminator = CONTENT_END[this.state] ?? ''
          const found = text.indexOf(terminator, i)
          if (found === -1) {
            // the terminator may begin at the end of this piece
            stop = Math.max(i, text.length - terminator.length + 1)
            this.content(text, i, stop, drop)
            i = stop
            break
          }
          this.content(text, i, found, drop)
          i = found + terminator.length
          this.state = 'text'
          this.runChars = 0
        }
      }
    }
    return stop
  }

  /** What is still held back, at the end of the document. */
  end(): string {
    const rest = this.carry
    this.carry = ''
    return rest
  }

  /** Passes on text[from, to) as long as the run has room, and leaves out the rest. */
  private content(text: string, from: number, to: number, drop: (from: number, to: number) => void): void {
    const room = this.state === 'comment' ? 0 : Math.max(0, this.limits.keepChars - this.runChars)
    this.runChars += to - from
    if (to - from <= room) return
    let cut = from + room
    // never split a surrogate pair, nor a reference such as &amp;
    if (cut > from && isHighSurrogate(text.charCodeAt(cut - 1))) cut--
    if (this.state === 'text') {
      const amp = text.lastIndexOf('&', cut - 1)
      const semicolon = amp >= from ? text.indexOf(';', amp) : -1
      if (amp >= from && (semicolon === -1 || semicolon >= cut)) cut = amp
    }
    drop(cut, to)
  }

  private countTag(chars: number, at: number): void {
    this.runChars += chars
    if (this.runChars > this.limits.maxTagChars) {
      throw new SkimError(`it holds a tag longer than ${this.limits.maxTagChars} characters`, at)
    }
  }
}

/** Where to stop a piece that ends in text: before a reference it may cut in two. */
function holdBackReference(text: string, from: number): number {
  const amp = text.lastIndexOf('&')
  if (amp < from || amp < text.length - LONGEST_REFERENCE || text.includes(';', amp)) return text.length
  return amp
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
