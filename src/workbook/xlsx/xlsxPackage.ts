/**
 * A workbook package held for editing: the parts the writer changes are inflated to text, every other
 * entry stays as its compressed bytes and is copied out exactly as it came in (same bytes, CRC, time).
 * A part whose text ends up as it was is copied out unchanged too, so editing and undoing an edit leaves
 * no trace.
 */

import { WorkbookReadError, WorkbookWriteError } from './errors';
import { errorForFileType, findWorkbookPart, resolveLimits } from './readXlsx';
import { relsPartFor, resolveTarget } from './parts';
import { sniffFileType } from './sniffFileType';
import { bytesTextFromBytes, bytesTextOf, utf8FromBytesText } from './bytesText';
import { rawDeflateLater } from './platform/zlib';
import { deflatedText, deflatedTextLater, FIXED_TIME, laterWithin, writeZip, type DosTime, type TextForm, type ZipOutEntry } from './writeZip';
import { InflateBudget, ZipArchive, normalisePartName, readSmallEntry, type ZipEntry } from './zip';
import { findElements, type FoundElement } from './xmlTags';
import { pickDecoder } from './xml';
import { prefixOf } from './xmlText';


/** One relationship of a part, with where its element sits in the relationships part. */
export interface PackageRelationship {
  readonly id: string | undefined;
  readonly type: string;
  /** the target part's name, resolved from the package root; undefined when external */
  readonly target: string | undefined;
  readonly element: FoundElement;
}

/**
 * How many bytes of a package's chunks toBytesLater hands to another thread: all of a 10,000-row
 * tracker's (about 11 MB), and the first part of a larger one's, whose copies would otherwise all be held.
 */
const LATER_BYTES = 16 << 20;
/** the least a chunk is to be handed over: a small tracker's parts are deflated here, as soon as handed over */
const LATER_LEAST = 64 << 10;

interface Slot {
  /** the name as it will be written */
  name: string;
  original: ZipEntry | undefined;
  /** the original text, once read */
  originalText: string | undefined;
  /** the text to write, when set: whole, or as pieces (made as they are read) until someone reads it whole */
  text: string | Iterable<string> | undefined;
  /** the text is in bytes form (see bytesText), not decoded */
  bytesForm?: boolean;
  /** the original bytes as a bytes-form string, once read that way */
  originalBytesText?: string;
  /** the UTF-16 the part came in, when it came in UTF-16: it is written back so */
  encoding?: 'utf-16le' | 'utf-16be';
}

/** two entries of one name, as a person is told of them */
export function duplicateEntries([first, second]: readonly [string, string]): string {
  return first === second ? `two entries named "${first}"` : `two entries named "${first}" and "${second}" (part names may not differ only in case)`;
}

/**
 * What a check of a package with two entries of one name must say: it read the first, and writes nothing
 * into such a file (see XlsxPackage); undefined for a package without.
 */
export function duplicateEntriesNote(bytes: Uint8Array): string | undefined {
  const twice = new ZipArchive(bytes).duplicates[0];
  return twice && `The workbook's package holds ${duplicateEntries(twice)}: the first was read, and Tracker Check writes nothing into such a file; open it in Excel and save it again.`;
}

export class XlsxPackage {
  private readonly slots: Slot[] = [];
  private readonly byName = new Map<string, Slot>();
  private readonly budget = new InflateBudget(resolveLimits(undefined));
  /** the workbook part's name, as stored ("xl/workbook.xml") */
  readonly workbookPart: string;

  private constructor(
    private readonly zip: ZipArchive,
    workbookPart: string | undefined,
  ) {
    // Part names are unique regardless of case (OPC); which of two a program reads is anyone's guess, and
    // writing the package back would drop one. Such a package is refused, never mended.
    const twice = zip.duplicates[0];
    if (twice) throw new WorkbookWriteError(`the workbook's package holds ${duplicateEntries(twice)}, so Tracker Check writes nothing into it; open it in Excel and save it again`);
    for (const entry of zip.entries) {
      const key = normalisePartName(entry.name);
      const slot: Slot = { name: entry.name, original: entry, originalText: undefined, text: undefined };
      this.slots.push(slot);
      this.byName.set(key, slot);
    }
    const found = workbookPart === undefined ? undefined : this.byName.get(normalisePartName(workbookPart));
    if (!found) throw new WorkbookReadError('no-workbook', 'no workbook inside: this zip is not an Excel .xlsx file');
    this.workbookPart = found.name;
  }

  /** Opens a workbook's bytes; throws WorkbookReadError with a one-line reason for anything that is not an .xlsx. */
  static open(bytes: Uint8Array): XlsxPackage {
    const refused = errorForFileType(sniffFileType(bytes), bytes);
    if (refused) throw refused;
    const zip = new ZipArchive(bytes);
    return new XlsxPackage(zip, findWorkbookPart(zip, new InflateBudget(resolveLimits(undefined)))?.name);
  }

  /** The package of a zip already opened for reading (XlsxBook), whose workbook part is known. */
  static fromArchive(zip: ZipArchive, workbookPart: string): XlsxPackage {
    return new XlsxPackage(zip, workbookPart);
  }

  has(name: string): boolean {
    return this.byName.has(normalisePartName(name));
  }

  /** the stored spelling of a part's name, when the package has it */
  nameOf(name: string): string | undefined {
    return this.byName.get(normalisePartName(name))?.name;
  }

  get names(): string[] {
    return this.slots.map((s) => s.name);
  }

  /** A part's text (from UTF-8, or the UTF-16 it came in; a byte-order mark is kept, so the part is written back as it was). */
  text(name: string): string {
    const slot = this.slot(name);
    if (slot.text !== undefined && slot.bytesForm) {
      slot.text = utf8FromBytesText(typeof slot.text === 'string' ? slot.text : [...slot.text].join(''));
      slot.bytesForm = false;
    }
    if (typeof slot.text === 'string') return slot.text;
    if (slot.text !== undefined) return (slot.text = [...slot.text].join(''));
    if (slot.originalText === undefined) slot.originalText = this.inflate(slot);
    return slot.originalText;
  }

  /**
   * A part's text in bytes form: one character per byte of its UTF-8, so markup reads as it does in the
   * text while the part takes half the memory of a decoded string with any character beyond Latin-1 in
   * it (a tracker sheet of 60 MB is 120 MB decoded). For edits that only find and insert markup; what is
   * inserted must be in bytes form too (bytesTextOf), and the part is set back with setBytesText.
   */
  bytesText(name: string): string {
    const slot = this.slot(name);
    if (slot.text !== undefined) {
      if (!slot.bytesForm) return bytesTextOf(typeof slot.text === 'string' ? slot.text : [...slot.text].join(''));
      const whole = typeof slot.text === 'string' ? slot.text : [...slot.text].join('');
      slot.text = whole;
      return whole;
    }
    if (slot.originalBytesText === undefined) slot.originalBytesText = bytesTextFromBytes(this.inflateBytes(slot.original!));
    return slot.originalBytesText;
  }

  /** Sets a part's text in bytes form, whole or in pieces (see bytesText). */
  setBytesText(name: string, text: string | Iterable<string>): void {
    this.setText(name, text);
    this.slot(name).bytesForm = true;
  }

  private slot(name: string): Slot {
    const slot = this.byName.get(normalisePartName(name));
    if (!slot) throw new Error(`the workbook has no part ${name}`);
    return slot;
  }

  /** Sets a part's text, whole or in pieces, adding the part (at the end) when it is new. */
  setText(name: string, text: string | Iterable<string>): void {
    const key = normalisePartName(name);
    let slot = this.byName.get(key);
    if (!slot) {
      slot = { name, original: undefined, originalText: undefined, text: undefined };
      this.slots.push(slot);
      this.byName.set(key, slot);
    }
    slot.text = text;
    slot.bytesForm = false;
    // an original kept only to tell an unchanged part is let go once the part has changed: a tracker
    // sheet's is tens of megabytes (strings compare by value, so an edit undone still reads as unchanged)
    if (text !== slot.originalText) slot.originalText = undefined;
    if (text !== slot.originalBytesText) slot.originalBytesText = undefined;
  }

  remove(name: string): void {
    const key = normalisePartName(name);
    const slot = this.byName.get(key);
    if (!slot) return;
    this.byName.delete(key);
    this.slots.splice(this.slots.indexOf(slot), 1);
  }

  /** the relationships part of a part ("xl/_rels/workbook.xml.rels"), as stored when it exists */
  relsOf(part: string): string {
    const name = relsPartFor(part);
    return this.nameOf(name) ?? name;
  }

  /** the relationships of a part, in order; none when it has no relationships part */
  relationships(part: string): PackageRelationship[] {
    const relsPart = this.relsOf(part);
    if (!this.has(relsPart)) return [];
    const rels = this.text(relsPart);
    return findElements(rels, `${prefixOf(rels, 'Relationship') ?? ''}Relationship`).map((element) => {
      const a = element.attributes;
      const target = a.get('Target');
      const external = (a.get('TargetMode') ?? '').toLowerCase() === 'external';
      return { id: a.get('Id'), type: a.get('Type') ?? '', target: external || target === undefined ? undefined : resolveTarget(part, target), element };
    });
  }

  toBytes(): Uint8Array {
    return writeZip(this.entries(deflatedText));
  }

  /**
   * toBytes with each chunk of a changed part deflated on another thread (see RawDeflateLater) while the
   * next is made here: the same bytes. Where the platform has no such thread, as toBytes.
   */
  toBytesLater(): Promise<Uint8Array> {
    if (!rawDeflateLater) return Promise.resolve(this.toBytes());
    const deflater = laterWithin(rawDeflateLater, LATER_BYTES, LATER_LEAST);
    return Promise.all(this.entries((name, text, form, time) => deflatedTextLater(name, text, form, time, deflater))).then(writeZip);
  }

  /** the package's entries in order: a part unchanged as its original, compressed bytes and all; a changed or new one as `deflate` makes it */
  private entries<E>(deflate: (name: string, text: string | Iterable<string>, form: TextForm, time: DosTime) => E): Array<ZipOutEntry | E> {
    return this.slots.map((slot) => {
      const { original } = slot;
      const text = Array.isArray(slot.text) && slot.text.length === 1 ? (slot.text[0] as string) : slot.text;
      const asOriginal = slot.bytesForm ? slot.originalBytesText : slot.originalText;
      const unchanged = text === undefined || (asOriginal !== undefined && text === asOriginal);
      if (original && unchanged) return { ...original, data: this.zip.rawData(original) };
      // a changed part keeps its time; a new one gets the fixed time, so output is the same on every run
      return deflate(slot.name, text!, slot.bytesForm ? 'bytes' : (slot.encoding ?? 'utf8'), original ?? FIXED_TIME);
    });
  }

  /** the part's text, in UTF-8 or the UTF-16 it came in (which is noted, to write it back so); a byte-order mark is kept */
  private inflate(slot: Slot): string {
    const bytes = readSmallEntry(this.zip, slot.original!, this.budget, Infinity)!;
    const encoding = pickDecoder(bytes).encoding;
    if (encoding === 'utf-16le' || encoding === 'utf-16be') slot.encoding = encoding;
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  }

  /** a part's bytes for its bytes form, which is UTF-8's: a (worksheet) part in UTF-16 is not written into */
  private inflateBytes(entry: ZipEntry): Uint8Array {
    const bytes = readSmallEntry(this.zip, entry, this.budget, Infinity)!;
    if (pickDecoder(bytes).encoding !== 'utf-8') {
      throw new WorkbookWriteError(`part ${entry.name} is written in UTF-16, which Tracker Check does not write into; open the workbook in Excel and save it again`);
    }
    return bytes;
  }
}
